//! The twentieth session's rules from the folded heldout-20, each on text written for it:
//! - a broadcast script's narrator with a production note ("VO (pictures: the Oval Office):",
//!   "REPORTER (live):") narrates: what it reports is the reported speaker's, not an
//!   interviewer's question;
//! - "deliveries only prolonged the suffering", "each new delivery only dragged the conflict
//!   out": the warning in reported speech refuses the aid;
//! - a block withheld is consent: "would not hold up the sanctions", "had no reason to hold up
//!   the package"; a ceasefire that "does not hold up" fails and says nothing;
//! - "Meeting the High Representative, Kaja Kallas, she said": the name in apposition to a
//!   verb's object is the object too, no antecedent for "she" (after a preposition it stays
//!   one: "it was the turn of Belgium's foreign minister, Maxime Prévot. He said …");
//! - "He recalled that Volodymyr Zelensky had thanked Sweden in Vilnius on Wednesday": a day in
//!   a reported clause in the past perfect dates the thanks, not the speaker's own statement
//!   just before it, which stays on the debate's day, nor the statements after it (the
//!   reporter carries only a day of their own speech act, and "…, a formula Billström called"
//!   is not dated by the past perfect before it);
//! - "a day after Foreign Minister Jean-Noël Barrot, in an interview published on Wednesday,
//!   said …": after a conjunction, a name whose speech verb follows an aside is the clause's
//!   subject;
//! - a statement a news page reproduces in full after a note ("The Ministry of the Armed Forces
//!   issued the statement below on Thursday evening") is the issuer speaking, until "*End of
//!   press release.*" or the page's next heading ("**Reactions**"); France's ministries by their
//!   own names speak for France, and a name that holds one ("the French Ministry for Europe
//!   and Foreign Affairs") is one mention, not two overlapping ones;
//! - "there should be no limit to what we do to help Ukraine" supports; "asked Congress to pass
//!   the supplemental" names the aid; "Tomahawks … were being looked at but no decision had
//!   been made" keeps the question open for the speaker ("they" in the passive are things);
//! - "the sanctions were working" supports them, and "could now support the sanctions" (an
//!   exemption secured) is decided, not hedged;
//! - phrases: talks carried on ("Russia would go on negotiating"), a package's contents ("would
//!   include air-defence equipment"), aid that grows ("would rise to eight billion euros") and
//!   a threshold crossed ("strikes deep into Russia … would cross that threshold");
//! - "would not accept a peace dictated by Russia and would keep supporting Ukraine": the
//!   refusal's object ends where a second predicate of carrying on begins;
//! - a bare title goes back to the last subject that holds the role before the last object
//!   ("Foreign Secretary James Cleverly met Ukrainian Foreign Minister Dmytro Kuleba. The
//!   Foreign Secretary said …" is Cleverly; a possessor counts as a subject: "Emmanuel
//!   Macron's speech, in which the president promised …"), and in reported speech a title the
//!   reporter's side holds and the reporter does not is the reporter's principal ("Jake
//!   Sullivan said the president had not ruled ATACMS out");
//! - what a speaker hopes another will do is the speaker's wish ("she hoped Slovakia would
//!   lift its veto"; "hoped Budapest would now release the blocked EU funds for weapons"); a
//!   peace accord and the freezing of the conflict name the talks; after a dash the writer
//!   comments ("… path to the European Union — a matter of accession, not of weapons");
//! - "a precondition for lifting sanctions, and the EU would keep them in place": "them"
//!   stands for the sanctions, not for lifting them;
//! - "met Minister Rustem Umerov", "received his Ukrainian counterpart Andrii Sybiha": a name
//!   after an honorific or a subject's counterpart is the verb's object, so "The minister said
//!   …" next is the subject ("Séjourné and his Polish counterpart Radosław Sikorski discussed
//!   …" stays a subject);
//! - "said that, if Moscow refused, they would tighten sanctions": a cue in a condition whose
//!   own subject is named is the condition, not the speaker's stance;
//! - "thanked Carney for a new package of drones and armoured vehicles, which Carney
//!   announced during a phone call": a named subject's announcement in a ", which" clause is
//!   that subject's act, and the noun the clause hangs on is its object;
//! - "the windfall profits would service the loan", "the price cap would squeeze Russia's
//!   revenues": what the measure is said to do supports it.

mod common;

use common::{assert_claims, claims_in_war, days_of};

#[test]
fn a_voice_over_with_a_production_note_narrates() {
    let text = "ANCHOR: Good evening. The chancellor was in Kyiv today.\n\nVO (pictures: the station in Kyiv, the presidential office): Olaf Scholz arrived by night train on Monday. At a news conference that afternoon he said Germany would send two more Patriot systems to Ukraine.\n\nREPORTER (live): In Moscow on Monday, Kremlin spokesman Dmitry Peskov said the deliveries would change nothing on the battlefield.";
    let c = claims_in_war(text, "2024-06-11");
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2024-06-10"]);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2024-06-10"]);
}

#[test]
fn deliveries_that_only_prolonged_the_war_are_refused() {
    let c = claims_in_war(
        "In Moscow, Kremlin spokesman Dmitry Peskov said on Friday that the French aircraft would change little and that each new delivery of weapons only dragged the conflict out.",
        "2025-02-08",
    );
    assert_claims(
        &c,
        &["russia military-aid opposes"],
        &["russia military-aid supports"],
    );
    let c = claims_in_war(
        "From Moscow, the foreign ministry's spokeswoman Maria Zakharova said on Wednesday that Rome's arms deliveries to Kyiv only prolonged the conflict.",
        "2024-12-19",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn a_block_withheld_is_consent() {
    let c = claims_in_war(
        "In Prague, Prime Minister Petr Fiala said on Thursday that the Czech Republic would not hold up the sanctions package.",
        "2024-06-21",
    );
    assert_claims(
        &c,
        &["czechia sanctions supports"],
        &["czechia sanctions opposes"],
    );
    let c = claims_in_war(
        "In Bratislava, Prime Minister Robert Fico said on Monday that Slovakia had no reason to hold up the new sanctions either.",
        "2025-06-24",
    );
    assert_claims(
        &c,
        &["slovakia sanctions supports"],
        &["slovakia sanctions opposes"],
    );
    // A ceasefire that does not hold up is no position on anything.
    let c = claims_in_war(
        "Donald Trump said on Saturday that a mere ceasefire often does not hold up.",
        "2025-08-17",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_name_in_apposition_to_a_verb_s_object_is_no_antecedent() {
    let c = claims_in_war(
        "Hungary's new foreign minister, Anita Orbán, went to Brussels on Wednesday. Meeting the Commission President, Ursula von der Leyen, she said Hungary would not block the new sanctions package.",
        "2026-05-14",
    );
    assert_claims(
        &c,
        &["hungary sanctions supports"],
        &["eu sanctions supports"],
    );
    // After a preposition the name in apposition is the next sentence's subject.
    let c = claims_in_war(
        "On Wednesday it was the turn of Belgium's foreign minister, Maxime Prévot. He said Belgium would not support using the frozen assets unless every member state shared the risks.",
        "2025-11-20",
    );
    assert_claims(&c, &["belgium frozen-assets opposes"], &[]);
}

#[test]
fn a_day_in_a_reported_past_perfect_clause_does_not_date_the_reporter() {
    let text = "STOCKHOLM — The Riksdag held a debate on Ukraine on Thursday.\n\nDefence Minister Pål Jonson opened the debate by announcing a thirteenth support package, worth 3.4 billion kronor, made up mainly of artillery ammunition. He recalled that Volodymyr Zelensky had thanked Sweden for the Archer artillery systems in Vilnius on Wednesday.";
    let c = claims_in_war(text, "2023-07-14");
    assert_eq!(days_of(&c, "sweden", "military-aid"), ["2023-07-13"]);
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2023-07-12"]);
    // Nor what the reporter says next, in the paragraph after it.
    let text = format!("{text}\n\nOn the question of jets, Jonson was careful. Sending JAS 39 Gripen fighters was not excluded, he said, but no decision had been taken.");
    let c = claims_in_war(&text, "2023-07-14");
    assert!(
        c.iter()
            .filter(|c| c.actor.as_str() == "sweden")
            .all(|c| c.said_on.to_string() == "2023-07-13"),
        "{c:?}"
    );
    // Nor a speech verb after the past perfect clause ("a formula Billström called …").
    let c = claims_in_war(
        "STOCKHOLM — The Riksdag interrupted its summer recess on Thursday for a debate on Ukraine.\n\nForeign Minister Tobias Billström spoke after him. Ukraine's future lay in NATO, he said. He reminded the chamber that Secretary General Jens Stoltenberg had said in Vilnius on Wednesday that Ukraine would become a member when allies agreed, a formula Billström called \"a promise\".",
        "2023-07-14",
    );
    assert_eq!(
        days_of(&c, "sweden", "ukraine-nato-membership"),
        ["2023-07-13"]
    );
}

#[test]
fn a_speaker_after_a_conjunction_may_have_an_aside_before_the_verb() {
    let c = claims_in_war(
        "The announcement came a day after Foreign Minister Jean-Noël Barrot, in an interview published on Wednesday, said France did not rule out sending troops to Ukraine after a ceasefire.",
        "2025-02-07",
    );
    assert_eq!(days_of(&c, "france", "troops-to-ukraine"), ["2025-02-05"]);
}

#[test]
fn a_statement_reproduced_after_a_note_is_the_issuer_speaking() {
    let statement = "*The Ministry of the Armed Forces issued the statement below on Thursday evening.*\n\n**Delivery of the first Mirage aircraft to Ukraine**\n\nThe first Mirage 2000-5F combat aircraft have today been delivered to Ukraine.";
    let c = claims_in_war(statement, "2025-02-07");
    assert_eq!(days_of(&c, "france", "military-aid"), ["2025-02-06"]);
    // The page's next heading ends the statement: what follows is the page's own.
    let c = claims_in_war(
        &format!(
            "{statement}\n\n**Reactions**\n\nNew sanctions against Russia must be adopted quickly."
        ),
        "2025-02-07",
    );
    assert!(days_of(&c, "france", "sanctions").is_empty(), "{c:?}");
    let c = claims_in_war(
        &format!("{statement}\n\n*End of press release.*\n\nNew sanctions against Russia must be adopted quickly."),
        "2025-02-07",
    );
    assert!(days_of(&c, "france", "sanctions").is_empty(), "{c:?}");
}

#[test]
fn a_ministry_named_inside_a_longer_name_is_one_mention() {
    let c = claims_in_war(
        "Extracts from the daily press briefing of the French Ministry for Europe and Foreign Affairs, held on Wednesday. The French Ministry for Europe and Foreign Affairs said on Wednesday that France would propose new sanctions against Russia.",
        "2022-03-02",
    );
    assert_eq!(days_of(&c, "france", "sanctions"), ["2022-03-02"]);
}

#[test]
fn limits_refused_bills_and_things_in_the_passive() {
    let c = claims_in_war(
        "Asked about Ukraine, the Dutch prime minister Mark Rutte told the Tweede Kamer on Tuesday that there should be no limit to what the Netherlands does to help Ukraine defend itself.",
        "2023-05-27",
    );
    assert_claims(
        &c,
        &["netherlands military-aid supports"],
        &["netherlands military-aid opposes"],
    );
    let c = claims_in_war(
        "Ukraine's allies are running out of time. On Wednesday, President Joe Biden warned that if Putin took Ukraine he would not stop there, and he asked Congress to pass the supplemental without further games.",
        "2023-12-09",
    );
    assert_eq!(days_of(&c, "usa", "military-aid"), ["2023-12-06"]);
    let c = claims_in_war(
        "In Washington, President Donald Trump, asked again about Tomahawk cruise missiles for Ukraine, said on Wednesday that they were being looked at but that no decision had been made.",
        "2026-10-22",
    );
    assert_claims(&c, &["usa long-range-weapons open"], &[]);
}

#[test]
fn sanctions_that_work_and_what_could_now_be_supported() {
    let c = claims_in_war(
        "Dutch Prime Minister Mark Rutte said on Monday the sanctions were working and that Europe had to keep them tight.",
        "2022-05-31",
    );
    assert_eq!(days_of(&c, "netherlands", "sanctions"), ["2022-05-30"]);
    let c = claims_in_war(
        "Orbán said on Tuesday that Hungary had secured its exemption and could now support the sanctions.",
        "2022-05-31",
    );
    assert_claims(
        &c,
        &["hungary sanctions supports"],
        &["hungary sanctions open"],
    );
    // A plain "could" still hedges.
    let c = claims_in_war(
        "Orbán said on Tuesday that Hungary could support the sanctions.",
        "2022-05-31",
    );
    assert_claims(
        &c,
        &["hungary sanctions open"],
        &["hungary sanctions supports"],
    );
}

#[test]
fn talks_carried_on_packages_filled_aid_raised_and_thresholds_crossed() {
    let cases = [
        ("Peskov said on Monday that Russia would go on negotiating with Zelensky's team.", "russia peace-talks supports"),
        ("Meloni said on Tuesday that Italy's sixth package for Ukraine would include air-defence equipment.", "italy military-aid supports"),
        ("Pistorius said on Thursday that Germany could not fill an American gap on its own, but that its military aid to Ukraine would rise to eight billion euros next year.", "germany military-aid supports"),
        ("Putin made clear on Wednesday that strikes deep into Russia with Western long-range missiles would cross that threshold.", "russia long-range-weapons opposes"),
    ];
    for (text, claim) in cases {
        let c = claims_in_war(text, "2024-09-27");
        assert_claims(&c, &[claim], &[]);
    }
}

#[test]
fn a_refusal_s_object_ends_where_carrying_on_begins() {
    let c = claims_in_war(
        "Scholz said on Tuesday that Germany would not accept a peace dictated by Russia and would keep supporting Ukraine with all its strength, financially, with humanitarian aid and with weapons.",
        "2022-09-21",
    );
    assert_claims(
        &c,
        &["germany military-aid supports"],
        &["germany military-aid opposes"],
    );
    // Looking back across the same "and would" still finds the object.
    let c = claims_in_war(
        "Macron said on Thursday that France was discussing all the options for a troop presence in Ukraine with its partners and would not exclude any of them.",
        "2024-12-13",
    );
    assert_claims(&c, &["france troops-to-ukraine open"], &[]);
}

#[test]
fn a_bare_title_is_the_subject_s_before_the_object_s() {
    let c = claims_in_war(
        "Foreign Secretary James Cleverly met Ukrainian Foreign Minister Dmytro Kuleba in London on 12 January 2023. The Foreign Secretary said the UK would keep up the pressure on Putin's regime through sanctions and would continue to provide the military support Ukraine needs.",
        "2023-01-12",
    );
    assert_claims(
        &c,
        &["uk sanctions supports", "uk military-aid supports"],
        &["ukraine military-aid supports"],
    );
    let c = claims_in_war(
        "Volodymyr Zelensky thanked Joe Biden on Thursday for the new package of air defence. Asked about long-range missiles for Ukraine on Thursday evening, national security adviser Jake Sullivan said the president had not ruled ATACMS out and was keeping the question under review.",
        "2023-09-22",
    );
    assert_claims(&c, &["usa long-range-weapons open"], &[]);
}

#[test]
fn hopes_accords_frozen_conflicts_and_asides_after_a_dash() {
    let c = claims_in_war(
        "Kaja Kallas said on Tuesday she hoped Slovakia would lift its veto so the sanctions package could be adopted this week.",
        "2025-07-16",
    );
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2025-07-15"]);
    let c = claims_in_war(
        "Ukraine's Foreign Minister Andrii Sybiha said on Monday he hoped Budapest would now release the blocked EU funds for weapons deliveries to Ukraine.",
        "2026-05-26",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["ukraine military-aid opposes"],
    );
    let c = claims_in_war(
        "President Putin said on Monday that Russia was prepared to work with the Ukrainian side on a memorandum on a possible future peace accord.",
        "2025-05-20",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
    let c = claims_in_war(
        "Kuleba told Li on Tuesday that Ukraine would not accept any proposals involving the loss of its territories or the freezing of the conflict.",
        "2023-05-17",
    );
    assert_claims(&c, &["ukraine peace-talks opposes"], &[]);
    let c = claims_in_war(
        "In Kyiv, Volodymyr Zelensky said on Tuesday he hoped Hungary would stop blocking Ukraine's path to the European Union \u{2014} a matter of accession, not of weapons.",
        "2026-04-16",
    );
    assert!(days_of(&c, "ukraine", "military-aid").is_empty(), "{c:?}");
}

#[test]
fn them_after_lifting_sanctions_stands_for_the_sanctions() {
    let c = claims_in_war(
        "A spokeswoman for the European Commission said on Wednesday that the end of the invasion would be one of the main preconditions for amending or lifting sanctions, and that the EU would keep them in place until then.",
        "2025-03-27",
    );
    assert_claims(&c, &["eu sanctions supports"], &["eu sanctions opposes"]);
}

#[test]
fn a_counterpart_or_minister_met_is_the_object() {
    for object in [
        "Minister Rustem Umerov",
        "his Ukrainian counterpart Rustem Umerov",
    ] {
        let c = claims_in_war(
            &format!("Radosław Sikorski met {object} in Kyiv on 4 September 2024. The minister said that Poland supported lifting restrictions on the use of Western long-range weapons against military targets in Russia."),
            "2024-09-05",
        );
        assert_claims(&c, &["poland long-range-weapons supports"], &[]);
    }
    let c = claims_in_war(
        "French Foreign Minister Stéphane Séjourné and his Polish counterpart Radosław Sikorski discussed support for Ukraine and sanctions when they met in Paris on Monday.",
        "2024-01-23",
    );
    assert_claims(&c, &["poland military-aid supports"], &[]);
}

#[test]
fn a_refusal_in_a_condition_on_another_is_no_stance() {
    let c = claims_in_war(
        "Friedrich Merz, Emmanuel Macron, Keir Starmer and Donald Tusk, on a joint visit to Kyiv on Saturday, called on Russia to agree to an unconditional 30-day ceasefire, and said that, if Moscow refused, they would tighten sanctions on Russia's banking and energy sectors.",
        "2025-05-11",
    );
    assert_claims(
        &c,
        &["germany sanctions supports", "poland sanctions supports"],
        &["germany sanctions opposes", "poland sanctions opposes"],
    );
}

#[test]
fn an_announcement_in_a_which_clause_is_its_subject_s() {
    let c = claims_in_war(
        "President Volodymyr Zelensky thanked Canadian Prime Minister Mark Carney on Thursday for a new package of 200 million Canadian dollars for drones and armoured vehicles, which Carney announced during a phone call between the two leaders.",
        "2026-01-16",
    );
    assert_eq!(days_of(&c, "canada", "military-aid"), ["2026-01-15"]);
}

#[test]
fn profits_that_service_a_loan_and_a_cap_that_squeezes() {
    let c = claims_in_war(
        "Olaf Scholz told German reporters on Thursday that the windfall profits of the frozen Russian assets would service the loan for Ukraine.",
        "2024-06-15",
    );
    assert_eq!(days_of(&c, "germany", "frozen-assets"), ["2024-06-13"]);
    let c = claims_in_war(
        "Treasury Secretary Janet Yellen said on Friday the price cap would squeeze Russia's revenues while keeping oil flowing to world markets.",
        "2022-12-03",
    );
    assert_eq!(days_of(&c, "usa", "sanctions"), ["2022-12-02"]);
}
