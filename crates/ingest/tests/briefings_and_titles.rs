//! Hard cases of the eleventh session, found on the eleventh held-out set once it was folded
//! into dev: research briefings with numbered notes, titles whose holder is never named, and the
//! phrases that were missing from the lexicons. One test per case, on sentences written for it.

mod common;

use common::{claims_of, dump, first_day_of, has};

#[test]
fn a_briefing_with_numbered_notes_dates_each_statement_by_its_own_day() {
    let c = claims_of(
        "---\ntitle: \"Briefing\"\npublished: 2022-12-19\n---\n\n\
         **2. First steps.** On 22 February 2022, Chancellor Olaf Scholz said Germany was halting Nord Stream 2.[1] \
         On 8 March, President Joe Biden announced a ban on imports of Russian oil.[2] \
         Addressing the Bundestag by video on 17 March, President Volodymyr Zelensky asked for sanctions on every Russian official.[3]\n",
    );
    assert_eq!(
        first_day_of(&c, "usa", "sanctions"),
        "2022-03-08",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "ukraine", "sanctions"),
        "2022-03-17",
        "{}",
        dump(&c)
    );
}

#[test]
fn the_secretary_general_of_an_article_about_nato_is_natos_when_nobody_is_named() {
    let c = claims_of(
        "---\ntitle: \"The Hague\"\npublished: 2025-06-26\n---\n\n\
         The NATO summit closed on Wednesday. Allies, the secretary general told reporters, had committed to keep supplying Ukraine with weapons.\n",
    );
    let nato = c
        .iter()
        .find(|x| x.actor.as_str() == "nato" && x.topic.as_str() == "military-aid");
    assert_eq!(
        nato.map(|x| x.speaker.as_str()),
        Some("Mark Rutte"),
        "{}",
        dump(&c)
    );
    // Without NATO named, "the secretary general" may be the UN's: nobody's voice.
    let c = claims_of(
        "---\ntitle: \"New York\"\npublished: 2025-06-26\n---\n\n\
         The session closed on Wednesday. The secretary general told reporters that states had committed to keep supplying Ukraine with weapons.\n",
    );
    assert!(!has(&c, "nato", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn a_sentence_opening_by_a_weekday_moves_the_story_to_that_day() {
    let c = claims_of(
        "---\ntitle: \"Summit\"\npublished: 2025-06-26\n---\n\n\
         Chancellor Friedrich Merz set the tone on Tuesday. By Wednesday he was talking about hardware: Germany would keep supplying Ukraine with air defence, he told reporters.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "military-aid"),
        "2025-06-25",
        "{}",
        dump(&c)
    );
    // "By Saturday the mood had hardened": a summing-up, the story stays on Friday.
    let c = claims_of(
        "---\ntitle: \"Munich\"\npublished: 2024-02-17\n---\n\n\
         The conference opened on Friday. By Saturday the mood had hardened.\n\n\
         Vice President Kamala Harris, speaking a few hours after the opening, urged Congress to pass the aid package for Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "usa", "military-aid"),
        "2024-02-16",
        "{}",
        dump(&c)
    );
}

#[test]
fn a_second_that_clause_after_but_is_still_the_speakers() {
    let c = claims_of(
        "---\ntitle: \"Emails\"\npublished: 2026-06-20\n---\n\n\
         NATO spokesperson Allison Hart replied that sanctions were a matter for the EU, but that allies would continue to provide Ukraine with military support.\n",
    );
    assert!(has(&c, "nato", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn a_speech_verb_in_the_infinitive_is_its_main_subjects() {
    let c = claims_of(
        "---\ntitle: \"Summit\"\npublished: 2025-06-26\n---\n\n\
         Emmanuel Macron used his press conference on Wednesday to argue that sanctions on Moscow had to be increased.\n",
    );
    assert!(has(&c, "france", "sanctions", "supports"), "{}", dump(&c));
    // An announcement only expected is no statement.
    let c = claims_of(
        "---\ntitle: \"Summit\"\npublished: 2025-06-26\n---\n\n\
         Emmanuel Macron is expected to announce that France will send more air-defence missiles to Ukraine.\n",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn warnings_of_a_response_and_of_participants_in_the_war_oppose() {
    let c = claims_of(
        "---\ntitle: \"Moscow\"\npublished: 2024-05-31\n---\n\n\
         Kremlin spokesman Dmitry Peskov said on Thursday that Western weapons striking Russian territory would draw a response.\n\n\
         Foreign Minister Sergey Lavrov said that European troops sent to Ukraine would be treated as participants in the war.\n",
    );
    assert!(
        has(&c, "russia", "long-range-weapons", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "russia", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn goals_proportionate_responses_and_packages_that_must_include_support() {
    let c = claims_of(
        "---\ntitle: \"Kyiv\"\npublished: 2026-02-15\n---\n\n\
         President Volodymyr Zelensky said NATO membership remained Ukraine's strategic goal.\n",
    );
    assert!(
        has(&c, "ukraine", "ukraine-nato-membership", "supports"),
        "{}",
        dump(&c)
    );
    let c = claims_of(
        "---\ntitle: \"London\"\npublished: 2023-11-13\n---\n\n\
         Foreign Secretary James Cleverly said on Sunday the Storm Shadow missiles were a proportionate response to Russia's strikes.\n\n\
         Annalena Baerbock said the next sanctions package had to include a ban on Russian diamonds.\n",
    );
    assert!(
        has(&c, "uk", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
    assert!(has(&c, "germany", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn an_unnamed_voice_reporting_a_state_gives_the_stance_to_that_state() {
    let c = claims_of(
        "---\ntitle: \"We asked, they answered\"\npublished: 2026-06-20\n---\n\n\
         We emailed the foreign ministries of the member states on Wednesday. In its reply, the ministry said France supported the renewal of all EU sanctions.\n\n\
         A spokesperson replied that Germany was in favour of using the frozen assets for Ukraine.\n",
    );
    assert!(has(&c, "france", "sanctions", "supports"), "{}", dump(&c));
    assert!(
        has(&c, "germany", "frozen-assets", "supports"),
        "{}",
        dump(&c)
    );
    // A speech verb that is its own cue ("urged") has no reported clause before the cue: the
    // unnamed voice gives it to nobody (and nothing slices backwards).
    let c = claims_of(
        "---\ntitle: \"Berlin\"\npublished: 2023-01-20\n---\n\n\
         A spokesman urged Germany to send tanks to Ukraine.\n",
    );
    assert!(
        !has(&c, "germany", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn the_package_under_a_sanctions_headline_is_the_sanctions_package() {
    let c = claims_of(
        "---\ntitle: \"EU adopts eleventh sanctions package\"\npublished: 2023-06-26\n---\n\n\
         The European Union adopted its eleventh package of sanctions against Russia on Friday.\n\n\
         Josep Borrell said the Union was closing the doors through which Russia bought Western technology for its weapons.\n\n\
         In Washington, State Department spokesman Matthew Miller said on Friday that the United States welcomed the package.\n",
    );
    assert!(has(&c, "usa", "sanctions", "supports"), "{}", dump(&c));
    assert!(!has(&c, "usa", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn comparisons_questions_put_and_russias_escalation_decide_nothing() {
    let c = claims_of(
        "---\ntitle: \"Vilnius\"\npublished: 2023-04-05\n---\n\n\
         Germany's Annalena Baerbock was more cautious about Ukraine's NATO membership than her Baltic colleagues.\n\n\
         Chancellor Olaf Scholz was asked three times about sending Taurus cruise missiles to Ukraine.\n\n\
         Jens Stoltenberg said allies should answer Moscow's escalation by stepping up their deliveries of arms to Ukraine.\n",
    );
    assert!(
        !has(&c, "germany", "ukraine-nato-membership", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "germany", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
    assert!(!has(&c, "nato", "military-aid", "opposes"), "{}", dump(&c));
}

#[test]
fn professors_and_opposition_parties_speak_for_no_actor() {
    let c = claims_of(
        "---\ntitle: \"Brest\"\npublished: 2025-03-06\n---\n\n\
         A Brussels law professor said freezing Russian assets was a pause button, not a transfer order, and rejected their confiscation.\n\n\
         A National Rally deputy said on local radio that sending French soldiers to Ukraine was out of the question.\n",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn a_negator_in_scare_quotes_still_negates_but_a_quoted_no_is_a_word_mentioned() {
    let c = claims_of(
        "---\ntitle: \"Washington\"\npublished: 2024-07-12\n---\n\n\
         Prime Minister Viktor Orbán said on Thursday that Budapest would \"never\" support Ukraine's membership of NATO.\n",
    );
    assert!(
        has(&c, "hungary", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "hungary", "ukraine-nato-membership", "supports"),
        "{}",
        dump(&c)
    );
    let c = claims_of(
        "---\ntitle: \"Brussels\"\npublished: 2025-04-04\n---\n\n\
         Jean-Noël Barrot said on Thursday that Russia's answer had been \"no\" in all but name and called for new sanctions.\n",
    );
    assert!(has(&c, "france", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn refusing_to_loosen_sanctions_or_hand_the_assets_back_supports_them() {
    let c = claims_of(
        "---\ntitle: \"Moscow\"\npublished: 2023-07-19\n---\n\n\
         Secretary of State Antony Blinken said on Monday that the United States had no intention of loosening sanctions to bring Moscow back to the grain deal.\n",
    );
    assert!(has(&c, "usa", "sanctions", "supports"), "{}", dump(&c));
    let c = claims_of(
        "---\ntitle: \"Geneva\"\npublished: 2026-03-17\n---\n\n\
         France's foreign minister Jean-Noël Barrot said the immobilised Russian assets will not be handed back as part of any deal.\n",
    );
    assert!(
        has(&c, "france", "frozen-assets", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn told_reporters_at_the_time_is_the_day_named_before() {
    let c = claims_of(
        "---\ntitle: \"Rzeszow\"\npublished: 2026-10-15\n---\n\n\
         The American ambassador to NATO, Matthew Whitaker, who had visited the site on Tuesday, told reporters at the time that the United States would keep supplying weapons to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "usa", "military-aid"),
        "2026-10-13",
        "{}",
        dump(&c)
    );
    // A role "at the time" names no day, and a past statement "said at the time" does not date
    // the story after it.
    let c = claims_of(
        "---\ntitle: \"Brussels\"\npublished: 2025-10-23\n---\n\n\
         Britain had already sanctioned Rosneft on 15 October, the Foreign Office said at the time. \
         Chancellor Friedrich Merz, finance minister at the time of the first package, said the summit would agree to use the frozen Russian assets for Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "frozen-assets"),
        "2025-10-23",
        "{}",
        dump(&c)
    );
}

#[test]
fn interest_progress_and_a_pause_to_rearm_are_stances_on_the_talks() {
    let c = claims_of(
        "---\ntitle: \"Geneva\"\npublished: 2025-11-25\n---\n\n\
         Secretary of State Marco Rubio said on Sunday that there had been tremendous progress in the peace talks with Ukraine.\n\n\
         Special envoy Steve Witkoff said President Vladimir Putin had expressed interest in a permanent peace settlement with Ukraine.\n",
    );
    assert!(has(&c, "usa", "peace-talks", "supports"), "{}", dump(&c));
    assert!(has(&c, "russia", "peace-talks", "supports"), "{}", dump(&c));
    let c = claims_of(
        "---\ntitle: \"New York\"\npublished: 2023-02-25\n---\n\n\
         Secretary of State Antony Blinken told the Security Council that a ceasefire freezing the front line in Ukraine would not be a just peace, but a pause for Russia to rearm.\n",
    );
    assert!(has(&c, "usa", "peace-talks", "opposes"), "{}", dump(&c));
}
