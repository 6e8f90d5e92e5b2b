//! The sixteenth session's stance forms from the folded heldout-16's misses, each on sentences
//! written for it (none is taken from an article of the corpus):
//! - a refusal that a verb ends ("ending a decades-old refusal to ship arms") supports;
//! - a verb that stops the proposition between a cue and its term states the inverse ("rejected
//!   any call to suspend military aid" supports aid), but not an intransitive one ("the war
//!   will end at the negotiating table");
//! - "refusing to" negates like "refused to"; stopping an opposition ("would stop blocking")
//!   supports;
//! - a negative determiner further back ("sanctions \"that have no basis in law\" and called
//!   for talks") does not reach over a coordinated verb;
//! - phrases: letting deliveries through, stationing troops, units treated as interventionists,
//!   pressing for a package, the twenty-first package, not easing a single sanction;
//! - a pronoun object ("would never accept it") points back to a term of its own sentence
//!   first; a refusal or a contribution with a pronoun object ("would contribute to it") takes
//!   the topic in focus, and so does a verb of backing ("The Netherlands backs it");
//! - a negator does not reach over a blank line (a headline "soldiers no" above "Italy is
//!   preparing a package");
//! - "Rome is against.": an "against" with its object left out is about the question in focus;
//!   a pronoun object may be followed by a scare quote ("would back it \"in full\"");
//! - a quoted question takes no stance, and "asked" after it is a verb of saying ("\"Why should
//!   we pay?\" the prime minister asked.");
//! - a name after a sentence-opening "And" is the subject ("And Sikorski told me …");
//! - a negator bound to the word after it ("not enough and called for", "not only") negates
//!   no later cue;
//! - phrases: railing against a plan, easing or lifting "the measures".

mod common;

use common::{assert_claims, claims_in_war};

#[test]
fn a_refusal_that_is_ended_supports() {
    let c = claims_in_war(
        "The Dutch government on Thursday ended its long-standing refusal to send F-16 jets to Ukraine.",
        "2023-05-20",
    );
    assert_claims(
        &c,
        &["netherlands military-aid supports"],
        &["netherlands military-aid opposes"],
    );
    let c = claims_in_war(
        "Prime Minister Mark Rutte said on Thursday that the Netherlands would send howitzers to Ukraine, abandoning a decades-old reluctance to arm a country at war.",
        "2023-05-20",
    );
    assert_claims(
        &c,
        &["netherlands military-aid supports"],
        &["netherlands military-aid opposes"],
    );
}

#[test]
fn a_stopping_verb_before_the_term_states_the_inverse() {
    let c = claims_in_war(
        "Foreign Minister Antonio Tajani said on Tuesday that Italy rejected any call to suspend military aid to Ukraine.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["italy military-aid supports"],
        &["italy military-aid opposes"],
    );
    let c = claims_in_war(
        "Viktor Orban said on Tuesday that Europe should halt weapons deliveries to Ukraine at once.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary military-aid supports"],
    );
}

#[test]
fn an_intransitive_end_inverts_nothing() {
    let c = claims_in_war(
        "Foreign Minister Antonio Tajani said on Tuesday that the war would end at the negotiating table and that Italy supported peace talks.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["italy peace-talks supports"],
        &["italy peace-talks opposes"],
    );
}

#[test]
fn refusing_to_negates_and_stopping_an_opposition_supports() {
    let c = claims_in_war(
        "Robert Fico said on Tuesday that Slovakia would go on refusing to send weapons to Ukraine.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["slovakia military-aid opposes"],
        &["slovakia military-aid supports"],
    );
    let c = claims_in_war(
        "Viktor Orban said on Tuesday that Hungary would stop blocking the new sanctions package against Russia.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["hungary sanctions supports"],
        &["hungary sanctions open"],
    );
}

#[test]
fn a_denial_further_back_does_not_reach_a_coordinated_verb() {
    let c = claims_in_war(
        "Wang Yi said on Wednesday that China rejected sanctions \"that have no basis in law\" and called for peace talks to resume.",
        "2024-09-26",
    );
    assert_claims(
        &c,
        &["china peace-talks supports"],
        &["china peace-talks opposes"],
    );
}

#[test]
fn letting_deliveries_through_and_stationing_troops() {
    let c = claims_in_war(
        "Foreign Minister Péter Szijjártó said on Monday that Hungary would not let convoys of weapons for Ukraine use its roads.",
        "2022-03-10",
    );
    assert_claims(&c, &["hungary military-aid opposes"], &[]);
    let c = claims_in_war(
        "Donald Tusk said on Monday that Poland would train soldiers but would not station troops in Ukraine.",
        "2025-03-10",
    );
    assert_claims(&c, &["poland troops-to-ukraine opposes"], &[]);
    // Letting Ukraine do something is said of the beneficiary, not a delivery.
    let c = claims_in_war(
        "Kaja Kallas said on Monday: \"We cannot let Ukraine run out of ammunition.\"",
        "2025-03-10",
    );
    assert_claims(&c, &[], &["eu military-aid opposes"]);
}

#[test]
fn destroyed_units_pressing_for_a_package_and_not_easing_a_sanction() {
    let c = claims_in_war(
        "Maria Zakharova said on Thursday that any Western units sent to Ukraine would be treated as interventionists.",
        "2025-03-10",
    );
    assert_claims(&c, &["russia troops-to-ukraine opposes"], &[]);
    let c = claims_in_war(
        "Jean-Noël Barrot said on Thursday that France would press for a twenty-first package of sanctions against Moscow.",
        "2026-03-10",
    );
    assert_claims(&c, &["france sanctions supports"], &[]);
    let c = claims_in_war(
        "Kaja Kallas said on Thursday that Europe would not ease a single sanction before a ceasefire.",
        "2025-03-10",
    );
    assert_claims(&c, &["eu sanctions supports"], &["eu sanctions opposes"]);
}

#[test]
fn a_pronoun_object_points_back_to_its_own_sentence_first() {
    let c = claims_in_war(
        "Budapest said on Tuesday that it would send no weapons to Ukraine.\n\nIn Moscow, Deputy Foreign Minister Alexander Grushko said on Tuesday that Ukraine's membership of NATO would be a grave threat to Russia and that Moscow would never accept it.",
        "2023-04-05",
    );
    assert_claims(
        &c,
        &["russia ukraine-nato-membership opposes"],
        &["russia military-aid opposes"],
    );
}

#[test]
fn a_refusal_or_a_contribution_with_a_pronoun_object_takes_the_topic_in_focus() {
    let c = claims_in_war(
        "G7 leaders agreed on Thursday to lend Ukraine money repaid from the profits on frozen Russian assets.\n\nJustin Trudeau said on Thursday that Canada would contribute to it.",
        "2024-06-15",
    );
    assert_claims(&c, &["canada frozen-assets supports"], &[]);
    let c = claims_in_war(
        "The question of Kyiv's future membership was back on the table in Brussels.\n\nPéter Szijjártó said on Wednesday that Hungary would not back it.",
        "2024-04-04",
    );
    assert_claims(&c, &["hungary ukraine-nato-membership opposes"], &[]);
}

#[test]
fn a_verb_of_backing_takes_its_pronoun_object_from_the_focus() {
    let c = claims_in_war(
        "The Commission proposed a loan to Ukraine backed by immobilised Russian central bank assets.\n\n\"The Netherlands backs it,\" Foreign Minister David van Weel said on Monday.",
        "2025-10-21",
    );
    assert_claims(&c, &["netherlands frozen-assets supports"], &[]);
}

#[test]
fn a_headline_without_a_final_stop_does_not_negate_the_text_below_it() {
    let c = claims_in_war(
        "Rome: weapons yes, soldiers no\n\nItaly is preparing a new package of military aid to Ukraine, Defence Minister Guido Crosetto said on Wednesday.",
        "2025-09-11",
    );
    assert_claims(
        &c,
        &["italy military-aid supports"],
        &["italy military-aid opposes"],
    );
}

#[test]
fn an_against_with_its_object_left_out_is_about_the_question_in_focus() {
    let c = claims_in_war(
        "Borrell said on Monday that member states should lift the restrictions on Ukraine's use of Western weapons against military targets inside Russia.\n\nRome is against. \"We will not do it,\" Defence Minister Guido Crosetto said the same day.",
        "2024-05-28",
    );
    assert_claims(&c, &["italy long-range-weapons opposes"], &[]);
    let c = claims_in_war(
        "EU ministers discussed the ninth package of sanctions against Russia on Monday.\n\nHadja Lahbib said on Monday that Belgium would back it \"in full\".",
        "2022-12-13",
    );
    assert_claims(&c, &["belgium sanctions supports"], &[]);
}

#[test]
fn a_quoted_question_asks_and_its_asker_speaks_on() {
    // The rhetorical question takes no stance; the speaker who asked it says the next quote.
    let c = claims_in_war(
        "Viktor Orban gave his weekly radio interview on Friday.\n\n\"Why should Hungarians pay for weapons for Ukraine?\" the prime minister asked. \"We will not send weapons to Ukraine, not now and not later.\"",
        "2024-06-08",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary military-aid supports"],
    );
    let c = claims_in_war(
        "\"Why should we keep paying for weapons for Ukraine?\" Robert Fico said on Friday.",
        "2024-06-08",
    );
    assert_claims(&c, &[], &["slovakia military-aid supports"]);
}

#[test]
fn railing_against_and_easing_the_measures() {
    let c = claims_in_war(
        "Viktor Orban used a radio interview on Friday to rail against the plan to finance weapons for Ukraine.",
        "2024-06-08",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary military-aid supports"],
    );
    let c = claims_in_war(
        "Foreign Minister Tom Berendsen said on Monday that the Netherlands would not accept any easing of the measures against Moscow.",
        "2026-03-17",
    );
    assert_claims(
        &c,
        &["netherlands sanctions supports"],
        &["netherlands sanctions opposes"],
    );
}

#[test]
fn a_name_after_a_sentence_opening_and_is_the_subject() {
    let c = claims_in_war(
        "And Radosław Sikorski told me on Friday that Poland would send more shells to Ukraine.",
        "2024-03-14",
    );
    assert_claims(&c, &["poland military-aid supports"], &[]);
}

#[test]
fn a_negator_bound_to_enough_negates_nothing_further() {
    let c = claims_in_war(
        "Dmytro Kuleba said on Thursday that the new sanctions were not enough and called for a full embargo on Russian oil.",
        "2022-10-07",
    );
    assert_claims(
        &c,
        &["ukraine sanctions supports"],
        &["ukraine sanctions opposes"],
    );
}
