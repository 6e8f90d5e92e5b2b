//! Hard cases of topic choice found in the fourth session on the folded held-out sets: two
//! topics coordinated with a quantity between them, "called it a breakthrough" pointing back,
//! and air-defence missiles that are aid, not long-range weapons. One test per case, named by
//! the case, each on sentences written for it.

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
