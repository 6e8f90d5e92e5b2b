//! The twenty-ninth session's rules from the folded heldout-29, each on text written for it:
//! - a pronoun opening a paragraph after a title named more often than anyone else is that
//!   title's ("The President of the Republic condemned … recalled … He stated that France will
//!   not send soldiers" on the Élysée's page is Macron's, not the caller's named twice);
//! - a subject with a longer modifier before an auxiliary and an obligation ("the sanctions on
//!   Russian fertiliser shipments would have to be lifted") is still the obligation's subject.

mod common;

use common::{assert_claims, claims_in_war, claims_on, speakers_of};

#[test]
fn a_pronoun_after_a_title_named_most_is_the_titles() {
    let c = claims_on(
        "The President of the Republic spoke by telephone on Tuesday with President Volodymyr Zelensky.\n\n\
         President Zelensky described the situation in Bakhmut. He asked for more shells.\n\n\
         The President of the Republic condemned the strikes. The President of the Republic recalled that France supports the sanctions against Russia.\n\n\
         On Tuesday evening, the President of the Republic gave an interview to two channels.\n\n\
         He stated that France is helping Ukraine without becoming a party to the war and will not send soldiers to fight in Ukraine.",
        "2023-03-08",
        "Élysée (official website)",
    );
    assert_claims(
        &c,
        &["france troops-to-ukraine opposes"],
        &["ukraine troops-to-ukraine opposes"],
    );
    assert_eq!(
        speakers_of(&c, "france"),
        ["Emmanuel Macron", "Emmanuel Macron"]
    );
}

#[test]
fn an_auxiliary_before_an_obligation_is_not_part_of_its_subject() {
    let c = claims_in_war(
        "Sergei Lavrov said on Tuesday that the Western sanctions on Russian fertiliser shipments would have to be lifted before Moscow extended the deal.",
        "2022-09-14",
    );
    assert_claims(&c, &["russia sanctions opposes"], &[]);
}
