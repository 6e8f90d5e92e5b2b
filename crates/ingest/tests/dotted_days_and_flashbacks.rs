//! The thirteenth session's generalisations, each on sentences written for it (none is taken
//! from an article of the corpus):
//! - a heading's weekday before a day.month. ("Tue 27.02.") names that day;
//! - a past perfect with an irregular participle ("had left") is a flashback like "had
//!   announced": it dates its own paragraph, not the story after it;
//! - an interview "recorded on Friday and broadcast on Sunday" was said on Friday, and a day
//!   inside the clause a bare "said" reports ("said the mutiny on Saturday showed") is the
//!   reported event's.

mod common;

use common::{claims_of, dump, first_day_of};

#[test]
fn a_weekday_before_a_dotted_day_and_month_dates_its_section() {
    let c = claims_of(
        "---\ntitle: \"Timeline\"\npublished: 2024-03-15\n---\n\n\
         **Tue 27.02. \u{2014} the replies.** Chancellor Olaf Scholz says that no German soldiers will be sent to Ukraine.\n\n\
         **Thursday, 14.03.** The debate goes on in Paris.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "troops-to-ukraine"),
        "2024-02-27",
        "{}",
        dump(&c)
    );
}

#[test]
fn a_flashback_in_the_past_perfect_dates_its_paragraph_only() {
    // 2025-03-19 is a Wednesday: "yesterday" is the 18th, "Monday" the 17th.
    let c = claims_of(
        "---\ntitle: \"Senate\"\npublished: 2025-03-19\n---\n\n\
         ROME \u{2014} Prime Minister Giorgia Meloni addressed the Senate yesterday before the European Council.\n\n\
         Her foreign minister, Antonio Tajani, had left a little more room on Monday, saying that Italy would consider sending troops under a United Nations mission.\n\n\
         \"Italy will continue to send weapons to Ukraine for as long as it is needed,\" Meloni told senators.\n",
    );
    assert_eq!(
        first_day_of(&c, "italy", "troops-to-ukraine"),
        "2025-03-17",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "italy", "military-aid"),
        "2025-03-18",
        "{}",
        dump(&c)
    );
}

#[test]
fn an_interview_is_dated_when_recorded_not_when_broadcast() {
    // 2023-07-10 is a Monday: Friday is 7 July, Sunday 9 July.
    let c = claims_of(
        "---\ntitle: \"Interview\"\npublished: 2023-07-10\n---\n\n\
         In an interview with CNN recorded on Friday and broadcast on Sunday, President Joe Biden said he did not think Ukraine was ready for NATO membership.\n",
    );
    assert_eq!(
        first_day_of(&c, "usa", "ukraine-nato-membership"),
        "2023-07-07",
        "{}",
        dump(&c)
    );
    // "conducted on Friday and published today".
    let c = claims_of(
        "---\ntitle: \"Interview\"\npublished: 2025-06-29\n---\n\n\
         In an interview conducted on Friday and published today, Foreign Minister Johann Wadephul said Germany would keep supplying Ukraine with air defence systems.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "military-aid"),
        "2025-06-27",
        "{}",
        dump(&c)
    );
}

#[test]
fn a_day_inside_the_reported_clause_is_the_reported_event_s() {
    // 2023-06-27 is a Tuesday; the meeting was on Monday, the mutiny on Saturday.
    let c = claims_of(
        "---\ntitle: \"Luxembourg\"\npublished: 2023-06-27\n---\n\n\
         EU foreign ministers met in Luxembourg on Monday. Foreign Minister Dmytro Kuleba, who joined the meeting by video, said the mutiny of the Wagner group on Saturday showed that Ukraine needed more weapons now.\n",
    );
    assert_eq!(
        first_day_of(&c, "ukraine", "military-aid"),
        "2023-06-26",
        "{}",
        dump(&c)
    );
    // "said the same … on Thursday" is the saying's day.
    let c = claims_of(
        "---\ntitle: \"Brussels\"\npublished: 2022-03-12\n---\n\n\
         The war in Ukraine goes on. NATO Secretary General Jens Stoltenberg said the same in Brussels on Thursday: the alliance would not send troops to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "nato", "troops-to-ukraine"),
        "2022-03-10",
        "{}",
        dump(&c)
    );
}
