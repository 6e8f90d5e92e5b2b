//! The fourteenth session's stance rules, each on sentences written for it (none is taken
//! from an article of the corpus):
//! - a cue in a concessive clause ("while there is no consensus on …", "although …") gives way
//!   to the main clause's cue for the same actor and topic;
//! - a negator inside a cue phrase ("excluded no option") is used there and does not negate
//!   the cue after it ("… for supporting Ukraine");
//! - "not the moment to _" opposes, "without committing either way" is open;
//! - a cue before a "but" whose clause stays open gives way to it ("no consensus on sending
//!   troops, but nothing should be excluded"), and "neither … nor" after a verb negates it;
//! - a stance with no object answers the question its sentence opens with ("Asked whether
//!   Britain would send fighter jets, Sunak said that nothing was off the table").

mod common;

use common::{assert_claims, claims_in_war};

fn claims(text: &str) -> Vec<stancelog_events::ClaimExtracted> {
    claims_in_war(text, "2024-03-05")
}

#[test]
fn the_main_clause_decides_over_a_conceded_one() {
    let c = claims(
        "Chancellor Olaf Scholz said that while Germany had no plans to send the Taurus missiles, he would look at it very carefully.",
    );
    assert_claims(
        &c,
        &["germany long-range-weapons open"],
        &["germany long-range-weapons opposes"],
    );
    let c = claims(
        "Although there is no consensus on sending ground troops, nothing should be ruled out, President Emmanuel Macron said.",
    );
    assert_claims(
        &c,
        &["france troops-to-ukraine open"],
        &["france troops-to-ukraine opposes"],
    );
    // Alone, the conceded clause's cue still decides.
    let c = claims(
        "Chancellor Olaf Scholz said that while Germany had no plans to send the Taurus missiles, the debate was a fair one.",
    );
    assert_claims(&c, &["germany long-range-weapons opposes"], &[]);
}

#[test]
fn a_negator_inside_a_cue_phrase_is_used_there() {
    let c = claims(
        "Foreign Minister Stephane Sejourne said France excluded no option for supporting Ukraine, including troops on the ground.",
    );
    assert_claims(
        &c,
        &["france troops-to-ukraine open"],
        &["france troops-to-ukraine opposes"],
    );
}

#[test]
fn the_wrong_moment_opposes_and_an_uncommitted_answer_is_open() {
    let c = claims(
        "\"This is not the moment to push Ukraine into negotiations,\" NATO Secretary General Jens Stoltenberg said.",
    );
    assert_claims(&c, &["nato peace-talks opposes"], &[]);
    let c = claims(
        "Defence Secretary Lloyd Austin said his team was working on the request for ATACMS missiles, without committing either way.",
    );
    assert_claims(
        &c,
        &["usa long-range-weapons open"],
        &["usa long-range-weapons supports"],
    );
}

#[test]
fn an_open_clause_after_but_decides() {
    let c = claims(
        "Chancellor Olaf Scholz said there were no plans to supply Taurus missiles to Ukraine, but that nothing could be ruled out.",
    );
    assert_claims(
        &c,
        &["germany long-range-weapons open"],
        &["germany long-range-weapons opposes"],
    );
    // A supporting cue after the "but" does not overrule: it is often of another question.
    let c = claims(
        "Prime Minister Donald Tusk said Poland would not send troops to Ukraine, but would provide logistics.",
    );
    assert_claims(&c, &["poland troops-to-ukraine opposes"], &[]);
}

#[test]
fn neither_after_the_verb_negates_it() {
    let c = claims(
        "Prime Minister Viktor Orban said Hungary would supply neither weapons nor money to Ukraine.",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary military-aid supports"],
    );
}

#[test]
fn neither_in_a_scare_quote_and_a_quoted_phrase_before_the_term() {
    let c = claims(
        "Prime Minister Viktor Orban told a rally that Hungary would send \u{201c}neither soldiers nor weapons\u{201d} to Ukraine.",
    );
    assert_claims(
        &c,
        &[
            "hungary military-aid opposes",
            "hungary troops-to-ukraine opposes",
        ],
        &["hungary military-aid supports"],
    );
    // A short phrase quoted whole between the cue and its term is no boundary, also when it
    // opens right after the cue.
    let c = claims(
        "Prime Minister Robert Fico said his government would not send \u{201c}a single round\u{201d} of ammunition to Ukraine.",
    );
    assert_claims(&c, &["slovakia military-aid opposes"], &[]);
}

#[test]
fn an_objectless_stance_answers_the_question_its_sentence_opens_with() {
    let c = claims(
        "Asked whether Germany would send Taurus cruise missiles to Kyiv, Chancellor Olaf Scholz said on Wednesday that nothing was off the table.",
    );
    assert_claims(&c, &["germany long-range-weapons open"], &[]);
}
