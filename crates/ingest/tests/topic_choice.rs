//! Hard cases of topic choice found in the fourth session on the folded held-out sets: two
//! topics coordinated with a quantity between them, "called it a breakthrough" pointing back,
//! air-defence missiles that are aid, not long-range weapons, and a humanitarian ceasefire that
//! is no peace talks. One test per case, named by the case, each on sentences written for it.

mod common;

use common::{claims_on, dump, has};

#[test]
fn a_quantity_after_the_conjunction_still_coordinates_two_topics() {
    let c = claims_on(
        "Foreign Minister Andrii Sybiha asked on Friday for more air defence and much stronger sanctions.",
        "2025-04-04",
        "",
    );
    assert!(
        has(&c, "ukraine", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
    assert!(has(&c, "ukraine", "sanctions", "supports"), "{}", dump(&c));
}

#[test]
fn calling_it_a_breakthrough_refers_back_to_the_topic_before() {
    let c = claims_on(
        "Ukraine accepted a thirty-day ceasefire proposal in Jeddah on Tuesday. Prime Minister Keir Starmer called it a remarkable breakthrough.",
        "2025-03-11",
        "",
    );
    assert!(has(&c, "uk", "peace-talks", "supports"), "{}", dump(&c));
}

#[test]
fn air_defence_missiles_are_aid_not_long_range_weapons() {
    let c = claims_on(
        "Defence Secretary Ben Wallace said on Thursday that the UK would provide AMRAAM missiles to Ukraine for its air defence.",
        "2022-10-13",
        "",
    );
    assert!(has(&c, "uk", "military-aid", "supports"), "{}", dump(&c));
    assert!(
        !has(&c, "uk", "long-range-weapons", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_ceasefire_to_let_civilians_leave_is_no_peace_talks() {
    let c = claims_on(
        "The Russian side announced a ceasefire regime on Saturday in order to allow civilians to leave Mariupol in Ukraine.",
        "2022-03-05",
        "kremlin.ru",
    );
    assert!(
        !has(&c, "russia", "peace-talks", "supports"),
        "{}",
        dump(&c)
    );
}
