//! The twenty-third session's rules from the folded heldout-23, each on text written for it:
//! - an interview printed with plain questions and no labels ("Will Sweden send more
//!   artillery?" then the minister's answer) gives each answer to the person the introduction
//!   presents; a one-sentence prompt without a question mark between two answers ("Some say
//!   the sanctions have failed.") is the interviewer's, not the minister's; an answer that goes
//!   on to report someone ("We still believe … On Monday, Kaja Kallas said …") is still the
//!   minister's;
//! - a topic term stated as undone outside a modal names the inverse proposition: "demanded
//!   that all Western sanctions against Russia be lifted", "the lifting of Western sanctions
//!   would have to be part of any settlement" oppose the sanctions;
//! - a source name may go on after a separator ("UK Government - Press releases")
//!   and a host under the reserved `.example` domain stands for the address it extends
//!   ("www.gov.uk.example"): both are the actor's own page;
//! - on an actor's own page, a release whose first paragraph of narration opens with the day of
//!   the publisher's own event ("Yesterday, Prime Minister … joined leaders …") dates the
//!   statements it recounts on that day; a day that opens a sentence dates a named person's
//!   later statements ("He said after the meetings …"), a day inside a noun phrase does not;
//! - "will not be the obstacle" consents, as "will not stand in the way" does;
//! - a limit whose gerund governs the term ("restrictions on striking targets in Russia
//!   should be lifted") is still a limit: lifting it supports the strikes;
//! - a title that names a range of days ("Weekly bulletin: 11-15 March 2024") records no
//!   single sitting: the day headings inside date what is under them;
//! - an unnamed voice in the capital a sentence opens with is that capital's ("In London, the
//!   government announced sanctions on …"), also after a transcript's label;
//! - what is "a question of time" is supported ("the delivery of Taurus missiles was \"a
//!   question of time\"");
//! - the official style "Minister for Foreign Affairs of Ukraine Dmytro Kuleba" is a title
//!   before its holder's name;
//! - "The President of Turkiye said …" is Turkey's president: with its article, the title
//!   and its country are one name, not the bare "the president" (the last president named);
//! - a document that states a position is its owner's voice: "China's position paper calls
//!   for …", "China published a position paper. It calls for …", "The paper calls for …";
//! - a charge the speaker denies is no position of theirs, and neither is the denial ("He
//!   rejected the charge that Germany was blocking other countries from sending tanks").

mod common;

use common::{assert_claims, claims_in_war, claims_of, claims_on, days_of, speakers_of};

const PLAIN_INTERVIEW: &str = "Sweden's defence minister, Pål Jonson, received us at the ministry in Stockholm on Tuesday morning. The interview has been edited for length.\n\nMinister, the war is in its fourth year. Will Sweden keep sending artillery to Ukraine?\n\nYes. We are preparing our next package of military aid for Ukraine, and it will include artillery ammunition.\n\nSome in Europe say the sanctions on Russia have failed.\n\nThey have not failed. The sanctions must stay in place until Russia ends its war.\n\nWill Ukraine join NATO one day?\n\nUkraine's future is in NATO.\n\nAnd your own summer plans?\n\nA week at the lake, if the news allows.";

#[test]
fn a_plain_interview_gives_each_answer_to_the_person_presented() {
    let c = claims_on(PLAIN_INTERVIEW, "2025-03-20", "");
    assert_claims(
        &c,
        &[
            "sweden military-aid supports",
            "sweden sanctions supports",
            "sweden ukraine-nato-membership supports",
        ],
        &[],
    );
    // Every answer is the minister's, on the day of the interview (Tuesday 18 March).
    assert!(speakers_of(&c, "sweden")
        .iter()
        .all(|s| s.contains("Jonson")));
    assert_eq!(days_of(&c, "sweden", "sanctions"), ["2025-03-18"]);
}

#[test]
fn a_prompt_without_a_question_mark_is_the_interviewers() {
    // The prompt itself takes a position ("should stay"); the answer after it does not.
    let text = PLAIN_INTERVIEW.replace(
        "Some in Europe say the sanctions on Russia have failed.\n\nThey have not failed. The sanctions must stay in place until Russia ends its war.",
        "Your critics want the sanctions on Russia to stay in place for ever.\n\nThat is a question for the next government. I will not speculate.",
    );
    let c = claims_on(&text, "2025-03-20", "");
    assert_claims(
        &c,
        &["sweden military-aid supports"],
        &["sweden sanctions supports"],
    );
}

#[test]
fn a_term_stated_as_undone_names_the_inverse_proposition() {
    let c = claims_in_war(
        "The Russian President also demanded that all Western sanctions against Russia be lifted as part of any settlement.",
        "2024-06-15",
    );
    assert_claims(
        &c,
        &["russia sanctions opposes"],
        &["russia sanctions supports"],
    );
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Thursday that the lifting of Western sanctions would have to be part of any deal.",
        "2025-11-21",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
    // A limit undone states the proposition: "the restrictions on long-range strikes be
    // lifted" supports the strikes.
    let c = claims_in_war(
        "Foreign Minister Andrii Sybiha demanded on Monday that the restrictions on long-range strikes be lifted.",
        "2024-09-10",
    );
    assert_claims(
        &c,
        &["ukraine long-range-weapons supports"],
        &["ukraine long-range-weapons opposes"],
    );
}

#[test]
fn a_source_name_with_a_section_and_an_example_host_are_the_actors_own_page() {
    // The Government speaks for the publisher only on its own page.
    let text = "The Government will send a further package of military aid to Ukraine.";
    let page = |source: &str, url: &str| {
        claims_of(&format!(
            "---\ntitle: \"Further support\"\nsource: \"{source}\"\nurl: \"{url}\"\npublished: 2025-05-02\n---\n\n{text}\n"
        ))
    };
    let c = page("UK Government - Press releases", "https://news.example/a");
    assert_claims(&c, &["uk military-aid supports"], &[]);
    let c = page("The Daily", "https://www.pm.gc.ca.example/en/news/a");
    assert_claims(&c, &["canada military-aid supports"], &[]);
    // A name that merely begins like a source's is another outlet.
    let c = page("UK Government Watch", "https://watch.example/a");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_release_on_its_own_event_dates_what_it_recounts_on_that_day() {
    let release = |opening: &str| {
        claims_of(&format!(
            "---\ntitle: \"Prime Minister concludes visit to Warsaw\"\nsource: Prime Minister of Canada\nurl: https://www.pm.gc.ca/en/news/a\npublished: 2025-05-09\n---\n\nNews release. May 9, 2025. Ottawa, Ontario.\n\n{opening} Prime Minister Mark Carney met Polish Prime Minister Donald Tusk in Warsaw to discuss European security and the war in Ukraine.\n\nAt the meeting, the Prime Minister confirmed that Canada will send a further package of military aid to Ukraine.\n\nThe Prime Minister also announced new sanctions on Russia's shadow fleet.\n"
        ))
    };
    let c = release("Yesterday,");
    assert_eq!(days_of(&c, "canada", "military-aid"), ["2025-05-08"]);
    assert_eq!(days_of(&c, "canada", "sanctions"), ["2025-05-08"]);
    // A release that opens on another party's act speaks on its own day.
    let c = claims_of(
        "---\ntitle: \"Comment\"\nsource: Prime Minister of Canada\nurl: https://www.pm.gc.ca/en/news/b\npublished: 2025-05-09\n---\n\nYesterday, the Kremlin announced new restrictions on Canadian goods.\n\nCanada will impose further sanctions on Russia.\n",
    );
    assert_eq!(days_of(&c, "canada", "sanctions"), ["2025-05-09"]);
}

#[test]
fn a_named_persons_statement_on_an_own_page_takes_only_a_fronted_day() {
    let bulletin = |day: &str| {
        claims_of(&format!(
            "---\ntitle: \"Weekly bulletin\"\nsource: Embassy of Ukraine\nurl: https://canada.mfa.gov.ua/en/news/a\npublished: 2025-06-20\n---\n\nThe Embassy thanks Canada for its support.\n\n{day} President Volodymyr Zelenskyy held meetings with partners in Ottawa.\n\nHe said after the meetings that Ukraine was ready for peace negotiations.\n"
        ))
    };
    let c = bulletin("On Tuesday,");
    assert_eq!(days_of(&c, "ukraine", "peace-talks"), ["2025-06-17"]);
    // A day inside a noun phrase is background: the statement stays on the release day.
    let c = claims_of(
        "---\ntitle: \"Weekly bulletin\"\nsource: Embassy of Ukraine\nurl: https://canada.mfa.gov.ua/en/news/a\npublished: 2025-06-20\n---\n\nThe Embassy thanks Canada for its support.\n\nThe agreement reached at the meeting of 17 June was discussed again.\n\nPresident Volodymyr Zelenskyy said that Ukraine was ready for peace negotiations.\n",
    );
    assert_eq!(days_of(&c, "ukraine", "peace-talks"), ["2025-06-20"]);
}

#[test]
fn an_obstacle_withheld_consents() {
    let c = claims_in_war(
        "Italy will not be the obstacle to a loan backed by frozen Russian assets, Foreign Minister Antonio Tajani said on Wednesday.",
        "2024-06-07",
    );
    assert_claims(
        &c,
        &["italy frozen-assets supports"],
        &["italy frozen-assets opposes"],
    );
}

#[test]
fn a_limit_on_a_gerund_lifted_supports_the_strikes() {
    let c = claims_in_war(
        "Jens Stoltenberg repeated on Thursday that restrictions on striking targets in Russia should be lifted.",
        "2024-06-01",
    );
    assert_claims(
        &c,
        &["nato long-range-weapons supports"],
        &["nato long-range-weapons opposes"],
    );
}

#[test]
fn a_title_with_a_range_of_days_names_no_sitting() {
    let bulletin = |title: &str| {
        claims_of(&format!(
            "---\ntitle: \"{title}\"\npublished: 2024-03-16\n---\n\nA summary of the week's events in Ukrainian-German relations.\n\nMonday, 11 March\n\nAmbassador Oleksii Makeiev gave an interview. He said Ukraine needed more air defence from Germany.\n"
        ))
    };
    let c = bulletin("Weekly bulletin: 11-15 March 2024");
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2024-03-11"]);
    // One day in the title is the record's day.
    let c = bulletin("Bulletin of Friday 15 March 2024");
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2024-03-15"]);
}

#[test]
fn an_unnamed_voice_in_the_capital_the_sentence_opens_with_is_that_capitals() {
    for lead in ["", "ANCHOR: "] {
        let c = claims_in_war(
            &format!("{lead}In London, the government announced sanctions on another forty Russian companies."),
            "2023-02-24",
        );
        assert_claims(&c, &["uk sanctions supports"], &[]);
    }
    // A capital inside the clause is a place, not the voice.
    let c = claims_in_war(
        "The government announced sanctions on another forty Russian companies in London.",
        "2023-02-24",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_question_of_time_is_supported() {
    let c = claims_in_war(
        "Foreign Minister Dmytro Kuleba said on Thursday that the delivery of Taurus missiles was \"a question of time\".",
        "2024-03-16",
    );
    assert_claims(&c, &["ukraine long-range-weapons supports"], &[]);
}

#[test]
fn the_official_style_of_a_ministers_title_names_its_holder() {
    let c = claims_in_war(
        "Minister for Foreign Affairs of Ukraine Dmytro Kuleba said on Thursday that Ukraine needed more Taurus missiles.",
        "2024-03-16",
    );
    // (Asking for the missiles is military aid too: `arms` in topics.toml.)
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
        ["Dmytro Kuleba", "Dmytro Kuleba"]
    );
}

#[test]
fn the_president_of_a_country_with_its_article_is_that_countrys() {
    let c = claims_in_war(
        "Vladimir Putin held talks in Sochi on Monday. The President of Turkiye said that his country was ready to host peace talks in Istanbul.",
        "2023-09-04",
    );
    assert_claims(
        &c,
        &["turkey peace-talks supports"],
        &["russia peace-talks supports"],
    );
}

#[test]
fn a_document_speaks_for_its_owner() {
    for text in [
        "On Friday China published a twelve-point position paper on the war in Ukraine. The paper calls for peace talks to resume as soon as possible.",
        "On Friday China published a twelve-point position paper on the war in Ukraine. It calls for peace talks to resume as soon as possible.",
        "China's twelve-point position paper on the war in Ukraine calls for peace talks to resume as soon as possible.",
    ] {
        let c = claims_on(text, "2023-02-25", "");
        assert_claims(&c, &["china peace-talks supports"], &[]);
    }
    // A document nobody is named with has no voice.
    let c = claims_in_war(
        "A paper circulated in Brussels on Friday calls for peace talks to resume.",
        "2023-02-25",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_plain_answer_that_reports_someone_is_still_the_interviewees() {
    let text = PLAIN_INTERVIEW.replace(
        "Ukraine's future is in NATO.",
        "Ukraine's future is in NATO. On Monday, Kaja Kallas said the same thing in Brussels, and she is right.",
    );
    let c = claims_on(&text, "2025-03-20", "");
    assert_eq!(
        days_of(&c, "sweden", "ukraine-nato-membership"),
        ["2025-03-18"],
        "{c:?}"
    );
}

#[test]
fn a_denied_charge_is_no_position() {
    let c = claims_in_war(
        "Defence Minister Boris Pistorius on Friday rejected the charge that Germany was blocking other countries from sending their own tanks.",
        "2023-01-21",
    );
    assert!(c.is_empty(), "{c:?}");
    // A refusal of the thing itself still is.
    let c = claims_in_war(
        "Defence Minister Boris Pistorius on Friday rejected calls to send German tanks to Ukraine.",
        "2023-01-21",
    );
    assert_claims(&c, &["germany military-aid opposes"], &[]);
}
