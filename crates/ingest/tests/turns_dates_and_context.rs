//! Hard cases of interview and transcript turns, context dates, coordinated subjects and
//! misread descriptions, each on a small article written for the test. One test per case,
//! named by the case.

mod common;

use common::{claims_of, claims_on, dump, has};

#[test]
fn interview_initials_label_is_the_interviewee() {
    let c = claims_of(
        "---\ntitle: \"Interview\"\nsource: Harbour Weekly\npublished: 2024-06-10\n---\n\
         Annalena Baerbock, Germany's foreign minister, spoke to Harbour Weekly on Friday.\n\n\
         HW: Will Berlin send more air defence?\n\n\
         AB: We will send another Patriot system to Ukraine this summer.\n",
    );
    assert!(
        has(&c, "germany", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    // The interview was held on Friday: every answer is dated by it.
    assert_eq!(c[0].said_on.to_string(), "2024-06-07", "{}", dump(&c));
}

#[test]
fn outlet_initials_label_is_the_interviewer() {
    let c = claims_of(
        "---\ntitle: \"Interview\"\nsource: Harbour Weekly\npublished: 2024-06-10\n---\n\
         Annalena Baerbock spoke to Harbour Weekly on Friday.\n\n\
         HW: Germany will send another Patriot system to Ukraine, won't it\n\n\
         AB: Let me not speculate.\n",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn a_heading_field_does_not_silence_an_official_release() {
    let c = claims_on(
        "From: Prime Minister's Office. Published 23 April 2024.\n\nThe United Kingdom will send additional air defence missiles to Ukraine, the Prime Minister announced.",
        "2024-04-23",
        "gov.uk",
    );
    assert!(has(&c, "uk", "military-aid", "supports"), "{}", dump(&c));
    assert!(
        c.iter().any(|x| x.speaker == "Rishi Sunak"),
        "the bare title is the publisher's office holder: {}",
        dump(&c)
    );
}

#[test]
fn flattened_transcript_turn_of_a_non_speaker_is_not_the_presidents() {
    let c = claims_on(
        "President of Russia Vladimir Putin: Colleagues, let us begin. Mr Medvedev. Deputy Chairman of the Security Council Dmitry Medvedev : Western weapons deliveries to Ukraine are unacceptable and dangerous.",
        "2022-02-21",
        "kremlin.ru",
    );
    assert!(c.is_empty(), "Medvedev speaks for no actor: {}", dump(&c));
}

#[test]
fn statement_without_a_date_takes_the_day_of_the_event_before_it() {
    let c = claims_on(
        "Delegations met in Istanbul on Tuesday for a new round of talks.\n\n\"We are prepared to keep negotiating,\" Vladimir Medinsky said.",
        "2022-03-30",
        "Bosphorus Wire",
    );
    let russia: Vec<_> = c.iter().filter(|x| x.actor.as_str() == "russia").collect();
    assert!(!russia.is_empty(), "{}", dump(&c));
    assert_eq!(russia[0].said_on.to_string(), "2022-03-29");
    assert_eq!(russia[0].date_basis.as_str(), "context");
}

#[test]
fn said_that_day_repeats_the_date_before_it() {
    let c = claims_on(
        "Recep Tayyip Erdogan, who met Volodymyr Zelensky in Istanbul on Friday, said that day that Ukraine deserves NATO membership.",
        "2023-07-10",
        "",
    );
    assert!(
        c.iter().any(|x| x.actor.as_str() == "turkey"
            && x.topic.as_str() == "ukraine-nato-membership"
            && x.said_on.to_string() == "2023-07-07"),
        "{}",
        dump(&c)
    );
}

#[test]
fn coordinated_subjects_each_take_the_stance() {
    let c = claims_on(
        "Emmanuel Macron and Olaf Scholz said on Tuesday that they would send more air defence systems to Ukraine.",
        "2024-05-28",
        "",
    );
    assert!(
        has(&c, "france", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "germany", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn completed_delivery_in_narration_is_a_fact_not_a_stance() {
    let c = claims_on(
        "Germany has already delivered Gepard anti-aircraft guns and IRIS-T systems to Ukraine.",
        "2023-01-10",
        "Some Ledger",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn sanctions_imposed_on_the_speaker_are_no_support_for_them() {
    let c = claims_on(
        "For the West, our operation is just a pretext for imposing more sanctions on us.",
        "2022-04-12",
        "kremlin.ru",
    );
    assert!(!has(&c, "russia", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn agentless_passive_rejection_in_a_turn_reports_the_other_side() {
    let c = claims_on(
        "Sergei Lavrov: We asked for guarantees on NATO enlargement towards Ukraine. This demand was rejected.",
        "2022-01-28",
        "kremlin.ru",
    );
    assert!(
        !c.iter().any(|x| x.evidence.starts_with("This demand")),
        "{}",
        dump(&c)
    );
}

#[test]
fn denied_belief_negates_its_clause() {
    let c = claims_on(
        "President Joe Biden said on Sunday that he did not think Ukraine was ready for NATO membership.",
        "2023-07-10",
        "",
    );
    assert!(
        has(&c, "usa", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(!has(&c, "usa", "ukraine-nato-membership", "supports"));
}

#[test]
fn scare_quote_does_not_cut_the_topic_off() {
    let c = claims_on(
        "Chancellor Olaf Scholz said Germany backed the \"tough sanctions\" agreed by the allies.",
        "2022-02-25",
        "",
    );
    assert!(has(&c, "germany", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn security_talks_with_washington_are_not_peace_talks() {
    let c = claims_on(
        "Russia is ready to continue negotiations on security guarantees with the United States, Kremlin spokesman Dmitry Peskov said, adding that Ukraine must not join NATO.",
        "2022-01-20",
        "",
    );
    assert!(
        !c.iter().any(|x| x.topic.as_str() == "peace-talks"),
        "{}",
        dump(&c)
    );
}

#[test]
fn cue_word_in_another_sense_makes_no_claim() {
    let c = claims_on(
        "The second block includes extra funds for hospitals, and the regions will keep restrictive measures in crowded places.",
        "2021-12-14",
        "kremlin.ru",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn the_united_states_holds_no_speech_verb() {
    let c = claims_on(
        "Chancellor Friedrich Merz said on Monday that Britain, France, the United States and Germany no longer placed range restrictions on the weapons they supply to Ukraine.",
        "2025-05-27",
        "",
    );
    assert!(
        c.iter().all(|x| x.actor.as_str() == "germany"),
        "Merz speaks, not the four capitals he names: {}",
        dump(&c)
    );
    assert!(!c.is_empty(), "{}", dump(&c));
}

#[test]
fn allies_in_the_alliances_own_communique_are_the_alliance() {
    let c = claims_on(
        "Allies have committed to deliver additional military equipment and ammunition to Ukraine.",
        "2023-07-11",
        "nato.int",
    );
    assert!(has(&c, "nato", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn passive_with_an_agent_is_the_agents_stance() {
    let c = claims_on(
        "The idea of sending Western ground troops to Ukraine was rejected by Berlin on Wednesday.",
        "2024-03-14",
        "Some Wire",
    );
    assert!(
        has(&c, "germany", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_name_in_capitals_is_a_label_not_initials() {
    let c = claims_on(
        "Donald Tusk spoke to reporters in Warsaw.\n\nTUSK: We will send more ammunition to Ukraine this spring.\n\nQUESTION (Reuters): And troops?\n\nTUSK: We do not exclude any format.",
        "2024-03-14",
        "",
    );
    assert!(
        has(&c, "poland", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_veto_withheld_is_consent() {
    let c = claims_on(
        "Warsaw would not stand in the way of new sanctions on Russia, Foreign Minister Radosław Sikorski said.",
        "2024-03-14",
        "",
    );
    assert!(has(&c, "poland", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn a_misspelled_surname_still_names_the_speaker() {
    let c = claims_on(
        "Foreign Minister Sergei Lavorv said on Monday that Western weapons deliveries to Ukraine were legitimate targets.",
        "2022-04-26",
        "",
    );
    assert!(
        c.iter()
            .any(|x| x.actor.as_str() == "russia" && x.speaker == "Sergey Lavrov"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_sessions_day_in_the_lead_dates_speeches_far_down_the_report() {
    let c = claims_of(
        "---\ntitle: \"Council session on Ukraine\"\nsource: Test Wire\npublished: 2023-02-25\n---\n\
         NEW YORK — The General Assembly met on Thursday to mark a year since the invasion.\n\n\
         The session opened with a minute of silence.\n\n\
         Several delegations spoke about grain exports and the nuclear plant at Zaporizhzhia.\n\n\
         The debate then turned to the war's next phase.\n\n\
         Britain's ambassador, Barbara Woodward, said the UK would step up sanctions on Russia.\n",
    );
    let s = c
        .iter()
        .find(|c| c.actor.as_str() == "uk" && c.topic.as_str() == "sanctions")
        .unwrap_or_else(|| panic!("{}", dump(&c)));
    assert_eq!(s.said_on.to_string(), "2023-02-23", "{}", dump(&c));
}

#[test]
fn an_unnamed_spokespersons_turn_is_the_government_briefing() {
    let c = claims_of(
        "---\ntitle: \"Daily briefing\"\nsource: Test Transcripts\npublished: 2022-03-02\n---\n\
         Extracts from the daily press briefing of the French foreign ministry, held on Wednesday.\n\n\
         SPOKESPERSON: France will supply additional defensive equipment to the Ukrainian armed forces.\n\n\
         Q: And sanctions?\n\n\
         SPOKESPERSON: We support a further round of sanctions on Russia.\n",
    );
    assert!(
        has(&c, "france", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(has(&c, "france", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn a_statement_reproduced_in_full_is_its_issuers_voice() {
    let c = claims_of(
        "---\ntitle: \"The ministry's statement\"\nsource: Test Service\npublished: 2024-11-19\n---\n\
         KYIV. On Tuesday the foreign ministry published a statement addressed to partners.\n\n\
         *Statement of the Ministry of Foreign Affairs of Ukraine*\n\n\
         Sanctions on Russia must be strengthened.\n\n\
         *End of statement.*\n\n\
         Analysts said more air defence must be delivered to Ukraine.\n",
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
    assert!(
        !has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn narration_naming_its_own_speaker_does_not_continue_the_last_turn() {
    let c = claims_of(
        "---\ntitle: \"Hearing\"\nsource: Test Record\npublished: 2024-11-13\n---\n\
         Extracts from the hearing held in Brussels on Tuesday, 12 November 2024.\n\n\
         MEP: Will you support sending soldiers?\n\n\
         KALLAS: That is a hypothetical question.\n\n\
         MEP: And sanctions?\n\n\
         KALLAS: I will answer that once I am confirmed.\n\n\
         Speaking to reporters the same day, Josep Borrell said Ukraine should be allowed to use Western missiles against military targets in Russia.\n",
    );
    assert!(
        has(&c, "eu", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
}
