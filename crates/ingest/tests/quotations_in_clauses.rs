//! Quotation marks inside a reported clause (thirteenth session, sentences written for it):
//! - a quotation that opens mid-clause after the cue completes the reporter's clause, so the
//!   topic term inside it is the cue's ("willing to continue playing "a constructive role in
//!   promoting peace talks"");
//! - after a comma or a speech verb the quotation is still a boundary;
//! - a cue phrase may end inside a quotation it stepped into when no phrase starts there
//!   ("was "considering additional sanctions"").

mod common;

use common::{assert_claims, claims_of};

fn article(body: &str) -> String {
    format!("---\ntitle: \"Briefing\"\npublished: 2023-08-06\n---\n\nThe war in Ukraine goes on.\n\n{body}\n")
}

#[test]
fn a_quotation_opening_mid_clause_completes_the_cue_s_clause() {
    let c = claims_of(&article(
        "Foreign Secretary James Cleverly said on Sunday that Britain was willing to keep playing \"an active part in bringing about peace talks\" between Kyiv and Moscow.",
    ));
    assert_claims(&c, &["uk peace-talks supports"], &[]);
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Sunday that Germany was ready to work with its partners on \"a new package of air defence for Ukraine\" this autumn.",
    ));
    assert_claims(&c, &["germany military-aid supports"], &[]);
}

#[test]
fn a_quotation_after_a_comma_or_colon_stays_a_boundary() {
    // The supporting cue "ready to" is about the exchange; the quotation after the colon is a
    // new clause that only names the talks.
    let c = claims_of(&article(
        "Foreign Secretary James Cleverly said on Sunday that Britain was ready to help with the grain exports: \"The peace talks are a matter for Ukraine alone.\"",
    ));
    assert_claims(&c, &[], &["uk peace-talks supports"]);
}

#[test]
fn a_cue_may_end_inside_a_scare_quotation() {
    let c = claims_of(&article(
        "On Tuesday President Joe Biden told reporters that he was \"considering additional sanctions\" on Russia.",
    ));
    assert_claims(&c, &["usa sanctions open"], &[]);
}

#[test]
fn a_scare_quotation_inside_the_reporter_s_sentence_is_voiced_by_its_speech_verb() {
    // No verb stands next to the quotation; the sentence's own speech verb comes later.
    let c = claims_of(&article(
        "Rome is \"not closing any doors\" to sending troops after a ceasefire, Foreign Minister Antonio Tajani told RAI radio on Sunday.",
    ));
    assert_claims(&c, &["italy troops-to-ukraine open"], &[]);
    // A quotation after a colon is the speaker's own sentence, not the reporter's clause.
    let c = claims_of(&article(
        "The sanctions debate went on: \"We are not closing any doors to new sanctions.\"",
    ));
    assert_claims(&c, &[], &["italy sanctions open"]);
}
