//! The seventeenth session's rules from the twentieth battery (the day a statement was made,
//! and who made it), each on sentences written for it:
//! - dropping "a long-held policy of not sending" arms supports what the policy refused;
//! - after "the same meeting" (and "the next", "the weekly" …) "meeting" is a noun: the name
//!   after it is the subject, not the object of a verb "meeting";
//! - the one asked for something ("ask Berlin for permission to send") is the addressee, not
//!   the subject of the request;
//! - a future that "was in NATO" supports membership;
//! - a denied stop is a going on ("must not tire of arming", "would not stop supporting"), and
//!   "no limits on" weapons supports them; "peace and dialogue", "dialogue and consultation"
//!   and "a political solution" (the Chinese ministry's phrasing) are the talks.
//!
//! And from the twenty-first battery (who speaks, and on which of two topics):
//! - a limit heads the whole run of terms after it: "restrictions on Ukraine's use of Western
//!   weapons against targets in Russia should be lifted" supports long-range strikes;
//! - the one a headline presses to act is the addressee ("Baltic leaders press EU to seize
//!   Russian reserves");
//! - striking "beyond its borders" is the long-range question;
//! - two requests coordinated after a name ("for an invitation to join NATO and for permission
//!   to strike …") are two topics of one speaker, and the name before "for" is no subject;
//! - in "Blinken called Kuleba on Sunday to say that …" the caller speaks, not the one called;
//! - a quote in a sentence whose own speech verb has a speaker the gazetteer does not know
//!   ("Cyril Ramaphosa … said the continent wanted \"…\"") is not the last speaker's;
//! - a scare quote of a few words ("his \"victory plan\"") does not cut a later verb of the
//!   clause from its subject;
//! - China's spokespeople and ministers go by the family name, written first ("Mao had said",
//!   "Qin said"): `officials.csv` gives it as their short name;
//! - "the three countries" (two, four, both) reported by one of their leaders include him.

mod common;

use common::{assert_claims, claims_in_war, claims_of};

#[test]
fn dropping_a_policy_of_not_sending_supports_sending() {
    let c = claims_in_war(
        "Germany will deliver anti-tank weapons to Ukraine, Chancellor Olaf Scholz said on Saturday, dropping a long-held policy of not sending lethal arms into conflict zones.",
        "2022-02-26",
    );
    assert_claims(
        &c,
        &["germany military-aid supports"],
        &["germany military-aid opposes"],
    );
    // A policy kept is still a refusal.
    let c = claims_in_war(
        "Chancellor Olaf Scholz said on Saturday that Germany kept its policy of not sending weapons to Ukraine.",
        "2022-01-29",
    );
    assert_claims(
        &c,
        &["germany military-aid opposes"],
        &["germany military-aid supports"],
    );
}

#[test]
fn the_name_after_the_same_meeting_is_the_subject() {
    let c = claims_in_war(
        "At the same meeting Germany's Defence Minister Christine Lambrecht announced that Berlin would allow the delivery of Gepard anti-aircraft tanks.",
        "2022-04-26",
    );
    assert_claims(&c, &["germany military-aid supports"], &[]);
}

#[test]
fn the_one_asked_for_permission_is_the_addressee() {
    let c = claims_in_war(
        "Poland had said on Monday it would formally ask Berlin for permission to send its own Leopards.",
        "2023-01-25",
    );
    assert_claims(&c, &["poland military-aid supports"], &[]);
}

#[test]
fn a_future_that_was_in_nato_supports_membership() {
    let c = claims_in_war(
        "At the summit in Vilnius on 11 July, Jens Stoltenberg said Ukraine's future was in NATO.",
        "2023-07-13",
    );
    assert_claims(&c, &["nato ukraine-nato-membership supports"], &[]);
}

#[test]
fn a_limit_heads_the_whole_run_of_terms_after_it() {
    let c = claims_in_war(
        "Josep Borrell said on Friday that restrictions on Ukraine's use of Western weapons against targets in Russia should be lifted.",
        "2024-08-30",
    );
    assert_claims(
        &c,
        &["eu long-range-weapons supports"],
        &["eu long-range-weapons opposes"],
    );
}

#[test]
fn the_one_a_headline_presses_to_act_is_the_addressee() {
    let c = claims_of(
        "---\ntitle: \"Reserves\"\npublished: 2023-02-16\n---\n\nBaltic leaders press EU to seize Russian reserves\n\nEstonian Prime Minister Kaja Kallas said on Thursday that the frozen assets of Russia's central bank should be used for Ukraine.\n",
    );
    assert_claims(&c, &[], &["eu frozen-assets supports"]);
}

#[test]
fn striking_beyond_its_borders_is_the_long_range_question() {
    let c = claims_in_war(
        "Joe Biden wrote on Tuesday that the United States was not encouraging or enabling Ukraine to strike beyond its borders.",
        "2022-06-01",
    );
    assert_claims(
        &c,
        &["usa long-range-weapons opposes"],
        &["usa military-aid opposes"],
    );
}

#[test]
fn a_request_coordinated_after_a_name_covers_both_topics() {
    // "for an invitation to join NATO and for permission to strike …": the name closes the
    // first term's noun phrase; the second request is the same speaker's.
    let c = claims_in_war(
        "Volodymyr Zelensky asked again on Thursday for an immediate invitation to join NATO and for permission to strike military targets deep inside Russia.",
        "2024-10-18",
    );
    assert_claims(
        &c,
        &[
            "ukraine ukraine-nato-membership supports",
            "ukraine long-range-weapons supports",
        ],
        &["nato long-range-weapons supports"],
    );
    // The name before "for" is no subject of the request after it.
    let c = claims_in_war(
        "Volodymyr Zelensky asked on Wednesday for an invitation to join NATO and for permission to use long-range missiles against targets in Russia.",
        "2024-10-17",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["nato long-range-weapons supports"],
    );
}

#[test]
fn the_caller_speaks_in_called_someone_to_say() {
    let c = claims_in_war(
        "According to the State Department, Antony Blinken called Dmytro Kuleba on Sunday to say that American military aid would continue.",
        "2023-10-03",
    );
    assert_claims(
        &c,
        &["usa military-aid supports"],
        &["ukraine military-aid supports"],
    );
}

#[test]
fn a_quote_after_an_unknown_speakers_verb_is_not_the_last_speakers() {
    let c = claims_in_war(
        "NATO Secretary General Jens Stoltenberg told reporters on 16 June that it was \"for Ukraine to decide\" when conditions for negotiations were met. South Africa's president, Cyril Ramaphosa, who led the African mission, said the continent wanted \"the war to end through negotiation\".",
        "2023-06-22",
    );
    assert_claims(&c, &[], &["nato peace-talks supports"]);
    // A quote-only sentence right after an attributed one is still that speaker's.
    let c = claims_in_war(
        "Jens Stoltenberg said on Friday that allies had \"to keep up the pressure\". \"We must send Ukraine more air defence.\"",
        "2023-06-22",
    );
    assert_claims(&c, &["nato military-aid supports"], &[]);
}

#[test]
fn a_scare_quote_does_not_cut_a_clause_from_its_subject() {
    let c = claims_in_war(
        "President Volodymyr Zelensky presented his \"victory plan\" to parliament on Wednesday, asking for an immediate invitation to join NATO.",
        "2024-10-17",
    );
    assert_claims(&c, &["ukraine ukraine-nato-membership supports"], &[]);
}

#[test]
fn a_chinese_spokesperson_is_named_by_the_family_name_first() {
    let c = claims_in_war(
        "Foreign ministry spokeswoman Mao Ning told a regular briefing on Monday that China wanted dialogue. Mao had said at her briefing on 9 September that NATO should stop its eastward expansion and should not draw Ukraine into the alliance.",
        "2022-09-12",
    );
    assert_claims(&c, &["china ukraine-nato-membership opposes"], &[]);
}

#[test]
fn a_small_counted_group_includes_the_speaker() {
    let c = claims_in_war(
        "The leaders of the Weimar Triangle met in Berlin on the 15th. Polish Prime Minister Donald Tusk said afterwards that the three countries would buy more weapons for Ukraine on the global market.",
        "2024-03-20",
    );
    assert_claims(&c, &["poland military-aid supports"], &[]);
    // Countries not counted are others.
    let c = claims_in_war(
        "Donald Tusk said on Friday that the countries would buy more weapons for Ukraine.",
        "2024-03-20",
    );
    assert_claims(&c, &[], &["poland military-aid supports"]);
}

#[test]
fn a_denied_stop_is_a_going_on() {
    for (text, claim) in [
        (
            "Donald Tusk said on Thursday that Europe must not tire of arming Ukraine.",
            "poland military-aid",
        ),
        (
            "Olaf Scholz said on Thursday that Germany would not stop supporting Ukraine with weapons.",
            "germany military-aid",
        ),
        (
            "Olaf Scholz said on Thursday that Germany would never tire of supplying weapons to Ukraine.",
            "germany military-aid",
        ),
    ] {
        let c = claims_in_war(text, "2023-12-15");
        assert_claims(
            &c,
            &[&format!("{claim} supports")],
            &[&format!("{claim} opposes")],
        );
    }
    // A stop that is not denied still opposes.
    let c = claims_in_war(
        "Viktor Orban said on Thursday that Europe must stop arming Ukraine.",
        "2023-12-15",
    );
    assert_claims(
        &c,
        &["hungary military-aid opposes"],
        &["hungary military-aid supports"],
    );
}

#[test]
fn no_limits_on_weapons_supports_them() {
    let c = claims_in_war(
        "Ulf Kristersson said on Monday that there would be no limits on Swedish weapons sent to Ukraine.",
        "2024-06-05",
    );
    assert_claims(
        &c,
        &["sweden military-aid supports"],
        &["sweden military-aid opposes"],
    );
}

#[test]
fn the_chinese_ministrys_phrases_of_dialogue_are_the_talks() {
    let c = claims_in_war(
        "Chinese President Xi Jinping told Vladimir Putin during talks in the Kremlin on Tuesday that China stood for peace and dialogue.",
        "2023-03-22",
    );
    assert_claims(&c, &["china peace-talks supports"], &[]);
}
