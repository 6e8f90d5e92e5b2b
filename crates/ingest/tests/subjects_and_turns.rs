//! Hard cases of the third session on who speaks and when: the subject a clause opens with,
//! participles, appositions, coordination, transcript and interview labels, and the dates of
//! turns and wire leads. One test per case, named by the case, each on sentences written for it.

mod common;

use common::{claims_of, claims_on, dump, has};

#[test]
fn the_subject_a_clause_opens_with_takes_its_later_verbs() {
    let c = claims_on(
        "Oleksii Reznikov, Ukraine's defence minister, thanked partners and asked for more air defence before the winter.",
        "2022-09-08",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    let c = claims_on(
        "The same day, Zelensky addressed the U.S. Congress by video, asking for more aircraft and air defence systems for Ukraine.",
        "2022-03-17",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_verb_form_after_a_preposition_is_no_verb_of_the_subject() {
    let c = claims_on(
        "Vladimir Putin accused the West of arming Ukraine to the teeth.",
        "2023-03-21",
        "",
    );
    assert!(
        !has(&c, "russia", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_group_after_a_quantity_is_the_subject_of_its_clause() {
    let c = claims_on(
        "Vladimir Putin said a number of NATO countries are against Ukraine joining the alliance.",
        "2022-02-08",
        "",
    );
    assert!(
        !has(&c, "russia", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn troops_from_nato_countries_are_the_topic_not_a_third_party() {
    let c = claims_on(
        "Foreign Minister Sergei Lavrov said the appearance of troops from NATO countries in Ukraine would be \"unacceptable\" for Russia.",
        "2025-02-18",
        "",
    );
    assert!(
        has(&c, "russia", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn the_addressee_as_subject_is_not_the_speakers_stance() {
    let c = claims_on(
        "Vladimir Putin said: \"You believe you need to wait and prepare Ukraine for joining NATO.\"",
        "2022-02-21",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn a_participle_speech_verb_takes_the_subject_its_clause_opened_with() {
    let c = claims_on(
        "Maria Zakharova spoke of a provocation on Thursday.\n\nOn Friday, President Vladimir Putin went further at an economic forum in Vladivostok, saying any Western troops that appeared in Ukraine would be \"legitimate targets\" for the Russian army.",
        "2025-09-05",
        "",
    );
    let putin: Vec<_> = c.iter().filter(|x| x.speaker == "Vladimir Putin").collect();
    assert!(!putin.is_empty(), "{}", dump(&c));
    assert_eq!(putin[0].said_on.to_string(), "2025-09-05", "{}", dump(&c));
}

#[test]
fn the_president_of_the_republic_on_elysee_fr_is_the_french_president() {
    let c = claims_on(
        "President Zelensky arrived in Paris on Thursday.\n\nOn Thursday evening, the President of the Republic announced that France would transfer Mirage 2000-5 combat aircraft to Ukraine.",
        "2024-06-07",
        "elysee.fr",
    );
    assert!(
        has(&c, "france", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        !c.iter().any(|x| x.actor.as_str() == "ukraine"),
        "{}",
        dump(&c)
    );
}

#[test]
fn an_undated_lead_is_the_statement_its_body_dates() {
    let c = claims_on(
        "BERLIN, June 2 (Wire) - Germany will send Ukraine one of its most modern air defence systems, Chancellor Olaf Scholz said.\n\nSpeaking in the Bundestag on Wednesday, the chancellor said the government had decided to supply the IRIS-T system to Ukraine.",
        "2022-06-02",
        "",
    );
    let days: Vec<String> = c
        .iter()
        .filter(|x| x.actor.as_str() == "germany" && x.topic.as_str() == "military-aid")
        .map(|x| x.said_on.to_string())
        .collect();
    assert_eq!(days, ["2022-06-01"], "{}", dump(&c));
}

#[test]
fn bold_dotted_initials_label_an_interview_answer() {
    let c = claims_of(
        "---\ntitle: \"An interview\"\nsource: Dnipro Review\npublished: 2025-01-18\n---\n\
         Ukraine's foreign minister Andrii Sybiha received us on Thursday.\n\n\
         **M.H.:** What do you expect from the Europeans?\n\n\
         **A.S.:** We want Europe to send more air defence systems to Ukraine this winter.\n",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        c.iter().all(|x| x.speaker == "Andrii Sybiha"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_name_in_apposition_to_a_title_is_the_subject() {
    let c = claims_on(
        "The host, Italian Prime Minister Giorgia Meloni, called the deal a strong signal and said Italy fully supported using the windfall profits of frozen Russian assets for Kyiv.",
        "2024-06-14",
        "",
    );
    assert!(
        has(&c, "italy", "frozen-assets", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_speech_verb_coordinated_after_a_quote_keeps_the_clauses_subject() {
    let c = claims_on(
        "Foreign ministry spokeswoman Maria Zakharova said on Wednesday that any use of the money would be \"banditry at state level\" and promised retaliation against Western assets in Russia if frozen Russian assets were seized for Ukraine.",
        "2024-02-28",
        "",
    );
    assert!(
        has(&c, "russia", "frozen-assets", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn the_foreign_ministry_in_a_capital_speaks_for_its_country() {
    let c = claims_on(
        "The foreign ministry in Moscow said the new sanctions were illegitimate.",
        "2025-07-18",
        "",
    );
    assert!(has(&c, "russia", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn an_object_before_a_comma_is_not_coordinated_with_the_subject() {
    let c = claims_on(
        "Asked about Ukraine's request for an invitation to join NATO, Kallas said the EU wanted to see Ukraine join NATO.",
        "2024-12-01",
        "",
    );
    assert!(
        !c.iter().any(|x| x.actor.as_str() == "nato"),
        "{}",
        dump(&c)
    );
}

#[test]
fn people_of_their_countries_are_coordinated_subjects() {
    let c = claims_on(
        "Mateusz Morawiecki of Poland and Petr Fiala of the Czech Republic promised in Kyiv on Tuesday that their countries would keep sending weapons and ammunition to Ukraine.",
        "2022-03-17",
        "",
    );
    assert!(
        has(&c, "poland", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        has(&c, "czechia", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_date_inside_a_speakers_own_turn_does_not_date_the_turn() {
    let c = claims_on(
        "Question: What about the alliance?\n\nVladimir Putin: Yesterday, on February 21, we took our decision. We are categorically opposed to Ukraine joining NATO, on February 21 as before.",
        "2022-02-22",
        "kremlin.ru",
    );
    assert!(
        has(&c, "russia", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        c.iter().all(|x| x.said_on.to_string() == "2022-02-22"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_guests_title_in_a_transcript_label_is_not_the_hosts() {
    let c = claims_on(
        "Vladimir Putin: I would like to ask you to convey my very best wishes to your spiritual leader. Welcome. President of Iran Sayyid Ebrahim Raisi (retranslated): Thank you. We will never stop progress and national development because of sanctions or threats.",
        "2022-01-19",
        "kremlin.ru",
    );
    assert!(c.is_empty(), "Iran is no tracked actor: {}", dump(&c));
}

#[test]
fn he_after_the_publishers_title_is_the_publishers_office_holder() {
    let c = claims_on(
        "The President of the Republic received President Zelensky on Friday.\n\nThe President of the Republic reaffirmed France's determination. He confirmed that France will finance, equip and train a Ukrainian brigade of 4,500 soldiers.",
        "2024-06-07",
        "elysee.fr",
    );
    assert!(
        has(&c, "france", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        !c.iter().any(|x| x.actor.as_str() == "ukraine"),
        "{}",
        dump(&c)
    );
}

#[test]
fn the_event_two_paragraphs_back_dates_an_undated_statement() {
    let c = claims_on(
        "RAMSTEIN, April 27 (Wire) - Germany will allow deliveries of Gepard tanks to Ukraine, Defence Minister Christine Lambrecht announced at the US base in Ramstein on Tuesday.\n\n\"We decided yesterday that Germany will enable the delivery,\" Lambrecht told the meeting.\n\nUS Defense Secretary Lloyd Austin, who hosted the talks, said the allies would keep moving heaven and earth to supply Kyiv with weapons.",
        "2022-04-27",
        "",
    );
    let usa: Vec<_> = c.iter().filter(|x| x.actor.as_str() == "usa").collect();
    assert!(!usa.is_empty(), "{}", dump(&c));
    assert_eq!(usa[0].said_on.to_string(), "2022-04-26", "{}", dump(&c));
}

#[test]
fn a_name_inside_a_topic_term_is_not_a_third_party() {
    let c = claims_on(
        "Chancellor Olaf Scholz said NATO membership for Ukraine was not on the agenda.",
        "2024-06-13",
        "",
    );
    assert!(
        has(&c, "germany", "ukraine-nato-membership", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_paper_reporting_is_the_channel_and_the_reported_subject_speaks() {
    let c = claims_on(
        "The Times notes that Downing Street welcomed the ceasefire proposal for Ukraine within the hour on Tuesday.",
        "2025-03-12",
        "",
    );
    assert!(has(&c, "uk", "peace-talks", "supports"), "{}", dump(&c));
}

#[test]
fn a_bold_bullet_lead_is_a_sentence_of_its_own() {
    let c = claims_on(
        "- **Frozen money, real missiles.** Prime Minister Keir Starmer announced yesterday that Britain would send 350 ASRAAM air defence missiles to Ukraine.",
        "2025-06-25",
        "",
    );
    assert!(has(&c, "uk", "military-aid", "supports"), "{}", dump(&c));
    assert!(
        !has(&c, "uk", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_pronoun_takes_the_last_subject_not_the_name_after_a_preposition() {
    let c = claims_on(
        "Volodymyr Zelensky said on Saturday he had held a long call with Donald Trump. \"Ukraine is ready to work for a ceasefire,\" he wrote.",
        "2025-08-16",
        "",
    );
    assert!(
        has(&c, "ukraine", "peace-talks", "supports"),
        "{}",
        dump(&c)
    );
    assert!(!has(&c, "usa", "peace-talks", "supports"), "{}", dump(&c));
}

#[test]
fn a_request_coordinated_after_a_reported_clause_is_the_speakers_own() {
    let c = claims_on(
        "Foreign Minister Andrii Sybiha told the NATO-Ukraine Council on Friday that Russia was stalling and asked for more air defence.",
        "2025-04-04",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_quotation_that_opens_with_its_verb_belongs_to_the_subject_before_it() {
    let c = claims_on(
        "The conclusions were adopted on Thursday. The European Council \"reaffirms its commitment to continue providing military support to Ukraine for as long as it takes\".",
        "2023-12-15",
        "",
    );
    assert!(has(&c, "eu", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn a_relative_clause_that_reports_speech_is_the_statement() {
    let c = claims_on(
        "The request was left to his ambassador, Serhiy Kyslytsya, who told the Council on Tuesday that Europe paid for the shells and called for a full embargo on Russian oil.",
        "2022-04-06",
        "",
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn a_relative_clause_of_background_is_still_no_statement() {
    let c = claims_on(
        "Viktor Orbán, who has vetoed earlier sanctions decisions, arrived in Brussels on Thursday.",
        "2023-12-14",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn russias_illegal_war_is_no_stance_on_sanctions() {
    let c = claims_on(
        "Treasury Secretary Janet Yellen said on Friday that the price cap on Russian oil would \"limit Putin's main source of revenue for his illegal war\".",
        "2022-12-02",
        "",
    );
    assert!(!has(&c, "usa", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn a_counted_group_is_the_people_named_just_before() {
    let c = claims_on(
        "Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk arrived in Kyiv on Saturday. After meeting Volodymyr Zelensky, the four leaders called on Russia to accept a full ceasefire in Ukraine.",
        "2025-05-10",
        "",
    );
    for actor in ["france", "germany", "uk", "poland"] {
        assert!(
            has(&c, actor, "peace-talks", "supports"),
            "{actor}: {}",
            dump(&c)
        );
    }
    assert!(
        !has(&c, "ukraine", "peace-talks", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_counted_group_with_too_few_names_before_speaks_for_nobody() {
    let c = claims_on(
        "Keir Starmer arrived in Kyiv on Saturday. The four leaders called on Russia to accept a full ceasefire in Ukraine.",
        "2025-05-10",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}
