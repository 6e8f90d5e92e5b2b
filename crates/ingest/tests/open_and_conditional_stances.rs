//! The sixteenth session's stance phrases from the eighteenth battery (positions that are
//! neither a plain yes nor a plain no), each on sentences written for it:
//! - "no taboos", "willing to look at", "prepared to consider" keep a question open; readiness
//!   to consider talks is support for them;
//! - a force or mission "to secure a ceasefire" is a deployment, not the talks;
//! - slowing deliveries is the inverse of aid ("no question of slowing its deliveries");
//! - not lifting "any of its sanctions" supports them; there being "no reason to delay" a
//!   package supports it;
//! - a second "and that" clause has its own subject ("that Putin was preparing for war, and that
//!   this was not the moment"); a "not" right after a comma sets its cue aside as the rejected
//!   alternative ("to negotiate, not to prolong the war" supports talks);
//! - "not on the agenda for Britain" is a position, "not on the agenda of next week's meetings"
//!   a meeting's agenda;
//! - phrases: "no reason (at all) to" lift, "no plans whatsoever to lift or soften", "would look at"
//!   a request, a future that "remained in NATO", "would coordinate" deliveries, "no prospect of"
//!   joining, having "favoured" a step, ending the war "through negotiations" (also when told to
//!   someone "on Friday that …": a day between the one told and the clause), being "ready for
//!   talks".

mod common;

use common::{assert_claims, claims_in_war};

#[test]
fn no_taboos_and_a_look_at_a_contribution_keep_it_open() {
    let c = claims_in_war(
        "Mark Rutte said on Monday that there were \"no taboos\" on sending F-16 jets to Ukraine.",
        "2023-01-31",
    );
    assert_claims(
        &c,
        &["netherlands military-aid open"],
        &["netherlands military-aid opposes"],
    );
    let c = claims_in_war(
        "Bart De Wever said on Monday that Belgium was willing to look at a contribution to a force in Ukraine.",
        "2025-03-11",
    );
    assert_claims(
        &c,
        &["belgium troops-to-ukraine open"],
        &["belgium troops-to-ukraine supports"],
    );
}

#[test]
fn a_mission_to_secure_a_ceasefire_is_a_deployment() {
    let c = claims_in_war(
        "Hakan Fidan said on Friday that Turkey would consider taking part in a mission to secure a ceasefire in Ukraine.",
        "2025-03-22",
    );
    assert_claims(
        &c,
        &["turkey troops-to-ukraine open"],
        &["turkey peace-talks open"],
    );
    let c = claims_in_war(
        "Maria Malmer Stenergard said on Tuesday that Sweden did not rule out contributing to a European force to police an eventual ceasefire.",
        "2025-02-19",
    );
    assert_claims(
        &c,
        &["sweden troops-to-ukraine open"],
        &["sweden peace-talks open"],
    );
}

#[test]
fn readiness_to_consider_talks_supports_them() {
    let c = claims_in_war(
        "Vladimir Putin said on Thursday: \"We are ready to consider any options for a peace agreement.\"",
        "2024-10-25",
    );
    assert_claims(
        &c,
        &["russia peace-talks supports"],
        &["russia peace-talks open"],
    );
}

#[test]
fn slowing_deliveries_not_lifting_sanctions_and_no_reason_to_delay() {
    let c = claims_in_war(
        "Guido Crosetto said on Monday that there was \"no question\" of Italy slowing its deliveries of air defence to Ukraine.",
        "2025-11-18",
    );
    assert_claims(
        &c,
        &["italy military-aid supports"],
        &["italy military-aid opposes"],
    );
    let c = claims_in_war(
        "Kaja Kallas said on Monday that the EU would not lift any of its sanctions against Russia while the war went on.",
        "2025-04-15",
    );
    assert_claims(&c, &["eu sanctions supports"], &["eu sanctions opposes"]);
    let c = claims_in_war(
        "Catherine Colonna said on Monday that there was no reason to delay the new sanctions package against Russia.",
        "2023-06-13",
    );
    assert_claims(
        &c,
        &["france sanctions supports"],
        &["france sanctions opposes"],
    );
}

#[test]
fn a_second_that_clause_has_its_own_subject() {
    let c = claims_in_war(
        "Jens Stoltenberg said on Tuesday that Putin was preparing for more war, and that this was \"not the moment\" to press Ukraine into negotiations.",
        "2023-02-14",
    );
    assert_claims(&c, &["nato peace-talks opposes"], &[]);
}

#[test]
fn a_rejected_alternative_after_a_comma_supports_the_other() {
    let c = claims_in_war(
        "Viktor Orban told reporters on Thursday that the time had come to negotiate, not to prolong the war.",
        "2024-12-19",
    );
    assert_claims(
        &c,
        &["hungary peace-talks supports"],
        &["hungary peace-talks open"],
    );
}

#[test]
fn not_on_the_agenda_for_a_country_is_a_position_not_a_meetings_agenda() {
    let c = claims_in_war(
        "Yvette Cooper said on Tuesday that relaxing sanctions on Russia was not on the agenda for Britain.",
        "2025-11-25",
    );
    assert_claims(&c, &["uk sanctions supports"], &["uk sanctions opposes"]);
    let c = claims_in_war(
        "Allison Hart said on Friday that Ukraine's membership of NATO was not on the agenda of next week's meetings.",
        "2026-11-08",
    );
    assert_claims(&c, &[], &["nato ukraine-nato-membership opposes"]);
}

#[test]
fn no_reason_to_lift_and_no_plans_to_soften_support_sanctions() {
    let c = claims_in_war(
        "Mélanie Joly said on Saturday that there was no reason at all to lift any sanctions on Russia.",
        "2024-02-24",
    );
    assert_claims(
        &c,
        &["canada sanctions supports"],
        &["canada sanctions opposes"],
    );
    let c = claims_in_war(
        "Downing Street said on Wednesday that the government had no plans whatsoever to lift or soften sanctions on Russia.",
        "2022-11-30",
    );
    assert_claims(&c, &["uk sanctions supports"], &["uk sanctions opposes"]);
}

#[test]
fn a_request_looked_at_is_open_and_a_future_that_remained_in_nato_supports() {
    let c = claims_in_war(
        "Antony Blinken said on Wednesday that Washington would look at Ukraine's request to strike targets deeper inside Russia with Western long-range weapons.",
        "2024-09-12",
    );
    assert_claims(&c, &["usa long-range-weapons open"], &[]);
    let c = claims_in_war(
        "NATO spokesperson Allison Hart said on Thursday that Ukraine's future remained in NATO.",
        "2025-06-27",
    );
    assert_claims(&c, &["nato ukraine-nato-membership supports"], &[]);
}

#[test]
fn no_prospect_of_joining_opposes() {
    let c = claims_in_war(
        "Johann Wadephul said on Saturday that he saw no prospect of Ukraine joining NATO in the foreseeable future.",
        "2025-06-21",
    );
    assert_claims(
        &c,
        &["germany ukraine-nato-membership opposes"],
        &["germany ukraine-nato-membership supports"],
    );
}

#[test]
fn favouring_a_step_supports_it() {
    let c = claims_in_war(
        "Emmanuel Macron said on Wednesday that he favoured giving Ukraine a clear path to membership of NATO.",
        "2023-06-01",
    );
    assert_claims(&c, &["france ukraine-nato-membership supports"], &[]);
}

#[test]
fn ending_the_war_through_negotiations_supports_talks() {
    let c = claims_in_war(
        "Viktor Orban told Vladimir Putin on Friday that the war could only be ended through negotiations.",
        "2024-07-06",
    );
    assert_claims(&c, &["hungary peace-talks supports"], &[]);
}

#[test]
fn being_ready_for_talks_supports_them() {
    let c = claims_in_war(
        "At his annual press conference on Thursday, Vladimir Putin said Russia was ready for talks and for compromises.",
        "2024-12-20",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
}
