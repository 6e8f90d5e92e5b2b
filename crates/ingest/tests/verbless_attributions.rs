//! Attributions without a verb, as round-ups, briefs and live blogs print them (the twelfth
//! battery's group (c), written blind by a helper; these sentences are my own): a lead before a
//! colon names who speaks, by a person, a title or an actor's own view; a lead that is a clause,
//! a dateline or a group's is none. Also group (b): stances reported through verbs other than
//! "said" ("scoffed at", "balked at", "pushed for", "offered to", "imposed").

mod common;

use common::{assert_claims, claims_in_war, claims_on};

fn claims(text: &str) -> Vec<stancelog_events::ClaimExtracted> {
    claims_in_war(text, "2024-06-12")
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

// Stances reported through verbs other than "said" (the twelfth battery's group (b); my own
// sentences): the subject of "scoffed at", "balked at", "pushed for", "lobbied … for",
// "offered to" and "imposed" speaks, and the verb decides the stance.
#[test]
fn other_verbs_of_stance_attribute_and_decide() {
    let c = claims(
        "Maria Zakharova scoffed on Monday at the EU's fourteenth sanctions package, calling it a gift to American companies.",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
    let c = claims(
        "Olaf Scholz balked on Monday at the idea of confiscating the frozen Russian assets.",
    );
    assert_claims(&c, &["germany frozen-assets opposes"], &[]);
    let c = claims(
        "Radoslaw Sikorski pushed on Monday for tougher sanctions on Russian liquefied gas.",
    );
    assert_claims(&c, &["poland sanctions supports"], &[]);
    let c = claims(
        "Recep Tayyip Erdogan offered on Monday to host a meeting between Vladimir Putin and Volodymyr Zelensky.",
    );
    assert_claims(&c, &["turkey peace-talks supports"], &[]);
    let c = claims(
        "Britain imposed sanctions on Monday on two more Russian oil traders, the Foreign Office said.",
    );
    assert_claims(&c, &["uk sanctions supports"], &[]);
    let c = claims("Recep Tayyip Erdogan backed Ukraine's NATO bid on Monday.");
    assert_claims(&c, &["turkey ukraine-nato-membership supports"], &[]);
}

// A speaker's manner before a colon ("X was unambiguous: …") attributes the words; a participle
// with its own agent ("blocked in Brussels by Slovakia") is that agent's act, not the speaker's
// (my own sentences).
#[test]
fn a_manner_before_the_colon_attributes_and_a_participle_keeps_its_agent() {
    let c = claims(
        "On the frozen Russian assets, Prime Minister Mark Rutte was unambiguous: the profits should be used for Ukraine.",
    );
    assert_claims(&c, &["netherlands frozen-assets supports"], &[]);
    let c = claims(
        "On the fourteenth sanctions package, blocked in Brussels by Hungary, Annalena Baerbock said on Tuesday that it must be adopted this month.",
    );
    assert_claims(&c, &[], &["germany sanctions opposes"]);
}

// The fourteenth battery (speakers; my own sentences): "the new prime minister" is the office
// holder; a "by" of time leaves the main verb alone, a "by" of agent makes a participle.
#[test]
fn a_new_title_speaks_and_only_an_agent_makes_a_participle() {
    let c = claims_on(
        "Liz Truss answered questions on Wednesday.\n\nThe new prime minister told MPs that Britain would keep sending weapons to Ukraine.",
        "2022-09-07",
        "",
    );
    assert_claims(&c, &["uk military-aid supports"], &[]);
    let c = claims(
        "Jan Lipavsky, whose country holds the presidency, called for a new sanctions package by the end of the month.",
    );
    assert_claims(&c, &["czechia sanctions supports"], &[]);
    let c = claims(
        "Jan Lipavsky said on Friday that the sanctions package, blocked for a second day by a dispute over rubber, had to be adopted without delay.",
    );
    assert_claims(&c, &[], &["czechia sanctions opposes"]);
}

// "At the meeting Trump said …": after a determiner "meeting" is a noun, and the name after it
// is the subject (my own sentence).
#[test]
fn a_name_after_the_meeting_is_a_subject() {
    let c = claims_on(
        "Donald Trump received Mark Rutte on Monday.\n\nAt the meeting Trump said that American weapons would go to Ukraine through NATO.",
        "2025-07-15",
        "",
    );
    assert_claims(&c, &["usa military-aid supports"], &[]);
}

// "the US president" is a title, not the name "the US" and a stray "president"; a later "he"
// is him (the fourteenth battery; my own sentences).
#[test]
fn the_us_president_is_a_title_for_a_later_he() {
    let c = claims_on(
        "Air-raid sirens sounded in Kyiv on Monday.\n\nAt the palace the US president was greeted with a band. It was there that he announced another half a billion dollars in military aid for Ukraine.",
        "2023-02-21",
        "",
    );
    assert_claims(&c, &["usa military-aid supports"], &[]);
}
