//! The eighteenth session's rules from the folded heldout-18, each on text written for it:
//! - under a heading that names the day ("**Wednesday, Chamber of Deputies**"), "the next day"
//!   counts from the section before and lands on the heading's day.

mod common;

use common::{claims_in_war, claims_on, days_of};

#[test]
fn the_next_day_under_a_day_heading_is_the_heading_s_day() {
    let text = "Mario Draghi reported to parliament on the war in Ukraine before the summit.\n\n**Tuesday, Senate**\n\nThe prime minister spoke to the Senate on Tuesday. \"Italy will keep sending weapons to Ukraine,\" Mario Draghi said.\n\n**Wednesday, Chamber of Deputies**\n\nAt Montecitorio the next day Draghi was brief. \"Italy wants a ceasefire and the start of credible negotiations as soon as possible,\" he said.\n\nThe reaction from Moscow came the same afternoon. Maria Zakharova said that Italian arms deliveries \"only prolong the bloodshed\".";
    let c = claims_on(text, "2022-06-23", "Rome Letter");
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2022-06-21"]);
    assert_eq!(days_of(&c, "italy", "peace-talks"), ["2022-06-22"]);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2022-06-22"]);
    // A step back under the heading still counts from it.
    let text = "**Friday**\n\nThe day before, Mario Draghi had said that \"Italy will keep sending weapons to Ukraine\".";
    let c = claims_in_war(text, "2022-06-25");
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2022-06-23"]);
}
