//! The twenty-ninth session's rules from the folded heldout-29, each on text written for it:
//! - a pronoun opening a paragraph after a title named more often than anyone else is that
//!   title's ("The President of the Republic condemned … recalled … He stated that France will
//!   not send soldiers" on the Élysée's page is Macron's, not the caller's named twice);
//! - a subject with a longer modifier before an auxiliary and an obligation ("the sanctions on
//!   Russian fertiliser shipments would have to be lifted") is still the obligation's subject;
//! - the war's bill named from Kyiv's side is military aid ("not a single euro to Ukraine's
//!   military budget", "funding Ukraine's war");
//! - a verb's own object right after it wins over a term that ends a clause coordinated before
//!   it ("would not take part in financing Ukraine's war and rejected any use of the frozen
//!   Russian assets" rejects the assets too);
//! - ministers counted as a group ("The two defence ministers said …") are each of the
//!   ministers named just before;
//! - training moved into the country is a deployment ("did not rule out training Ukrainian
//!   troops in Ukraine");
//! - renouncing the path to NATO or abandoning the plans to join are membership's inverse
//!   ("would never agree to renounce its path to NATO" wants it; "once Kyiv abandoned its plans
//!   to join NATO" is a condition against it);
//! - a sentence's opening "And" makes no object of the name after it, even with an appositive
//!   before the verb ("And Mark Rutte, the Dutch prime minister, said …");
//! - "would stay out of" is a refusal, not the supporting "would stay";
//! - "nothing but" is no contrast between a topic and its cue ("a truce would be nothing but a
//!   breathing space for the Ukrainian army");
//! - a means of paying judged the quickest is supported ("the frozen Russian assets were the
//!   quickest way to fund Ukraine's defence");
//! - a speech reproduced under a note in emphasis that gives the day it was delivered was said
//!   that day, not on the day the page went up;
//! - a cue phrase may hold its topic whole ("remained open to talks, although …");
//! - exempting a good from the sanctions opposes them ("We have deliberately exempted Russian
//!   gas from our sanctions");
//! - a letter is of the day it is dated ("*The following letter, dated 5 March 2025, answers
//!   our editorial of 28 February.*"), not of the last day it mentions;
//! - a transcript's honorific without its full stop is no part of the label ("MR PRICE:");
//! - a negation coordinated before a negative cue is a second denial, not a flip ("are not and
//!   will not be sent");
//! - what a passive verb of naming calls something is its agent's stance ("The seizure of the
//!   frozen Russian assets was called theft by Dmitry Peskov", "was branded a dangerous
//!   escalation by Maria Zakharova", "was described as \"theft\" by …");
//! - "the Council" alone is the Council of the EU ("the Council adopted an eleventh package");
//!   the Council of Europe and a government's Council of Ministers are not;
//! - partners after a preposition are an object even with "G7" before them ("would work with
//!   G7 partners to use the proceeds");
//! - "enter any negotiations" is entering talks, and what is offered is supported ("offered
//!   Istanbul as a venue for peace talks");
//! - the one invited is an object, not a third party taking the stance ("a decision to invite
//!   Ukraine into NATO was not on the agenda");
//! - an excuse denied refuses nothing ("had no excuse left and should use the frozen assets");
//! - what "makes Russia pay" is the assets' use ("the G7 loan, which makes Russia pay for the
//!   destruction");
//! - options explored are kept open ("was exploring options to use the frozen Russian assets").

mod common;

use common::{assert_claims, claims_in_war, claims_of, claims_on, days_of, speakers_of};

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

#[test]
fn the_wars_bill_named_from_kyivs_side_is_military_aid() {
    let c = claims_in_war(
        "Robert Fico said on Thursday that Slovakia would not contribute a single euro to Ukraine's military budget.",
        "2025-12-19",
    );
    assert_claims(&c, &["slovakia military-aid opposes"], &[]);
    let c = claims_in_war(
        "Andrej Babiš said on Thursday that Czechia would not vote for funding Ukraine's war.",
        "2025-12-19",
    );
    assert_claims(&c, &["czechia military-aid opposes"], &[]);
}

#[test]
fn a_verbs_object_wins_over_a_term_of_the_clause_before() {
    let c = claims_in_war(
        "Viktor Orbán said on Thursday that Hungary would not take part in financing Ukraine's war and rejected any use of the frozen Russian assets.",
        "2025-12-19",
    );
    assert_claims(
        &c,
        &[
            "hungary military-aid opposes",
            "hungary frozen-assets opposes",
        ],
        &[],
    );
}

#[test]
fn counted_ministers_are_each_of_those_named() {
    let c = claims_in_war(
        "Boris Pistorius and Sébastien Lecornu met in Paris on Thursday.\n\nThe two defence ministers said they would keep sending ammunition to Ukraine.",
        "2023-11-10",
    );
    assert_claims(
        &c,
        &[
            "germany military-aid supports",
            "france military-aid supports",
        ],
        &[],
    );
}

#[test]
fn training_inside_ukraine_is_a_deployment() {
    let c = claims_in_war(
        "Sébastien Lecornu said on Monday that France did not rule out training Ukrainian troops in Ukraine.",
        "2024-06-04",
    );
    assert_claims(&c, &["france troops-to-ukraine open"], &[]);
}

#[test]
fn renouncing_the_path_to_nato_is_the_inverse_of_membership() {
    let c = claims_in_war(
        "Dmytro Kuleba said on Tuesday that Kyiv would never agree to renounce its path to NATO.",
        "2022-03-30",
    );
    assert_claims(
        &c,
        &["ukraine ukraine-nato-membership supports"],
        &["ukraine ukraine-nato-membership open"],
    );
    let c = claims_in_war(
        "Sergei Lavrov said on Tuesday that a ceasefire would follow once Kyiv abandoned its plans to join NATO.",
        "2022-03-30",
    );
    assert_claims(&c, &["russia ukraine-nato-membership opposes"], &[]);
}

#[test]
fn an_opening_and_makes_no_object_of_the_name_after_it() {
    let c = claims_in_war(
        "Olaf Scholz said on Monday that Germany would keep delivering air defence to Ukraine. And Mark Rutte, the Dutch prime minister, said on Tuesday that the Netherlands would send more F-16 jets.",
        "2024-02-14",
    );
    assert_claims(
        &c,
        &[
            "germany military-aid supports",
            "netherlands military-aid supports",
        ],
        &[],
    );
    assert_eq!(speakers_of(&c, "netherlands"), ["Mark Rutte"]);
}

#[test]
fn staying_out_is_a_refusal() {
    let c = claims_in_war(
        "Robert Fico said on Thursday that Slovakia would stay out of any loan based on the frozen Russian assets.",
        "2025-12-13",
    );
    assert_claims(
        &c,
        &["slovakia frozen-assets opposes"],
        &["slovakia frozen-assets supports"],
    );
}

#[test]
fn nothing_but_is_no_contrast() {
    let c = claims_in_war(
        "Maria Zakharova said on Tuesday that a truce would be nothing but a breathing space for the Ukrainian army.",
        "2023-06-21",
    );
    assert_claims(&c, &["russia peace-talks opposes"], &[]);
}

#[test]
fn the_quickest_way_to_fund_supports_its_subject() {
    let c = claims_in_war(
        "Giorgia Meloni said on Thursday that the frozen Russian assets were the quickest way to fund Ukraine's defence.",
        "2024-06-14",
    );
    assert_claims(&c, &["italy frozen-assets supports"], &[]);
}

#[test]
fn a_reproduced_speech_is_of_the_day_it_was_delivered() {
    let c = claims_of(
        "---\ntitle: Address by the President of Ukraine to the Italian Parliament\nsource: President of Ukraine (official website)\npublished: 2022-03-23\n---\n\n\
         *The Office of the President of Ukraine publishes the full text of the address that President Volodymyr Zelensky delivered by video link to the Italian Parliament on Tuesday, 22 March 2022. The speech was given in Ukrainian; this is the official English version. Reactions in the chamber are indicated in brackets.*\n\n\
         Dear Mr President of the Chamber! Dear Mr Prime Minister! Dear deputies and senators, dear people of Italy!\n\n\
         I am speaking to you from Kyiv after four weeks of war.\n\n\
         (Applause.)\n\n\
         Today the port of Mariupol is a ruin. Every day the ships that leave Russian ports pay for the bombs.\n\n\
         We thank you for what you have done. On 28 February your government decided to send Ukraine weapons, and we felt it at the front.\n\n\
         That is why I ask you today: close your ports to Russian ships. Sanctions must be strong enough to stop this war.\n\n\
         (Prolonged applause.)\n\n\
         We need air defence, and we need it now.\n",
    );
    assert_eq!(days_of(&c, "ukraine", "sanctions"), ["2022-03-22"]);
    let mut aid = days_of(&c, "ukraine", "military-aid");
    aid.sort();
    assert_eq!(aid, ["2022-02-28", "2022-03-22", "2022-03-22"]);
}

#[test]
fn a_cue_phrase_may_hold_its_topic() {
    let c = claims_in_war(
        "Dmitry Peskov said on Monday that Moscow remained open to talks, although it saw no partner in Kyiv.",
        "2023-09-05",
    );
    assert_claims(&c, &["russia peace-talks supports"], &[]);
}

#[test]
fn exempting_a_good_opposes_the_sanctions() {
    let c = claims_in_war(
        "\"We have deliberately exempted Russian gas from our sanctions, because there is no other way for now,\" Olaf Scholz said on Wednesday.",
        "2022-05-05",
    );
    assert_claims(
        &c,
        &["germany sanctions opposes"],
        &["germany sanctions supports"],
    );
}

#[test]
fn a_letter_is_of_the_day_it_is_dated() {
    let c = claims_of(
        "---\ntitle: \"Letters: a reply from Ukraine's ambassador\"\nsource: The Northern Review\npublished: 2025-03-09\n---\n\n\
         *Letters to the editor. The following letter, dated 5 March 2025, answers our editorial of 28 February.*\n\n\
         Sir,\n\n\
         Your editorial of 28 February asked whether Germany still needs to arm Ukraine. As Ukraine's ambassador in Berlin, I would like to answer it.\n\n\
         First, the facts. On 3 March, the Chancellor said Germany would keep its support.\n\n\
         Second, what is missing. Ukraine still needs air defence, and I will keep asking for it for as long as it takes.\n\n\
         Oleksii Makeiev\nAmbassador of Ukraine to the Federal Republic of Germany\n",
    );
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2025-03-05"]);
}

#[test]
fn an_honorific_without_its_stop_and_a_coordinated_denial() {
    let c = claims_on(
        "*Department Press Briefing. Ned Price, Department Spokesperson. Washington, D.C., Wednesday, March 8, 2023.*\n\n\
         MR PRICE: Good afternoon. Today we are announcing new sanctions on Russian defence companies.\n\n\
         QUESTION: Will American forces go to Ukraine?\n\n\
         MR PRICE: American forces are not and will not be sent to fight in Ukraine.",
        "2023-03-09",
        "U.S. Department of State (official website)",
    );
    assert_claims(
        &c,
        &["usa sanctions supports", "usa troops-to-ukraine opposes"],
        &["usa troops-to-ukraine open"],
    );
    assert_eq!(speakers_of(&c, "usa"), ["Ned Price", "Ned Price"]);
}

#[test]
fn a_passive_verb_of_naming_gives_the_stance_to_its_agent() {
    let c = claims_in_war(
        "The seizure of the frozen Russian assets was called theft by Dmitry Peskov on Thursday.",
        "2024-03-22",
    );
    assert_claims(&c, &["russia frozen-assets opposes"], &[]);
    let c = claims_in_war(
        "The delivery of F-16 jets to Ukraine was branded a dangerous escalation by Maria Zakharova on Wednesday.",
        "2023-09-14",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
    let c = claims_in_war(
        "The use of the frozen Russian assets was described as \"theft\" by Dmitry Peskov on Wednesday.",
        "2024-05-23",
    );
    assert_claims(&c, &["russia frozen-assets opposes"], &[]);
    assert_eq!(speakers_of(&c, "russia"), ["Dmitry Peskov"]);
}

#[test]
fn the_council_alone_is_the_council_of_the_eu() {
    let c = claims_in_war(
        "On Friday, 23 June, the Council adopted an eleventh package of sanctions against Russia, targeting the circumvention of earlier measures.",
        "2023-06-26",
    );
    assert_claims(&c, &["eu sanctions supports"], &[]);
    let c = claims_in_war(
        "On Friday, the Council of Europe called for new sanctions against Russia.",
        "2023-06-26",
    );
    assert_claims(&c, &[], &["eu sanctions supports"]);
}

#[test]
fn g7_partners_after_a_preposition_are_an_object() {
    let c = claims_in_war(
        "Foreign Secretary David Lammy said on Friday that he would work with G7 partners to use the proceeds of frozen Russian assets for Ukraine.",
        "2024-07-06",
    );
    assert_claims(&c, &["uk frozen-assets supports"], &[]);
}

#[test]
fn entering_any_talks_and_an_offer() {
    let c = claims_in_war(
        "Volodymyr Zelensky said on Sunday that Ukraine would not enter any negotiations with Moscow while Russian troops remained on its land.",
        "2023-11-14",
    );
    assert_claims(&c, &["ukraine peace-talks opposes"], &[]);
    let c = claims_in_war(
        "Recep Tayyip Erdoğan said on Tuesday that Türkiye offered Istanbul as a venue for peace talks between Russia and Ukraine.",
        "2025-02-19",
    );
    assert_claims(&c, &["turkey peace-talks supports"], &[]);
}

#[test]
fn the_one_invited_is_an_object() {
    let c = claims_in_war(
        "Olaf Scholz said on Thursday that a decision to invite Ukraine into NATO was not on the agenda in Vilnius.",
        "2023-07-07",
    );
    assert_claims(&c, &["germany ukraine-nato-membership opposes"], &[]);
}

#[test]
fn an_excuse_denied_refuses_nothing() {
    let c = claims_in_war(
        "Donald Tusk said on Thursday that Europe had no excuse left and should use the frozen Russian assets for Ukraine.",
        "2024-03-22",
    );
    assert_claims(
        &c,
        &["poland frozen-assets supports"],
        &["poland frozen-assets opposes"],
    );
}

#[test]
fn making_russia_pay_is_the_assets_use() {
    let c = claims_in_war(
        "Volodymyr Zelensky welcomed the G7 loan on Thursday, which makes Russia pay for the destruction it has caused.",
        "2024-06-14",
    );
    assert_claims(&c, &["ukraine frozen-assets supports"], &[]);
}

#[test]
fn options_explored_are_kept_open() {
    let c = claims_in_war(
        "Wopke Hoekstra said on Wednesday that the Netherlands was exploring options to use the frozen Russian assets for Ukraine.",
        "2023-03-14",
    );
    assert_claims(
        &c,
        &["netherlands frozen-assets open"],
        &["netherlands frozen-assets supports"],
    );
}
