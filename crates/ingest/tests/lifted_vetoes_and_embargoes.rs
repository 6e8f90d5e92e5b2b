//! The twenty-fourth session's rules from the folded heldout-24, each on text written for it:
//! - a supporting phrase that denies an opposing one ("would no longer block the package",
//!   "would not hold up the sanctions") weighs as much as an opposing cue, so a judgement of
//!   the old course later in the sentence does not turn it ("further obstruction would be
//!   counterproductive"); before a "but" that opposes, it gives way ("We will not block what
//!   others want to say, but Hungary does not support …");
//! - ending the purchases is the embargo: "would stop importing Russian coal", "would end
//!   imports of Russian coal and oil" support the sanctions; not stopping them opposes;
//! - tabling a package proposes it ("the Commission will table a new sanctions package");
//! - "would only drag out the war" warns against what drags it out;
//! - "took no questions on sanctions" is no position on them;
//! - on an actor's own page, a day that ends a fronted phrase of the sentence before ("During
//!   the talks in the Kremlin on March 21, President Putin said …") dates the next statement
//!   in its paragraph ("President Xi reaffirmed …"), unless that sets a period of its own
//!   ("Since 2024, the EU has transferred …");
//! - a release's own event may be dated in its first sentence ("Federal Chancellor Friedrich
//!   Merz received the President of Ukraine … on Wednesday, 28 May") or in the next one that
//!   says when it took place ("The talks took place in Sochi on 5 August"), not by a
//!   possessive day ("NATO condemns yesterday's strike"); a later paragraph on the
//!   publication day does not cancel it;
//! - a rejected alternative after a comma, inside quotation marks too, is no stance ("wants a
//!   clear invitation to join NATO, \"not another promise of an open door\"");
//! - going on opposing is opposing ("will keep opposing Ukraine's membership");
//! - a rule against the proposition, ended, supports it ("dropping a long-held rule against
//!   supplying lethal arms");
//! - pushing someone "into talks" is about the peace talks;
//! - a standfirst that names two sittings ("Sittings of Tuesday 21 and Wednesday 22 November
//!   2023") records no single one: the day headings under it date their sections;
//! - a brief's day code in capitals before a time ("SAT 19:10 - BERLIN.") names its day, as
//!   "Sat 19:10" does;
//! - helping Ukraine defend itself is arming it, also "against Russia"; entering talks is
//!   taking part in them, holding none refuses them; "would only deepen the suffering" warns;
//! - a host "ready to host as many rounds as the parties needed" supports the talks;
//! - "he" after a first-person speaker's "I spoke with President Zelensky" stands for the
//!   person spoken with, not the last third-person subject before; so does "he" in a
//!   paragraph whose bold run-in heading names a person ("**M is for Merz.** As chancellor,
//!   he told reporters …").

mod common;

use common::{assert_claims, claims_in_war, claims_of, claims_on, days_of};

#[test]
fn a_lifted_veto_outweighs_a_judgement_of_the_old_course() {
    let c = claims_in_war(
        "On Thursday Slovak Prime Minister Robert Fico announced that Slovakia would no longer block the sanctions package, saying that further obstruction would be \"counterproductive\" for his country's interests.",
        "2025-07-21",
    );
    assert_claims(
        &c,
        &["slovakia sanctions supports"],
        &["slovakia sanctions opposes"],
    );
}

#[test]
fn a_denial_of_blocking_gives_way_to_the_refusal_after_but() {
    let c = claims_in_war(
        "Asked whether Hungary would block the summit's language on Ukraine's membership of NATO, Prime Minister Viktor Orbán said on Wednesday: \"We will not block what others want to say, but Hungary does not support Ukraine's membership of NATO.\"",
        "2024-07-11",
    );
    assert_claims(
        &c,
        &["hungary ukraine-nato-membership opposes"],
        &["hungary ukraine-nato-membership supports"],
    );
}

#[test]
fn ending_the_purchases_of_russian_energy_supports_the_sanctions() {
    let c = claims_in_war(
        "Chancellor Olaf Scholz, visiting London on Friday, said Germany would stop importing Russian coal by the autumn.\n\nPrime Minister Boris Johnson said Britain would end imports of Russian coal and oil by the end of the year.",
        "2022-04-09",
    );
    assert_claims(
        &c,
        &["germany sanctions supports", "uk sanctions supports"],
        &[],
    );
    let c = claims_in_war(
        "Hungary will not stop buying Russian gas, Foreign Minister Péter Szijjártó said on Friday.",
        "2022-04-09",
    );
    assert_claims(
        &c,
        &["hungary sanctions opposes"],
        &["hungary sanctions supports"],
    );
}

#[test]
fn tabling_a_package_proposes_it() {
    let c = claims_in_war(
        "EU foreign policy chief Kaja Kallas told a closing panel on Sunday that the Commission will table a new sanctions package against Russia within weeks.",
        "2026-02-15",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
}

#[test]
fn dragging_out_the_war_is_a_warning_and_taking_no_questions_no_position() {
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Friday that Western weapons deliveries to Ukraine would only drag out the war.",
        "2024-03-16",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov called the reports a provocation and took no questions on sanctions.",
        "2022-04-09",
    );
    assert_claims(&c, &[], &["russia sanctions opposes"]);
}

#[test]
fn a_day_fronting_the_sentence_before_dates_the_next_statement_on_an_own_page() {
    let page = "---\ntitle: \"Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 22, 2023\"\nsource: Ministry of Foreign Affairs of the Russian Federation\npublished: 2023-03-23\n---\n\n*Unofficial translation. The full text was posted on March 22.*\n\nThe state visit of the Chinese President to Russia concluded today. During the talks in the Kremlin on March 21, President Vladimir Putin said that Russia was ready for peace talks with Ukraine. President Xi Jinping reaffirmed China's principled position in favour of peace talks and of a political settlement of the crisis.\n";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "china", "peace-talks"), ["2023-03-21"]);
    // A sentence that sets a period of its own keeps the release's day.
    let text = "The Commission today proposed a reparations loan for Ukraine.\n\nOn 23 October 2025, the European Council invited the Commission to present options. Since 2024, the EU has transferred the windfall profits from the immobilised Russian assets to Ukraine to buy weapons.";
    let c = claims_on(text, "2025-12-03", "European Commission");
    assert_eq!(days_of(&c, "eu", "military-aid"), ["2025-12-03"], "{c:#?}");
}

#[test]
fn a_release_dates_its_own_event_in_its_first_sentences() {
    let text = "*Press release. Berlin, 29 May 2025.*\n\nFederal Chancellor Friedrich Merz received the President of Ukraine, Volodymyr Zelensky, at the Federal Chancellery on Wednesday, 28 May, with military honours. It was the President's first visit to Berlin this year.\n\nGermany will finance the production of long-range weapon systems in Ukraine.\n\nOn Thursday, 29 May, the government spokesperson said that no further details would be given.";
    let c = claims_on(text, "2025-05-29", "Die Bundesregierung - Press release");
    assert_eq!(days_of(&c, "germany", "long-range-weapons"), ["2025-05-28"]);
    let text = "Vladimir Putin held talks with President of the Republic of Türkiye Recep Tayyip Erdoğan, who came to Russia on a working visit. The talks took place in Sochi on 5 August and continued over a working dinner.\n\nIt was noted that the illegitimate restrictions imposed by Western countries on Russian agricultural exports must be lifted without delay.";
    let c = claims_on(text, "2022-08-06", "President of Russia");
    assert_eq!(days_of(&c, "russia", "sanctions"), ["2022-08-05"]);
    // A possessive day is the other party's act: the statement is the release's own.
    let text = "Statement by the NATO Spokesperson on the missile attack on Dnipro\n\nNATO condemns yesterday's strike by Russia on the city of Dnipro. This will not deter allies from supporting Ukraine. Allies will continue to provide Ukraine with the air defence and other military assistance it needs to defend itself.";
    let c = claims_on(text, "2024-11-22", "NATO");
    assert_eq!(days_of(&c, "nato", "military-aid"), ["2024-11-22"]);
}

#[test]
fn a_rejected_alternative_in_quotation_marks_is_no_stance() {
    let c = claims_in_war(
        "Ukraine's Foreign Minister Andrii Sybiha told a side event on Saturday that Ukraine wants a clear invitation to join NATO, \"not another promise of an open door\".",
        "2026-02-15",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["ukraine ukraine-nato-membership opposes"],
    );
}

#[test]
fn going_on_opposing_is_opposing() {
    let c = claims_in_war(
        "Hungarian Foreign Minister Péter Szijjártó said on Friday that Hungary will keep opposing Ukraine's membership of NATO \"as long as this government is in office\".",
        "2026-02-15",
    );
    assert_claims(
        &c,
        &["hungary ukraine-nato-membership opposes"],
        &["hungary ukraine-nato-membership supports"],
    );
}

#[test]
fn an_ended_rule_against_the_proposition_supports_it() {
    let c = claims_in_war(
        "On Saturday the German government said it would send 1,000 anti-tank weapons and 500 Stinger missiles to Ukraine, dropping a long-held rule against supplying lethal arms to conflict zones.",
        "2022-02-28",
    );
    assert_claims(
        &c,
        &["germany military-aid supports"],
        &["germany military-aid opposes"],
    );
}

#[test]
fn pushing_kyiv_into_talks_is_about_the_peace_talks() {
    let c = claims_in_war(
        "Prime Minister Boris Johnson said on Thursday that it was not the moment to push Kyiv into talks.",
        "2022-07-01",
    );
    assert_claims(&c, &["uk peace-talks opposes"], &[]);
}

#[test]
fn a_standfirst_naming_two_sittings_leaves_the_days_to_the_headings() {
    let text = "*Our weekly report from the National Council. Sittings of Tuesday 21 and Wednesday 22 November 2023.*\n\n**Tuesday 21 November**\n\nOpening the debate on his government's programme, Prime Minister Robert Fico told deputies that Slovakia would not send a single weapon from the army's stocks to Ukraine.\n\n**Wednesday 22 November**\n\nForeign Minister Juraj Blanár said Slovakia would not support any new sanctions that damaged the Slovak economy.";
    let c = claims_on(text, "2023-11-24", "");
    assert_eq!(days_of(&c, "slovakia", "military-aid"), ["2023-11-21"]);
    assert_eq!(days_of(&c, "slovakia", "sanctions"), ["2023-11-22"]);
}

#[test]
fn a_day_code_in_capitals_before_a_time_names_its_day() {
    let text = "WEEKEND FILE - compiled Sunday 27 February, 18:00 CET. Items filed on Saturday are marked SAT, items filed today SUN.\n\nSAT 20:45 - THE HAGUE. The Netherlands will send 200 Stinger missiles to Ukraine \"as quickly as possible\", Defence Minister Kajsa Ollongren wrote in a letter to parliament.\n\nSUN 15:00 - STOCKHOLM. Prime Minister Magdalena Andersson announced that Sweden would send 5,000 anti-tank weapons to Ukraine.";
    let c = claims_on(text, "2022-02-27", "");
    assert_eq!(days_of(&c, "netherlands", "military-aid"), ["2022-02-26"]);
    assert_eq!(days_of(&c, "sweden", "military-aid"), ["2022-02-27"]);
}

#[test]
fn helping_ukraine_defend_itself_entering_and_holding_no_talks() {
    let c = claims_in_war(
        "Biden said on Thursday that the United States would keep helping Ukraine defend itself against Russia \"for as long as it takes\".",
        "2023-09-22",
    );
    assert_claims(
        &c,
        &["usa military-aid supports"],
        &["usa military-aid opposes"],
    );
    let c = claims_in_war(
        "President Volodymyr Zelensky said on Saturday that Ukraine would not enter talks with Russia now.\n\nHe also said that Ukraine would not hold negotiations with Russia as long as Putin was president.",
        "2023-11-10",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine peace-talks supports"],
    );
    let c = claims_in_war(
        "Kremlin spokesman Dmitry Peskov said on Thursday that continued deliveries of weapons to Ukraine would \"only deepen the suffering of the Ukrainian people\".",
        "2022-12-22",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn a_host_ready_for_as_many_rounds_supports_the_talks() {
    let c = claims_in_war(
        "Turkey's Foreign Minister Hakan Fidan said on Monday that Türkiye was ready to host as many rounds as the parties needed.",
        "2026-11-21",
    );
    assert_claims(&c, &["turkey peace-talks supports"], &[]);
}

#[test]
fn he_after_i_spoke_with_is_the_person_spoken_with() {
    let text = "Statement on the ninth package of sanctions against Russia\n\nHigh Representative Josep Borrell proposed this increase to the foreign ministers on Monday.\n\nI spoke with President Zelensky yesterday. He told me that Ukraine welcomed the new package of sanctions.";
    let c = claims_on(text, "2022-12-07", "ec.europa.eu");
    assert_claims(
        &c,
        &["ukraine sanctions supports"],
        &["eu sanctions supports"],
    );
}

#[test]
fn he_under_a_bold_heading_naming_a_person_is_that_person() {
    let text = "**K is for Kremlin.** On 18 February 2025 Dmitry Peskov said Ukraine in NATO would be \"a direct threat\" to Russia.\n\n**M is for Merz.** As opposition leader in 2024 he called for a clear timetable. As chancellor, he told reporters in Berlin on 28 August 2025 that Germany would not support an invitation while the war continued.";
    let c = claims_on(text, "2026-04-04", "");
    assert_claims(&c, &["germany ukraine-nato-membership opposes"], &[]);
    assert_eq!(
        days_of(&c, "russia", "ukraine-nato-membership"),
        ["2025-02-18"]
    );
}
