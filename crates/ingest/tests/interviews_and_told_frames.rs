//! The fifteenth session's first forms, each on sentences written for it (none is taken from
//! an article of the corpus):
//! - an interview printed as bold questions and plain answers, with no turn labels, is the
//!   interviewee's (the one the introduction presents), dated by the sentence that presents
//!   the interview, not by the news the introduction opens with; an explainer's or a FAQ's
//!   bold questions present nobody;
//! - inside a quotation, "X assured me on Monday that …" is X's stance, on that Monday (a
//!   relative day such as "yesterday" counting from the day the quotation was said);
//! - "a twelfth package of military aid" is aid, not the sanctions package an ordinal names;
//! - a group after a preposition and an adjective ("in other partner countries") is no
//!   subject.

mod common;

use common::{assert_claims, claims_in_war, claims_of, days_of, speakers_of};

const INTERVIEW: &str = r#"---
title: "Ten minutes with the minister"
source: "Harbour Weekly"
published: 2024-04-16
---

*The government announced on Tuesday a new round of help for Kyiv. We spoke to Polish Foreign Minister Radoslaw Sikorski on Thursday in Warsaw. The conversation has been shortened.*

**Will Polish soldiers go to Ukraine?**

No Polish soldier will be sent to Ukraine. Our part is training and equipment.

**And the frozen Russian money?**

The frozen Russian assets should pay for the rebuilding of Ukraine.
"#;

#[test]
fn unlabelled_answers_of_a_presented_interview_are_the_interviewees() {
    let c = claims_of(INTERVIEW);
    assert_claims(
        &c,
        &[
            "poland troops-to-ukraine opposes",
            "poland frozen-assets supports",
        ],
        &[],
    );
    // Thursday, the day of the conversation, not Tuesday's announcement.
    assert_eq!(days_of(&c, "poland", "frozen-assets"), ["2024-04-11"]);
}

#[test]
fn an_explainers_bold_questions_present_nobody() {
    let explainer = INTERVIEW
        .replace(
            "We spoke to Polish Foreign Minister Radoslaw Sikorski on Thursday in Warsaw. The conversation has been shortened.",
            "Polish Foreign Minister Radoslaw Sikorski was in Warsaw on Thursday. Here is what is known.",
        );
    let c = claims_of(&explainer);
    assert_claims(&c, &[], &["poland frozen-assets supports"]);
}

#[test]
fn what_a_named_person_told_the_quoted_speaker_is_that_persons() {
    let c = claims_in_war(
        "\"President Biden assured me on Monday, at the White House, that American sanctions on Russian banks will remain in place until Russia withdraws,\" Chancellor Olaf Scholz said on Wednesday.",
        "2023-03-08",
    );
    assert_claims(
        &c,
        &["usa sanctions supports"],
        &["germany sanctions supports"],
    );
    assert_eq!(days_of(&c, "usa", "sanctions"), ["2023-03-06"]);
    assert_eq!(speakers_of(&c, "usa"), ["Joe Biden"]);
    // Also when the cue's clause has a subject of its own, and for a "he" after the frame.
    let c = claims_in_war(
        "\"Dmytro Kuleba told me on Monday that his country needs heavy weapons, and he asked for more air defence,\" Foreign Minister Annalena Baerbock said on Wednesday.",
        "2022-05-12",
    );
    assert_claims(
        &c,
        &["ukraine military-aid supports"],
        &["germany military-aid supports"],
    );
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2022-05-09"]);
    // A relative day in the quotation counts from the day it was said: "yesterday" to a
    // speaker quoted on Wednesday is Tuesday, in a story of Friday.
    let c = claims_in_war(
        "\"President Zelensky told me yesterday that his country needs more air defence,\" Chancellor Olaf Scholz said on Wednesday.",
        "2022-05-13",
    );
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2022-05-10"]);
}

#[test]
fn a_package_of_military_aid_is_not_a_sanctions_package() {
    let c = claims_in_war(
        "Defence Minister Guido Crosetto said on Monday that Italy would approve a seventh package of military aid for Ukraine.",
        "2023-05-10",
    );
    assert_claims(
        &c,
        &["italy military-aid supports"],
        &["italy sanctions supports"],
    );
}

#[test]
fn a_group_after_a_preposition_and_an_adjective_is_no_subject() {
    let c = claims_in_war(
        "Defence Minister Pal Jonson said: \"Training takes place in Sweden and in other partner countries, and we will not send Swedish soldiers into Ukraine.\"",
        "2023-01-22",
    );
    assert_claims(&c, &["sweden troops-to-ukraine opposes"], &[]);
}
