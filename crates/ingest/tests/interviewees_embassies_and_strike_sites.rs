//! The twenty-sixth session's rules from the folded heldout-26, each on text written for it:
//! - an interview's introduction that names someone else after a preposition, with a title
//!   ("the day after President Trump's first statements"), still presents the interviewee
//!   named before;
//! - "the ambassador" is the last envoy named, and the ambassadors to the US are in the
//!   officials table now ("Anatoly Antonov said …" is Russia);
//! - the places attacks come from are long-range targets ("the airfields in Russia used for
//!   attacks", "the military sites in Russia from which it is being attacked", "the sources
//!   of Russian attacks", "let Ukraine hit the positions from which …");
//! - an office holder's office speaks for them ("Prime Minister Mario Draghi's office said");
//! - a later clause with an indefinite speaker of its own ("…, and a party spokesman said") is
//!   not the first clause's subject's;
//! - in an interview answer, a plural pronoun subject ("**Sanctions?** They must stay") stands
//!   for what was asked;
//! - security guarantees for Ukraine leave the war's talks on their topic ("ready to negotiate
//!   … with strong security guarantees"); only Moscow's 2021-22 demands ("legally binding
//!   security guarantees for Russia") are another question;
//! - a ceasefire that dates something else ("would not exclude contributing … once a ceasefire
//!   was in place") is no position on the talks;
//! - a topic after ", including" is the cue's object ("should get every system that helps it,
//!   including long-range missiles"); "the frozen Russian billions" are the assets;
//! - delivering, requesting, thanking for or financing long-range weapons is military aid too
//!   (the annotation rule since the fifteenth blind set); a refusal or a stance on their use is
//!   about long-range weapons only;
//! - a demand past adverbs is the speaker's ("Kyiv must also officially renounce its plans to
//!   join NATO"); weapons that "would seriously damage relations" are warned against;
//! - talks that "would only reward Putin's aggression" are refused;
//! - assets to be used "for Ukraine's defence" are military aid too; a cue on such a sentence
//!   is about the assets (`purposes` in topics.toml);
//! - an outlet's report that someone did something ("Ukrainska Pravda reports that Zelensky
//!   used the lunch to ask …") is that person's stance.

mod common;

use common::{assert_claims, claims_in_war, claims_of, speakers_of};

const INTERVIEW_AFTER_NEWS: &str = r#"---
title: "A conversation with the minister"
source: "Vltava Letters"
published: 2024-02-10
---

*Czech foreign minister Jan Lipavský spoke to us in Prague on Thursday, a week after Chancellor Scholz's visit to the eastern flank.*

**What did you tell your German colleague?**

We heard something we liked. Chancellor Scholz said on Monday that Germany would keep its air policing over the Baltic. That matters.

**And the frozen Russian money?**

We want all of it used for Ukraine, and we will keep working for that in Brussels.

**Troops on the ground after a ceasefire?**

No Czech soldier will be sent to Ukraine without a mandate from parliament.
"#;

#[test]
fn a_titled_name_after_a_preposition_does_not_present_the_interview() {
    let c = claims_of(INTERVIEW_AFTER_NEWS);
    assert_claims(
        &c,
        &["czechia frozen-assets supports"],
        &["germany frozen-assets supports"],
    );
    assert_eq!(speakers_of(&c, "czechia"), ["Jan Lipavský", "Jan Lipavský"]);
}

#[test]
fn the_ambassador_is_the_envoy_named_before() {
    let c = claims_in_war(
        "Oleksii Makeiev spoke at a town hall in Cottbus on Wednesday. Ukraine still needed the Taurus missiles, the ambassador said afterwards, because the bridges Russia uses were out of reach.",
        "2024-03-14",
    );
    // (Asking for the missiles is military aid too.)
    assert_claims(
        &c,
        &[
            "ukraine long-range-weapons supports",
            "ukraine military-aid supports",
        ],
        &[],
    );
    assert_eq!(
        speakers_of(&c, "ukraine"),
        ["Oleksii Makeiev", "Oleksii Makeiev"]
    );
}

#[test]
fn the_places_attacks_come_from_are_long_range_targets() {
    for sentence in [
        "Sweden's defence minister Pål Jonson said on Tuesday that Ukraine should be allowed to strike the airfields in Russia used for attacks on its cities.",
        "President Emmanuel Macron repeated on Tuesday that Ukraine should be able to neutralise the military sites in Russia from which it is being attacked.",
        "On Tuesday President Volodymyr Zelensky urged partners to let Ukraine hit the Russian positions from which Kharkiv is shelled.",
        "Ukraine's defence minister Rustem Umerov said on Tuesday that the money would strengthen Ukraine's ability to strike the sources of Russian attacks.",
    ] {
        let c = claims_in_war(sentence, "2024-05-29");
        assert!(
            c.iter().any(|c| c.topic.as_str() == "long-range-weapons" && c.stance.as_str() == "supports"),
            "{sentence}: {:?}",
            common::triples(&c)
        );
    }
}

#[test]
fn an_office_holders_office_speaks_for_them() {
    for sentence in [
        "Italian Prime Minister Mario Draghi's office said on Saturday that Rome would support the exclusion of Russian banks from SWIFT.",
        "Mario Draghi's press office said on Saturday that Rome would support the exclusion of Russian banks from SWIFT.",
    ] {
        let c = claims_in_war(sentence, "2022-02-28");
        assert_claims(&c, &["italy sanctions supports"], &[]);
        // (A delegate is named as written, as a spokesperson is.)
        assert!(
            speakers_of(&c, "italy").iter().all(|s| s.contains("Mario Draghi")),
            "{sentence}"
        );
    }
}

#[test]
fn a_later_clause_with_an_unknown_speaker_is_not_the_first_subjects() {
    let c = claims_in_war(
        "Chancellor Olaf Scholz did not comment on Monday, and a party spokesman said only that the party would respond at the rallies and would stop the weapons for Ukraine.",
        "2024-02-13",
    );
    assert_claims(&c, &[], &["germany military-aid opposes"]);
}

const INTERVIEW_PRONOUN_ANSWERS: &str = r#"---
title: "A conversation with the president"
source: "Danube Review"
published: 2024-03-02
---

*President Petr Pavel received us at Prague Castle on Thursday. The conversation has been shortened. Questions in bold.*

**Mr President, what about the ammunition?**

We are working on it with our partners, and the first deliveries will come in spring.

**Sanctions?**

They must stay in place. Russia still finds ways around them.

**The frozen Russian assets?**

All of them should be used for Ukraine.
"#;

#[test]
fn a_plural_pronoun_leading_an_answer_stands_for_what_was_asked() {
    let c = claims_of(INTERVIEW_PRONOUN_ANSWERS);
    assert_claims(
        &c,
        &[
            "czechia sanctions supports",
            "czechia frozen-assets supports",
        ],
        &[],
    );
}

#[test]
fn security_guarantees_for_ukraine_leave_the_talks_on_their_topic() {
    let c = claims_in_war(
        "Foreign Minister Andrii Sybiha said on Thursday that Ukraine was ready to negotiate, provided that it went into talks with strong security guarantees.",
        "2025-01-24",
    );
    assert_claims(&c, &["ukraine peace-talks supports"], &[]);
    // Moscow's 2021 demands of Washington are another question.
    let c = claims_in_war(
        "Dmitry Peskov said on Thursday that Russia was ready to continue the negotiations on legally binding security guarantees for Russia with the United States.",
        "2021-12-24",
    );
    assert_claims(&c, &[], &["russia peace-talks supports"]);
}

#[test]
fn a_ceasefire_that_dates_a_contribution_is_no_talks() {
    let c = claims_in_war(
        "European soldiers in Ukraine were discussed in Berlin on Wednesday. Foreign Minister Johann Wadephul said he would not exclude it once a ceasefire was in place.",
        "2025-08-21",
    );
    assert_claims(&c, &[], &["germany peace-talks open"]);
}

#[test]
fn a_topic_after_including_is_the_cues_object() {
    let c = claims_in_war(
        "Czech Foreign Minister Jan Lipavský said on Thursday that Ukraine should get every system that helps it, including long-range missiles.",
        "2024-03-09",
    );
    assert_claims(&c, &["czechia long-range-weapons supports"], &[]);
}

#[test]
fn the_frozen_russian_billions_are_the_assets() {
    let c = claims_in_war(
        "Polish Foreign Minister Radosław Sikorski said on Tuesday that the frozen Russian billions should go to Ukraine.",
        "2024-10-31",
    );
    assert_claims(&c, &["poland frozen-assets supports"], &[]);
}

#[test]
fn delivering_long_range_missiles_is_military_aid_too() {
    let c = claims_in_war(
        "French President Emmanuel Macron said on Tuesday that France would deliver more SCALP cruise missiles to Ukraine.",
        "2023-11-16",
    );
    assert_claims(
        &c,
        &[
            "france long-range-weapons supports",
            "france military-aid supports",
        ],
        &[],
    );
    // A refusal is about the long-range weapons only.
    let c = claims_in_war(
        "Chancellor Olaf Scholz said on Wednesday that he still refused to supply Taurus cruise missiles to Ukraine.",
        "2024-03-14",
    );
    assert_claims(
        &c,
        &["germany long-range-weapons opposes"],
        &[
            "germany military-aid supports",
            "germany military-aid opposes",
        ],
    );
    // So is a stance on their use.
    let c = claims_in_war(
        "Foreign Secretary David Lammy said on Tuesday that Ukraine should be able to use Storm Shadow missiles against targets inside Russia.",
        "2024-11-20",
    );
    assert_claims(
        &c,
        &["uk long-range-weapons supports"],
        &["uk military-aid supports"],
    );
}

#[test]
fn a_demand_past_adverbs_is_the_speakers_and_damaged_relations_warn() {
    let c = claims_in_war(
        "Vladimir Putin said on Friday that Kyiv must also officially renounce its plans to join NATO.",
        "2024-06-15",
    );
    assert_claims(&c, &["russia ukraine-nato-membership opposes"], &[]);
    let c = claims_in_war(
        "Yuri Ushakov said on Friday that delivering Tomahawks to Ukraine would seriously damage relations between Russia and the United States.",
        "2025-10-18",
    );
    assert_claims(&c, &["russia long-range-weapons opposes"], &[]);
}

#[test]
fn talks_that_would_only_reward_putin_are_refused() {
    let c = claims_in_war(
        "Prime Minister Mark Rutte said on Wednesday that negotiations today would only reward Putin's aggression.",
        "2023-02-10",
    );
    assert_claims(
        &c,
        &["netherlands peace-talks opposes"],
        &["netherlands peace-talks supports"],
    );
}

#[test]
fn assets_paying_for_ukraines_defence_are_military_aid_too() {
    let c = claims_in_war(
        "Chancellor Friedrich Merz said on Wednesday that the immobilised Russian assets must be used for Ukraine's defence.",
        "2025-10-10",
    );
    assert_claims(
        &c,
        &[
            "germany frozen-assets supports",
            "germany military-aid supports",
        ],
        &[],
    );
    // Refusing the assets is about the assets only.
    let c = claims_in_war(
        "Maria Zakharova said on Thursday that using the immobilised Russian assets for Ukraine's defence would be theft.",
        "2025-10-24",
    );
    assert_claims(
        &c,
        &["russia frozen-assets opposes"],
        &["russia military-aid opposes"],
    );
}

#[test]
fn an_outlets_report_of_what_someone_did_is_that_persons() {
    let c = claims_in_war(
        "Ukrainska Pravda reports that Zelensky used the lunch on Friday to ask once again for Tomahawks.",
        "2025-10-18",
    );
    assert_claims(&c, &["ukraine long-range-weapons supports"], &[]);
}

#[test]
fn the_ambassadors_in_washington_speak_for_their_states() {
    let c = claims_in_war(
        "Anatoly Antonov said on Wednesday that the delivery of ATACMS missiles to Kyiv was a dangerous escalation.",
        "2024-04-25",
    );
    assert_claims(&c, &["russia long-range-weapons opposes"], &[]);
    assert_eq!(speakers_of(&c, "russia"), ["Anatoly Antonov"]);
}
