//! The nineteenth session's rules from the folded heldout-19, each on text written for it:
//! - in a transcript, a guest who speaks for no actor ("HARRIET:", a newspaper review's
//!   columnist) reports others like narration: "the House, he said, had to pass the aid bill"
//!   is the president's, while the guest's own opinion is nobody's.

mod common;

use common::{claims_in_war, days_of};

#[test]
fn a_guest_s_turn_reports_others_but_says_nothing_for_an_actor() {
    let text = "PRESENTER: Good morning. Let's look at the papers. With me is Harriet, political editor of a Sunday paper.\n\nHARRIET: Thank you. The Post quotes the president telling reporters yesterday that Putin was responsible, and then turning to Congress: the House, he said, had to pass the Ukraine aid bill now. I think Germany should send the Taurus missiles, frankly.\n\nPRESENTER: And the Times?\n\nHARRIET: The Times has Jens Stoltenberg, who said in Munich yesterday that allies must step up ammunition deliveries to Ukraine.";
    let c = claims_in_war(text, "2024-02-17");
    assert_eq!(days_of(&c, "nato", "military-aid"), ["2024-02-16"]);
    // The guest's own "I think Germany should send" is no German stance.
    assert!(days_of(&c, "germany", "long-range-weapons").is_empty(), "{c:?}");
    assert!(days_of(&c, "germany", "military-aid").is_empty(), "{c:?}");
}
