//! The eighteenth session's rules from the folded heldout-18, each on text written for it:
//! - under a heading that names the day ("**Wednesday, Chamber of Deputies**"), "the next day"
//!   counts from the section before and lands on the heading's day;
//! - a "**Background**" section's dates do not date the statements under the next heading;
//! - a page whose title or first sentence names its one author ("Remarks by NATO Secretary
//!   General Jens Stoltenberg at …") is that actor's own text, dated by its heading's day, as
//!   if its address were the actor's;
//! - in an interview recorded before it ran, a turn's "told me this morning" counts from the day
//!   the turn was said;
//! - a transcript published after its broadcast ("broadcast on Monday 6 June 2022 … Published
//!   the following day") counts its "this morning" and "yesterday" from the broadcast;
//! - on an actor's own page, another party's words (Zelenskyy's in a gov.uk release) are dated
//!   like reported speech in the news: by the event the text is on, not by the release.

mod common;

use common::{claims_in_war, claims_of, claims_on, days_of};

#[test]
fn the_next_day_under_a_day_heading_is_the_heading_s_day() {
    let text = "Mario Draghi reported to parliament on the war in Ukraine before the summit.\n\n**Tuesday, Senate**\n\nThe prime minister spoke to the Senate on Tuesday. \"Italy will keep sending weapons to Ukraine,\" Mario Draghi said.\n\n**Wednesday, Chamber of Deputies**\n\nAt Montecitorio the next day Draghi was brief. \"Italy wants a ceasefire and the start of credible negotiations as soon as possible,\" he said.\n\nThe reaction from Moscow came the same afternoon. Maria Zakharova said that Italian arms deliveries \"only prolong the bloodshed\".";
    let c = claims_on(text, "2022-06-23", "Rome Letter");
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2022-06-21"]);
    assert_eq!(days_of(&c, "italy", "peace-talks"), ["2022-06-22"]);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2022-06-22"]);
    // A step back under the heading still counts from it.
    let text = "**Friday**\n\nThe day before, Mario Draghi had said that \"Italy will keep sending weapons to Ukraine\".";
    let c = claims_in_war(text, "2022-06-25");
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2022-06-23"]);
}

#[test]
fn a_background_section_does_not_date_the_section_after_it() {
    let text = "---\ntitle: \"Question Period\"\npublished: 2025-09-17\n---\n\nOTTAWA - The House of Commons returned from its summer break on Monday, and on Tuesday, 16 September, Ukraine took up a good part of the daily forty-five minutes of Question Period for the first time since the spring election. This digest summarises the exchanges and the context; quotations are from the official record.\n\n**Background: the Kyiv visit**\n\nMark Carney travelled to Kyiv on 24 August and announced new military assistance for Ukraine.\n\n**The exchanges**\n\nAn NDP member asked about the immobilised assets. Anita Anand replied that Canada supported \"using Russian sovereign assets to pay for the damage Russia has done to Ukraine\".";
    let c = claims_of(text);
    assert_eq!(days_of(&c, "canada", "frozen-assets"), ["2025-09-16"]);
    assert_eq!(days_of(&c, "canada", "military-aid"), ["2025-08-24"]);
    // Without a heading after it, the background's day still carries.
    let text = "---\ntitle: \"Question Period\"\npublished: 2025-09-17\n---\n\nOTTAWA - The House of Commons returned from its summer break on Monday, and on Tuesday, 16 September, Ukraine took up a good part of the daily forty-five minutes of Question Period for the first time since the spring election. This digest summarises the exchanges and the context; quotations are from the official record.\n\n**Background**\n\nMark Carney travelled to Kyiv on 24 August. Anita Anand said there that Canada supported \"using Russian sovereign assets to pay for the damage Russia has done to Ukraine\".";
    let c = claims_of(text);
    assert_eq!(days_of(&c, "canada", "frozen-assets"), ["2025-08-24"]);
}

#[test]
fn a_heading_that_names_its_author_makes_the_page_the_actor_s_own() {
    let page = "---\ntitle: \"Remarks by NATO Secretary General Jens Stoltenberg at the NATO Parliamentary Assembly, Sofia, 27 May 2024\"\nsource: \"Alliance Archive\"\npublished: 2024-05-29\n---\n\nThank you, Madam President. It is good to be back in Sofia.\n\nWe will continue to support Ukraine with air defence and ammunition for as long as it takes.";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "nato", "military-aid"), ["2024-05-27"]);
    // The heading may be the first sentence of the text.
    let page = "---\ntitle: \"Archive\"\npublished: 2023-02-17\n---\n\nStatement by President von der Leyen on the tenth package of sanctions against Russia, Brussels, 15 February 2023. Good afternoon. Today we are proposing a tenth package of sanctions worth more than 11 billion euro. We will keep up the pressure on Russia.";
    let c = claims_of(page);
    let days = days_of(&c, "eu", "sanctions");
    assert!(
        !days.is_empty() && days.iter().all(|d| d == "2023-02-15"),
        "{days:?}"
    );
    // A headline about a statement is news, and its narration nobody's statement.
    let page = "---\ntitle: \"Scholz criticised by allies over a statement on Taurus\"\npublished: 2024-03-02\n---\n\nThe German government will continue to support Ukraine with air defence for as long as it takes, the coalition agreement says.";
    let c = claims_of(page);
    assert!(days_of(&c, "germany", "military-aid").is_empty(), "{c:?}");
}

#[test]
fn this_morning_in_a_turn_is_the_turn_s_day() {
    let page = "---\ntitle: \"Sweden's defence minister on Archer\"\npublished: 2023-01-22\n---\n\nThe Swedish government announced on Thursday that it would send Archer howitzers to Ukraine. We spoke to Defence Minister Pal Jonson on Friday at Ramstein air base, between sessions of the Ukraine Defense Contact Group.\n\n**Will Germany send its Leopards?**\n\nJonson: Boris Pistorius told me this morning that Germany was taking stock of its Leopards but that no decision had been made yet.";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2023-01-20"]);
}

#[test]
fn a_transcript_counts_its_relative_days_from_the_broadcast() {
    let page = "---\ntitle: \"Transcript: The Early Programme\"\npublished: 2022-06-07\n---\n\n*Transcript of The Early Programme, broadcast on Monday 6 June 2022 between 07:00 and 09:00. Published the following day.*\n\n**07:00 NEWS**\n\nNEWSREADER: The Kremlin's spokesman, Dmitry Peskov, said this morning that pumping foreign weapons into Ukraine would only drag out the suffering of ordinary Ukrainians.";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2022-06-06"]);
    // Not a transcript: "this morning" is the publication's.
    let page = "---\ntitle: \"Morning news\"\npublished: 2022-06-07\n---\n\n*The Early Programme, first aired on 6 June 2022, returns next week.*\n\nThe Kremlin's spokesman, Dmitry Peskov, said this morning that pumping foreign weapons into Ukraine would only drag out the suffering of ordinary Ukrainians.";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2022-06-07"]);
}

#[test]
fn another_party_on_an_actor_s_page_speaks_on_the_event_s_day() {
    let page = "---\ntitle: \"Defence Secretary sets out Challenger 2 package for Ukraine\"\nsource: gov.uk\nurl: https://www.gov.uk/government/news/challenger-2-package\npublished: 2023-01-16\n---\n\nDefence Secretary Ben Wallace today confirmed to Parliament that the UK will provide Ukraine with 14 Challenger 2 tanks.\n\nThe announcement follows the Prime Minister's call with President Zelenskyy on Saturday 14 January. During that call the Prime Minister set out the UK's ambition to intensify its support. President Zelenskyy welcomed the decision and said that it would strengthen Ukraine on the battlefield.\n\nThe UK will continue to provide military support to Ukraine.";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2023-01-14"]);
    // The publisher's own voice stays on the release day.
    assert!(days_of(&c, "uk", "military-aid").contains(&"2023-01-16".to_string()));
}
