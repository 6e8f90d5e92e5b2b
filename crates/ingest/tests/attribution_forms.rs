//! The fourteenth session's forms of attribution, each on sentences written for it (none is
//! taken from an article of the corpus):
//! - a country's permanent mission or representation speaks for it;
//! - "X put it plainly: …" and "as X put it" attribute like "said";
//! - "His speech promised …", "Her post called …" stand for the person, as "he" and "she" do
//!   ("In his evening address, Zelensky called …" is no subject);
//! - the one told is no subject ("assured the Ukrainian president that British weapons would
//!   keep flowing" is the speaker's stance), and a "he" after "X called Y." is X;
//! - after a verb of naming ("called the G7's plan … theft") the names before the cue are its
//!   object, not a reported subject;
//! - an interview's "A:" is the interviewee's, not a person the question names, also when
//!   question and answer run on in one paragraph ("Q: … ? A: No. …").

mod common;

use common::{assert_claims, claims_in_war, claims_on};

fn claims(text: &str) -> Vec<stancelog_events::ClaimExtracted> {
    claims_in_war(text, "2023-06-24")
}

#[test]
fn a_permanent_mission_speaks_for_its_country() {
    let c = claims(
        "The EU adopted its eleventh sanctions package on Friday. Russia's permanent representation to the EU called the new restrictive measures illegal and promised a response.",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
}

#[test]
fn putting_it_is_saying_it() {
    let c = claims(
        "Foreign Secretary James Cleverly put it bluntly in Kyiv on Thursday: the frozen Russian assets must pay for the damage.",
    );
    assert_claims(&c, &["uk frozen-assets supports"], &[]);
}

#[test]
fn his_speech_speaks_for_him() {
    let c = claims(
        "President Joe Biden flew on to Helsinki. His speech at the university the night before had promised that American weapons would keep flowing to Ukraine.",
    );
    assert_claims(&c, &["usa military-aid supports"], &[]);
    let c = claims(
        "In his evening address, President Volodymyr Zelensky called on partners to send more air defence.",
    );
    assert_claims(&c, &["ukraine military-aid supports"], &[]);
}

#[test]
fn the_one_told_is_not_the_subject_and_he_is_the_caller() {
    let c = claims(
        "Rishi Sunak called Volodymyr Zelensky on Tuesday. According to Downing Street, he assured the Ukrainian president that British weapons would keep coming.",
    );
    assert_claims(
        &c,
        &["uk military-aid supports"],
        &["ukraine military-aid supports"],
    );
}

#[test]
fn an_answer_is_the_interviewee_s_not_the_person_asked_about() {
    let text = "INTERVIEW - Defence Minister Boris Pistorius received us in Berlin on Thursday, as Europe waited for Donald Trump's inauguration.\n\n\
                Q: Emmanuel Macron wants European soldiers in Ukraine after a ceasefire. Will German soldiers be part of it? A: No. Germany will not send troops to Ukraine.\n\n\
                Q: And the Taurus?\n\nA: We will not deliver the Taurus cruise missiles.\n";
    let c = claims_on(text, "2025-01-11", "");
    assert_claims(
        &c,
        &[
            "germany troops-to-ukraine opposes",
            "germany long-range-weapons opposes",
        ],
        &[
            "france troops-to-ukraine opposes",
            "usa troops-to-ukraine opposes",
        ],
    );
}

#[test]
fn names_in_the_object_of_a_naming_verb_are_no_subject() {
    let c = claims(
        "Kremlin spokesman Dmitry Peskov called the plan by the G7 to lend Ukraine money against the frozen Russian assets \"theft\".",
    );
    assert_claims(&c, &["russia frozen-assets opposes"], &[]);
}
