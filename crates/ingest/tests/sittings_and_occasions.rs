//! The twenty-first session's rules from the folded heldout-21, each on text written for it:
//! - a sitting's opening note that names the event behind it ("the session held on
//!   Wednesday, 8 January 2025, called by the opposition after Ukraine stopped the transit on
//!   New Year's Day") dates the speeches of the sitting, not by the background event's day
//!   ("called by" with its agent is no speech).

mod common;

use common::{claims_on, days_of};

#[test]
fn the_event_behind_a_sitting_does_not_date_its_speeches() {
    let text = "*This report covers the emergency session of the Sejm held on Tuesday, 3 March 2026, called by the opposition after the drone strike near Rzeszów on Sunday, 1 March, the worst of the war in Ukraine so far. Speeches are translated from Polish.*\n\n**The government.** Foreign Minister Radosław Sikorski told deputies that Poland would keep sending weapons to Ukraine.\n\n**Defence.** Defence Minister Władysław Kosiniak-Kamysz said Poland would not send troops to Ukraine.";
    let c = claims_on(text, "2026-03-04", "");
    assert_eq!(days_of(&c, "poland", "military-aid"), ["2026-03-03"]);
    assert_eq!(days_of(&c, "poland", "troops-to-ukraine"), ["2026-03-03"]);
}
