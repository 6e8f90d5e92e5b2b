//! Hard cases of attribution, stance, topic and dates, each on a small article written for the
//! test (wire copy, Q&A, press review, passive voice, chains, hard negatives).

mod common;

use common::{claims_on, dump, has, triples};

#[test]
fn reported_speech_speaker_after_verb() {
    let c = claims_on(
        "\u{201c}There will be no ground troops in Ukraine,\u{201d} said Scholz.",
        "2024-02-27",
        "",
    );
    assert!(
        has(&c, "germany", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn cited_chain_speaker_is_the_quoted_person() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov spoke about Western troops in Ukraine.\n\"That would mean a direct conflict with NATO,\" CNN cited Peskov as saying.",
        "2024-02-28",
        "",
    );
    let russia: Vec<_> = c.iter().filter(|x| x.actor.as_str() == "russia").collect();
    assert!(!russia.is_empty(), "{}", dump(&c));
    assert_eq!(russia[0].speaker, "Dmitry Peskov");
    assert_eq!(russia[0].channel.as_deref(), Some("CNN"));
}

#[test]
fn former_official_makes_no_claim() {
    let c = claims_on(
        "Former NATO chief Jens Stoltenberg said the alliance should not send troops to Ukraine.",
        "2025-03-01",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn rutte_speaks_for_nato_only_from_october_2024() {
    let text = "Mark Rutte said allies are ready to provide more air defence to Ukraine.";
    let before = claims_on(text, "2024-05-01", "");
    assert!(
        before.iter().all(|x| x.actor.as_str() != "nato"),
        "{}",
        dump(&before)
    );
    assert!(
        has(&before, "netherlands", "military-aid", "supports"),
        "{}",
        dump(&before)
    );
    let after = claims_on(text, "2024-11-01", "");
    assert!(
        has(&after, "nato", "military-aid", "supports"),
        "{}",
        dump(&after)
    );
    let between = claims_on(text, "2024-08-01", "");
    assert!(
        between.is_empty(),
        "out of office in between:\n{}",
        dump(&between)
    );
}

#[test]
fn merz_is_opposition_until_may_2025() {
    let text = "Friedrich Merz said Germany is ready to deliver Taurus missiles to Ukraine.";
    assert!(claims_on(text, "2024-10-01", "").is_empty());
    let later = claims_on(text, "2025-06-01", "");
    assert!(
        has(&later, "germany", "long-range-weapons", "supports"),
        "{}",
        dump(&later)
    );
}

#[test]
fn lifting_sanctions_opposes_sanctions() {
    let c = claims_on(
        "Hungarian Prime Minister Viktor Orban said the EU should lift sanctions on Russia.",
        "2023-05-02",
        "",
    );
    assert!(has(&c, "hungary", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn did_not_rule_out_is_open() {
    let c = claims_on(
        "French President Emmanuel Macron did not rule out sending troops to Ukraine.",
        "2024-02-27",
        "",
    );
    assert_eq!(
        triples(&c),
        vec!["france troops-to-ukraine open"],
        "{}",
        dump(&c)
    );
}

#[test]
fn one_sentence_carries_two_actors_stances() {
    let c = claims_on(
        "Poland said it was ready to send more tanks to Ukraine, while Hungary refused to supply weapons to Kyiv.",
        "2023-03-01",
        "",
    );
    assert!(
        has(&c, "poland", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "hungary", "military-aid", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn pronoun_resolves_to_last_speaker() {
    let c = claims_on(
        "British Prime Minister Rishi Sunak met soldiers in Estonia on Monday.\n\u{201c}We will not send troops to Ukraine,\u{201d} he said.",
        "2024-03-01",
        "",
    );
    assert!(
        has(&c, "uk", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn analysts_and_opposition_make_no_claim() {
    let c = claims_on(
        "Analysts said Germany should send Taurus missiles to Ukraine. Opposition leader Friedrich Merz said he supports sending Taurus missiles to Ukraine.",
        "2024-03-01",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn narration_without_a_speaker_makes_no_claim() {
    let c = claims_on("The debate over sending Western troops to Ukraine is far from over, and no decision is ready to be taken.", "2024-03-01", "Reuters");
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn kremlin_readout_passive_voice_is_russia_speaking() {
    let c = claims_on(
        "It was noted that Russia is open to negotiations with representatives of Ukraine.",
        "2022-02-28",
        "kremlin.ru",
    );
    // Being open to negotiations is readiness for them: supports (annotation guidelines).
    assert!(has(&c, "russia", "peace-talks", "supports"), "{}", dump(&c));
}

#[test]
fn according_to_outlet_is_the_channel() {
    let c = claims_on(
        "According to Reuters, a spokesman for the German government said Berlin has no plans to send ground troops to Ukraine.",
        "2024-02-27",
        "",
    );
    assert!(
        has(&c, "germany", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert_eq!(c[0].channel.as_deref(), Some("Reuters"));
}

#[test]
fn qa_interview_question_is_nobodys_claim() {
    let c = claims_on(
        "Interview with Foreign Minister Annalena Baerbock.\n\nQ: Should Germany send Taurus missiles to Ukraine?\n\nA: We have no plans to deliver Taurus missiles at this time.",
        "2024-03-10",
        "",
    );
    assert_eq!(
        triples(&c),
        vec!["germany long-range-weapons opposes"],
        "{}",
        dump(&c)
    );
}

#[test]
fn press_review_of_several_capitals() {
    let c = claims_on(
        "In Paris, the Elysee said France is ready to send more SCALP missiles to Ukraine. \
         In Berlin, Chancellor Olaf Scholz again ruled out delivering Taurus missiles. \
         In Moscow, Kremlin spokesman Dmitry Peskov warned that such deliveries were a dangerous escalation.",
        "2024-03-05",
        "",
    );
    assert!(
        has(&c, "france", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "germany", "long-range-weapons", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn explicit_date_beats_publication_date() {
    let c = claims_on("On 12 January, Foreign Minister Annalena Baerbock said Germany will provide more air defence to Ukraine.", "2024-01-20", "");
    assert_eq!(c.len(), 1, "{}", dump(&c));
    assert_eq!(c[0].said_on.to_string(), "2024-01-12");
}
