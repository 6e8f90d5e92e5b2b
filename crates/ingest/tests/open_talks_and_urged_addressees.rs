//! The fifteenth session's stance and attribution forms from the folded heldout-15's misses,
//! each on sentences written for it (none is taken from an article of the corpus):
//! - being open to talks, or not refusing them, supports `peace-talks` (the dev gold's reading);
//!   "did not rule out talks" stays open, as the guidelines say;
//! - the one urged ("urged Xi, on the margins of the summit, to …") and the one brought ("bring
//!   Moscow back to the negotiating table") are no subject: the request is the speaker's;
//! - phrases: aid being paused, a ban on joining NATO, an end to purchases of Russian oil.

mod common;

use common::{assert_claims, claims_in_war, claims_on};

fn claims(text: &str) -> Vec<stancelog_events::ClaimExtracted> {
    claims_in_war(text, "2023-09-14")
}

#[test]
fn being_open_to_talks_or_not_refusing_them_supports_them() {
    let c = claims(
        "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow remained open to continuing the negotiations with Kyiv.",
    );
    assert_claims(
        &c,
        &["russia peace-talks supports"],
        &["russia peace-talks open"],
    );
    let c = claims(
        "Dmitry Peskov said on Tuesday that Russia did not reject talks with Kyiv on a ceasefire.",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
}

#[test]
fn not_ruling_out_talks_stays_open() {
    let c = claims(
        "Dmitry Peskov said on Tuesday that Moscow did not rule out a new round of talks with Kyiv in Istanbul.",
    );
    assert_claims(
        &c,
        &["russia peace-talks open"],
        &["russia peace-talks supports"],
    );
}

#[test]
fn the_one_urged_and_the_one_brought_back_are_no_subjects() {
    let c = claims(
        "On Wednesday, Emmanuel Macron urged Xi Jinping, on the sidelines of the summit, to use his influence to bring Moscow back to the negotiating table.",
    );
    assert_claims(
        &c,
        &["france peace-talks supports"],
        &["china peace-talks supports", "russia peace-talks supports"],
    );
}

#[test]
fn aid_being_paused_a_ban_on_joining_nato_and_an_end_to_oil_purchases() {
    let c = claims(
        "The White House said on Monday that the United States was pausing its military aid to Ukraine.",
    );
    assert_claims(&c, &["usa military-aid opposes"], &[]);
    let c = claims(
        "Foreign Minister Dmytro Kuleba said on Monday that Ukraine would never accept a ban on joining NATO as part of any deal.",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["ukraine ukraine-nato-membership opposes"],
    );
    let c = claims(
        "President Volodymyr Zelensky on Monday called for an end to all purchases of Russian oil.",
    );
    assert_claims(&c, &["ukraine sanctions supports"], &[]);
}

// Dev misses read in the fifteenth session (my own sentences): calls as a noun and someone
// else's refusal decide nothing; "the only open question" is no open stance; a double negative
// supports; sitting down with Moscow is talks.
#[test]
fn calls_as_a_noun_a_refusal_owned_and_double_negatives() {
    let c = claims(
        "Antony Blinken said on Tuesday that calls for an immediate ceasefire would only allow Russia to dig in on the land it had taken and regroup for another attack.",
    );
    assert_claims(
        &c,
        &["usa peace-talks opposes"],
        &["usa peace-talks supports"],
    );
    let c = claims(
        "Treasury Secretary Janet Yellen said the new sanctions were needed because of Putin's refusal to end the war.",
    );
    assert_claims(&c, &["usa sanctions supports"], &["usa sanctions opposes"]);
    // (Also through a quotation: because of Putin's "refusal to end this senseless war".)
    let c = claims(
        "Treasury Secretary Janet Yellen said the new sanctions were needed because of Putin's \"refusal to end this senseless war\".",
    );
    assert_claims(&c, &["usa sanctions supports"], &["usa sanctions opposes"]);
    let c = claims(
        "Jens Stoltenberg said on Friday that Ukraine will join NATO and that the only open question was when.",
    );
    assert_claims(
        &c,
        &["nato ukraine-nato-membership supports"],
        &["nato ukraine-nato-membership open"],
    );
    let c = claims(
        "There is \"not a single rational argument\" for not supplying Leopard tanks to Ukraine, Dmytro Kuleba said on Tuesday.",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["ukraine military-aid opposes"],
    );
    let c = claims(
        "\"We will not sit down with Moscow while its missiles are hitting our cities,\" Dmytro Kuleba said on Thursday.",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine long-range-weapons opposes"],
    );
}

// An actor's own text speaks for it, and a measure praised as a tool that starves the war
// chest is supported (my own sentences).
#[test]
fn an_actors_declaration_speaks_and_a_powerful_tool_is_supported() {
    let c = claims(
        "The alliance's declaration, adopted on Wednesday, says allies will keep providing military support to Ukraine.",
    );
    assert_claims(&c, &["nato military-aid supports"], &[]);
    let c = claims(
        "Treasury Secretary Janet Yellen said on Friday that the oil price cap was one of the most powerful tools available to deny Russia the money it needs.",
    );
    assert_claims(&c, &["usa sanctions supports"], &[]);
}

// The fourteenth battery (my own sentences): a name inside a closed "if" clause is not the
// main clause's subject; a deployment in the passive is one.
#[test]
fn a_condition_names_no_subject_and_a_passive_deployment_counts() {
    let c = claims(
        "Chancellor Olaf Scholz said on Monday that if Moscow did not accept a ceasefire, there would be a massive tightening of sanctions.",
    );
    assert_claims(&c, &["germany sanctions supports"], &[]);
    let c = claims(
        "Defence Minister Mariusz Blaszczak told reporters on Tuesday that Polish soldiers would not be deployed to Ukraine.",
    );
    assert_claims(&c, &["poland troops-to-ukraine opposes"], &[]);
}

// The fourteenth battery (my own sentence): a second "that" clause after "and" is the first
// verb's, not the verb's inside the first clause; an interview "with the US broadcaster" is no
// talks with the United States.
#[test]
fn a_second_that_clause_belongs_to_the_first_verb() {
    let c = claims(
        "Recep Tayyip Erdogan said in an interview with the US broadcaster PBS on Monday that Vladimir Putin had told him he wanted the war to end, and that Turkey stood ready to host negotiations between Moscow and Kyiv.",
    );
    assert_claims(
        &c,
        &["turkey peace-talks supports"],
        &["russia peace-talks supports"],
    );
}

// A pledge repeated on another day is the repeater's claim on that day (the fourteenth
// battery; my own sentences).
#[test]
fn a_pledge_repeated_is_a_claim_on_its_day() {
    let c = claims_on(
        "Defence Minister Sebastien Lecornu told MPs on Tuesday that France was ready to send several thousand soldiers to Ukraine once a ceasefire was signed.\n\nPrime Minister François Bayrou confirmed the figure on Wednesday after the cabinet meeting.",
        "2025-06-04",
        "",
    );
    assert_eq!(
        common::days_of(&c, "france", "troops-to-ukraine"),
        ["2025-06-03", "2025-06-04"]
    );
}

// The folded heldout-15 (my own sentence): sanctions "rolled over" in the passive are kept.
#[test]
fn a_rollover_keeps_sanctions() {
    let c =
        claims("Josep Borrell said on Monday that the sanctions would be rolled over in January.");
    assert_claims(&c, &["eu sanctions supports"], &[]);
}

// The fifteenth battery (reaction stories; my own sentences): "but that" with no comma carries
// the topic to an objectless open cue and outweighs the cue before it; a broadcast's editor
// narrates; "could only be used inside Ukraine" is about range.
#[test]
fn but_that_carries_the_topic_to_an_open_cue() {
    let c = claims(
        "Emmanuel Macron said on Monday that there was no consensus on sending Western troops to Ukraine but that nothing should be ruled out.",
    );
    assert_claims(
        &c,
        &["france troops-to-ukraine open"],
        &["france troops-to-ukraine opposes"],
    );
}

#[test]
fn a_broadcast_editors_turn_is_narration() {
    let c = claims_on(
        "PRESENTER: It is eight o'clock.\n\nEDITOR: Dmitry Peskov said on Tuesday that if NATO troops were sent to Ukraine, a direct conflict would be inevitable.",
        "2024-03-01",
        "",
    );
    assert_claims(&c, &["russia troops-to-ukraine opposes"], &[]);
}

#[test]
fn weapons_used_only_inside_ukraine_are_about_range() {
    let c = claims(
        "Foreign Minister Antonio Tajani said on Monday that Italian weapons could only be used inside Ukraine.",
    );
    assert_claims(
        &c,
        &["italy long-range-weapons opposes"],
        &["italy military-aid opposes"],
    );
}
