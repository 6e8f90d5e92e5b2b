//! The thirtieth session's rules from the folded heldout-30, each on text written for it:
//! - a speech given in passages under a note that names who gave it ("Keir Starmer spoke to the
//!   Lancaster House summit on Sunday … Below are the main passages") is that person speaking,
//!   paragraph by paragraph; the page's own bracketed notes between the passages are not;
//! - a headline naming the question by a name that needs no context ("Ankara's offer to host
//!   peace talks") puts the whole story in that question's context ("backed the Ankara
//!   conference and any talks that could end the fighting");
//! - "no talks with" is a refusal of talks, the cue "no" opening its own term ("there can be no
//!   talks with a regime that bombs hospitals").

mod common;

use common::{assert_claims, claims_of, days_of, speakers_of};

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
