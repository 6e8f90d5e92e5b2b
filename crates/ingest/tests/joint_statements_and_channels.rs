//! The sixteenth session's attribution forms from the seventeenth battery (channels: posts,
//! readouts, joint statements), each on sentences written for it:
//! - "The leaders of France, Germany, Britain and Poland said …", "the foreign ministers of
//!   Hungary and Slovakia said …": the list after a group's "of" is the subject, each member
//!   speaking;
//! - a headline with no final stop that ends with a country ("… arms for Poland") does not
//!   fuse with the name opening the paragraph below it ("Olaf Scholz, Emmanuel Macron and
//!   Donald Tusk said …");
//! - the ones told or asked to do something are addressees ("told Moscow and Kyiv to get to the
//!   negotiating table"), and coming or getting to the table supports talks;
//! - a verb right after "should" or "must" is the speaker's recommendation whoever its subject
//!   ("said the EU should seize the assets"); "would welcome them" points back like "backs it";
//! - phrases: deliveries that "must stop", contacts with the other side, a meeting of the two
//!   leaders, disconnecting banks from SWIFT, "all restrictions" on long-range strikes that "must
//!   go".

mod common;

use common::{assert_claims, claims_in_war};

#[test]
fn the_members_after_a_groups_of_each_speak() {
    let c = claims_in_war(
        "The leaders of France, Germany and Poland said in a joint statement on Saturday that they would tighten sanctions on Russia's banks.",
        "2025-05-11",
    );
    assert_claims(
        &c,
        &[
            "france sanctions supports",
            "germany sanctions supports",
            "poland sanctions supports",
        ],
        &[],
    );
    let c = claims_in_war(
        "The foreign ministers of Hungary and Slovakia said in a joint statement on Thursday that they would not support any new sanctions package.",
        "2025-06-27",
    );
    assert_claims(
        &c,
        &["hungary sanctions opposes", "slovakia sanctions opposes"],
        &[],
    );
}

#[test]
fn a_headline_ending_with_a_country_does_not_fuse_with_the_name_below() {
    let c = claims_in_war(
        "More arms for Poland\n\nOlaf Scholz, Emmanuel Macron and Donald Tusk said on Friday that their countries would buy more weapons for Ukraine.",
        "2024-03-16",
    );
    assert_claims(
        &c,
        &[
            "germany military-aid supports",
            "france military-aid supports",
            "poland military-aid supports",
        ],
        &[],
    );
}

#[test]
fn those_told_to_come_to_the_table_are_addressees() {
    let c = claims_in_war(
        "In a post on Friday, Donald Trump told Moscow and Kyiv to get to the negotiating table right now.",
        "2025-03-08",
    );
    assert_claims(
        &c,
        &["usa peace-talks supports"],
        &[
            "russia peace-talks supports",
            "ukraine peace-talks supports",
        ],
    );
    let c = claims_in_war(
        "Keir Starmer said on Saturday that sooner or later Putin would have to come to the table.",
        "2025-03-16",
    );
    assert_claims(&c, &["uk peace-talks supports"], &[]);
}

#[test]
fn deliveries_that_must_stop_and_contacts_with_the_other_side() {
    let c = claims_in_war(
        "Vassily Nebenzia told the Security Council on Tuesday that Western arms deliveries to Ukraine must stop, TASS quoted him as saying.",
        "2023-01-18",
    );
    assert_claims(
        &c,
        &["russia military-aid opposes"],
        &["russia military-aid supports"],
    );
    let c = claims_in_war(
        "Vladimir Medinsky said on Friday that Russia was ready to continue contacts with the Ukrainian side, Interfax cited him as saying.",
        "2025-05-17",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
}

#[test]
fn a_verb_after_should_is_the_speakers_recommendation() {
    let c = claims_in_war(
        "Radosław Sikorski said on a podcast on Friday that the EU should seize the roughly 200 billion euros of Russian central bank assets immobilised in Europe.",
        "2025-03-28",
    );
    assert_claims(&c, &["poland frozen-assets supports"], &[]);
}

#[test]
fn welcoming_them_takes_the_antecedent_of_its_own_sentence() {
    let c = claims_in_war(
        "Valerii Zaluzhnyi said on Saturday that European troops deployed after a ceasefire would be the best guarantee, and that Kyiv would welcome them.",
        "2025-03-08",
    );
    assert_claims(&c, &["ukraine troops-to-ukraine supports"], &[]);
    // (Also with a clause of time after the pronoun.)
    let c = claims_in_war(
        "Andrii Sybiha said on Wednesday that foreign troops after a ceasefire would be one of the guarantees, and that Kyiv would welcome them once the fighting stopped.",
        "2025-01-23",
    );
    assert_claims(&c, &["ukraine troops-to-ukraine supports"], &[]);
}

#[test]
fn disconnecting_banks_from_swift() {
    let c = claims_in_war(
        "Dmytro Kuleba asked the Union on Sunday to disconnect every Russian bank from SWIFT.",
        "2022-02-28",
    );
    assert_claims(
        &c,
        &["ukraine sanctions supports"],
        &["eu sanctions supports"],
    );
}

#[test]
fn all_restrictions_that_must_go_are_limits_on_long_range_strikes() {
    let c = claims_in_war(
        "Andrii Sybiha wrote on X on Monday: \"Long-range capabilities are the answer to Russian terror. All restrictions must go.\"",
        "2024-11-19",
    );
    assert_claims(
        &c,
        &["ukraine long-range-weapons supports"],
        &["ukraine long-range-weapons opposes"],
    );
}
