//! Hard cases of the ninth session, found on the ninth held-out set once it was folded into
//! dev: a pronoun after a sentence that reports someone else's act, and the rules that came
//! after it. One test per case, on sentences written for it.

mod common;

use common::{claims_of, dump, has};

#[test]
fn he_after_a_sentence_reporting_another_person_s_act_is_that_sentence_s_subject() {
    let c = claims_of(
        "---\ntitle: \"The morning round\"\npublished: 2024-11-18\n---\n\n\
         Defence Secretary John Healey toured the studios yesterday, a day after reports that President Joe Biden had changed his mind.\n\n\
         **First interview**\n\n\
         \"There are no plans to send British troops into Ukraine,\" he said.\n",
    );
    assert!(
        has(&c, "uk", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
    assert!(
        !has(&c, "usa", "troops-to-ukraine", "opposes"),
        "{}",
        dump(&c)
    );
}

#[test]
fn a_speech_verb_after_a_quote_in_a_that_clause_does_not_claim_the_quote() {
    let c = claims_of(
        "---\ntitle: \"Committee notes\"\npublished: 2025-02-06\n---\n\n\
         Foreign Secretary David Lammy gave evidence on Tuesday.\n\n\
         Asked whether British troops could serve in Ukraine after a ceasefire, he said he would \"not rule that out\", and that the Prime Minister would say more soon.\n",
    );
    assert!(has(&c, "uk", "troops-to-ukraine", "open"), "{}", dump(&c));
    assert!(
        !has(&c, "ukraine", "troops-to-ukraine", "open"),
        "{}",
        dump(&c)
    );
}
