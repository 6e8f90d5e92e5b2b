//! The sixteenth session's stance forms from the folded heldout-16's misses, each on sentences
//! written for it (none is taken from an article of the corpus):
//! - a refusal that a verb ends ("ending a decades-old refusal to ship arms") supports;
//! - a verb that stops the proposition between a cue and its term states the inverse ("rejected
//!   any call to suspend military aid" supports aid), but not an intransitive one ("the war
//!   will end at the negotiating table");
//! - "refusing to" negates like "refused to"; stopping an opposition ("would stop blocking")
//!   supports;
//! - a negative determiner further back ("sanctions \"that have no basis in law\" and called
//!   for talks") does not reach over a coordinated verb.

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
