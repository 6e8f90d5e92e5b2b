//! The twenty-eighth session's rules from the folded heldout-28, each on text written for it:
//! - an interview's answers are the person its introduction presents ("Jonas Lind, Norway's
//!   minister, spoke to us on Tuesday …"), not one named later in the introduction;
//! - a name in a closed temporal clause ("Until Putin accepts it, we will …") is not the main
//!   clause's subject;
//! - a topic's excluding phrase takes only its own side of a contrast off the topic ("would not
//!   support Ukraine's membership in NATO, while it supports its membership in the EU");
//! - a cost admitted ("This will not be easy") and a channel refused ("would not negotiate
//!   through the press") refuse nothing;
//! - a ban on foreign troops is the inverse proposition ("the ban on foreign troops was
//!   unacceptable" supports sending them);
//! - topics in other words: "the meeting in Istanbul", "by political and diplomatic means",
//!   "any use of the principal" (of the frozen assets);
//! - Ukraine's "right to strike legitimate targets" in Russia is no Russian warning;
//! - a state by its formal name speaks for it ("The Slovak Republic will not supply weapons");
//! - coordinated subjects each with a country's possessive both speak ("Germany's Johann
//!   Wadephul and France's Jean-Noël Barrot both said"), and a minister "on their way into the
//!   meeting" announces no delivery on its way;
//! - what someone "had told him" in narration is the teller's ("the Secretary of State had
//!   told him that the administration would keep pressing Congress"), up to a second
//!   that-clause;
//! - a turn is dated by the paragraph right before it that introduces its speaker ("ANCHOR:
//!   … Christine Lambrecht joined us from Berlin this morning." over "LAMBRECHT: …");
//! - what a speaker recalls happened on its own day, which their later words do not carry ("He
//!   recalled that Putin, in a statement on Sunday, had proposed talks … If Moscow did not
//!   agree, he said, Germany would tighten sanctions" is Wednesday's);
//! - a paragraph that recaps the week ("welcomed the decisions taken by partners this week. On
//!   Thursday, …") dates its events, not the statements in the paragraphs after it;
//! - "Every Saturday we publish …" names no day, so a reproduced statement is dated by the
//!   day its introduction gives;
//! - a text reproduced under its headings right after a standfirst that gives the day it was
//!   issued says "today" of that day ("*On Tuesday evening, 11 July, the Ministry published a
//!   short statement …*" over "**Press release**", "… announced today in Vilnius …");
//! - a measure presented is supported ("presented a sixth package of sanctions").

mod common;

use common::{assert_claims, claims_in_war, claims_of, claims_on, days_of, speakers_of};

#[test]
fn the_answers_are_the_presented_persons_not_the_last_named() {
    // 2024-11-08 is a Friday; the interview was on Thursday the 7th.
    let c = claims_of(
        "---\ntitle: \"Interview\"\npublished: 2024-11-08\n---\n\n\
         *Annalena Baerbock, Germany's foreign minister, spoke to us on Thursday in Berlin, two days after Donald Trump had won the American election. The interview has been shortened.*\n\n\
         **Minister, will Germany keep supporting Ukraine?**\n\n\
         Yes. We will keep delivering air defence to Ukraine, whoever sits in the White House.\n\n\
         **And the frozen Russian assets?**\n\n\
         The profits of the frozen Russian assets should go to Ukraine.\n",
    );
    assert_claims(
        &c,
        &[
            "germany military-aid supports",
            "germany frozen-assets supports",
        ],
        &["usa military-aid supports", "usa frozen-assets supports"],
    );
    assert_eq!(
        speakers_of(&c, "germany"),
        ["Annalena Baerbock", "Annalena Baerbock"]
    );
}

#[test]
fn a_name_in_a_closed_temporal_clause_is_not_the_subject() {
    let c = claims_in_war(
        "Keir Starmer said on Thursday that Britain wanted a full ceasefire. \"Until Putin accepts it, we will tighten the sanctions on the shadow fleet,\" he said.",
        "2025-07-11",
    );
    assert_claims(
        &c,
        &["uk sanctions supports"],
        &["russia sanctions supports"],
    );
}

#[test]
fn an_excluding_phrase_stops_at_a_contrast() {
    let c = claims_in_war(
        "Robert Fico said in Moscow that Slovakia would not support Ukraine's membership in NATO, while it supports Ukraine's membership in the European Union.",
        "2025-05-09",
    );
    assert_claims(&c, &["slovakia ukraine-nato-membership opposes"], &[]);
    // Without the contrast, the sentence is about the other union.
    let c = claims_in_war(
        "Robert Fico said that Slovakia supports Ukraine's membership in the European Union.",
        "2025-05-09",
    );
    assert_claims(&c, &[], &["slovakia ukraine-nato-membership supports"]);
}

#[test]
fn a_cost_admitted_and_a_channel_refused_refuse_nothing() {
    let c = claims_in_war(
        "Ursula von der Leyen presented the oil embargo on Russia on Wednesday. \"This will not be easy,\" she said, \"but we simply have to do it.\"",
        "2022-05-05",
    );
    assert_claims(&c, &[], &["eu sanctions opposes"]);
    let c = claims_in_war(
        "Dmitry Peskov said on Monday that Moscow would not negotiate through the press on a peace plan for Ukraine.",
        "2025-11-25",
    );
    assert_claims(&c, &[], &["russia peace-talks opposes"]);
}

#[test]
fn a_ban_on_foreign_troops_is_the_inverse_proposition() {
    let c = claims_in_war(
        "Emmanuel Macron said on Saturday that the ban on foreign troops in the American plan for Ukraine was unacceptable.",
        "2025-11-23",
    );
    assert_claims(
        &c,
        &["france troops-to-ukraine supports"],
        &["france troops-to-ukraine opposes"],
    );
}

#[test]
fn topics_in_other_words_istanbul_diplomatic_means_and_the_principal() {
    let c = claims_in_war(
        "Donald Trump wrote on Sunday that Ukraine should agree to the meeting in Istanbul immediately.",
        "2025-05-12",
    );
    assert_claims(&c, &["usa peace-talks supports"], &[]);
    let c = claims_in_war(
        "Maria Zakharova said on Friday, a year into the war in Ukraine, that Russia remained open to reaching its goals \"by political and diplomatic means\".",
        "2023-02-25",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
    let c = claims_in_war(
        "EU leaders met in Brussels on a loan for Ukraine. Bart De Wever said on Friday that Belgium still would not agree to any use of the principal without shared guarantees.",
        "2026-06-27",
    );
    assert_claims(&c, &["belgium frozen-assets opposes"], &[]);
}

#[test]
fn the_right_to_strike_legitimate_targets_is_no_warning() {
    let c = claims_in_war(
        "Jens Stoltenberg told foreign ministers in Prague on Friday that allies should lift the restrictions on the use of their weapons, because Ukraine had the right to strike legitimate targets in Russia.",
        "2024-06-01",
    );
    assert_claims(
        &c,
        &["nato long-range-weapons supports"],
        &["nato long-range-weapons opposes"],
    );
}

#[test]
fn a_state_by_its_formal_name_speaks_for_it() {
    let c = claims_on(
        "The Slovak Republic will not supply weapons from the stocks of its armed forces to Ukraine.\n\nThe Republic of Poland will continue to support Ukraine militarily.",
        "2025-05-09",
        "Ministry of Foreign Affairs of the Slovak Republic",
    );
    assert_claims(
        &c,
        &[
            "slovakia military-aid opposes",
            "poland military-aid supports",
        ],
        &["ukraine military-aid supports"],
    );
}

#[test]
fn coordinated_subjects_with_possessives_both_speak() {
    let c = claims_in_war(
        "Germany's Johann Wadephul and France's Jean-Noël Barrot both said on Monday that sanctions had to be tightened while Moscow kept stalling in the talks on Ukraine.",
        "2026-03-24",
    );
    assert_claims(
        &c,
        &["germany sanctions supports", "france sanctions supports"],
        &[],
    );
    let c = claims_in_war(
        "Jean-Noël Barrot and Johann Wadephul both said on their way into the meeting that the sanctions package should be followed quickly by a twenty-first.",
        "2026-02-23",
    );
    assert!(c.iter().all(|c| c.cue != "on their way"), "{c:?}");
}

#[test]
fn what_someone_had_told_him_is_the_tellers_word() {
    let c = claims_in_war(
        "Lord Cameron said he had spoken to Antony Blinken on Monday, and the Secretary of State had told him that the administration would keep pressing Congress to pass the supplemental funding for Ukraine.",
        "2024-01-24",
    );
    assert_claims(
        &c,
        &["usa military-aid supports"],
        &["uk military-aid supports"],
    );
    // A second that-clause is the reporter's own again.
    let c = claims_in_war(
        "Erdogan said that Putin had told him he wanted to end the war, and that Turkey stood ready to host new negotiations between Moscow and Kyiv.",
        "2022-09-22",
    );
    assert_claims(&c, &["turkey peace-talks supports"], &[]);
}

#[test]
fn a_turn_is_dated_by_the_introduction_of_its_speaker() {
    // 2022-10-11 is a Tuesday.
    let c = claims_of(
        "---\ntitle: \"Evening bulletin\"\npublished: 2022-10-11\n---\n\n\
         VO: [Berlin, Monday] Chancellor Olaf Scholz spoke to Zelensky by phone on Monday.\n\n\
         ANCHOR: Germany's defence minister Christine Lambrecht joined us from Berlin this morning.\n\n\
         LAMBRECHT: The first IRIS-T system will be in Ukraine within days, and we will send more armoured howitzers.\n",
    );
    assert_claims(&c, &["germany military-aid supports"], &[]);
    assert_eq!(
        days_of(&c, "germany", "military-aid"),
        ["2022-10-11"],
        "{c:?}"
    );
}

#[test]
fn a_recalled_day_is_not_carried_to_the_speakers_later_words() {
    // 2025-05-15 is a Thursday: Wednesday is the 14th, Sunday the 11th.
    let c = claims_in_war(
        "The chamber was full when Chancellor Friedrich Merz took the floor on Wednesday morning.\n\n\
         On diplomacy, Merz said Germany stood behind the proposal for an unconditional ceasefire in Ukraine. He recalled that Vladimir Putin, in a statement in Moscow on Sunday, had proposed direct talks with Ukraine in Istanbul, and that Volodymyr Zelensky had replied the same day that he would wait for Putin in Turkey. \"Now we will see who is serious,\" Merz said.\n\n\
         If Moscow did not agree to the ceasefire, he said, Germany would significantly tighten sanctions on Russia.",
        "2025-05-15",
    );
    assert_eq!(days_of(&c, "germany", "sanctions"), ["2025-05-14"], "{c:?}");
    assert_eq!(
        days_of(&c, "germany", "peace-talks"),
        ["2025-05-14"],
        "{c:?}"
    );
}

#[test]
fn a_recap_of_the_week_does_not_date_the_paragraphs_after_it() {
    // 2025-10-24 is a Friday.
    let c = claims_in_war(
        "Leaders of the coalition met in London today to step up support for Ukraine.\n\n\
         The host welcomed the decisions taken by partners this week. On Thursday, 23 October, the European Union adopted a new package.\n\n\
         President Emmanuel Macron, joining by video from Paris, said France would deliver further SCALP cruise missiles to Ukraine.",
        "2025-10-24",
    );
    assert_eq!(
        days_of(&c, "france", "long-range-weapons"),
        ["2025-10-24"],
        "{c:?}"
    );
}

#[test]
fn a_weekly_habit_does_not_date_a_reproduced_statement() {
    // 2022-05-07 is a Saturday; the statement was issued on Wednesday the 4th.
    let c = claims_on(
        "*Every Saturday we publish in English one official text. This week: the statement issued by the Hungarian Ministry of Foreign Affairs and Trade on Wednesday evening, 4 May, a few hours after Ursula von der Leyen presented the oil embargo on Russia.*\n\n\
         **Statement of the Ministry of Foreign Affairs and Trade of Hungary**\n\n\
         Hungary cannot support the package of sanctions proposed today in its present form.",
        "2022-05-07",
        "Lanchid Translation Service",
    );
    assert_eq!(days_of(&c, "hungary", "sanctions"), ["2022-05-04"], "{c:?}");
}

#[test]
fn a_reproduced_texts_today_is_the_day_it_was_issued() {
    // 2023-07-13 is a Thursday; the statement was issued on Tuesday the 11th.
    let c = claims_on(
        "*On Tuesday evening, 11 July, at the end of the first day of the NATO summit in Vilnius, the French Ministry of the Armed Forces published a short statement on the delivery of SCALP missiles to Ukraine. Our translation follows.*\n\n\
         **Ministry of the Armed Forces — Press release**\n\n\
         Following the announcement made today in Vilnius by the President of the Republic, France will deliver SCALP long-range cruise missiles to Ukraine.\n\n\
         **Reactions**\n\n\
         Today the Kremlin said the French decision was a mistake that would only prolong the war in Ukraine.",
        "2023-07-13",
        "Rive Droite English Service",
    );
    assert_eq!(
        days_of(&c, "france", "long-range-weapons"),
        ["2023-07-11"],
        "{c:?}"
    );
    // (The page's own reporting after the next heading keeps its own "today".)
    assert!(days_of(&c, "russia", "long-range-weapons")
        .iter()
        .all(|d| d == "2023-07-13"));
}

#[test]
fn a_measure_presented_is_supported() {
    let c = claims_in_war(
        "Ursula von der Leyen, President of the European Commission, presented a sixth package of sanctions against Russia to the European Parliament on Wednesday.",
        "2022-05-06",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
}
