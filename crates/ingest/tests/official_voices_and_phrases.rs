//! The eighteenth session's stance phrases and voices from the blind batteries 23 (topics set
//! by the context) and 24 (the actors' own pages), each on sentences written for it:
//! - "is not excluding" taking part is an open mind, like "does not exclude";
//! - a statement run in after a colon without quotation marks ("Minister Jan Lipavský stated in
//!   Brussels: The Czech Republic supports …") goes on in the first person ("We also support …")
//!   until another speech verb;
//! - "no negotiations on Ukraine without Ukraine" is a condition on talks, no refusal of them.

mod common;

use common::{assert_claims, claims_in_war, speakers_of};

#[test]
fn not_excluding_a_part_is_open() {
    let c = claims_in_war(
        "Maxime Prévot said on Monday that Belgium was not excluding taking part in a reassurance force after a ceasefire.",
        "2025-03-19",
    );
    assert_claims(
        &c,
        &["belgium troops-to-ukraine open"],
        &["belgium troops-to-ukraine opposes"],
    );
}

#[test]
fn a_statement_run_in_after_a_colon_goes_on_in_the_first_person() {
    let text = "Minister Jan Lipavský stated in Brussels on Tuesday: The Czech Republic supports the twelfth package of sanctions against Russia. We also support using the frozen Russian assets to finance Ukraine's reconstruction.";
    let c = claims_in_war(text, "2023-11-29");
    assert_claims(
        &c,
        &[
            "czechia sanctions supports",
            "czechia frozen-assets supports",
        ],
        &[],
    );
    // Another speech verb in between ends it: the first person is the new speaker's.
    let text = "Minister Jan Lipavský stated in Brussels on Tuesday: The Czech Republic supports the twelfth package of sanctions against Russia. An opposition MP said the government was naive. We also support using the frozen Russian assets to finance Ukraine's reconstruction.";
    let c = claims_in_war(text, "2023-11-29");
    assert!(speakers_of(&c, "czechia")
        .iter()
        .all(|s| *s == "Jan Lipavský"));
    assert_claims(&c, &[], &["czechia frozen-assets supports"]);
}

#[test]
fn no_talks_on_ukraine_without_ukraine_is_a_condition() {
    let c = claims_in_war(
        "António Costa said on Thursday that the EU supported the efforts to reach a just and lasting peace, and that there could be no negotiations on Ukraine without Ukraine.",
        "2025-03-07",
    );
    assert_claims(
        &c,
        &["eu peace-talks supports"],
        &["eu peace-talks opposes"],
    );
}
