//! The thirtieth session's rules from the folded heldout-30, each on text written for it:
//! - a speech given in passages under a note that names who gave it ("Keir Starmer spoke to the
//!   Lancaster House summit on Sunday … Below are the main passages") is that person speaking,
//!   paragraph by paragraph; the page's own bracketed notes between the passages are not;
//! - a headline naming the question by a name that needs no context ("Ankara's offer to host
//!   peace talks") puts the whole story in that question's context ("backed the Ankara
//!   conference and any talks that could end the fighting");
//! - "no talks with" is a refusal of talks, the cue "no" opening its own term ("there can be no
//!   talks with a regime that bombs hospitals");
//! - not renouncing an aim is keeping it ("would not renounce its aim of joining NATO" wants
//!   membership; before, the negated "renounce" made it open);
//! - Moscow's charge with the recipient first ("are pumping the Kiev regime with weapons")
//!   opposes the arms, like "pumping weapons into";
//! - weapons used "on Russian soil" are long-range weapons, like "on Russian territory";
//! - "some restrictions" lifted are the limits on the weapons' use in a story on them;
//! - a sum of money between a verb of giving and its object ("pledged a further 400 million
//!   Canadian dollars in military aid") leaves the object the verb's own, over a term of the
//!   clause coordinated before it;
//! - a letter to the editor whose signature ends with a date ("*Oleksii Makeiev, Ambassador
//!   of Ukraine to Germany, Berlin, 11 March 2024*") was written that day;
//! - a colonel, a lieutenant, a sergeant or an admiral speaks for no actor: "…, and a retired
//!   colonel told local radio the missile should never have been fired" is not given to the
//!   name of the clause before ("until Kyiv apologised");
//! - not slowing the deliveries keeps them going ("would not slow its deliveries of military
//!   equipment to Ukraine");
//! - lifting "the restrictions imposed on Russian banks" is lifting sanctions, not the limits on
//!   weapons that "lift the restrictions" supports elsewhere;
//! - helping to facilitate talks supports them ("ready to help facilitate talks on Ukraine");
//! - a call for steps "that do not prolong or escalate the conflict" refuses nothing, and takes
//!   no stance from the sentence before;
//! - a mission's purpose inside a question is no part of what was asked ("Asked whether German
//!   soldiers could take part in monitoring a ceasefire, Merz said he did not rule it out" is
//!   about the soldiers, not the ceasefire);
//! - a person's request voices itself in narration too, even after its auxiliary ("…, he added,
//!   and Zelensky had asked him for additional Patriot interceptors" is Zelensky's), but not a
//!   condition ("If Poland asked to send its own Leopards, she said, …");
//! - since the invasion, a party to the war (Russia, Ukraine) speaking of talks speaks of this
//!   war's, with no word naming Ukraine near ("Russia was ready for negotiations and for a
//!   peaceful settlement"); before it, for anyone else, for arms and for a term the cue holds
//!   ("We keep talking about import substitution") a context word is still needed;
//! - "made no statement about talks or weapons" and "no comment on" refuse nothing;
//! - a list after ", including" may qualify its term with one more word ("presented a winter
//!   protection package for Ukraine, including additional air defence systems");
//! - "informs" and "briefs" report like "tells" ("Antony Blinken informs his Danish and Dutch
//!   counterparts in writing that the United States approves the transfer of F-16s");
//! - the G7's loan of 2024 is the frozen assets' use: it is repaid from their proceeds ("would
//!   provide up to 35 billion euros of the G7 loan");
//! - pressing the Union to act supports the act ("Poland was pressing the European Union to
//!   prepare a ninth package of sanctions");
//! - signing up to a measure and applying it support it ("Canada would apply the cap as well";
//!   "would not sign up to it" refuses); what "would not be accepted by Russia" is opposed;
//!   the removal of restrictions on Russian banks is the sanctions' end;
//! - "It was also emphasised that …" is speech with nobody named, like "It was emphasised":
//!   on an actor's own page, the actor speaking;
//! - never signing a deal that bars Ukraine from NATO wants membership ("would never sign a
//!   deal that barred it from NATO"); "never sign away Crimea" is no such refusal.

mod common;

use common::{assert_claims, claims_of, claims_on, days_of, speakers_of};

#[test]
fn a_speech_in_passages_is_the_speaker_named_in_its_note() {
    let c = claims_of(
        "---\ntitle: \"The Lancaster House speech, annotated\"\nsource: The Lectern\npublished: 2025-03-03\n---\n\n\
         *Keir Starmer spoke to the leaders gathered at Lancaster House on Sunday, 2 March 2025. Below are the main passages, with our notes in brackets.*\n\n\
         Thank you all for coming at such short notice.\n\n\
         Sanctions on Russia must be tightened, and every loophole closed.\n\n\
         [Editor's note: Friedrich Merz, then leader of the opposition in Germany, had said the week before that Europe must use the frozen assets; he did not yet speak for the government.]\n\n\
         The frozen Russian assets must be used for Ukraine's defence, because the aggressor must pay.\n",
    );
    assert_claims(
        &c,
        &["uk sanctions supports", "uk frozen-assets supports"],
        &["germany frozen-assets supports"],
    );
    assert!(speakers_of(&c, "uk").iter().all(|s| *s == "Keir Starmer"));
    assert_eq!(days_of(&c, "uk", "sanctions"), ["2025-03-02"]);
}

#[test]
fn passages_without_a_named_speaker_stay_unattributed() {
    // The note names no one who gave the speech: the passages have no speaker.
    let c = claims_of(
        "---\ntitle: \"A speech, annotated\"\nsource: The Lectern\npublished: 2025-03-03\n---\n\n\
         *A speech was given at Lancaster House on Sunday, 2 March 2025. Below are the main passages.*\n\n\
         Sanctions on Russia must be tightened, and every loophole closed.\n",
    );
    assert_claims(&c, &[], &["uk sanctions supports"]);
}

#[test]
fn a_headline_naming_peace_talks_sets_the_context_of_talks() {
    let c = claims_of(
        "---\ntitle: Ankara's offer to host peace talks draws a divided week of answers\nsource: The Courier\npublished: 2026-05-15\n---\n\n\
         *An invented continuation for a test corpus.*\n\n\
         When Turkey's foreign minister offered his city as a venue on Monday, diplomats in Europe were still at their desks.\n\n\
         In Bratislava, Prime Minister Robert Fico said on Tuesday that Slovakia backed the Ankara conference and any talks that could end the fighting.\n",
    );
    assert_claims(&c, &["slovakia peace-talks supports"], &[]);
    assert_eq!(days_of(&c, "slovakia", "peace-talks"), ["2026-05-12"]);
}

#[test]
fn any_talks_need_their_context_under_another_headline() {
    // The same sentence under a headline that names no question has no topic.
    let c = claims_of(
        "---\ntitle: A divided week of answers\nsource: The Courier\npublished: 2026-05-15\n---\n\n\
         *An invented continuation for a test corpus.*\n\n\
         When Turkey's foreign minister offered his city as a venue on Monday, diplomats in Europe were still at their desks.\n\n\
         In Bratislava, Prime Minister Robert Fico said on Tuesday that Slovakia backed the Ankara conference and any talks that could end the fighting.\n",
    );
    assert_claims(&c, &[], &["slovakia peace-talks supports"]);
}

#[test]
fn no_talks_with_refuses_talks() {
    let c = claims_of(
        "---\ntitle: Kyiv rules out contacts\nsource: The Courier\npublished: 2023-04-06\n---\n\n\
         Ukraine's foreign minister, Dmytro Kuleba, said on Wednesday that there could be no talks with a regime that bombs hospitals.\n",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine peace-talks supports"],
    );
}

#[test]
fn not_renouncing_an_aim_keeps_it() {
    let c = claims_of(
        "---\ntitle: Kyiv answers the plan\nsource: The Courier\npublished: 2025-11-26\n---\n\n\
         Andrii Sybiha said on Monday that Ukraine would never renounce its aim of joining NATO, whatever the plan says.\n",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["ukraine ukraine-nato-membership open"],
    );
}

#[test]
fn pumping_the_recipient_with_weapons_is_moscows_charge() {
    let c = claims_on(
        "Vladimir Putin said that Western states were pumping the Kiev regime with weapons and training the Ukrainian military.",
        "2022-12-02",
        "President of Russia",
    );
    assert_claims(
        &c,
        &["russia military-aid opposes"],
        &["russia military-aid supports"],
    );
}

#[test]
fn weapons_used_on_russian_soil_are_long_range_weapons() {
    let c = claims_of(
        "---\ntitle: Rome draws a line\nsource: The Courier\npublished: 2024-06-01\n---\n\n\
         Antonio Tajani said it clearly on Wednesday: Italy is not at war with Russia, and Italian weapons sent to Ukraine will not be used on Russian soil.\n",
    );
    assert_claims(
        &c,
        &["italy long-range-weapons opposes"],
        &["italy military-aid opposes"],
    );
}

#[test]
fn some_restrictions_lifted_are_the_limits_on_the_weapons() {
    let c = claims_of(
        "---\ntitle: Stoltenberg and the limits on Western missiles for Ukraine\nsource: The Courier\npublished: 2024-05-27\n---\n\n\
         Jens Stoltenberg said on Friday that allies should consider lifting some restrictions, because Ukraine has the right to defend itself.\n",
    );
    assert_claims(&c, &["nato long-range-weapons supports"], &[]);
}

#[test]
fn a_sum_before_the_object_keeps_the_object_the_verbs() {
    let c = claims_of(
        "---\ntitle: G7 at Evian\nsource: The Courier\npublished: 2026-06-17\n---\n\n\
         Canada's prime minister, Mark Carney, announced on Monday that Canada was sanctioning another eighty vessels of Russia's shadow fleet, and pledged a further 400 million Canadian dollars in military aid for Ukraine.\n",
    );
    assert_claims(
        &c,
        &["canada military-aid supports", "canada sanctions supports"],
        &[],
    );
}

#[test]
fn a_letter_signed_with_a_date_is_of_that_date() {
    let c = claims_of(
        "---\ntitle: \"Letters: the missile debate\"\nsource: The Courier\npublished: 2024-03-13\n---\n\n\
         **The missiles would save lives**\n\n\
         Sir, Ukraine asks Germany to deliver Taurus cruise missiles, because they would allow our forces to hit the depots from which Russia attacks our cities.\n\n\
         *Oleksii Makeiev, Ambassador of Ukraine to Germany, Berlin, 11 March 2024*\n\n\
         **A reply**\n\n\
         Sir, Germany will continue to support Ukraine with weapons and ammunition for as long as necessary.\n\n\
         *Steffen Hebestreit, spokesman of the federal government, Berlin*\n",
    );
    assert_eq!(days_of(&c, "ukraine", "long-range-weapons"), ["2024-03-11"]);
    // A signature without a date leaves the letter on the day the page prints it.
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2024-03-13"]);
}

#[test]
fn a_colonel_speaks_for_no_actor() {
    let c = claims_on(
        "An opposition deputy demanded that Poland stop all arms transfers until Kyiv apologised, and a retired colonel told local radio that Ukraine should get more weapons.",
        "2022-11-17",
        "The Lublin Courier",
    );
    assert_claims(&c, &[], &["ukraine military-aid supports"]);
}

#[test]
fn not_slowing_the_deliveries_keeps_them_going() {
    let c = claims_on(
        "Mateusz Morawiecki said on Thursday that the government would not slow its deliveries of military equipment to Ukraine, whatever the investigation showed.",
        "2022-11-18",
        "The Lublin Courier",
    );
    assert_claims(
        &c,
        &["poland military-aid supports"],
        &["poland military-aid opposes"],
    );
}

#[test]
fn lifting_the_restrictions_imposed_on_russian_banks_opposes_sanctions() {
    let c = claims_on(
        "The Russian side pointed to the need to lift the restrictions imposed on Russian banks, insurers and shipping companies which prevent grain deliveries.",
        "2022-12-02",
        "President of Russia",
    );
    assert_claims(
        &c,
        &["russia sanctions opposes"],
        &["russia long-range-weapons supports"],
    );
}

#[test]
fn facilitating_talks_supports_them() {
    let c = claims_on(
        "Giorgia Meloni told the President on Monday that Italy was ready to help facilitate talks on Ukraine, including at the Vatican.",
        "2025-05-21",
        "The Courier",
    );
    assert_claims(&c, &["italy peace-talks supports"], &[]);
}

#[test]
fn steps_that_do_not_prolong_the_conflict_refuse_nothing() {
    let c = claims_on(
        "President of China Xi Jinping: Dear President Putin, dear friends,\n\n\
         On the Ukrainian crisis, we support the early start of peace talks.\n\n\
         *From the Joint Statement signed on March 21:*\n\n\
         The parties oppose unilateral sanctions that bypass the UN Security Council. The parties call for steps that do not prolong or escalate the conflict.",
        "2023-03-22",
        "kremlin.ru",
    );
    assert_claims(
        &c,
        &["china sanctions opposes", "china peace-talks supports"],
        &["china sanctions open"],
    );
}

#[test]
fn a_missions_purpose_is_no_part_of_the_question() {
    let c = claims_on(
        "Asked by a CDU backbencher whether German soldiers could take part in monitoring a ceasefire in Ukraine, Friedrich Merz said he did not rule it out.",
        "2026-03-19",
        "The Courier",
    );
    assert_claims(
        &c,
        &["germany troops-to-ukraine open"],
        &["germany peace-talks open"],
    );
}

#[test]
fn a_persons_request_in_narration_is_theirs() {
    let c = claims_on(
        "Friedrich Merz said he had spoken to Volodymyr Zelensky on Monday, and Zelensky had asked him for additional Patriot interceptors before the spring.",
        "2026-03-19",
        "The Courier",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["germany military-aid supports"],
    );
}

#[test]
fn a_party_to_the_war_speaks_of_this_wars_talks() {
    let said = |published: &str, who: &str| {
        claims_on(
            &format!("{who} told the annual press conference on Friday that his side was ready for negotiations and for a peaceful settlement."),
            published,
            "The Courier",
        )
    };
    assert_claims(
        &said("2025-12-20", "Vladimir Putin"),
        &["russia peace-talks supports"],
        &[],
    );
    // Before the invasion the talks may be another question's; others need a context word.
    assert_claims(
        &said("2021-12-25", "Vladimir Putin"),
        &[],
        &["russia peace-talks supports"],
    );
    assert_claims(
        &said("2025-12-20", "Mark Rutte"),
        &[],
        &["nato peace-talks supports"],
    );
}

#[test]
fn no_statement_about_weapons_refuses_nothing() {
    let c = claims_on(
        "Dmitry Peskov spoke to reporters on Friday. He made no statement about talks or weapons for Ukraine.",
        "2023-06-10",
        "The Courier",
    );
    assert_claims(
        &c,
        &[],
        &["russia military-aid opposes", "russia peace-talks opposes"],
    );
}

#[test]
fn a_qualified_term_after_including_is_the_cues_object() {
    let c = claims_on(
        "Yesterday, German Foreign Minister Annalena Baerbock presented a winter protection package for Ukraine, including additional air defence systems and generators.",
        "2023-11-29",
        "The Courier",
    );
    assert_claims(&c, &["germany military-aid supports"], &[]);
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2023-11-28"]);
}

#[test]
fn informs_reports_like_tells() {
    let c = claims_on(
        "**17 August.** Secretary of State Antony Blinken informs his Danish and Dutch counterparts in writing that the United States approves the transfer of F-16s to Ukraine.",
        "2023-08-25",
        "The Courier",
    );
    assert_claims(&c, &["usa military-aid supports"], &[]);
}

#[test]
fn the_g7_loan_is_the_frozen_assets_use() {
    let c = claims_on(
        "Ursula von der Leyen confirmed on Thursday that the European Union would provide up to 35 billion euros of the G7 loan for Ukraine.",
        "2024-10-18",
        "The Courier",
    );
    assert_claims(&c, &["eu frozen-assets supports"], &[]);
}

#[test]
fn pressing_the_union_to_act_supports_the_act() {
    let c = claims_on(
        "Foreign Minister Zbigniew Rau told reporters on Wednesday that Poland was pressing the European Union to prepare a ninth package of sanctions against Russia without delay.",
        "2022-11-17",
        "The Courier",
    );
    assert_claims(&c, &["poland sanctions supports"], &[]);
}

#[test]
fn a_party_to_the_war_still_needs_context_for_arms_and_for_a_term_its_cue_holds() {
    let c = claims_on(
        "We keep talking about import substitution.",
        "2022-06-17",
        "President of Russia",
    );
    assert_claims(&c, &[], &["russia peace-talks supports"]);
    let c = claims_on(
        "After that, they asked us to provide them with military assistance against the state that attacked them.",
        "2022-04-26",
        "President of Russia",
    );
    assert_claims(&c, &[], &["russia military-aid opposes"]);
}

#[test]
fn signing_up_applying_and_refusing_to_accept() {
    let c = claims_on(
        "In Ottawa, Foreign Minister Melanie Joly said on Friday that Canada would apply the price cap on Russian oil as well.",
        "2022-12-05",
        "The Courier",
    );
    assert_claims(&c, &["canada sanctions supports"], &[]);
    let c = claims_on(
        "Belgium's Foreign Minister Maxime Prevot said on Wednesday that Belgium would not sign up to the reparations loan built on the frozen Russian assets in its current form.",
        "2025-12-03",
        "The Courier",
    );
    assert_claims(
        &c,
        &["belgium frozen-assets opposes"],
        &["belgium frozen-assets supports"],
    );
    let c = claims_on(
        "Sergey Lavrov said on Thursday that any deployment of European troops in Ukraine would not be accepted by Russia.",
        "2025-03-07",
        "The Courier",
    );
    assert_claims(&c, &["russia troops-to-ukraine opposes"], &[]);
}

#[test]
fn the_removal_of_restrictions_on_russian_banks_ends_sanctions() {
    let c = claims_on(
        "The Russian side called for the removal of restrictions on Russian banks and companies.",
        "2025-03-18",
        "President of Russia",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
}

#[test]
fn it_was_also_emphasised_is_the_pages_actor() {
    let c = claims_on(
        "It was also emphasised that the continued pumping of Western weapons into Ukraine only prolongs the conflict.",
        "2022-08-06",
        "President of Russia",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn never_signing_a_deal_that_bars_ukraine_from_nato_wants_membership() {
    let c = claims_on(
        "The head of his office, Kyrylo Budanov, told journalists on Wednesday that Ukraine would never sign a deal that barred it from NATO.",
        "2026-07-09",
        "The Courier",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["ukraine ukraine-nato-membership opposes"],
    );
}
