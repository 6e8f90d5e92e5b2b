//! Hard cases of the seventh session, found on the seventh held-out set once it was folded into
//! dev: event reports that open on the day of a meeting, words that are both a speech verb and a
//! plural noun ("fifty states attended"). One test per case, on sentences written for it.

mod common;

use common::{claims_of, days_of as said_on, dump};

#[test]
fn a_release_opening_on_the_weekday_and_day_of_a_meeting_dates_what_was_said_there() {
    // "states" after a numeral is a noun, not a speech verb: the opening paragraph reports no
    // speech and sets the day of the meeting.
    let c = claims_of(
        "---\ntitle: \"Minister at the contact group\"\npublished: 2025-01-10\n---\n\n\
         On Thursday, 9 January, the Minister of National Defence took part in the meeting of the contact group in Ramstein. Representatives of some fifty states attended.\n\n\
         German Defence Minister Boris Pistorius said that Germany would deliver further IRIS-T air-defence systems this year.\n",
    );
    assert_eq!(
        said_on(&c, "germany", "military-aid"),
        vec!["2025-01-09"],
        "{}",
        dump(&c)
    );
}

#[test]
fn an_opening_that_names_two_days_is_no_sitting() {
    let c = claims_of(
        "---\ntitle: \"Live: the summit\"\npublished: 2025-08-16\n---\n\n\
         *This live page covered Friday 15 August and Saturday 16 August.*\n\n\
         Chancellor Friedrich Merz said Germany would keep sending air defence to Ukraine.\n",
    );
    assert_eq!(
        said_on(&c, "germany", "military-aid"),
        vec!["2025-08-16"],
        "{}",
        dump(&c)
    );
}
