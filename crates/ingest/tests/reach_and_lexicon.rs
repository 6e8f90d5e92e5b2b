//! Hard cases of the third session: how far a cue reaches for its topic, terms that hold their
//! own context word, and cue and topic phrasing found on the second held-out set once it was
//! folded into dev. One test per case, named by the case, each on sentences written for it.

mod common;

use common::{claims_on, dump, has};

#[test]
fn adjuncts_of_place_and_time_do_not_put_the_topic_out_of_reach() {
    let c = claims_on(
        "Mateusz Morawiecki promised in Kyiv on Tuesday that his country would keep sending weapons to Ukraine.",
        "2022-03-17",
        "",
    );
    assert!(
        has(&c, "poland", "military-aid", "supports"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_term_that_holds_its_own_context_word_needs_no_other() {
    let c = claims_on(
        "On Tuesday, Downing Street said Britain remained committed to arming Ukraine.",
        "2025-03-04",
        "",
    );
    assert!(has(&c, "uk", "military-aid", "supports"), "{}", dump(&c));
}
