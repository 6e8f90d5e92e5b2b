//! The twenty-first session's rules from the folded heldout-21, each on text written for it:
//! - a sitting's opening note that names the event behind it ("the session held on
//!   Wednesday, 8 January 2025, called by the opposition after Ukraine stopped the transit on
//!   New Year's Day") dates the speeches of the sitting, not by the background event's day
//!   ("called by" with its agent is no speech);
//! - a heading in emphasis that names the author of the text under it ("**Remarks by High
//!   Representative Kaja Kallas at the press conference …, Monday 23 February 2026**
//!   (excerpt)") makes the paragraphs under it that author's, dated by the heading's day, to
//!   the next heading;
//! - in a speaker's own words, a request's subject voices it ("He asked us for more air
//!   defence …, and I told him we are working on it" is the one who asked, not "I");
//! - a speech verb after "but" shares the clause's subject ("Fico said he would lift his
//!   reservation only if the EU addressed energy prices, but said he was not against
//!   sanctions": Fico, not the EU);
//! - "He said Slovakia had lost transit fees and that President Zelensky had acted against
//!   the EU's interests. He repeated …": a pronoun subject embeds the clauses it reports as a
//!   name does, so the next "he" is still the speaker, not the name inside the report;
//! - terms: "a single cartridge" is aid, "prepare the ground for talks" and "how to reach a
//!   peace" name the talks, and the alliance by its full name ("accession to the North
//!   Atlantic Treaty Organisation") its membership, and Beijing's "all efforts conducive to
//!   peace" the talks;
//! - what is no stance: protection "against Russian drone attacks", a claim
//!   rejected ("Poland rejects this statement as disinformation"), another country's
//!   accession welcomed ("welcomed Sweden's accession" is not Ukraine's membership);
//! - a narrower topic does not win past a participle's own report ("must step up deliveries
//!   of air defence to Ukraine, warning that Russia was stockpiling missiles" is the aid);
//! - "A spokesman for Prime Minister Keir Starmer said …. The spokesman added …": a bare
//!   spokesperson is the last spokesperson named who speaks for someone;
//! - "I ask partners to deliver what they have promised": the one asked is the request's
//!   object, not a third party whose stance the speaker reports;
//! - a weekday five to ten words after "would", with no speech verb or clause break between,
//!   is the plan's day ("said he would ask President Biden at the White House on Thursday to
//!   lift the restrictions"), not the day the plan was told;
//! - a judgement after a copula is about its subject even when its complement names another
//!   topic ("NATO membership for Ukraine was \"not a realistic outcome of a negotiated
//!   settlement\"", "membership was off the table in the current peace efforts"), unless the
//!   cue governs an object or agent of its own ("Britain is ready to put forces …") or the
//!   subject stands across a comma ("If there is a peace deal, Britain is ready …");
//! - a text wrapped at a fixed width reads its soft wraps as spaces ("France's Jean-Noël\nBarrot
//!   said …" is a name and a speech verb);
//! - a thanks that names nothing it is for, after a sentence on another topic, is thanks for
//!   that ("The EU adopted its eleventh package of sanctions on Friday. In Kyiv, Dmytro Kuleba
//!   thanked the 27 governments": the sanctions);
//! - phrases: a package presented ("would present its sixteenth military aid package"),
//!   sanctions extended ("expected the EU to extend its sanctions"), a partner counted on
//!   ("counts on Canada's leadership on sanctions"), a price cap lowered ("would lower its own
//!   price cap"), a decision called historic, not a crown paid ("will not pay a single crown
//!   for weapons for Ukraine"), listings "against" their target (also down a list: "as well as
//!   against", "in particular against"), a refusal to say that refuses nothing, and none sent ("would send \"not a single
//!   round\" of ammunition").

mod common;

use common::{assert_claims, claims_in_war, claims_on, days_of, speakers_of, triples};

#[test]
fn the_event_behind_a_sitting_does_not_date_its_speeches() {
    let text = "*This report covers the emergency session of the Sejm held on Tuesday, 3 March 2026, called by the opposition after the drone strike near Rzeszów on Sunday, 1 March, the worst of the war in Ukraine so far. Speeches are translated from Polish.*\n\n**The government.** Foreign Minister Radosław Sikorski told deputies that Poland would keep sending weapons to Ukraine.\n\n**Defence.** Defence Minister Władysław Kosiniak-Kamysz said Poland would not send troops to Ukraine.";
    let c = claims_on(text, "2026-03-04", "");
    assert_eq!(days_of(&c, "poland", "military-aid"), ["2026-03-03"]);
    assert_eq!(days_of(&c, "poland", "troops-to-ukraine"), ["2026-03-03"]);
}

#[test]
fn remarks_under_an_authored_heading_are_the_author_s_on_its_day() {
    let text = "Brussels, 24 February 2026\n\nThe European Union will continue to stand by Ukraine.\n\n---\n\n**Remarks by High Representative Kaja Kallas at the press conference following the Foreign Affairs Council, Monday 23 February 2026** (excerpt)\n\nOn the coalition of the willing: several Member States are ready to send troops to Ukraine after a ceasefire.\n\nI spoke this morning with Foreign Minister Andrii Sybiha. He asked us for more air defence, and I told him we are working on it.";
    let c = claims_on(text, "2026-02-24", "eeas.europa.eu");
    assert_eq!(days_of(&c, "eu", "troops-to-ukraine"), ["2026-02-23"]);
    assert_eq!(speakers_of(&c, "eu"), ["Kaja Kallas"]);
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2026-02-23"]);
    assert_eq!(speakers_of(&c, "ukraine"), ["Andrii Sybiha"]);
}

#[test]
fn packages_presented_sanctions_extended_and_partners_counted_on() {
    let c = claims_in_war(
        "Defence Minister Guido Crosetto said on Sunday that the government would present a new military aid decree before the end of the year.",
        "2025-12-01",
    );
    assert_claims(&c, &["italy military-aid supports"], &[]);
    let c = claims_in_war(
        "Foreign Minister Andrii Sybiha said on Tuesday that Ukraine expected the EU to extend its sanctions in full.",
        "2025-01-08",
    );
    assert_claims(&c, &["ukraine sanctions supports"], &[]);
    let c = claims_in_war(
        "Foreign Minister Andrii Sybiha said on Thursday that Ukraine counts on Turkey's firm line on sanctions.",
        "2025-06-19",
    );
    assert_claims(&c, &["ukraine sanctions supports"], &[]);
}

#[test]
fn not_a_single_round_sent_refuses_the_aid() {
    let c = claims_in_war(
        "Prime Minister Robert Fico said on Thursday that his government would send \"not a single round\" of ammunition to Ukraine from the army's stocks.",
        "2023-10-27",
    );
    assert_claims(
        &c,
        &["slovakia military-aid opposes"],
        &["slovakia military-aid supports"],
    );
}

#[test]
fn a_verb_after_but_shares_the_clause_s_subject() {
    let c = claims_in_war(
        "Prime Minister Robert Fico said on Friday that he would lift his reservation only if the EU addressed energy prices, but said he was not against sanctions as such.",
        "2025-10-22",
    );
    assert_eq!(triples(&c), ["slovakia sanctions open"]);
}

#[test]
fn a_pronoun_subject_embeds_the_names_it_reports() {
    let c = claims_in_war(
        "Prime Minister Robert Fico spoke for forty minutes on Wednesday. He said Slovakia had lost transit fees and that President Volodymyr Zelensky had acted against the interests of the EU. He repeated that his government would not send a single cartridge from army stocks to Ukraine.",
        "2025-01-09",
    );
    assert_claims(
        &c,
        &["slovakia military-aid opposes"],
        &["ukraine military-aid opposes"],
    );
}

#[test]
fn grounds_for_talks_a_peace_reached_and_the_alliance_by_its_full_name() {
    let c = claims_in_war(
        "Prime Minister Mario Draghi said on Thursday that Italy was ready to help prepare the ground for talks once Kyiv asked for them.",
        "2022-06-17",
    );
    assert_claims(&c, &["italy peace-talks supports"], &[]);
    let c = claims_in_war(
        "Prime Minister Giorgia Meloni called on Saturday for an immediate summit of the United States, Europe and its allies to discuss how to reach a peace.",
        "2025-03-01",
    );
    assert_claims(&c, &["italy peace-talks supports"], &[]);
    let c = claims_in_war(
        "In this context, the Russian side reaffirmed that Ukraine's accession to the North Atlantic Treaty Organisation is unacceptable.",
        "2025-03-18",
    );
    assert_claims(&c, &["russia ukraine-nato-membership opposes"], &[]);
}

#[test]
fn protection_rejected_claims_and_another_country_s_accession_are_no_stances() {
    let c = claims_in_war(
        "Swedish Defence Minister Pål Jonson said on Tuesday that Sweden's share would help Ukraine obtain the air defence it urgently needs against Russian drone attacks.",
        "2025-08-05",
    );
    assert_claims(
        &c,
        &["sweden military-aid supports"],
        &["sweden military-aid opposes"],
    );
    let c = claims_on(
        "Moscow claimed on Wednesday that Polish troops were fighting in Ukraine. Poland rejects this statement as disinformation. Poland will continue to support Ukraine militarily.",
        "2025-09-11",
        "gov.pl",
    );
    assert_claims(
        &c,
        &["poland military-aid supports"],
        &[
            "poland military-aid opposes",
            "poland troops-to-ukraine opposes",
        ],
    );
    let c = claims_in_war(
        "Sweden became the alliance's 32nd member on Thursday. Ukraine's NATO membership remains a matter of debate. NATO Secretary General Jens Stoltenberg welcomed Sweden's accession in a statement on Thursday.",
        "2024-03-08",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_narrower_topic_does_not_win_past_a_participle_s_report() {
    let c = claims_in_war(
        "NATO Secretary General Jens Stoltenberg said on Tuesday that allies must step up deliveries of air defence to Ukraine before winter, warning that Russia was again stockpiling missiles to strike the power grid.",
        "2023-10-11",
    );
    assert_claims(
        &c,
        &["nato military-aid supports"],
        &["nato long-range-weapons supports"],
    );
}

#[test]
fn a_bare_spokesperson_is_the_last_one_named() {
    let c = claims_in_war(
        "A spokesman for Prime Minister Keir Starmer said on Wednesday that the government would not comment on operational matters. The spokesman said Britain would keep sending weapons to Ukraine.",
        "2024-11-21",
    );
    assert_claims(&c, &["uk military-aid supports"], &[]);
    let c = claims_in_war(
        "Asked about the strikes, the Prime Minister's official spokesperson said on Wednesday that the government would not comment. The spokesperson said the UK would keep tightening sanctions.",
        "2024-11-21",
    );
    assert_claims(&c, &["uk sanctions supports"], &[]);
}

#[test]
fn partners_asked_to_deliver_are_the_request_s_object() {
    let c = claims_in_war(
        "President Volodymyr Zelensky said on Friday: \"Every delay costs lives, and I ask partners to deliver the air defence they have promised.\"",
        "2024-03-02",
    );
    assert_claims(&c, &["ukraine military-aid supports"], &[]);
}

#[test]
fn a_weekday_well_after_would_is_the_plan_s_day() {
    let c = claims_in_war(
        "President Volodymyr Zelensky visited the plant on Sunday. He said he would ask President Biden at the White House on Thursday to lift the restrictions on using American weapons against targets inside Russia.",
        "2024-09-23",
    );
    assert_eq!(days_of(&c, "ukraine", "long-range-weapons"), ["2024-09-22"]);
}

#[test]
fn a_judgement_after_a_copula_is_about_its_subject() {
    let c = claims_in_war(
        "U.S. Defense Secretary Pete Hegseth said on Wednesday that NATO membership for Ukraine was \"not a realistic outcome of a negotiated settlement\".",
        "2025-02-13",
    );
    assert_claims(
        &c,
        &["usa ukraine-nato-membership opposes"],
        &["usa peace-talks opposes"],
    );
    let c = claims_in_war(
        "Defence Secretary John Healey said on Sunday: \"If there is a peace deal, Britain is ready to put forces on the ground in Ukraine.\"",
        "2025-03-24",
    );
    assert_claims(
        &c,
        &["uk troops-to-ukraine supports"],
        &["uk peace-talks supports"],
    );
}

#[test]
fn a_price_cap_lowered_and_a_decision_called_historic() {
    let c = claims_in_war(
        "Chancellor of the Exchequer Rachel Reeves said on Friday that Britain would lower its own price cap to the same level.",
        "2025-07-18",
    );
    assert_claims(&c, &["uk sanctions supports"], &[]);
    let c = claims_in_war(
        "Emmanuel Macron said on Thursday that the decision to mobilise the profits of the frozen Russian assets was \"historic\".",
        "2024-06-14",
    );
    assert_claims(&c, &["france frozen-assets supports"], &[]);
}

#[test]
fn a_name_wrapped_across_lines_still_speaks() {
    let text = "**Money for weapons.** On Monday Kallas circulated a proposal to member states for up to\n40 billion euros in new military aid for Ukraine this year. Ukraine's foreign minister welcomed\nthe plan the same day and urged capitals to fill it quickly. France's Jean-Noël\nBarrot said on Monday that France would \"take its share\" of the military aid.";
    let c = claims_in_war(text, "2025-03-11");
    assert_eq!(speakers_of(&c, "france"), ["Jean-Noël Barrot"]);
}

#[test]
fn efforts_conducive_to_peace_name_the_talks() {
    let c = claims_in_war(
        "Chinese foreign ministry spokesperson Guo Jiakun said on Wednesday that China welcomed \"all efforts conducive to peace\".",
        "2025-02-20",
    );
    assert_claims(&c, &["china peace-talks supports"], &[]);
}

#[test]
fn not_a_crown_paid_and_listings_against_their_target() {
    let c = claims_in_war(
        "Prime Minister Andrej Babiš said on Thursday that the Czech state would not pay a single crown for weapons for Ukraine.",
        "2025-12-19",
    );
    assert_claims(
        &c,
        &["czechia military-aid opposes"],
        &["czechia military-aid supports"],
    );
    let c = claims_in_war(
        "The Commission's chief spokesperson Paula Pinho said on Friday that the Commission proposed a ban on Russian gas imports, as well as new listings against the shadow fleet.",
        "2025-09-19",
    );
    assert_claims(&c, &["eu sanctions supports"], &["eu sanctions opposes"]);
}

#[test]
fn targets_down_a_list_and_a_refusal_to_say_are_no_refusals() {
    let c = claims_in_war(
        "President Emmanuel Macron called on Thursday for the pressure on Russia to be increased through sanctions, in particular against the shadow fleet.",
        "2026-09-25",
    );
    assert_claims(
        &c,
        &["france sanctions supports"],
        &["france sanctions opposes"],
    );
    let c = claims_in_war(
        "Armed Forces Minister Sébastien Lecornu refused to say on Wednesday whether the first long-range missiles had arrived.",
        "2023-07-13",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_thanks_for_nothing_named_is_for_the_topic_just_before() {
    let c = claims_in_war(
        "EU governments adopted the eleventh package of sanctions against Russia on Friday. In Kyiv, Foreign Minister Dmytro Kuleba thanked the 27 governments on Friday.",
        "2023-06-26",
    );
    assert_claims(
        &c,
        &["ukraine sanctions supports"],
        &["ukraine military-aid supports"],
    );
    // A thanks for something named stays with the gift.
    let c = claims_in_war(
        "Canada announced new sanctions on Sunday. Zelensky thanked Canada on Sunday for what he called a strong and timely decision.",
        "2025-08-25",
    );
    assert_claims(&c, &["ukraine military-aid supports"], &[]);
}
