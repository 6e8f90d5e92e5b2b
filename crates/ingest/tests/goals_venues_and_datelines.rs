//! The seventeenth session's rules from the folded heldout-17, each on sentences written for it:
//! - a goal kept ("membership of NATO remained Ukraine's goal") and membership as "the strongest
//!   guarantee Ukraine can have" support membership; signing an application supports it;
//! - American forces in Ukraine are the troops question; talks named by their venue ("the Geneva
//!   talks") are the talks;
//! - "European Union governments" adopting a package is the EU;
//! - an answer is in the context of the question just before it: "will German soldiers go to
//!   Ukraine?" makes "German soldiers on the line of contact" in the answer the troops question;
//! - training and equipping battalions is aid, adding tankers "to its own sanctions list" is
//!   sanctions, and "the German decision" points back like "the decision";
//! - phrases the dev corpus had no cue for: taking "its full share" of a force, every conflict
//!   "ends with negotiations", "the road to peace";
//! - a wire dateline's date is the filing day: another date of the sentence dates the statement;
//!   a day after a second subject's clause (", and the European Union adopted … on Thursday")
//!   dates that clause, not the first;
//! - "addressed the Senate yesterday" is a speech act: its day dates the speaker's statements
//!   below; those "addressed" in the passive are no speakers;
//! - a short bold run opening a timeline entry ("**Monday, 26 February — Élysée Palace.**") is
//!   a heading that dates the entry; the historic present "answers" attributes like
//!   "answered", and "no consensus today to send" is the allies' disagreement, no refusal;
//! - a weekday under a heading is the heading's day that falls on it ("On Monday" under
//!   "**Monday 29 September — Liverpool**").

mod common;

use common::{assert_claims, claims_in_war, claims_on, days_of};

#[test]
fn a_goal_kept_and_the_strongest_guarantee_support_membership() {
    let c = claims_in_war(
        "Volodymyr Zelensky said on Saturday that membership of NATO remained Ukraine's goal.",
        "2025-06-23",
    );
    assert_claims(&c, &["ukraine ukraine-nato-membership supports"], &[]);
    let c = claims_in_war(
        "\"Membership of NATO is the strongest guarantee Ukraine can have,\" Zelensky said on Thursday.",
        "2025-01-17",
    );
    assert_claims(&c, &["ukraine ukraine-nato-membership supports"], &[]);
    // A guarantee "of a lasting peace" is said of the troops before it, not of the talks.
    let c = claims_in_war(
        "Zelensky said on Thursday that European contingents on Ukrainian soil would be \"the strongest guarantee\" of a lasting peace.",
        "2025-03-07",
    );
    assert_claims(&c, &[], &["ukraine peace-talks supports"]);
}

#[test]
fn american_forces_in_ukraine_are_the_troops_question() {
    let c = claims_in_war(
        "Lloyd Austin said on Monday that there were no plans to put American forces in Ukraine.",
        "2022-04-26",
    );
    assert_claims(&c, &["usa troops-to-ukraine opposes"], &[]);
}

#[test]
fn talks_named_by_their_venue_are_the_talks() {
    let c = claims_in_war(
        "Sergey Lavrov said on Wednesday that Russia was ready to continue the Geneva talks \"at any moment\".",
        "2026-09-24",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
    // The grain talks were held in Istanbul too: no venue alone makes them the war's talks.
    let c = claims_in_war(
        "Rustem Umerov, who took part in the grain talks in Istanbul, was confirmed as minister on Wednesday.",
        "2023-09-06",
    );
    assert_claims(&c, &[], &["ukraine peace-talks supports"]);
}

#[test]
fn european_union_governments_adopting_a_package_are_the_eu() {
    let c = claims_in_war(
        "European Union governments adopted a twenty-second package of sanctions against Russia on Friday.",
        "2026-11-21",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2026-11-20"]);
}

#[test]
fn a_datelines_date_yields_to_the_sentences_own_day() {
    let c = claims_on(
        "BRUSSELS, Nov 21 (Rond-Point Newswire) - European Union governments adopted a twenty-second package of sanctions against Russia on Friday, the first in more than two years to pass without a threat of veto.",
        "2026-11-21",
        "Rond-Point Newswire",
    );
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2026-11-20"]);
    // With no other date, the dateline's still dates the lead.
    let c = claims_on(
        "BRUSSELS, Nov 20 (Rond-Point Newswire) - European Union governments adopted a twenty-second package of sanctions against Russia, the first in more than two years to pass without a threat of veto.",
        "2026-11-21",
        "Rond-Point Newswire",
    );
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2026-11-20"]);
}

#[test]
fn a_day_after_a_second_subjects_clause_is_that_clauses() {
    let c = claims_in_war(
        "The United States imposed sanctions on Russia's two largest oil companies, Rosneft and Lukoil, and the European Union adopted its nineteenth package of sanctions on Thursday. Announcing the US sanctions on Wednesday, Treasury Secretary Scott Bessent said more would follow.",
        "2025-10-23",
    );
    // The lead's American sanctions are the statement the body dates on Wednesday.
    assert_eq!(days_of(&c, "usa", "sanctions"), ["2025-10-22"]);
}

#[test]
fn addressing_a_chamber_on_a_day_dates_the_speakers_statements_below() {
    let c = claims_on(
        "ROME — Giorgia Meloni addressed the Senate yesterday with the statement a prime minister makes before each European Council. The Senate then voted on the resolution, which passed by 105 votes to 62. She repeats the exercise in the Chamber of Deputies this morning.\n\nThe most applauded passage concerned the European plans for a force.\n\n\"Italy will continue to support Ukraine, including militarily, for as long as it is needed,\" she told senators.",
        "2025-03-19",
        "Corriere",
    );
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2025-03-18"]);
    // Those addressed in the passive are no speakers: the one who addressed them speaks.
    let c = claims_in_war(
        "Leaders were addressed by video link by President Zelensky, who thanked partners for the air-defence systems delivered this autumn.",
        "2022-12-19",
    );
    assert_claims(&c, &["ukraine military-aid supports"], &[]);
}

#[test]
fn a_bold_date_opening_a_timeline_entry_dates_it() {
    let c = common::claims_of(
        "---\ntitle: \"Timeline\"\npublished: 2024-03-15\n---\n\n**Monday, 26 February — Élysée Palace, 11.40 pm.** At the end of a conference of some twenty leaders on support for Ukraine, Emmanuel Macron is asked whether Western soldiers could one day be sent to Ukraine. \"There is no consensus today to send troops on the ground in an official manner, but in terms of dynamics, nothing can be excluded,\" the French president answers.\n\n**March 5 — Prague.** Macron tells the French community in the Czech capital that Europe must not be cowardly.\n",
    );
    assert_eq!(days_of(&c, "france", "troops-to-ukraine"), ["2024-02-26"]);
    assert_claims(
        &c,
        &["france troops-to-ukraine open"],
        &["france troops-to-ukraine opposes"],
    );
}

#[test]
fn training_and_equipping_listing_and_a_national_decision() {
    let c = claims_in_war(
        "In a statement issued at the end of the evening, the Elysee said France would train and equip several Ukrainian battalions in the coming weeks.",
        "2023-05-15",
    );
    assert_claims(&c, &["france military-aid supports"], &[]);
    let c = claims_in_war(
        "Treasury Secretary Scott Bessent said on Thursday that the United States would add dozens of the same tankers to its own sanctions list within days.",
        "2026-11-21",
    );
    assert_claims(&c, &["usa sanctions supports"], &[]);
    // "the German decision" points back to the deliveries just named.
    let c = claims_in_war(
        "Germany said on Wednesday it would send Leopard tanks to Ukraine. Russia's ambassador in Berlin, Sergei Nechayev, called the German decision \"extremely dangerous\".",
        "2023-01-26",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn an_answer_is_in_the_context_of_the_question_before_it() {
    let md = "---\ntitle: \"Morning interview with the defence minister\"\npublished: 2026-03-14\n---\n\n*The Federal Minister of Defence, Boris Pistorius, spoke to our morning programme in a studio in Berlin. The interview was recorded on Thursday evening. Q: our presenter; BP: the minister.*\n\n**Q:** Minister, the talks in Geneva are in their third round. If there is a ceasefire, will German soldiers go to Ukraine?\n\n**BP:** Let me be precise, because precision matters here. We are considering what Germany can contribute after a ceasefire - air policing, training in the west of the country, engineers. Nothing has been decided, and if anything is decided, the Bundestag decides. What I can rule out is German soldiers on the line of contact.\n";
    let c = common::claims_of(md);
    assert_claims(
        &c,
        &["germany troops-to-ukraine opposes"],
        &["germany peace-talks opposes"],
    );
}

#[test]
fn phrases_of_support_the_dev_corpus_had_no_cue_for() {
    for (text, published, claim) in [
        (
            "France, Sébastien Lecornu said on 11 March 2025, would \"take its full share\" of a reassurance force in Ukraine once a peace agreement was signed.",
            "2025-09-10",
            "france troops-to-ukraine supports",
        ),
        (
            "On Thursday Putin told reporters that every conflict ends with negotiations.",
            "2022-12-24",
            "russia peace-talks supports",
        ),
        (
            "Putin told reporters on Friday that he hoped the understanding reached would open the road to peace in Ukraine.",
            "2025-08-16",
            "russia peace-talks supports",
        ),
    ] {
        let c = claims_in_war(text, published);
        assert_claims(&c, &[claim], &[]);
    }
}

#[test]
fn a_weekday_under_a_heading_is_the_headings_day() {
    let c = common::claims_of(
        "---\ntitle: \"Conference season\"\npublished: 2025-10-09\n---\n\n*Four party conferences in five weeks: the passages on Ukraine from the main speeches.*\n\n**Monday 29 September — Liverpool**\n\nOn Monday, Defence Secretary John Healey told the hall: \"Putin's frozen billions should be paying for Ukraine's defence.\"\n",
    );
    assert_eq!(days_of(&c, "uk", "frozen-assets"), ["2025-09-29"]);
}
