//! The fourteenth session's generalisations, each on sentences written for it (none is taken
//! from an article of the corpus):
//! - the days leaders speak on every year ("New Year's Eve address", "Victory Day speech")
//!   date the statement made on them;
//! - words taken "from Monday's meeting" were said that day, as were the next sentences of
//!   the paragraph ("from Monday" alone starts a period and dates nothing).

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
