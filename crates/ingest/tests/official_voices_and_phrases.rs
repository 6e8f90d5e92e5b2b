//! The eighteenth session's stance phrases and voices from the blind batteries 23 (topics set
//! by the context) and 24 (the actors' own pages), each on sentences written for it:
//! - "is not excluding" taking part is an open mind, like "does not exclude".

mod common;

use common::{assert_claims, claims_in_war};

#[test]
fn not_excluding_a_part_is_open() {
    let c = claims_in_war(
        "Maxime Prévot said on Monday that Belgium was not excluding taking part in a reassurance force after a ceasefire.",
        "2025-03-19",
    );
    assert_claims(
        &c,
        &["belgium troops-to-ukraine open"],
        &["belgium troops-to-ukraine opposes"],
    );
}
