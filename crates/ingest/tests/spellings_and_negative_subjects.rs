//! The twelfth session's generalisations, each on sentences written for it (none of the phrases
//! below is listed in the data in the form used here):
//! - a lexicon phrase is found whichever of hyphen and space joins its words, and a topic term
//!   in its other grammatical number or spelling;
//! - "not a single" and "not one" deny like "no";
//! - a modal's subject may carry a participle phrase ("the assets frozen in London should"),
//!   and a topic's `limits` ("the range restrictions") state its inverse there;
//! - under a date heading, the day one entry reported is not the next entry's, nor is "his
//!   Friday interview" the story's day;
//! - a transcript label of a bare surname is the person of that surname named before, and a
//!   caption's time code leads no label;
//! - a passive cue keeps its agent across an adverb ("was formally adopted by");
//! - any determiner before a reference noun points back ("such permission");
//! - a supporting verb in the passive is said of its subject ("sanctions would be extended");
//! - an EU title names the holder of its own office ("the High Representative"), and the EU
//!   answers to its wire-copy names ("the EU's executive arm", "the 27-nation bloc");
//! - a pronoun in a list item is the person of the item before, and a term may share the cue's
//!   last word ("could not be used on Russian territory").

mod common;

use common::{assert_claims, claims_of, dump, first_day_of};

fn article(sentence: &str) -> String {
    format!("---\ntitle: \"Briefing\"\npublished: 2024-03-05\n---\n\n{sentence}\n")
}

#[test]
fn a_hyphenated_term_written_with_spaces_is_the_same_term() {
    // Listed as "anti-aircraft missiles" (military aid); "missiles" alone would read as
    // long-range weapons.
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Monday that Germany would pay for more anti aircraft missiles for Ukraine.",
    ));
    assert_claims(
        &c,
        &["germany military-aid supports"],
        &["germany long-range-weapons supports"],
    );
    // Listed as "cease-fire".
    let c = claims_of(&article(
        "President Volodymyr Zelensky said on Monday that any cease fire must be backed by guarantees.",
    ));
    assert_claims(&c, &["ukraine peace-talks supports"], &[]);
}

#[test]
fn a_topic_term_counts_in_the_singular_as_in_the_plural() {
    // Listed as "shells" and "soldiers".
    let c = claims_of(&article(
        "Prime Minister Petr Fiala said on Monday that the Czech initiative would buy every shell it could find for Ukraine.",
    ));
    assert_claims(&c, &["czechia military-aid supports"], &[]);
    let c = claims_of(&article(
        "Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday that no Polish soldier would fight on Ukrainian soil.",
    ));
    assert_claims(&c, &["poland troops-to-ukraine opposes"], &[]);
}

#[test]
fn words_whose_singular_means_something_else_keep_their_number() {
    // "strikes" is a long-range term; "the strike" is one event, on which nobody took a
    // position on the weapons.
    let c = claims_of(&article(
        "Downing Street said on Monday that the strike was reckless and escalatory.",
    ));
    assert!(c.is_empty(), "{}", dump(&c));
}

#[test]
fn not_a_single_and_not_one_deny_like_no() {
    let c = claims_of(&article(
        "Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday that not a single Polish soldier would be sent to fight in Ukraine.",
    ));
    assert_claims(
        &c,
        &["poland troops-to-ukraine opposes"],
        &["poland troops-to-ukraine supports"],
    );
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Tuesday that not one German soldier would go to Ukraine.",
    ));
    assert_claims(&c, &["germany troops-to-ukraine opposes"], &[]);
    // "not a" without "single" is no determiner of the subject: the negation stays local.
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Tuesday that it was not a question of whether Germany would send weapons to Ukraine, but when.",
    ));
    assert_claims(&c, &[], &["germany military-aid opposes"]);
}

#[test]
fn a_modal_s_subject_may_carry_a_participle_phrase() {
    // "should _" needs its topic after it or as its subject; the subject here is four words
    // back, past "frozen in London".
    let c = claims_of(&article(
        "Foreign Secretary David Cameron said on Monday that the Russian assets frozen in London should go to Ukraine.",
    ));
    assert_claims(&c, &["uk frozen-assets supports"], &[]);
    // A clause between is no modifier: Germany's "should" is not said of the sanctions.
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Monday that the sanctions that Hungary had blocked should wait.",
    ));
    assert_claims(&c, &[], &["germany sanctions supports"]);
}

#[test]
fn a_live_blog_entry_is_dated_by_its_heading_not_by_the_day_another_entry_reported() {
    let c = claims_of(
        "---\ntitle: \"Live\"\npublished: 2024-04-10\n---\n\n\
         *Newest entries first.*\n\n\
         **Tuesday 9 April**\n\n\
         **18:05** Asked on Sunday's talk show, Foreign Secretary David Cameron said Britain would keep sending weapons.\n\n\
         **11:20** Chancellor Olaf Scholz, arriving in Brussels, told reporters Germany would deliver a third Patriot system to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "uk", "military-aid"),
        "2024-04-07",
        "{}",
        dump(&c)
    );
    assert_eq!(
        first_day_of(&c, "germany", "military-aid"),
        "2024-04-09",
        "{}",
        dump(&c)
    );
}

#[test]
fn a_transcript_label_with_only_a_surname_is_the_person_of_that_surname_named_before() {
    let c = claims_of(
        "---\ntitle: \"Podcast\"\npublished: 2023-09-22\n---\n\n\
         *Recorded on Wednesday. PRESENTER is our host; KALLAS is Kaja Kallas, Estonia's prime minister; SMITH is Julianne Smith, the U.S. ambassador to NATO.*\n\n\
         **PRESENTER:** Sanctions. Are they working?\n\n\
         **SMITH:** We are going to keep tightening sanctions on Russia's war machine.\n",
    );
    assert_claims(&c, &["usa sanctions supports"], &[]);
    assert_eq!(
        first_day_of(&c, "usa", "sanctions"),
        "2023-09-20",
        "{}",
        dump(&c)
    );
    // A surname nobody in the article bears is still nobody's turn.
    let c = claims_of(
        "---\ntitle: \"Podcast\"\npublished: 2023-09-22\n---\n\n\
         *Recorded on Wednesday with Julianne Smith and a historian.*\n\n\
         **PRESENTER:** Sanctions. Are they working?\n\n\
         **BROWN:** The West is going to keep tightening sanctions on Russia's war machine.\n",
    );
    assert_claims(&c, &[], &["usa sanctions supports"]);
}

#[test]
fn a_proposition_that_is_not_going_to_happen_is_opposed() {
    let c = claims_of(
        "---\ntitle: \"Briefing\"\npublished: 2025-03-25\n---\n\n\
         Donald Trump said on Monday that NATO membership for Ukraine was not going to happen.\n",
    );
    assert_claims(&c, &["usa ukraine-nato-membership opposes"], &[]);
    // "will not happen again" is said of something else (a war), not of the proposition.
    let c = claims_of(&article(
        "Foreign Minister Andrii Sybiha said on Monday that an invitation to join NATO was the strongest guarantee that this war will not happen again.",
    ));
    assert_claims(&c, &[], &["ukraine ukraine-nato-membership opposes"]);
}

#[test]
fn a_passive_cue_keeps_its_agent_across_an_adverb() {
    let c = claims_of(&article(
        "A twelfth sanctions package was formally adopted by the German government on Monday.",
    ));
    assert_claims(&c, &["germany sanctions supports"], &[]);
    // "categorically opposed to" is an adjective with its speaker as subject, not a passive
    // whose agent is missing.
    let c = claims_of(&article(
        "Foreign Minister Sergey Lavrov said on Monday: \"We are categorically opposed to Ukraine joining NATO.\"",
    ));
    assert_claims(&c, &["russia ukraine-nato-membership opposes"], &[]);
}

#[test]
fn a_determiner_and_a_reference_noun_point_back_to_the_topic_in_focus() {
    // Neither "such permission" nor "the American step" is listed: each is a determiner of
    // `reference_determiners` before a noun of `reference_nouns`.
    let c = claims_of(
        "---\ntitle: \"Briefing\"\npublished: 2024-11-20\n---\n\n\
         Volodymyr Zelensky asked again on Monday for permission to strike targets inside Russia with ATACMS. \
         Chancellor Olaf Scholz said on Tuesday that such permission was dangerous.\n",
    );
    assert_claims(&c, &["germany long-range-weapons opposes"], &[]);
    let c = claims_of(
        "---\ntitle: \"Briefing\"\npublished: 2025-10-24\n---\n\n\
         The Treasury imposed sanctions on Rosneft and Lukoil on Wednesday. \
         Ukraine's foreign minister Andrii Sybiha welcomed the American step on Thursday.\n",
    );
    assert_claims(&c, &["ukraine sanctions supports"], &[]);
}

#[test]
fn a_caption_turn_after_a_time_code_is_its_speaker_s_and_a_reporter_s_turn_is_narration() {
    let c = claims_of(
        "---\ntitle: \"Evening news\"\npublished: 2022-06-28\n---\n\n\
         [00:01:19] >> HARTWIG: Speaking to broadcasters this morning, Boris Johnson had a warning for anyone tempted to push Kyiv into a ceasefire.\n\n\
         [00:01:25] >> JOHNSON: Any settlement now would simply reward aggression.\n\n\
         [00:01:40] >> HARTWIG: In Brussels, Ursula von der Leyen confirmed today that the European Union will join the ban on imports of Russian gold.\n",
    );
    assert_claims(
        &c,
        &["uk peace-talks opposes", "eu sanctions supports"],
        &[],
    );
}

#[test]
fn a_pronoun_object_before_a_clause_of_time_or_condition_points_back() {
    let c = claims_of(&article(
        "Ukraine has asked for Taurus missiles for months. Chancellor Olaf Scholz said on Monday that Germany would not deliver them until the allies agreed.",
    ));
    assert_claims(&c, &["germany long-range-weapons opposes"], &[]);
}

#[test]
fn undoing_a_limit_on_the_proposition_supports_it_and_keeping_it_opposes() {
    let lifted = claims_of(&article(
        "Ukraine wants to strike deeper into Russia. Foreign Minister Radoslaw Sikorski said on Saturday that the range restrictions on Ukraine should be lifted.",
    ));
    assert_claims(&lifted, &["poland long-range-weapons supports"], &[]);
    let kept = claims_of(&article(
        "Ukraine wants to strike deeper into Russia. Chancellor Olaf Scholz said on Saturday that the range restrictions on Ukraine must stay.",
    ));
    assert_claims(&kept, &["germany long-range-weapons opposes"], &[]);
    // Sanctions are no limit on their own proposition: lifting them still opposes it.
    let c = claims_of(&article(
        "Foreign Minister Sergey Lavrov said on Saturday that the sanctions must be lifted.",
    ));
    assert_claims(&c, &["russia sanctions opposes"], &[]);
}

#[test]
fn could_use_of_permission_supports_instead_of_hedging() {
    let c = claims_of(
        "---\ntitle: \"Briefing\"\npublished: 2024-05-31\n---\n\n\
         Chancellor Olaf Scholz said on Friday that Ukraine could use weapons supplied by Germany against positions in Russia.\n",
    );
    assert_claims(
        &c,
        &["germany long-range-weapons supports"],
        &["germany long-range-weapons open"],
    );
}

#[test]
fn a_day_owned_by_someone_s_earlier_event_does_not_date_the_story() {
    let c = claims_of(
        "---\ntitle: \"Recap\"\npublished: 2022-04-25\n---\n\n\
         *Our Monday recap. The talk show went out live on Sunday evening.*\n\n\
         The presenter opened by reading out the chancellor's words from his Friday magazine interview.\n\n\
         Defence Minister Christine Lambrecht said Germany would keep delivering weapons to Ukraine.\n",
    );
    assert_eq!(
        first_day_of(&c, "germany", "military-aid"),
        "2022-04-24",
        "{}",
        dump(&c)
    );
}

#[test]
fn a_supporting_verb_in_the_passive_is_said_of_its_subject() {
    let c = claims_of(&article(
        "Eric Mamer, the Commission's chief spokesperson, said on Monday that sanctions against Russia would be extended.",
    ));
    assert_claims(&c, &["eu sanctions supports"], &[]);
    let c = claims_of(&article(
        "Chancellor Olaf Scholz said on Monday that no tanks would be delivered to Ukraine this year.",
    ));
    assert_claims(
        &c,
        &["germany military-aid opposes"],
        &["germany military-aid supports"],
    );
}

#[test]
fn an_eu_title_names_the_holder_of_its_own_office() {
    let c = claims_of(&article(
        "The High Representative said on Monday that sanctions against Russia would be tightened.",
    ));
    assert_claims(&c, &["eu sanctions supports"], &[]);
    assert_eq!(c[0].speaker, "Josep Borrell", "{}", dump(&c));
    let c = claims_of(&article(
        "The European Council President said on Monday that sanctions against Russia would be tightened.",
    ));
    assert_eq!(
        c.first().map(|x| x.speaker.as_str()),
        Some("Charles Michel"),
        "{}",
        dump(&c)
    );
}

#[test]
fn the_eu_by_its_wire_copy_names() {
    for sentence in [
        "The EU's executive arm said on Monday it would propose new sanctions against Russia.",
        "The 27-nation bloc agreed on Monday to impose new sanctions against Russia.",
        "The European Union's foreign affairs chief said on Monday that new sanctions against Russia were being prepared.",
    ] {
        assert_claims(&claims_of(&article(sentence)), &["eu sanctions supports"], &[]);
    }
    // "the bloc" alone is no one's name: the Western bloc, the Soviet bloc.
    let c = claims_of(&article(
        "The bloc said on Monday it would impose new sanctions against Russia.",
    ));
    assert_claims(&c, &[], &["eu sanctions supports"]);
}

#[test]
fn france_s_armed_forces_minister_and_nato_s_top_civilian_official_are_titles() {
    let c = claims_of(&article(
        "France's armed forces minister said on Monday that France would keep sending weapons to Ukraine.",
    ));
    assert_claims(&c, &["france military-aid supports"], &[]);
    let c = claims_of(&article(
        "The alliance's top civilian official said on Monday that allies would keep sending weapons to Ukraine.",
    ));
    assert_claims(&c, &["nato military-aid supports"], &[]);
}

#[test]
fn a_pronoun_in_a_list_item_is_the_person_of_the_item_before() {
    let c = claims_of(
        "---\ntitle: \"Bulletin\"\npublished: 2024-10-12\n---\n\n\
         **KYIV**\n\
         - Volodymyr Zelensky presented his plan. Zelensky asked for long-range missiles. Zelensky thanked his hosts.\n\n\
         **ROME — Thursday, 10 October**\n\
         - Prime Minister Giorgia Meloni promised continued Italian military support to Ukraine.\n\
         - Italy's weapons could not be used on Russian territory, she repeated.\n",
    );
    assert_claims(
        &c,
        &["italy long-range-weapons opposes"],
        &["ukraine long-range-weapons opposes"],
    );
}
