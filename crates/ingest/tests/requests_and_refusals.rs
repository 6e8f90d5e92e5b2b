//! Hard cases of the fourth session, found on the third held-out set once it was folded into
//! dev: requests with the addressee between the verb and the topic, thanks, refusals in the
//! passive, "never refused" talks, warnings that are pleas, op-ed bylines, and modals whose
//! subject is the topic ("the sanctions must be lifted"). One test per case, named by the
//! case, each on sentences written for it.

mod common;

use common::{claims_on, dump, has};

#[test]
fn asking_a_partner_for_weapons_supports_the_aid() {
    let c = claims_on(
        "Foreign Minister Andrii Sybiha asked European allies for more air-defence systems on Monday.",
        "2025-02-11",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_reporters_question_is_no_request() {
    let c = claims_on(
        "Asked whether Britain would now send more Storm Shadow missiles to Ukraine, Defence Secretary Grant Shapps said only that he would not comment on operations.",
        "2024-01-10",
        "",
    );
    assert!(
        !has(&c, "uk", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn thanking_a_partner_for_a_package_supports_the_aid() {
    let c = claims_on(
        "On Friday Volodymyr Zelensky thanked Sweden for the new air-defence package.",
        "2024-05-31",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn never_having_refused_talks_is_support_for_them() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov said on Monday that Moscow had never refused peace talks with Kyiv.",
        "2023-06-12",
        "",
    );
    assert!(has(&c, "russia", "peace-talks", "supports"), "{}", dump(&c));
    assert!(!has(&c, "russia", "peace-talks", "open"), "{}", dump(&c));
}

#[test]
fn a_warning_from_the_beneficiary_is_a_plea_not_opposition() {
    let c = claims_on(
        "Volodymyr Zelensky told European leaders on Thursday that unless they delivered more weapons to Ukraine, they would face a war with Russia themselves.",
        "2023-02-10",
        "",
    );
    assert!(
        !has(&c, "ukraine", "military-aid", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_negated_passive_send_is_a_refusal() {
    let c = claims_on(
        "Defence Minister Boris Pistorius said on Tuesday that German soldiers would not be sent to Ukraine.",
        "2024-03-05",
        "",
    );
    assert!(
        has(&c, "germany", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn not_the_time_for_talks_opposes_them() {
    let c = claims_on(
        "Foreign Minister Dmytro Kuleba said on Tuesday that this was not the time for peace talks with Russia.",
        "2022-12-06",
        "",
    );
    assert!(has(&c, "ukraine", "peace-talks", "opposes"), "{}", dump(&c));
}

#[test]
fn looking_at_a_request_keeps_it_open() {
    let c = claims_on(
        "Secretary of State Antony Blinken said on Wednesday that Washington was looking at sending ATACMS missiles to Ukraine.",
        "2023-09-13",
        "",
    );
    assert!(has(&c, "usa", "long-range-weapons", "open"), "{}", dump(&c));
}

#[test]
fn an_op_eds_narration_is_its_bylined_authors_on_the_day_it_is_published() {
    let c = common::claims_of(
        "---\ntitle: \"Opinion: Europe's air defence gap\"\nsource: Test Review\npublished: 2023-06-20\n---\n\
         *By Annalena Baerbock. The author is Germany's Foreign Minister.*\n\n\
         Last Friday I stood in a shelter in Odesa while the sirens sounded.\n\n\
         We will keep delivering air-defence systems to Ukraine for as long as it takes.\n",
    );
    let aid = c
        .iter()
        .find(|c| c.actor.as_str() == "germany" && c.topic.as_str() == "military-aid")
        .unwrap_or_else(|| panic!("{}", dump(&c)));
    assert_eq!(aid.stance.as_str(), "supports", "{}", dump(&c));
    assert_eq!(aid.said_on.to_string(), "2023-06-20", "{}", dump(&c));
}

#[test]
fn a_journalists_byline_gives_the_narration_no_speaker() {
    let c = common::claims_of(
        "---\ntitle: \"Air defence for Odesa\"\nsource: Test Wire\npublished: 2023-06-20\n---\n\
         By Jane Smithfield\n\n\
         More air-defence systems must be delivered to Ukraine before the winter.\n",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn sanctions_that_must_be_lifted_are_opposed() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov said on Wednesday that the sanctions must be lifted.",
        "2022-05-05",
        "",
    );
    assert!(has(&c, "russia", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn a_quoted_modal_keeps_its_subject_term() {
    let c = claims_on(
        "Foreign Minister Péter Szijjártó said on Monday that the gas sanctions \"must not be extended\".",
        "2022-10-18",
        "",
    );
    assert!(has(&c, "hungary", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn sanctions_that_are_needed_are_supported() {
    let c = claims_on(
        "President Volodymyr Zelensky said on Friday that new, tougher sanctions are needed now.",
        "2025-03-14",
        "",
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn a_package_that_must_go_after_a_target_presses_for_it() {
    let c = claims_on(
        "Foreign Minister Andrii Sybiha said on Thursday that the next sanctions package must go after Russia's tanker fleet.",
        "2025-01-17",
        "",
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
    assert!(!has(&c, "ukraine", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn doubling_aid_supports_it() {
    let c = claims_on(
        "Chancellor Olaf Scholz said on Thursday that Germany would double its military aid to Ukraine next year.",
        "2023-12-14",
        "",
    );
    assert!(
        has(&c, "germany", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn such_a_force_refers_back_to_the_troops() {
    let c = claims_on(
        "France and Britain are planning a reassurance force for Ukraine. Defence Minister Ruben Brekelmans said on Friday that the Netherlands would be prepared to contribute to such a force.",
        "2025-03-21",
        "",
    );
    assert!(
        has(&c, "netherlands", "troops-to-ukraine", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn what_plays_into_the_kremlins_hands_is_opposed() {
    let c = claims_on(
        "Foreign ministry spokesman Oleg Nikolenko said on Friday that calls to lift the sanctions only play into the Kremlin's hands.",
        "2022-10-21",
        "",
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn a_ceasefire_that_gives_russia_time_to_regroup_is_opposed() {
    let c = claims_on(
        "Foreign Minister Dmytro Kuleba said on Wednesday that a ceasefire now would only give Russia time to regroup.",
        "2023-03-22",
        "",
    );
    assert!(has(&c, "ukraine", "peace-talks", "opposes"), "{}", dump(&c));
}

#[test]
fn sanctions_that_are_here_to_stay_are_supported() {
    let c = claims_on(
        "Commission President Ursula von der Leyen told the European Parliament on Wednesday that the sanctions on Russia are here to stay.",
        "2022-09-14",
        "",
    );
    assert!(has(&c, "eu", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn deliveries_that_drag_out_the_conflict_are_opposed() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov said on Thursday that German weapons deliveries to Ukraine would only drag out the conflict.",
        "2023-02-09",
        "",
    );
    assert!(has(&c, "russia", "military-aid", "opposes"), "{}", dump(&c));
}

#[test]
fn a_reporters_capitalised_asked_is_never_the_answerers_request() {
    let c = claims_on(
        "Asked afterwards whether German soldiers might join a force in Ukraine, Chancellor Friedrich Merz said it was too early to decide.",
        "2025-08-19",
        "",
    );
    assert!(
        !has(&c, "germany", "troops-to-ukraine", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_weapon_used_against_targets_is_no_opposition() {
    let c = claims_on(
        "Foreign Minister Johann Wadephul said on Thursday that Ukraine may use the weapons Germany supplies against military targets in Russia.",
        "2025-07-03",
        "",
    );
    assert!(
        has(&c, "germany", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "germany", "long-range-weapons", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn not_excluding_sending_jets_keeps_it_open() {
    let c = claims_on(
        "President Emmanuel Macron said on Thursday that he did not exclude sending jets to Ukraine.",
        "2023-02-09",
        "",
    );
    assert!(has(&c, "france", "military-aid", "open"), "{}", dump(&c));
    assert!(
        !has(&c, "france", "military-aid", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn being_open_to_a_diplomatic_settlement_supports_talks() {
    let c = claims_on(
        "Foreign ministry spokeswoman Maria Zakharova said on Wednesday that Russia remained open to a diplomatic settlement with Ukraine.",
        "2023-03-22",
        "",
    );
    assert!(has(&c, "russia", "peace-talks", "supports"), "{}", dump(&c));
}

#[test]
fn a_veto_dropped_is_consent() {
    let c = claims_on(
        "Foreign Minister Péter Szijjártó said on Monday that Budapest no longer objected to the new sanctions package.",
        "2025-05-19",
        "",
    );
    assert!(has(&c, "hungary", "sanctions", "supports"), "{}", dump(&c));
    assert!(!has(&c, "hungary", "sanctions", "open"), "{}", dump(&c));
}

#[test]
fn buying_weapons_for_ukraine_supports_the_aid() {
    let c = claims_on(
        "NATO Secretary General Mark Rutte said on Wednesday that allies were buying American weapons for Ukraine at speed.",
        "2025-10-15",
        "",
    );
    assert!(has(&c, "nato", "military-aid", "supports"), "{}", dump(&c));
}

#[test]
fn a_direct_clash_is_a_warning_against_peacekeepers() {
    let c = claims_on(
        "Foreign Minister Sergei Lavrov said on Thursday that any deployment of Western peacekeepers in Ukraine would mean a direct clash with NATO.",
        "2022-03-17",
        "",
    );
    assert!(
        has(&c, "russia", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn already_using_the_windfall_profits_supports_using_the_assets() {
    let c = claims_on(
        "Defence Secretary John Healey said on Sunday that Britain was already using the windfall profits of immobilised Russian assets to help Ukraine.",
        "2024-11-25",
        "",
    );
    assert!(has(&c, "uk", "frozen-assets", "supports"), "{}", dump(&c));
}

#[test]
fn sanctions_that_will_not_be_loosened_are_supported() {
    let c = claims_on(
        "Chancellor Friedrich Merz said on Saturday that sanctions on Russia will not be loosened while the shooting continues.",
        "2025-08-16",
        "",
    );
    assert!(has(&c, "germany", "sanctions", "supports"), "{}", dump(&c));
    assert!(!has(&c, "germany", "sanctions", "opposes"), "{}", dump(&c));
}

#[test]
fn no_prospects_for_talks_is_a_report_not_a_stance() {
    let c = claims_on(
        "Kremlin spokesman Dmitry Peskov said on Wednesday that there were at present no prospects for negotiations with Kyiv.",
        "2022-09-14",
        "",
    );
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn making_no_request_is_no_refusal() {
    let c = claims_on(
        "Addressing the Security Council on Tuesday, Volodymyr Zelensky made no request for weapons.",
        "2022-04-05",
        "",
    );
    assert!(
        !has(&c, "ukraine", "military-aid", "opposes"),
        "{}",
        dump(&c)
    );
}
