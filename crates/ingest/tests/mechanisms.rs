//! One named test per attribution, stance, topic and date mechanism added for extractor 0.3,
//! each on a small article written for the test (not taken from the evaluation corpus).

mod common;

use common::{claims_of, claims_on, dump, first_day_of as said_on, has};

#[test]
fn bold_interview_question_is_nobodys_and_answers_take_the_intro_date() {
    let c = claims_on(
        "Italian Defence Minister Guido Crosetto spoke to us on Monday in Rome.\n\n\
         **Magazine: Is Italy ready to send troops to Ukraine?**\n\n\
         Crosetto: We have no plans to send troops to Ukraine.",
        "2024-03-06",
        "",
    );
    assert!(
        has(&c, "italy", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "italy", "troops-to-ukraine", "supports"),
        "{}",
        dump(&c)
    );
    assert_eq!(said_on(&c, "italy", "troops-to-ukraine"), "2024-03-04");
}

#[test]
fn official_publication_narration_is_the_source_actor() {
    let c = claims_on(
        "Allies met in Brussels. We will continue to provide military aid to Ukraine.",
        "2024-06-14",
        "nato.int",
    );
    assert!(has(&c, "nato", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn unknown_name_or_they_is_not_the_official_voice() {
    let c = claims_on(
        "Ursula Meyer supported the idea of more arms for Ukraine. They will send more \
         weapons to Ukraine, the guest claimed.",
        "2022-02-01",
        "kremlin.ru",
    );
    assert!(
        c.iter().all(|x| x.actor.as_str() != "russia"),
        "{}",
        dump(&c)
    );
}

#[test]
fn possessor_is_not_the_subject() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov said that Ukraine's membership in NATO would be \
         unacceptable for Moscow.",
        "2023-07-10",
        "",
    );
    assert!(
        has(&c, "russia", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn appositive_between_subject_and_verb_is_skipped() {
    let c = claims_on(
        "Dutch Prime Minister Mark Rutte, a favourite to lead NATO, said sending troops to \
         Ukraine was not on the table.",
        "2024-02-29",
        "",
    );
    assert!(
        has(&c, "netherlands", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(c.iter().all(|x| x.actor.as_str() != "nato"), "{}", dump(&c));
}

#[test]
fn relative_clause_is_background_not_the_statement() {
    let c = claims_on(
        "Hungarian Prime Minister Viktor Orban, who has vetoed sanctions packages before, said \
         on Monday that Hungary supports a ceasefire in Ukraine.",
        "2024-07-03",
        "",
    );
    assert!(
        has(&c, "hungary", "peace-talks", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        c.iter().all(|x| x.topic.as_str() != "sanctions"),
        "{}",
        dump(&c)
    );
}

#[test]
fn indirect_question_and_direct_question_assert_nothing() {
    let c = claims_on(
        "Chancellor Olaf Scholz did not say whether Germany would deliver Taurus to Ukraine. \
         \u{201c}Who would send troops to Ukraine now?\u{201d} Scholz said.",
        "2024-03-01",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn reported_would_is_the_backshifted_will_not_a_hedge() {
    let c = claims_on(
        "Canadian Prime Minister Justin Trudeau said on Sunday that Canada would provide more \
         weapons to Ukraine.",
        "2025-03-03",
        "",
    );
    assert!(
        has(&c, "canada", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert_eq!(said_on(&c, "canada", "military-aid"), "2025-03-02");
}

#[test]
fn dated_speech_without_stance_dates_the_pronoun_quote_after_it() {
    let c = claims_on(
        "Foreign Minister Annalena Baerbock, visiting Kyiv, said on Monday that Berlin stood \
         by its partners.\n\n\u{201c}We will tighten the sanctions against Russia,\u{201d} she \
         said.",
        "2023-03-08",
        "",
    );
    assert!(has(&c, "germany", "sanctions", "supports"), "{}", dump(&c));
    assert_eq!(said_on(&c, "germany", "sanctions"), "2023-03-06");
}

#[test]
fn anaphor_counts_only_after_its_antecedent() {
    let bare = claims_on(
        "Kremlin spokesman Dmitry Peskov said on Friday that any use of the assets would be \
         theft.",
        "2024-06-14",
        "",
    );
    assert!(
        bare.iter().all(|x| x.topic.as_str() != "frozen-assets"),
        "{}",
        dump(&bare)
    );
    let c = claims_on(
        "G7 leaders agreed to use frozen Russian assets for Ukraine on Thursday.\n\n\
         Kremlin spokesman Dmitry Peskov said on Friday that any use of the assets would be \
         theft.",
        "2024-06-14",
        "",
    );
    assert!(
        has(&c, "russia", "frozen-assets", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn headline_topic_serves_a_quoted_open_cue_with_no_topic_near() {
    let c = claims_of(
        "---\ntitle: \"Macron keeps the troops option open\"\npublished: 2024-02-27\n---\n\
         President Emmanuel Macron spoke after the summit in Paris.\n\n\
         \u{201c}We have to keep every option, nothing should be ruled out,\u{201d} he said.",
    );
    assert!(
        has(&c, "france", "troops-to-ukraine", "open"),
        "{}",
        dump(&c)
    );
}

#[test]
fn weapon_system_name_needs_no_ukraine_context() {
    let c = claims_on(
        "Defence Minister Boris Pistorius said a Taurus transfer was not excluded.",
        "2024-06-03",
        "",
    );
    assert!(
        has(&c, "germany", "long-range-weapons", "open"),
        "{}",
        dump(&c)
    );
}

#[test]
fn negative_subject_determiner_negates_the_verb() {
    let c = claims_on(
        "Chancellor Olaf Scholz said no German government would send ground troops to Ukraine.",
        "2024-03-01",
        "",
    );
    assert!(
        has(&c, "germany", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "germany", "troops-to-ukraine", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn no_longer_is_not_the_negator_no() {
    let c = claims_on(
        "Chancellor Friedrich Merz said there were no longer any range restrictions on weapons \
         for Ukraine.",
        "2025-06-02",
        "",
    );
    assert!(
        !has(&c, "germany", "long-range-weapons", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn quote_after_a_colon_belongs_to_the_subject_before_it() {
    let c = claims_on(
        "Asked about arms for Kyiv on Monday, Hungarian Prime Minister Viktor Orban was \
         blunt: \u{201c}Hungary will not send weapons to Ukraine.\u{201d}",
        "2023-05-24",
        "",
    );
    assert!(
        has(&c, "hungary", "military-aid", "opposes"),
        "{}",
        dump(&c)
    );
    assert_eq!(said_on(&c, "hungary", "military-aid"), "2023-05-22");
}

#[test]
fn modal_with_the_topic_as_its_subject() {
    let c = claims_on(
        "\u{201c}The sanctions on Russia must remain in force,\u{201d} French President \
         Emmanuel Macron said.",
        "2025-04-02",
        "",
    );
    assert!(has(&c, "france", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn soldiers_as_the_object_do_not_take_the_stance_away() {
    let c = claims_on(
        "Italian Prime Minister Giorgia Meloni said sending Italian soldiers to Ukraine was \
         out of the question.",
        "2025-03-05",
        "",
    );
    assert!(
        has(&c, "italy", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn coordinated_topics_share_one_cue() {
    let c = claims_on(
        "Hungarian Foreign Minister Peter Szijjarto said Hungary would never send soldiers or \
         weapons to Ukraine.",
        "2024-03-05",
        "",
    );
    assert!(
        has(&c, "hungary", "troops-to-ukraine", "opposes"),
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
fn beneficiary_as_subject_is_the_theme_of_a_supporting_cue() {
    let c = claims_on(
        "Polish Foreign Minister Radoslaw Sikorski said on Friday that Ukraine belongs in NATO.",
        "2024-04-06",
        "",
    );
    assert!(
        has(&c, "poland", "ukraine-nato-membership", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn narrower_topic_anywhere_in_the_clause_wins() {
    let c = claims_on(
        "Chancellor Olaf Scholz said Ukraine may use the weapons supplied by Germany against \
         targets inside Russia.",
        "2024-06-03",
        "",
    );
    assert!(
        has(&c, "germany", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        c.iter().all(|x| x.actor.as_str() != "ukraine"),
        "{}",
        dump(&c)
    );
}

#[test]
fn name_after_said_followed_by_a_verb_is_the_reported_subject_not_the_speaker() {
    let c = claims_on(
        "It was said Ukraine will get more tanks from its partners.",
        "2024-06-03",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn a_group_owned_by_the_speaker_is_an_object_not_the_subject() {
    let c = claims_on(
        "Ukrainian President Volodymyr Zelensky thanked his partners but said more tanks must be \
         sent to Ukraine quickly.",
        "2023-01-26",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn they_as_the_subject_of_the_cue_is_a_third_party() {
    let c = claims_on(
        "President of Russia Vladimir Putin: They also started to prepare plans to join NATO.",
        "2022-03-16",
        "kremlin.ru",
    );
    assert!(
        !has(&c, "russia", "ukraine-nato-membership", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn echoing_speaker_takes_the_previous_claim() {
    let c = claims_on(
        "Polish Prime Minister Donald Tusk said on Monday that Poland would not send troops to \
         Ukraine. Swedish Prime Minister Ulf Kristersson echoed that view on Tuesday.",
        "2024-03-06",
        "",
    );
    assert!(
        has(&c, "poland", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "sweden", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert_eq!(said_on(&c, "sweden", "troops-to-ukraine"), "2024-03-05");
}

#[test]
fn the_next_sentence_dating_the_same_speaker_dates_the_quote() {
    let c = claims_on(
        "\u{201c}We will send more tanks to Ukraine,\u{201d} Scholz said. Scholz spoke on \
         Monday evening in Berlin.",
        "2023-01-25",
        "",
    );
    assert_eq!(said_on(&c, "germany", "military-aid"), "2023-01-23");
}

#[test]
fn stressing_the_importance_of_talks_supports_them() {
    let c = claims_on(
        "French President Emmanuel Macron stressed the importance of peace talks between Kyiv \
         and Moscow.",
        "2022-03-10",
        "",
    );
    assert!(has(&c, "france", "peace-talks", "supports"), "{}", dump(&c));
}
