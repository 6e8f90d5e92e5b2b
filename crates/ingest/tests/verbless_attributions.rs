//! Attributions without a verb, as round-ups, briefs and live blogs print them (the twelfth
//! battery's group (c), written blind by a helper; these sentences are my own): a lead before a
//! colon names who speaks, by a person, a title or an actor's own view; a lead that is a clause,
//! a dateline or a group's is none.

mod common;

use common::{assert_claims, claims_on};

fn claims(text: &str) -> Vec<stancelog_events::ClaimExtracted> {
    claims_on(
        &format!("The war in Ukraine goes on.\n\n{text}"),
        "2024-06-12",
        "",
    )
}

#[test]
fn a_person_before_the_colon_speaks() {
    let c = claims(
        "Stoltenberg on the summit declaration: Ukraine's future is in NATO, and allies will keep sending air defence.",
    );
    assert_claims(
        &c,
        &[
            "nato ukraine-nato-membership supports",
            "nato military-aid supports",
        ],
        &[],
    );
}

#[test]
fn an_actors_view_in_a_ministers_words_speaks() {
    let c = claims(
        "Warsaw's view, in Radoslaw Sikorski's words on Tuesday: Ukraine should be free to strike military targets inside Russia with Western weapons.",
    );
    assert_claims(
        &c,
        &["poland long-range-weapons supports"],
        &["ukraine long-range-weapons supports"],
    );
    let c = claims(
        "The message from Moscow: any Western troops deployed in Ukraine will be legitimate targets.",
    );
    assert_claims(&c, &["russia troops-to-ukraine opposes"], &[]);
}

#[test]
fn a_clause_a_group_or_a_place_before_the_colon_is_no_attribution() {
    let c = claims(
        "We supported the language of the Washington summit, and we still do: Ukraine's future is in NATO.",
    );
    assert_claims(&c, &[], &["usa ukraine-nato-membership supports"]);
    let c = claims(
        "Analysts in Berlin on the Taurus debate: sending the missiles now is the right thing to do.",
    );
    assert_claims(&c, &[], &["germany long-range-weapons supports"]);
    // (The same words from Berlin itself are Germany's.)
    let c =
        claims("Berlin on the Taurus debate: sending the missiles now is the right thing to do.");
    assert_claims(&c, &["germany long-range-weapons supports"], &[]);
    let c = claims("In Brussels on the shadow fleet: more sanctions are needed.");
    assert_claims(&c, &[], &["eu sanctions supports"]);
}
