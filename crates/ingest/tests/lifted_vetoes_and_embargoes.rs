//! The twenty-fourth session's rules from the folded heldout-24, each on text written for it:
//! - a supporting phrase that denies an opposing one ("would no longer block the package",
//!   "would not hold up the sanctions") weighs as much as an opposing cue, so a judgement of
//!   the old course later in the sentence does not turn it ("further obstruction would be
//!   counterproductive"); before a "but" that opposes, it gives way ("We will not block what
//!   others want to say, but Hungary does not support …");
//! - ending the purchases is the embargo: "would stop importing Russian coal", "would end
//!   imports of Russian coal and oil" support the sanctions; not stopping them opposes;
//! - tabling a package proposes it ("the Commission will table a new sanctions package");
//! - "would only drag out the war" warns against what drags it out;
//! - "took no questions on sanctions" is no position on them.

mod common;

use common::{assert_claims, claims_in_war};

#[test]
fn a_lifted_veto_outweighs_a_judgement_of_the_old_course() {
    let c = claims_in_war(
        "On Thursday Slovak Prime Minister Robert Fico announced that Slovakia would no longer block the sanctions package, saying that further obstruction would be \"counterproductive\" for his country's interests.",
        "2025-07-21",
    );
    assert_claims(
        &c,
        &["slovakia sanctions supports"],
        &["slovakia sanctions opposes"],
    );
}

#[test]
fn a_denial_of_blocking_gives_way_to_the_refusal_after_but() {
    let c = claims_in_war(
        "Asked whether Hungary would block the summit's language on Ukraine's membership of NATO, Prime Minister Viktor Orbán said on Wednesday: \"We will not block what others want to say, but Hungary does not support Ukraine's membership of NATO.\"",
        "2024-07-11",
    );
    assert_claims(
        &c,
        &["hungary ukraine-nato-membership opposes"],
        &["hungary ukraine-nato-membership supports"],
    );
}

#[test]
fn ending_the_purchases_of_russian_energy_supports_the_sanctions() {
    let c = claims_in_war(
        "Chancellor Olaf Scholz, visiting London on Friday, said Germany would stop importing Russian coal by the autumn.\n\nPrime Minister Boris Johnson said Britain would end imports of Russian coal and oil by the end of the year.",
        "2022-04-09",
    );
    assert_claims(
        &c,
        &["germany sanctions supports", "uk sanctions supports"],
        &[],
    );
    let c = claims_in_war(
        "Hungary will not stop buying Russian gas, Foreign Minister Péter Szijjártó said on Friday.",
        "2022-04-09",
    );
    assert_claims(
        &c,
        &["hungary sanctions opposes"],
        &["hungary sanctions supports"],
    );
}

#[test]
fn tabling_a_package_proposes_it() {
    let c = claims_in_war(
        "EU foreign policy chief Kaja Kallas told a closing panel on Sunday that the Commission will table a new sanctions package against Russia within weeks.",
        "2026-02-15",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
}

#[test]
fn dragging_out_the_war_is_a_warning_and_taking_no_questions_no_position() {
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Friday that Western weapons deliveries to Ukraine would only drag out the war.",
        "2024-03-16",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov called the reports a provocation and took no questions on sanctions.",
        "2022-04-09",
    );
    assert_claims(&c, &[], &["russia sanctions opposes"]);
}
