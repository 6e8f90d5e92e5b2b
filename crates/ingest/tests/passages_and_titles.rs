//! Generalisations found by the thirteenth session's battery of short passages (sentences
//! written for these tests, none from the corpora):
//! - the speaker's own country as the subject of a reported stance is no third party ("Germany
//!   backed …, the finance minister told reporters");
//! - bare titles of the finance ministry and of spokespeople, and the High Representative in
//!   lower case, name the last holder mentioned;
//! - "the restrictions on long-range strikes must be lifted": a limit heading the subject
//!   inverts the obligation like "the range restrictions" does, and "had to" obliges like
//!   "must";
//! - a modal's subject may carry an appositive between commas ("the frozen assets, some 300
//!   billion dollars, should become …");
//! - a cue phrase holding its pronoun object ("did not rule it out") points back like "rule
//!   out the decision"; Putin's foreign policy aide is a title; "a first step" and "stay until"
//!   support their topic.

mod common;

use common::{assert_claims, claims_of, speakers_of};

fn article(published: &str, body: &str) -> String {
    format!("---\ntitle: \"Briefing\"\npublished: {published}\n---\n\n{body}\n")
}

#[test]
fn the_speaker_s_own_country_as_subject_keeps_the_stance_the_speaker_s() {
    let c = claims_of(&article(
        "2024-05-23",
        "Christian Lindner arrived in Stresa on Wednesday for the G7 meeting. Germany backed using the windfall profits from frozen Russian assets for Ukraine, the finance minister told reporters.",
    ));
    assert_claims(&c, &["germany frozen-assets supports"], &[]);
    assert_eq!(speakers_of(&c, "germany"), vec!["Christian Lindner"]);
}

#[test]
fn bare_titles_name_the_last_holder_mentioned() {
    let c = claims_of(&article(
        "2024-02-28",
        "Janet Yellen arrived in São Paulo for the G20 meeting. The windfall profits from frozen Russian assets should go to Ukraine, the treasury secretary told reporters on Tuesday.",
    ));
    assert_claims(
        &c,
        &["usa frozen-assets supports"],
        &["ukraine frozen-assets supports"],
    );
    let c = claims_of(&article(
        "2025-03-11",
        "The war in Ukraine goes on. Kaja Kallas was asked on Monday about a training mission inside Ukraine. The high representative said that sending European troops to Ukraine was not excluded.",
    ));
    assert_claims(&c, &["eu troops-to-ukraine open"], &[]);
}

#[test]
fn a_limit_heading_the_subject_inverts_the_obligation() {
    let c = claims_of(&article(
        "2024-05-20",
        "The war in Ukraine goes on. Foreign Minister Dmytro Kuleba said on Monday that the restrictions on long-range strikes had to be lifted now.",
    ));
    assert_claims(
        &c,
        &["ukraine long-range-weapons supports"],
        &["ukraine long-range-weapons opposes"],
    );
    let c = claims_of(&article(
        "2024-05-20",
        "The war in Ukraine goes on. Chancellor Olaf Scholz said on Monday that the restrictions on long-range strikes must stay.",
    ));
    assert_claims(
        &c,
        &["germany long-range-weapons opposes"],
        &["germany long-range-weapons supports"],
    );
}

#[test]
fn a_modal_s_subject_may_carry_an_appositive() {
    let c = claims_of(&article(
        "2023-06-21",
        "The war in Ukraine goes on. Prime Minister Denys Shmyhal said on Tuesday that the frozen Russian assets, some 300 billion dollars, should become the main source of funding for reconstruction.",
    ));
    assert_claims(&c, &["ukraine frozen-assets supports"], &[]);
    // A clause between commas is no appositive: the modal there has another subject.
    let c = claims_of(&article(
        "2023-06-21",
        "The war in Ukraine goes on. Prime Minister Denys Shmyhal said on Tuesday that the frozen Russian assets, which Europe holds, should not be touched by anyone but the courts, and nothing more.",
    ));
    assert_claims(&c, &[], &["ukraine frozen-assets supports"]);
}

#[test]
fn a_cue_holding_its_pronoun_object_points_back_to_the_question() {
    let c = claims_of(&article(
        "2025-08-26",
        "Friedrich Merz was asked on Monday whether German soldiers could become part of a force in Ukraine. He did not rule it out, the chancellor said, but it was too early to decide.",
    ));
    assert_claims(&c, &["germany troops-to-ukraine open"], &[]);
}

#[test]
fn an_aide_s_title_and_the_steps_and_stays_of_a_measure() {
    let c = claims_of(&article(
        "2025-08-08",
        "The war in Ukraine goes on. Yuri Ushakov confirmed the summit on Thursday. Putin's foreign policy aide told reporters that Moscow was ready to work towards a peaceful settlement of the conflict.",
    ));
    assert_claims(&c, &["russia peace-talks supports"], &[]);
    // Lifting sanctions as "a natural first step" is a stance against them; sanctions that
    // "stay until" the war ends are kept.
    let c = claims_of(&article(
        "2025-04-10",
        "The war in Ukraine goes on. Kremlin spokesman Dmitry Peskov said on Wednesday that lifting the sanctions on Aeroflot would be a natural first step.",
    ));
    assert_claims(
        &c,
        &["russia sanctions opposes"],
        &["russia sanctions supports"],
    );
    let c = claims_of(&article(
        "2025-04-10",
        "The war in Ukraine goes on. \"Sanctions stay until Russia stops this war,\" Kaja Kallas said on Wednesday.",
    ));
    assert_claims(&c, &["eu sanctions supports"], &[]);
}
