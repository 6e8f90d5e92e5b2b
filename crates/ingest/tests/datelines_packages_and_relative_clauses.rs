//! The twenty-seventh session's rules from the folded heldout-27, each on text written for it:
//! - Italy's head of government by her formal title ("President of the Council of Ministers
//!   Giorgia Meloni") is the prime minister, not the head of state;
//! - a package "of 350 million dollars in weapons" is the weapons' package, not a sanctions
//!   package;
//! - an attack condemned, or "Putin must not win", is no stance against the aid that answers
//!   it; strikes "answered with more military support and further sanctions" support both;
//! - "should stop fanning the flames by sending weapons" warns against the weapons;
//! - "Russian state reserves" are the frozen assets;
//! - sanctions "including against" a target refuse nothing;
//! - troops stationed on the alliance's own soil are not sent to Ukraine;
//! - a relative clause's second verb has its first verb's subject ("Duda, who thanked him for
//!   the visit and said Poland would …");
//! - on an actor's own page of remarks by a named author, the first person is that author and
//!   the italic dateline's day is the remarks' day;
//! - "the money for weapons" is military aid, not the assets' money;
//! - "does not authorise their use on Russian territory" opposes long-range strikes;
//! - a bold wire dateline ("**KYIV** - Volodymyr Zelensky thanked …") is no speaker;
//! - the purpose of aid ("\"to resist and to win\"") refuses nothing; sanctions that "will be
//!   in place by" a day are supported; deliveries that "would have consequences" and a seizure
//!   followed by "a painful response" are warned against;
//! - a package named in an earlier sentence yields to another topic's term in its own sentence
//!   ("thanked Britain for the new package and said the drones …");
//! - topics in other words: "the Istanbul process", "very severe tariffs on Russia's trading
//!   partners", "the economic vice", "a modern air shield";
//! - pressing "in Brussels for" something supports it, and so does calling it "the most viable
//!   option";
//! - closing airspace to Russian planes is a sanction ("would close its airspace to all Russian
//!   aircraft");
//! - more topics in other words: "the reserves of Russia's central bank", "new UK designations",
//!   "the measures against Russia", hosting "Russian and Ukrainian delegations", agreeing "to send
//!   a delegation", "stopping hostilities", meeting "Russian negotiators", giving Ukraine "what it
//!   needed".

mod common;

use common::{assert_claims, claims_in_war, claims_of, days_of, speakers_of};

#[test]
fn italys_formal_title_for_its_prime_minister_is_the_prime_minister() {
    // (The second clause's subject is found through the title: "President" alone made the
    // head of state speak, and his claim was dropped.)
    let c = claims_in_war(
        "President of the Council of Ministers Giorgia Meloni confirmed on Thursday that Italy would continue to provide military support to Ukraine, in particular for air defence, and announced that a twelfth sanctions package was being prepared.",
        "2024-06-15",
    );
    assert_claims(
        &c,
        &["italy military-aid supports", "italy sanctions supports"],
        &[],
    );
    assert_eq!(
        speakers_of(&c, "italy"),
        ["Giorgia Meloni", "Giorgia Meloni"]
    );
}

#[test]
fn a_package_of_an_amount_in_weapons_is_military_aid() {
    let c = claims_in_war(
        "Sanctions were on the table in Brussels. On Tuesday the Pentagon's chief Lloyd Austin announced a new package of 400 million dollars in weapons and ammunition for Ukraine.",
        "2023-05-10",
    );
    assert_claims(
        &c,
        &["usa military-aid supports"],
        &["usa sanctions supports"],
    );
}

#[test]
fn a_condemned_attack_or_putin_must_not_win_is_no_stance_against_aid() {
    for sentence in [
        "Chancellor Olaf Scholz condemned the strikes on Kharkiv on Sunday and said Germany would keep supporting Ukraine with air defence.",
        "Chancellor Olaf Scholz said on Sunday that Germany would send more air defence to Ukraine because \"Putin must not win\".",
    ] {
        let c = claims_in_war(sentence, "2023-10-02");
        assert_claims(
            &c,
            &["germany military-aid supports"],
            &["germany military-aid opposes"],
        );
    }
}

#[test]
fn strikes_answered_with_more_aid_and_sanctions_support_both() {
    let c = claims_in_war(
        "Foreign policy chief Josep Borrell said on Monday that the attacks on power plants would be answered with more military support and with further sanctions.",
        "2022-11-16",
    );
    assert_claims(
        &c,
        &["eu military-aid supports", "eu sanctions supports"],
        &["eu military-aid opposes", "eu sanctions opposes"],
    );
}

#[test]
fn stop_fanning_the_flames_by_sending_weapons_warns_against_them() {
    let c = claims_in_war(
        "Chinese foreign ministry spokeswoman Mao Ning said on Thursday that some countries should stop fanning the flames by sending tanks to the battlefield.",
        "2023-01-27",
    );
    assert_claims(
        &c,
        &["china military-aid opposes"],
        &["china military-aid supports"],
    );
}

#[test]
fn russian_state_reserves_are_the_frozen_assets() {
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Tuesday that taking Russian state reserves for Kyiv would be theft.",
        "2023-06-21",
    );
    assert_claims(
        &c,
        &["russia frozen-assets opposes"],
        &["russia sanctions opposes"],
    );
}

#[test]
fn sanctions_including_against_a_target_refuse_nothing() {
    let c = claims_in_war(
        "Foreign Minister Caspar Veldkamp said on Friday that the Netherlands would continue to press in Brussels for more sanctions, including against the shadow fleet and the insurers who cover its tankers.",
        "2025-02-22",
    );
    assert_claims(
        &c,
        &["netherlands sanctions supports"],
        &["netherlands sanctions opposes"],
    );
}

#[test]
fn troops_stationed_in_poland_are_not_sent_to_ukraine() {
    let c = claims_in_war(
        "President Andrzej Duda thanked Washington on Thursday for the American troops stationed in Poland, which he said protected the whole region next to Ukraine.",
        "2023-06-02",
    );
    assert_claims(&c, &[], &["poland troops-to-ukraine supports"]);
}

#[test]
fn a_relative_clauses_second_verb_has_its_subject() {
    let c = claims_in_war(
        "Biden landed in Warsaw on Monday. Later that day he met Andrzej Duda, who thanked him for the visit and said Poland would go on sending Ukraine whatever tanks it could spare.",
        "2023-02-22",
    );
    assert_claims(&c, &["poland military-aid supports"], &[]);
    assert_eq!(speakers_of(&c, "poland"), ["Andrzej Duda"]);
}

const EEAS_REMARKS: &str = r#"---
title: "Foreign Affairs Council: press remarks by High Representative Kaja Kallas after the meeting"
source: "European External Action Service"
published: 2025-03-18
---

*Brussels, 17 March 2025. Check against delivery. Put online on 18 March 2025.*

Good evening. Today I asked the ministers to deliver two million artillery rounds to Ukraine this year, and several of them answered at once.

I also believe that the immobilised Russian assets should pay for Ukraine's reconstruction.
"#;

#[test]
fn remarks_on_the_actors_own_site_are_the_authors_on_the_datelines_day() {
    let c = claims_of(EEAS_REMARKS);
    assert_claims(
        &c,
        &["eu military-aid supports", "eu frozen-assets supports"],
        &[],
    );
    assert!(
        speakers_of(&c, "eu").iter().all(|s| *s == "Kaja Kallas"),
        "{:?}",
        speakers_of(&c, "eu")
    );
    assert_eq!(days_of(&c, "eu", "military-aid"), ["2025-03-17"]);
}

#[test]
fn the_money_for_weapons_is_military_aid() {
    let c = claims_in_war(
        "The frozen Russian assets were discussed first. Hungary's foreign minister Péter Szijjártó said on Monday that Hungary would not agree to release the money for weapons for Ukraine.",
        "2025-05-21",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary frozen-assets opposes"],
    );
}

#[test]
fn not_authorising_their_use_on_russian_territory_opposes_long_range_strikes() {
    let c = claims_in_war(
        "Defence Minister Guido Crosetto said on Friday that Italy does not authorise their use on Russian territory, whatever other allies decide about the weapons they send Ukraine.",
        "2024-09-14",
    );
    assert_claims(&c, &["italy long-range-weapons opposes"], &[]);
}

#[test]
fn a_bold_wire_dateline_is_no_speaker() {
    let c = claims_in_war(
        "**KYIV** - Volodymyr Zelensky thanked the US Congress on Saturday and said the weapons package would help the army hold the front.",
        "2024-04-21",
    );
    assert_claims(&c, &["ukraine military-aid supports"], &[]);
    assert_eq!(speakers_of(&c, "ukraine"), ["Volodymyr Zelensky"]);
}

#[test]
fn purposes_deadlines_and_consequences() {
    let c = claims_in_war(
        "Speaking in Lyon, Macron said on Monday that France would keep supplying Ukraine with what it needs \"to resist and to win\".",
        "2023-03-01",
    );
    assert_claims(
        &c,
        &["france military-aid supports"],
        &["france military-aid opposes"],
    );
    let c = claims_in_war(
        "Commission President Ursula von der Leyen said on Tuesday that the eleventh package of sanctions would be in place by the end of June.",
        "2023-05-17",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
    let c = claims_in_war(
        "The Russian embassy in Berlin said on Wednesday that if Germany sent Leopard tanks to Ukraine it would have consequences for relations.",
        "2023-01-19",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
    let c = claims_in_war(
        "Foreign ministry spokeswoman Maria Zakharova said on Friday that the seizure of Russian assets would be followed by a painful response.",
        "2025-10-27",
    );
    assert_claims(&c, &["russia frozen-assets opposes"], &[]);
}

#[test]
fn a_package_named_before_yields_to_the_weapons_of_its_own_sentence() {
    let c = claims_in_war(
        "EU ministers adopted the sixteenth sanctions package on Monday. On Wednesday Ukraine's defence minister Rustem Umerov thanked Britain for the new package and said the drones would protect the front this spring.",
        "2025-02-14",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["ukraine sanctions supports"],
    );
}

#[test]
fn talks_tariffs_and_shields_named_in_other_words() {
    for (sentence, day, claim) in [
        (
            "Foreign ministry spokeswoman Maria Zakharova said on Thursday that Russia remained open to continuing the Istanbul process.",
            "2025-09-12",
            "russia peace-talks supports",
        ),
        (
            "President Donald Trump spoke in the Oval Office on Monday. In the same appearance he threatened \"very severe tariffs\" on the buyers of Russian oil if there was no deal within fifty days.",
            "2025-07-15",
            "usa sanctions supports",
        ),
        (
            "Prime Minister Boris Johnson said on Thursday that the West must keep tightening the economic vice on Moscow.",
            "2022-03-25",
            "uk sanctions supports",
        ),
        (
            "President Volodymyr Zelensky asked partners on Tuesday for a modern air shield over Ukraine.",
            "2022-11-16",
            "ukraine military-aid supports",
        ),
    ] {
        let c = claims_in_war(sentence, day);
        assert_claims(&c, &[claim], &[]);
    }
}

#[test]
fn pressing_in_brussels_and_the_most_viable_option() {
    let c = claims_in_war(
        "Foreign Minister Hanke Bruins Slot said on Wednesday that the Netherlands would press in Brussels for a new sanctions package.",
        "2023-09-14",
    );
    assert_claims(&c, &["netherlands sanctions supports"], &[]);
    let c = claims_in_war(
        "High Representative Kaja Kallas said on Monday that the reparations loan was the most viable option to keep Ukraine fighting.",
        "2025-10-21",
    );
    assert_claims(&c, &["eu frozen-assets supports"], &[]);
}

#[test]
fn airspace_closed_to_russian_planes_is_a_sanction() {
    let c = claims_in_war(
        "Prime Minister Justin Trudeau said on Sunday that Canada would close its airspace to all Russian aircraft, private jets included.",
        "2022-02-28",
    );
    assert_claims(&c, &["canada sanctions supports"], &[]);
}

#[test]
fn reserves_designations_measures_and_delegations_named_in_other_words() {
    for (sentence, day, claim) in [
        (
            "Finance Minister Serhiy Marchenko said on Thursday that the reserves of Russia's central bank should be used to rebuild Ukraine.",
            "2022-10-07",
            "ukraine frozen-assets supports",
        ),
        (
            "Foreign Secretary David Lammy announced on Monday more than a hundred new UK designations aimed at the shadow fleet.",
            "2025-02-25",
            "uk sanctions supports",
        ),
        (
            "Prime Minister Giorgia Meloni told the Senate on Wednesday that Italy would keep the measures against Russia in place until a just peace was reached.",
            "2025-12-18",
            "italy sanctions supports",
        ),
        (
            "President Recep Tayyip Erdogan said on Tuesday that Turkey stood ready to host Russian and Ukrainian delegations again.",
            "2022-11-16",
            "turkey peace-talks supports",
        ),
        (
            "President Volodymyr Zelensky said on Sunday evening that Ukraine had agreed to send a delegation to the Belarusian border without preconditions.",
            "2022-02-28",
            "ukraine peace-talks supports",
        ),
    ] {
        let c = claims_in_war(sentence, day);
        assert_claims(&c, &[claim], &[]);
    }
}

#[test]
fn hostilities_negotiators_and_what_ukraine_needs() {
    for (sentence, day, claim) in [
        (
            "President Vladimir Putin said on Thursday that Russia agreed with the idea of stopping hostilities, but that questions remained.",
            "2025-03-14",
            "russia peace-talks supports",
        ),
        (
            "President Volodymyr Zelensky agreed on Sunday that a Ukrainian delegation would meet Russian negotiators at the border.",
            "2022-02-28",
            "ukraine peace-talks supports",
        ),
        (
            "Secretary General Mark Rutte said on Thursday that allies had to give Ukraine what it needed to hold the line.",
            "2024-12-13",
            "nato military-aid supports",
        ),
    ] {
        let c = claims_in_war(sentence, day);
        assert_claims(&c, &[claim], &[]);
    }
}
