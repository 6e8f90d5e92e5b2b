//! The twenty-second session's rules from the folded heldout-22 and the thirty-first battery
//! (explainers, round-ups and key-quotes boxes), each on text written for it:
//! - a date that opens a sentence in the past perfect ("On Sunday, Prime Minister Donald Tusk
//!   had told a radio station …") is a flashback: it dates that sentence, and the story
//!   stays on its own day for the paragraphs after it;
//! - a day inside what a statement is about ("informed the President of Russia about his
//!   visit to Kyiv on 2 July") names that visit, not when anyone spoke;
//! - a live blog's time-stamped entry starts afresh on the blog's day: a day named in an
//!   earlier entry ("To catch up: Olaf Scholz said in Berlin on Tuesday …") does not date it;
//! - a bold heading that names its days after a label ("**Labour — Liverpool, Monday 29
//!   September and Tuesday 30 September**") dates the weekdays under it ("On Monday, …") as a
//!   heading of dates alone does;
//! - a text that opens with its own headline ("Fighter jets: the next argument, explained")
//!   under a title that names no topic has that line as its headline: a stance with no object
//!   of its own ("nothing was excluded") takes its topic, as it takes a title's;
//! - a key-quotes box signs each quote right after its closing mark, on the same line
//!   (`"… we will never accept it." Sergei Ryabkov, Russian deputy foreign minister, 13
//!   October`), also when the entries run on in one paragraph (`"…" Ulf Kristersson, 27
//!   February. "…" Petr Fiala, the same day.`): the name that opens the signature speaks, on
//!   the signature's day;
//! - troops that leave ("no talks with Russia until its troops leave our land") are the other
//!   side's, as "the withdrawal of troops" is: the sentence is about the talks;
//! - on an actor's own page, "The Embassy" speaks for it as "The Government" does ("The
//!   Embassy thanks the Italian people …" on the embassy's bulletin);
//! - phrases: a policy stood behind ("Germany stood behind the embargo"), a country's place in
//!   the alliance ("Ukraine's place was in the alliance"), talks found necessary ("considers it
//!   necessary to move from war to peace talks"), an offer called "a positive sign"; and from
//!   the thirty-first battery, a place in the alliance in the past ("Ukraine belonged in
//!   NATO", "deserved membership") and talks as dialogue ("open to dialogue"); making Russia
//!   pay is the assets when no other topic is named ("thanked the G7 for \"making the
//!   aggressor pay\""), and pressure raised ("to raise the pressure on Moscow").

mod common;

use common::{assert_claims, claims_in_war, claims_on, days_of, speakers_of, triples};

#[test]
fn a_fronted_flashback_dates_its_sentence_but_not_the_story() {
    let text = "VILNIUS (Wire) - Foreign ministers of the Nordic and Baltic states met in the Lithuanian capital on Tuesday.\n\nOn Sunday, Prime Minister Donald Tusk had told a radio station that Poland would send more ammunition to Ukraine.\n\nSweden's defence minister, Pål Jonson, said his country would also send more ammunition to Ukraine.";
    let c = claims_on(text, "2025-03-12", "");
    assert_eq!(days_of(&c, "poland", "military-aid"), ["2025-03-09"]);
    assert_eq!(days_of(&c, "sweden", "military-aid"), ["2025-03-11"]);
    // In the simple past the fronted day is the story's day from then on.
    let text = text.replace("Tusk had told", "Tusk told");
    let c = claims_on(&text, "2025-03-12", "");
    assert_eq!(days_of(&c, "sweden", "military-aid"), ["2025-03-09"]);
}

#[test]
fn an_embassy_speaks_for_its_country_on_its_own_page() {
    let text = "*Bulletin of the Embassy of Ukraine in the Italian Republic.*\n\nThe Embassy thanks the Italian people for the military aid to Ukraine.";
    let c = claims_on(text, "2024-02-26", "mfa.gov.ua");
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["italy military-aid supports"],
    );
    assert_eq!(speakers_of(&c, "ukraine").len(), 1);
}

#[test]
fn policies_stood_behind_places_in_the_alliance_and_talks_found_necessary() {
    let cases = [
        ("German Chancellor Friedrich Merz said on Wednesday that Germany stood behind the oil embargo.", "germany sanctions supports"),
        ("On NATO, Foreign Minister Radosław Sikorski said that Ukraine's place was in the alliance.", "poland ukraine-nato-membership supports"),
        ("Prime Minister Viktor Orbán said Hungary considers it necessary to move from war to peace talks.", "hungary peace-talks supports"),
        ("Zelensky called Moscow's offer of direct peace talks in Istanbul \"a positive sign\".", "ukraine peace-talks supports"),
        ("Swedish Prime Minister Ulf Kristersson said on Monday that Ukraine belonged in NATO.", "sweden ukraine-nato-membership supports"),
        ("President Recep Tayyip Erdoğan said after meeting Zelensky that Ukraine deserved membership.", "turkey ukraine-nato-membership supports"),
        ("Putin said Russia was open to dialogue that took its interests into account.", "russia peace-talks supports"),
        ("Finance Minister Serhiy Marchenko thanked the G7 for \"making the aggressor pay\".", "ukraine frozen-assets supports"),
        ("Keir Starmer said that Britain would work with its partners to raise the pressure on Moscow through further sanctions.", "uk sanctions supports"),
    ];
    for (text, want) in cases {
        assert_claims(&claims_in_war(text, "2025-05-12"), &[want], &[]);
    }
}

#[test]
fn a_headline_on_the_first_line_sets_the_topic_of_an_objectless_stance() {
    let text = "---\ntitle: Morning briefing\n---\n\nFighter jets for Ukraine: the next argument, explained\n\nParis sounds different. Emmanuel Macron said on 30 January that in principle nothing was excluded.";
    let c = claims_on(text, "2023-02-08", "");
    assert_claims(&c, &["france military-aid open"], &[]);
    // A first line that is a sentence is no headline.
    let text = text.replace("explained\n", "explained, he wrote.\n");
    let c = claims_on(&text, "2023-02-08", "");
    assert_claims(&c, &[], &["france military-aid open"]);
}

#[test]
fn a_key_quotes_box_signs_each_quote_after_its_closing_mark() {
    let text = "Key quotes: Kyiv's NATO application\n\n\"Ukraine's membership would turn this conflict into a direct clash with the alliance, and we will never accept it.\" Sergei Ryabkov, Russian deputy foreign minister, 13 October\n\n\"Ukraine's place is in NATO.\" Petr Fiala, Czech prime minister, 3 October";
    let c = claims_on(text, "2022-10-14", "");
    assert_eq!(
        days_of(&c, "russia", "ukraine-nato-membership"),
        ["2022-10-13"]
    );
    assert_eq!(
        days_of(&c, "czechia", "ukraine-nato-membership"),
        ["2022-10-03"]
    );
    // Entries that run on in one paragraph, each signed before the next opens.
    let text = "After Paris: what they said about troops\n\n\"This is not on the table for Sweden right now.\" Ulf Kristersson, 27 February. \"Czechia is not preparing to send soldiers to Ukraine.\" Petr Fiala, the same day.";
    let c = claims_on(text, "2024-03-01", "");
    assert_eq!(speakers_of(&c, "czechia"), ["Petr Fiala"]);
    assert_eq!(days_of(&c, "czechia", "troops-to-ukraine"), ["2024-02-27"]);
    // A quote that a sentence goes on after is no signed entry.
    let c = claims_on(
        "\"Ukraine's place is in NATO.\" Petr Fiala, who spoke to students, was applauded.",
        "2022-10-14",
        "",
    );
    assert!(triples(&c).is_empty(), "{:?}", triples(&c));
}

#[test]
fn troops_that_leave_are_the_other_side_s() {
    let c = claims_in_war(
        "\"There will be no talks with Russia until its troops leave our land,\" Zelensky told a news conference in Kyiv on Friday.",
        "2023-02-25",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine troops-to-ukraine opposes"],
    );
}

#[test]
fn a_labelled_bold_heading_dates_the_weekdays_under_it() {
    let text = "Party conference season ended on Wednesday.\n\n**Labour — Liverpool, Monday 29 September and Tuesday 30 September**\n\nOn Monday, Defence Secretary John Healey told the hall that Britain would send more air defence to Ukraine.";
    let c = claims_on(text, "2025-10-09", "");
    assert_eq!(days_of(&c, "uk", "military-aid"), ["2025-09-29"]);
}

#[test]
fn a_day_inside_what_is_reported_about_names_that_event() {
    let text = "Viktor Orbán informed the President of Russia about his visit to Kyiv on 2 July. Hungary will not send weapons to Ukraine, Orbán said.";
    let c = claims_in_war(text, "2024-07-05");
    assert_eq!(days_of(&c, "hungary", "military-aid"), ["2024-07-05"]);
}

#[test]
fn a_live_blog_entry_starts_afresh_on_the_blog_s_day() {
    let text = "**08:02 - Good morning**\n\nWelcome to our live coverage of the recovery conference for Ukraine. To catch up: Olaf Scholz said in Berlin on Tuesday that Germany would keep up its weapons deliveries to Ukraine.\n\n**09:15 - Sunak opens the conference**\n\nRishi Sunak said Britain would keep Russia's frozen assets immobilised until Moscow paid for the damage in Ukraine.";
    let c = claims_on(text, "2023-06-21", "");
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2023-06-20"]);
    assert_eq!(days_of(&c, "uk", "frozen-assets"), ["2023-06-21"]);
}
