//! The fourteenth session's generalisations, each on sentences written for it (none is taken
//! from an article of the corpus):
//! - the days leaders speak on every year ("New Year's Eve address", "Victory Day speech")
//!   date the statement made on them;
//! - words taken "from Monday's meeting" were said that day, as were the next sentences of
//!   the paragraph ("from Monday" alone starts a period and dates nothing);
//! - "the next morning", "that evening", "the same afternoon" count from the day named last,
//!   passing over a flashback's day ("had said on Tuesday"), a step back ("the day before") and
//!   a day inside a quotation; "said the same afternoon" is a time, not an echo;
//! - a "when" clause after a past perfect ("had hoped … when he hosted them on Monday") is the
//!   story's own time;
//! - the day someone took office, in an appositive (", sworn in on Monday,"), is background;
//!   "said after Wednesday's cabinet meeting" is of that day.

mod common;

use common::{claims_of, dump, first_day_of};

#[test]
fn a_new_year_s_eve_address_is_dated_on_the_thirty_first() {
    let c = claims_of(
        "---\ntitle: \"Week ahead\"\npublished: 2024-01-05\n---\n\n\
         The war in Ukraine enters its third calendar year.\n\n\
         In her New Year's Eve address, Prime Minister Mette Frederiksen spoke of resilience. \
         In his own New Year's Eve address, President Emmanuel Macron said France would keep sending weapons to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "france", "military-aid"),
        "2023-12-31",
        "{}",
        dump(&c)
    );
}

#[test]
fn words_from_a_day_s_meeting_date_the_paragraph_they_open() {
    // 2024-06-15 is a Saturday: "Tuesday's" is the 11th.
    let c = claims_of(
        "---\ntitle: \"Digest\"\npublished: 2024-06-15\n---\n\n\
         The Ukraine Recovery Conference ended in Berlin this week.\n\n\
         From Tuesday's session, in brief: Chancellor Olaf Scholz said Germany would deliver a third Patriot system to Ukraine. \
         Prime Minister Rishi Sunak said Britain would keep up sanctions on Russia.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "military-aid"),
        "2024-06-11",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "uk", "sanctions"),
        "2024-06-11",
        "{}",
        dump(&c)
    );
}

#[test]
fn parts_of_a_day_count_from_the_day_named_last() {
    // 2024-02-28 is a Wednesday: Monday is the 26th.
    let c = claims_of(
        "---\ntitle: \"Rebuttals\"\npublished: 2024-02-28\n---\n\n\
         Emmanuel Macron had hoped to show resolve when he hosted twenty leaders in Paris on Monday.\n\n\
         The rebuttals came the next morning. Chancellor Olaf Scholz told reporters that no German soldiers would be sent to Ukraine.\n\n\
         Kremlin spokesman Dmitry Peskov said the same afternoon that sending troops would mean a direct conflict with NATO.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "troops-to-ukraine"),
        "2024-02-27",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "russia", "troops-to-ukraine"),
        "2024-02-27",
        "{}",
        dump(&c)
    );
    // Not an echo of Scholz: Russia takes no stance of Germany's.
    assert!(
        !c.iter()
            .any(|x| x.actor.as_str() == "russia" && x.stance.as_str() == "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn that_evening_passes_over_a_flashback_and_a_step_back() {
    // 2023-07-14 is a Friday: Wednesday is the 12th, Tuesday the 11th.
    let c = claims_of(
        "---\ntitle: \"Summit\"\npublished: 2023-07-14\n---\n\n\
         The summit closed on Wednesday. Rishi Sunak had said on Tuesday that Britain would train more pilots. \
         That evening, Prime Minister Rishi Sunak said Britain would keep sending weapons to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "uk", "military-aid"),
        "2023-07-12",
        "{}",
        dump(&c)
    );
}

#[test]
fn the_day_of_taking_office_is_background_and_after_a_meeting_is_its_day() {
    // 2026-02-24 is a Tuesday.
    let c = claims_of(
        "---\ntitle: \"Kyiv\"\npublished: 2026-02-26\n---\n\n\
         European leaders came to Kyiv on Tuesday.\n\n\
         Rob Jetten, sworn in as Dutch prime minister only on Monday, made it his first trip abroad. He told reporters the Netherlands would keep its military support for Ukraine.\n\n\
         Government spokeswoman Maud Bregeon said after Wednesday's cabinet meeting that France was ready to back a reparations loan based on the frozen Russian assets.\n",
    );
    assert_eq!(
        first_day_of(&c, "netherlands", "military-aid"),
        "2026-02-24",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "france", "frozen-assets"),
        "2026-02-25",
        "{}",
        dump(&c)
    );
}
