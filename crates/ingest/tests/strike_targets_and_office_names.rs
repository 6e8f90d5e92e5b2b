//! The twenty-fifth session's rules from the folded heldout-25, each on text written for it:
//! - what weapons are used against is their target, not the speaker's opposition ("lift the
//!   limits on the use of their weapons against Russian military targets"), and so is what air
//!   defence protects against ("to protect Ukrainians against the strikes");
//! - the sites "from which Russia attacks" (the airfields, bases and depots "from which it is
//!   attacked") are what long-range strikes are about;
//! - "Ukrainians" sets a sentence in Ukraine's context as "Ukrainian" does;
//! - "would not be the moment to invite Ukraine" refuses the invitation;
//! - deliveries that "only dragged out the fighting" are a warning against them;
//! - a speech with "no word about negotiations" takes no position on them;
//! - "an ideal host for future talks between Russia, Ukraine and …" supports the talks;
//! - "never take part in any NATO mission on Ukrainian soil" refuses troops;
//! - asking others "to agree the oil embargo" supports the sanctions;
//! - "the Foreign Secretary" is the British office: on another actor's page it is the British
//!   holder named before, not the publisher's foreign minister, and "the foreign minister" is
//!   not the British Foreign Secretary;
//! - a subject set off by a relative clause keeps a verb a few words after it ("Ukraine's
//!   Dmytro Kuleba, who attended as a guest, asked the ministers on Monday to agree …");
//! - "nothing other than theft" affirms the charge;
//! - Moscow's "restrictive measures imposed on our country" are the sanctions;
//! - sanctions that "cut deeper into Russia's oil revenues" are no long-range strikes;
//! - "On that day" after a sentence that names a thing's day ("his initiative of 2 March") is
//!   that day;
//! - with a day before the verb, a later day of an event the speaker proposes is the event's
//!   ("on Sunday morning, Putin … proposed direct negotiations in Istanbul on Thursday"), not
//!   that of an occasion ("told a meeting of attachés on Thursday");
//! - "would keep Ukraine in the fight" is military aid; "would see whether it could make more
//!   Patriot missiles available" keeps it open;
//! - weapons "on their way" are being delivered, also when they "could be on their way";
//!   "Ukraine should be in NATO" is membership; "would not accept any talks that left Russian
//!   troops on Ukrainian land" refuses the talks;
//! - a broadcast script's label ("REPORTER (Kyiv):", "CORRESPONDENT (Brussels):") is no subject
//!   of its line, nor is the place in its brackets an actor;
//! - "would not give money for weapons for Ukraine" refuses military aid;
//! - hosting "further rounds", a "three-way meeting" and getting "talks going" are about the
//!   peace talks; "had not vetoed the package" lets it pass;
//! - an aside set off by commas does not end a negation ("France is not, at this stage, in
//!   favour of confiscating them");
//! - Russia's missiles are no long-range weapons for Ukraine ("before the next wave of
//!   missiles", "fired two hundred missiles at Ukrainian cities");
//! - "On Sunday, the day before the meeting," is that Sunday, not the day before it;
//! - "Scholtz", a common misspelling, is Olaf Scholz;
//! - in a news conference flattened into one paragraph, "Question:" opens a journalist's turn:
//!   the answer before it stays its speaker's;
//! - "needed more of them" is about the things just named ("the ATACMS had proved themselves
//!   and Ukraine needed more of them"); "more American money" that would "lead to more
//!   Ukrainians dying" is a warning against military aid;
//! - organising talks, continuing the talks with someone and resuming them are the peace talks.

mod common;

use common::{assert_claims, claims_in_war, claims_on, days_of, speakers_of};

#[test]
fn weapons_used_against_targets_are_no_opposition() {
    let c = claims_in_war(
        "Ukraine's foreign minister Andrii Sybiha urged partners on Wednesday to lift the limits on the use of their weapons against Russian military targets.",
        "2024-11-21",
    );
    assert_claims(
        &c,
        &["ukraine long-range-weapons supports"],
        &["ukraine long-range-weapons opposes"],
    );
    let c = claims_in_war(
        "Chancellor Olaf Scholz said on Thursday that Germany would send more air defence systems to protect Ukrainians against the strikes on their power plants.",
        "2024-04-12",
    );
    assert_claims(
        &c,
        &["germany military-aid supports"],
        &["germany long-range-weapons opposes"],
    );
}

#[test]
fn the_sites_from_which_russia_attacks_are_about_long_range_strikes() {
    let c = claims_in_war(
        "Foreign Secretary David Lammy said on Tuesday that Ukraine must be able to hit the places from which Russia launches its glide bombs.",
        "2024-09-11",
    );
    assert_claims(&c, &["uk long-range-weapons supports"], &[]);
    let c = claims_in_war(
        "Defence Minister Wladyslaw Kosiniak-Kamysz said on Wednesday that Ukraine must be allowed to hit the airfields from which the bombers take off.",
        "2024-10-17",
    );
    assert_claims(&c, &["poland long-range-weapons supports"], &[]);
}

#[test]
fn not_the_moment_to_invite_refuses_the_invitation() {
    let c = claims_in_war(
        "Secretary General Jens Stoltenberg said on Friday that the summit in Washington would not be the moment to invite Ukraine to join the alliance.",
        "2024-06-15",
    );
    assert_claims(
        &c,
        &["nato ukraine-nato-membership opposes"],
        &["nato ukraine-nato-membership supports"],
    );
}

#[test]
fn deliveries_that_dragged_out_the_fighting_are_a_warning() {
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Tuesday that the Western weapons deliveries had only dragged out the fighting.",
        "2023-02-08",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn no_word_about_negotiations_is_no_position() {
    let c = claims_in_war(
        "The war in Ukraine dominated the week.\n\nIn Moscow, Vladimir Putin's speech on Tuesday contained no announcement, no new threat and no word about negotiations; he spoke about the war as a defence against NATO.",
        "2023-02-22",
    );
    assert_claims(&c, &[], &["russia peace-talks opposes"]);
}

#[test]
fn a_host_for_future_talks_supports_them() {
    let c = claims_in_war(
        "President Recep Tayyip Erdogan said on Monday that Turkey was ready to be the host for future talks between Russia, Ukraine and the United States.",
        "2025-03-04",
    );
    assert_claims(&c, &["turkey peace-talks supports"], &[]);
}

#[test]
fn a_nato_mission_on_ukrainian_soil_is_troops() {
    let c = claims_in_war(
        "Foreign Minister Peter Szijjarto said on Monday that Hungary would never take part in any NATO mission on Ukrainian soil.",
        "2024-05-07",
    );
    assert_claims(&c, &["hungary troops-to-ukraine opposes"], &[]);
}

#[test]
fn asking_to_agree_the_embargo_supports_the_sanctions() {
    let c = claims_in_war(
        "Ukraine's Dmytro Kuleba, who attended as a guest, asked the EU ministers on Monday to agree the oil embargo before the summit.",
        "2022-05-17",
    );
    assert_claims(&c, &["ukraine sanctions supports"], &[]);
}

#[test]
fn the_foreign_secretary_on_another_actors_page_is_the_british_one() {
    let text = "**Monday, 6 November**\n\nMinister of Foreign Affairs Dmytro Kuleba held talks in Kyiv.\n\nThe Minister spoke by phone with the Foreign Secretary of the United Kingdom, James Cleverly. The Foreign Secretary confirmed that the United Kingdom would keep providing military assistance to Ukraine.";
    let c = claims_on(text, "2023-11-10", "mfa.gov.ua");
    assert_claims(&c, &["uk military-aid supports"], &[]);
    assert_eq!(speakers_of(&c, "uk"), ["James Cleverly"]);
}

#[test]
fn nothing_other_than_theft_affirms_the_charge() {
    let c = claims_in_war(
        "Foreign ministry spokeswoman Maria Zakharova said on Thursday that the use of the profits from the frozen Russian assets was nothing other than theft.",
        "2024-05-24",
    );
    assert_claims(
        &c,
        &["russia frozen-assets opposes"],
        &["russia frozen-assets open"],
    );
}

#[test]
fn restrictive_measures_imposed_on_our_country_are_the_sanctions() {
    let c = claims_in_war(
        "Foreign Minister Sergei Lavrov said on Friday that the illegitimate restrictive measures imposed on our country must be lifted before any settlement.",
        "2023-09-23",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
}

#[test]
fn cutting_deeper_into_oil_revenues_is_no_long_range_strike() {
    let c = claims_in_war(
        "The EU adopted its eighteenth sanctions package against Russia on Friday. Commission President Ursula von der Leyen said the package would cut deeper into Russia's oil revenues and that more would follow.",
        "2025-07-19",
    );
    assert_claims(&c, &[], &["eu long-range-weapons supports"]);
}

#[test]
fn that_day_after_a_things_day_is_that_day() {
    let text = "On 26 March, welcoming President Zelensky at the Elysee Palace, the President announced more French military aid to Ukraine.\n\nThe President recalled his initiative of 2 March. On that day, he proposed a one-month truce as a first step towards negotiations between Russia and Ukraine.";
    let c = claims_on(text, "2025-03-27", "elysee.fr");
    assert_eq!(
        days_of(&c, "france", "peace-talks"),
        ["2025-03-02"],
        "{c:#?}"
    );
}

#[test]
fn a_proposed_events_day_does_not_date_the_proposal() {
    let c = claims_in_war(
        "Shortly after one o'clock on Sunday morning, Vladimir Putin spoke to reporters in the Kremlin and proposed direct negotiations with Ukraine in Istanbul on Thursday.",
        "2025-05-12",
    );
    assert_eq!(
        days_of(&c, "russia", "peace-talks"),
        ["2025-05-11"],
        "{c:#?}"
    );
    let c = claims_in_war(
        "Rustem Umerov, who was confirmed by parliament on Wednesday, told a meeting of foreign military attachés on Thursday that Ukraine needed more long-range drones.",
        "2023-09-09",
    );
    assert_eq!(
        days_of(&c, "ukraine", "long-range-weapons"),
        ["2023-09-07"],
        "{c:#?}"
    );
}

#[test]
fn keeping_ukraine_in_the_fight_and_seeing_whether_it_could() {
    let c = claims_in_war(
        "At his press conference on Monday, the NATO Secretary General Mark Rutte said allies would keep Ukraine in the fight.",
        "2025-06-25",
    );
    assert_claims(&c, &["nato military-aid supports"], &[]);
    let c = claims_in_war(
        "President Donald Trump said on Wednesday that the United States would see whether it could make more Patriot missiles available to Ukraine.",
        "2025-06-26",
    );
    assert_claims(
        &c,
        &["usa military-aid open"],
        &["usa military-aid supports"],
    );
}

#[test]
fn weapons_on_their_way_membership_and_any_talks() {
    let c = claims_in_war(
        "President Joe Biden said on Tuesday that the new air defence systems for Ukraine were already on their way.",
        "2024-06-12",
    );
    assert_claims(&c, &["usa military-aid supports"], &[]);
    let c = claims_in_war(
        "Defence Secretary Lloyd Austin said the same day that the first shells for Ukraine could be on their way within days.",
        "2024-04-25",
    );
    assert_claims(
        &c,
        &["usa military-aid supports"],
        &["usa military-aid open"],
    );
    let c = claims_in_war(
        "Speaking by video to the summit on Wednesday, President Volodymyr Zelensky said Ukraine should be in NATO.",
        "2022-06-30",
    );
    assert_claims(&c, &["ukraine ukraine-nato-membership supports"], &[]);
    let c = claims_in_war(
        "Foreign Minister Dmytro Kuleba said on Friday that Ukraine would not accept any talks that left Russian soldiers in the occupied regions.",
        "2023-09-09",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine ukraine-nato-membership opposes"],
    );
}

#[test]
fn a_scripts_label_and_its_place_are_no_subject() {
    let text = "PRESENTER: Good evening.\n\nREPORTER (Kyiv): Ukraine's defence minister, Rustem Umerov, used a briefing on Monday, the eve of the summit, to ask allies to finance more long-range drones produced in Ukraine.\n\nCORRESPONDENT (Brussels): NATO Secretary General Jens Stoltenberg, arriving for talks this morning, welcomed the decision to send the missiles.";
    let c = claims_on(text, "2024-07-09", "Evening News transcript");
    assert_claims(
        &c,
        &["ukraine long-range-weapons supports"],
        &["eu long-range-weapons supports"],
    );
    // (Financing the drones is military aid too: `arms` in topics.toml.)
    assert_eq!(
        speakers_of(&c, "ukraine"),
        ["Rustem Umerov", "Rustem Umerov"],
        "{c:#?}"
    );
}

#[test]
fn not_giving_money_for_weapons_refuses_military_aid() {
    let c = claims_in_war(
        "In a radio interview this morning, Prime Minister Viktor Orban said Hungary would not give money for weapons for Ukraine.",
        "2024-02-01",
    );
    assert_claims(&c, &["hungary military-aid opposes"], &[]);
}

#[test]
fn further_rounds_three_way_meetings_and_an_unvetoed_package() {
    let c = claims_in_war(
        "Foreign Minister Hakan Fidan said on Friday that Turkey was ready to host further rounds between Russia and Ukraine.",
        "2025-06-03",
    );
    assert_claims(
        &c,
        &["turkey peace-talks supports"],
        &["turkey military-aid supports"],
    );
    let c = claims_in_war(
        "President Volodymyr Zelensky said on Saturday that Ukraine supported the idea of a three-way meeting with the Russian and American presidents.",
        "2025-08-17",
    );
    assert_claims(&c, &["ukraine peace-talks supports"], &[]);
    let c = claims_in_war(
        "Foreign Minister Peter Szijjarto said on Monday that Hungary had not vetoed the sanctions package because it spared Hungarian gas imports.",
        "2024-06-25",
    );
    assert_claims(
        &c,
        &["hungary sanctions supports"],
        &["hungary sanctions open"],
    );
}

#[test]
fn an_aside_does_not_end_a_negation() {
    let c = claims_in_war(
        "Confiscating the frozen Russian assets is another matter: Germany is not, for the time being, in favour of it, Chancellor Olaf Scholz said on Thursday.",
        "2024-03-22",
    );
    assert_claims(
        &c,
        &["germany frozen-assets opposes"],
        &["germany frozen-assets supports"],
    );
}

#[test]
fn russias_salvoes_are_no_long_range_weapons() {
    let c = claims_in_war(
        "Secretary General Mark Rutte said on Saturday that allies had to deliver more air defence to Ukraine before the next wave of missiles.",
        "2025-11-16",
    );
    assert_claims(
        &c,
        &["nato military-aid supports"],
        &["nato long-range-weapons supports"],
    );
    let c = claims_in_war(
        "President Volodymyr Zelensky asked on Friday for more air defence systems, saying Russia had fired three hundred missiles at Ukrainian cities in a week.",
        "2024-09-07",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["ukraine long-range-weapons supports"],
    );
}

#[test]
fn the_day_before_an_event_beside_a_day_is_that_day() {
    let c = claims_in_war(
        "On Sunday, the day before the meeting, President Donald Trump wrote on social media that there would be no NATO membership for Ukraine.",
        "2025-08-19",
    );
    assert_eq!(
        days_of(&c, "usa", "ukraine-nato-membership"),
        ["2025-08-17"],
        "{c:#?}"
    );
}

#[test]
fn a_common_misspelling_of_scholz_is_scholz() {
    let c = claims_in_war(
        "Emmanuel Macron was keen. Olaf Scholtz was more cautious. Germany, he said on Sunday, would not be supplying fighter jets.",
        "2023-05-22",
    );
    assert_claims(
        &c,
        &["germany military-aid opposes"],
        &["france military-aid opposes"],
    );
    assert_eq!(speakers_of(&c, "germany"), ["Olaf Scholz"], "{c:#?}");
}

#[test]
fn a_journalists_inline_question_is_no_speakers_turn() {
    // The answer before the question stays the speaker's; the question is nobody's.
    let text = "News conference following Russian-German talks. Olaf Scholz: Thank you. Vladimir Putin: We hear that Ukraine is not ready to join NATO today. We want to settle this now, through negotiations with our partners. Question: My first question is for President Putin. Many people in Europe now say that the sanctions must be lifted. Does this mean a long process? Vladimir Putin: Thank you for the question.";
    let c = claims_on(text, "2022-02-15", "President of Russia");
    assert_claims(
        &c,
        &["russia ukraine-nato-membership opposes"],
        &["russia sanctions opposes"],
    );
}

#[test]
fn more_of_them_and_more_ukrainians_dying() {
    let c = claims_in_war(
        "President Volodymyr Zelensky said on Tuesday that the Storm Shadow missiles had proved themselves and that Ukraine needed more of them.",
        "2023-10-18",
    );
    assert_claims(&c, &["ukraine long-range-weapons supports"], &[]);
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Thursday that more American money would lead to even more Ukrainians dying.",
        "2023-12-08",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn organising_continuing_and_resuming_talks() {
    let c = claims_in_war(
        "Prime Minister Giorgia Meloni said on Tuesday that Italy was ready to help organise talks.",
        "2025-05-21",
    );
    assert_claims(&c, &["italy peace-talks supports"], &[]);
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Tuesday that the Russian delegation was ready to continue the talks with Ukrainian negotiators.",
        "2022-03-02",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
}
