//! The thirty-second session's rules from the folded heldout-32, each on text written for it:
//! - a standfirst note "Posted the following day." dates the page, not the statements: the
//!   meeting the record summarises is their day;
//! - a communique "issued after the meeting of the Government held on Wednesday, 8 November"
//!   dates its statements by the meeting (the day after "held on" is the sitting's, even inside
//!   an "after" clause), and "Published on Thursday, 9 November" beside it is no second sitting;
//! - a source named "Embassy of the Russian Federation in Germany" is the state's own page
//!   (a source name may go on after " in " or " to "), with more such names in actors.toml;
//! - "would not receive an invitation" refuses membership (Ukraine, who would receive it, is
//!   the theme), and talks declared "impossible to negotiate" are refused;
//! - "the President of the Czech Republic" is one title with its country (a state's name with
//!   its own article), so an interview that introduction presents gives its answers to him;
//!   a translator's bracketed note ("[TN: …]") states no position;
//! - "would continue to support Ukraine's path to NATO membership" is about membership: "continue
//!   to support Ukraine" yields to another topic's term in its sentence;
//! - "would keep supplying Ukraine during any ceasefire" is military aid: a peace-talks term after
//!   "during" (`exclude_before`) says when, not what;
//! - "PRESENTER: And President Zelensky?" names the subject the answer's "He" stands for: an
//!   "And" that opens its sentence joins no name to another;
//! - in a live blog with its newest entries first, every time-stamped entry starts afresh on the
//!   day of its heading (the entry above it came later: its days are no background);
//! - on an actor's own page, "He proposed then that …" takes the day the sentence before names,
//!   and "Germany will push for …" after "On 23 October the Council adopted …" is the page's own
//!   plan, of the day it speaks;
//! - an op-ed whose note in emphasis opens with its author ("*Mélanie Joly is Canada's Minister
//!   of Foreign Affairs.*") is that official's voice, and its undated statements are of the day
//!   it is published, not merged into a statement the article dates earlier;
//! - soldiers that "would not go to Ukraine" are refused;
//! - "We welcome the decision adopted by the Council … on 21 May": a day after a participle that
//!   describes a noun dates that act, not the welcome (not the text carrying the statement:
//!   "said in the declaration adopted … on Wednesday");
//! - "would not put any money towards weapons for Ukraine" refuses aid; using the assets as "the
//!   fairest option" supports using them;
//! - "new military aid for Ukraine and new sanctions on Russia": a second topic joined after the
//!   first term's recipient ("for Ukraine") is coordinated with it, unless a verb follows "and";
//! - on an actor's own page, a statement no speech verb reports ("Sweden also supports …") is of
//!   the page's day, not the day its actor's last statement carried;
//! - "In the declaration adopted on Wednesday, the allies wrote that …": members writing their
//!   collective text (a declaration, communiqué or conclusions) are their organisation;
//! - a line that ends with a quotation closed after a comma (`that,"`) goes on with the
//!   attribution on the next line: a soft wrap, not the end of a sentence;
//! - "makes its senders direct participants" warns like "a direct participant";
//! - weapons "not intended for strikes on Russian soil" refuse such strikes;
//! - "would no longer block it" and "would no longer stand in the way" (no "of" after it) are
//!   about the package in focus;
//! - "Péter Szijjártó, who attended on Saturday, said …": a relative clause that places the
//!   speaker at the occasion dates the statement, unless the verb's own clause names a day.

mod common;

use common::{assert_claims, claims_of, days_of};

#[test]
fn a_posted_note_dates_the_page_not_the_meeting() {
    let c = claims_of(
        "---\ntitle: Council debate on Ukraine - summary of statements\nsource: Assembly Records Service\npublished: 2023-03-03\n---\n\n\
         *Summary of the open debate on Ukraine, held on Thursday, 2 March 2023, in Geneva, with Malta presiding. Posted the following day. Statements are abridged.*\n\n\
         **Germany** - Foreign Minister Annalena Baerbock said Germany would keep delivering air defence systems to Ukraine.\n\n\
         **Russian Federation** - The deputy foreign minister said the sanctions were illegal and had to be lifted at once.\n",
    );
    assert_claims(
        &c,
        &["germany military-aid supports", "russia sanctions opposes"],
        &[],
    );
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2023-03-02"]);
    assert_eq!(days_of(&c, "russia", "sanctions"), ["2023-03-02"]);
}

#[test]
fn a_communique_after_a_meeting_is_dated_by_the_meeting() {
    let c = claims_of(
        "---\ntitle: Communique of the 12th meeting of the Government\nsource: Government Office of the Slovak Republic\nurl: https://www.vlada.gov.sk/en/communique-12th-meeting\npublished: 2024-01-25\n---\n\n\
         *English version of the communique issued after the meeting of the Government held on Wednesday, 24 January 2024, in Bratislava. Published on Thursday, 25 January 2024.*\n\n\
         **3. Foreign policy**\n\n\
         Prime Minister Robert Fico said that Slovakia would not block the European aid package for Ukraine, but would not send weapons from army stocks.\n\n\
         The Government did not approve the proposal to join the ammunition initiative for Ukraine.\n",
    );
    assert_eq!(
        days_of(&c, "slovakia", "military-aid"),
        ["2024-01-24", "2024-01-24"]
    );
}

#[test]
fn an_embassy_named_with_its_host_country_is_its_state_speaking() {
    // No address to go by: the source name alone, "Embassy of … in …", makes it the state's page.
    let c = claims_of(
        "---\ntitle: Comment of the Embassy on the new arms package\nsource: Embassy of the Russian Federation in the Republic of Austria\npublished: 2024-05-06\n---\n\n\
         The Embassy has taken note of the decision announced in Vienna last week.\n\n\
         The continuing supply of weapons to the Kyiv regime only prolongs the conflict and increases the number of victims.\n",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2024-05-06"]);
}

#[test]
fn an_invitation_that_will_not_come_refuses_membership() {
    // Ukraine is the one who would receive it: the theme, not a third party's stance.
    let c = claims_of(
        "---\ntitle: No invitation in Washington\nsource: The Courier\npublished: 2024-07-12\n---\n\n\
         Secretary of State Antony Blinken said on Thursday that Ukraine would not receive an invitation to join the alliance this year.\n",
    );
    assert_claims(
        &c,
        &["usa ukraine-nato-membership opposes"],
        &["usa ukraine-nato-membership supports"],
    );
}

#[test]
fn talks_declared_impossible_are_refused() {
    let c = claims_of(
        "---\ntitle: Kyiv rules out talks\nsource: The Courier\npublished: 2022-10-01\n---\n\n\
         President Volodymyr Zelensky said on Friday that after the annexation it was impossible to negotiate with the current Russian leadership.\n",
    );
    assert_claims(
        &c,
        &["ukraine peace-talks opposes"],
        &["ukraine peace-talks supports"],
    );
}

#[test]
fn an_interview_presented_by_a_title_with_its_country_gives_the_answers_to_the_holder() {
    // "the President of the Czech Republic" is one title (Pavel on that day), and a
    // translator's bracketed note says nothing for him.
    let c = claims_of(
        "---\ntitle: \"'We will not bargain over Ukraine's head' (interview, translated)\"\nsource: The Danube Review\npublished: 2024-03-09\n---\n\n\
         *This interview with the President of the Czech Republic was conducted in Prague on Thursday. Translated by our desk; translator's notes are marked [TN]. Questions are in bold.*\n\n\
         **Mr President, is Europe doing enough for Ukraine?**\n\n\
         Not yet. We will keep delivering shells to Ukraine for as long as they are needed. [TN: The word used covers artillery shells of every calibre, not only the ones the initiative buys.]\n\n\
         **Should Ukraine one day join NATO?**\n\n\
         Ukraine's place is in NATO, and I have said so from the first day.\n",
    );
    assert_claims(
        &c,
        &[
            "czechia military-aid supports",
            "czechia ukraine-nato-membership supports",
        ],
        &[],
    );
    assert_eq!(days_of(&c, "czechia", "military-aid"), ["2024-03-07"]);
    assert_eq!(c.len(), 2);
}

#[test]
fn supporting_ukraines_path_to_nato_is_about_membership() {
    // "continue to support Ukraine" yields to the other topic its sentence names.
    let c = claims_of(
        "---\ntitle: Ottawa backs Kyiv's bid\nsource: The Courier\npublished: 2025-06-26\n---\n\n\
         Foreign Minister Anita Anand said on Wednesday that Canada would continue to support Ukraine's path to NATO membership.\n",
    );
    assert_claims(
        &c,
        &["canada ukraine-nato-membership supports"],
        &["canada military-aid supports"],
    );
}

#[test]
fn supplying_ukraine_during_a_ceasefire_is_military_aid() {
    // "during any ceasefire" says when, not what: the delivery to Ukraine is the topic.
    let c = claims_of(
        "---\ntitle: Arms will keep flowing\nsource: The Courier\npublished: 2025-03-14\n---\n\n\
         Defence Secretary John Healey said on Thursday that Britain would keep supplying Ukraine during any ceasefire.\n",
    );
    assert_claims(
        &c,
        &["uk military-aid supports"],
        &["uk peace-talks supports"],
    );
}

#[test]
fn a_pronoun_after_the_anchors_question_is_the_one_asked_about() {
    let c = claims_of(
        "---\ntitle: Evening news\nsource: Lakeside Television\npublished: 2025-06-27\n---\n\n\
         REPORTER: Chancellor Friedrich Merz said on Wednesday that Germany would send two more Patriot systems to Ukraine.\n\n\
         PRESENTER: And President Zelensky?\n\n\
         REPORTER: He flew in this morning. He asked the leaders for more interceptors and for long-range missiles.\n",
    );
    assert_claims(
        &c,
        &[
            "germany military-aid supports",
            "ukraine military-aid supports",
        ],
        &["germany long-range-weapons supports"],
    );
}

#[test]
fn a_newest_first_live_blog_entry_does_not_take_the_day_of_the_entry_above_it() {
    // The entry above came later; its "on Sunday" is its own story.
    let c = claims_of(
        "---\ntitle: Live - the summit, day two\nsource: Harbour Live Desk\npublished: 2024-06-11\n---\n\n\
         *Newest entries first.*\n\n\
         **TUESDAY 11 JUNE**\n\n\
         19:10 - Prime Minister Donald Tusk thanked the pilots who flew the night patrols on Sunday.\n\n\
         15:40 - Foreign Minister Radosław Sikorski said the next sanctions package should target the shadow fleet.\n\n\
         09:05 - Good morning and welcome back.\n",
    );
    assert_eq!(days_of(&c, "poland", "sanctions"), ["2024-06-11"]);
}

#[test]
fn on_an_own_page_then_points_back_and_a_plan_is_of_the_day_it_speaks() {
    let c = claims_of(
        "---\ntitle: Speech by the Foreign Minister at the Security Forum\nsource: Federal Foreign Office\nurl: https://www.auswaertiges-amt.de/en/newsroom/speech-security-forum\npublished: 2025-12-05\n---\n\n\
         Ladies and gentlemen,\n\n\
         The Chancellor made our position clear in a speech in Hamburg on 2 October. He proposed then that the immobilised Russian assets should pay for Ukraine's defence.\n\n\
         On 20 November the Council adopted new listings. Germany will push for a twentieth sanctions package before Christmas.\n",
    );
    assert_eq!(days_of(&c, "germany", "frozen-assets"), ["2025-10-02"]);
    assert_eq!(days_of(&c, "germany", "sanctions"), ["2025-12-05"]);
}

#[test]
fn an_op_ed_whose_note_names_its_author_is_the_authors_voice_of_the_day() {
    let c = claims_of(
        "---\ntitle: \"Opinion - Europe must hold its nerve\"\nsource: The Harbour Times (Opinion)\npublished: 2024-06-12\n---\n\n\
         *Annalena Baerbock is Germany's Federal Foreign Minister. She wrote this article for the Harbour Times.*\n\n\
         On Monday, Chancellor Olaf Scholz said in Berlin that Germany would back a loan to Ukraine paid from the profits of the immobilised Russian assets.\n\n\
         Germany supports using the profits of the immobilised Russian assets for Ukraine's defence. Ukraine's future is in NATO.\n",
    );
    assert_eq!(
        days_of(&c, "germany", "frozen-assets"),
        ["2024-06-10", "2024-06-12"]
    );
    assert_eq!(
        days_of(&c, "germany", "ukraine-nato-membership"),
        ["2024-06-12"]
    );
}

#[test]
fn troops_that_would_not_go_to_ukraine_are_refused() {
    let c = claims_of(
        "---\ntitle: Who would send troops\nsource: The Courier\npublished: 2025-03-08\n---\n\n\
         Prime Minister Petr Fiala said on Friday that Czech soldiers would not go to Ukraine, but that Prague would keep buying shells for it.\n",
    );
    assert_claims(&c, &["czechia troops-to-ukraine opposes"], &[]);
}

#[test]
fn a_day_after_a_participle_describing_a_decision_is_the_decisions() {
    let c = claims_of(
        "---\ntitle: Sweden welcomes the use of windfall profits\nsource: Government Offices of Sweden\nurl: https://www.government.se/press-releases/2024/05/windfall-profits\npublished: 2024-05-29\n---\n\n\
         We welcome the decision adopted by the Council of the European Union on 21 May to use the windfall profits of the immobilised Russian assets for Ukraine.\n",
    );
    assert_eq!(days_of(&c, "sweden", "frozen-assets"), ["2024-05-29"]);
}

#[test]
fn no_money_towards_weapons_and_the_fairest_option() {
    let c = claims_of(
        "---\ntitle: Leaders split on the loan\nsource: The Courier\npublished: 2025-10-25\n---\n\n\
         The summit discussed a reparations loan financed by the immobilised Russian assets.\n\n\
         Prime Minister Robert Fico said on Thursday that Slovakia would not put any money towards weapons for Ukraine.\n\n\
         Prime Minister Ulf Kristersson said on Thursday that using the assets was the fairest option for Europe.\n",
    );
    assert_claims(
        &c,
        &[
            "slovakia military-aid opposes",
            "sweden frozen-assets supports",
        ],
        &[],
    );
}

#[test]
fn a_second_topic_after_the_first_ones_recipient_is_coordinated() {
    // "aid for Ukraine and new sanctions": the recipient closes the first noun phrase; a second
    // verb after "and" starts a clause of its own.
    let c = claims_of(
        "---\ntitle: Ottawa's package\nsource: The Courier\npublished: 2025-02-25\n---\n\n\
         Prime Minister Justin Trudeau announced on Monday new military aid for Ukraine and new sanctions on Russia.\n\n\
         Foreign Minister Antonio Tajani ruled out sending Italian troops to Ukraine and defended the sanctions against Russia.\n",
    );
    assert_claims(
        &c,
        &["canada military-aid supports", "canada sanctions supports"],
        &["italy sanctions opposes"],
    );
}

#[test]
fn a_pages_own_statement_does_not_carry_its_actors_last_day() {
    // "Sweden also supports …" is the page speaking on its own day, not on the day of the
    // acceptance the sentence before welcomed.
    let c = claims_of(
        "---\ntitle: New support package for Ukraine\nsource: Government Offices of Sweden\nurl: https://www.government.se/press-releases/2025/03/new-support-package\npublished: 2025-03-20\n---\n\n\
         Sweden welcomes Ukraine's acceptance, in Jeddah on 11 March, of the proposal for a thirty-day ceasefire.\n\n\
         Sweden also supports using the windfall profits from immobilised Russian central bank assets for Ukraine's reconstruction.\n",
    );
    assert_eq!(days_of(&c, "sweden", "frozen-assets"), ["2025-03-20"]);
}

#[test]
fn allies_writing_their_declaration_are_nato() {
    let c = claims_of(
        "---\ntitle: What the summit said\nsource: The Courier\npublished: 2023-07-14\n---\n\n\
         In the declaration adopted on Tuesday, 11 July, the allies wrote that Ukraine's future is in NATO.\n",
    );
    assert_claims(&c, &["nato ukraine-nato-membership supports"], &[]);
    assert_eq!(
        days_of(&c, "nato", "ukraine-nato-membership"),
        ["2023-07-11"]
    );
}

#[test]
fn a_quotation_closed_after_a_comma_at_a_line_end_goes_on_with_its_attribution() {
    // A text wrapped at a fixed width: the attribution stands on the next line.
    let c = claims_of(
        "---\ntitle: The minister at the university\nsource: The Courier\npublished: 2023-04-17\n---\n\n\
         A student asked whether instructors might one day train Ukrainian soldiers inside\n\
         Ukraine. \"No German soldiers will be deployed to Ukraine, and that will not change,\"\n\
         Defence Minister Boris Pistorius replied on Thursday.\n",
    );
    assert_claims(&c, &["germany troops-to-ukraine opposes"], &[]);
}

#[test]
fn senders_made_direct_participants_is_a_warning() {
    let c = claims_of(
        "---\ntitle: Moscow warns the senders\nsource: The Courier\npublished: 2023-02-10\n---\n\n\
         \"Every Western tank that rolls into Ukraine turns the countries that sent it into direct participants,\" Foreign Minister Sergey Lavrov told reporters on Thursday.\n",
    );
    assert_claims(&c, &["russia military-aid opposes"], &[]);
}

#[test]
fn weapons_not_intended_for_strikes_on_russia_refuse_them() {
    let c = claims_of(
        "---\ntitle: Jets with limits\nsource: The Courier\npublished: 2023-05-27\n---\n\n\
         Defence Minister Kajsa Ollongren said on Thursday that the F-16s for Ukraine are not intended for strikes on Russian soil.\n",
    );
    assert_claims(&c, &["netherlands long-range-weapons opposes"], &[]);
}

#[test]
fn a_lifted_veto_without_its_object_is_about_the_package_in_focus() {
    let c = claims_of(
        "---\ntitle: The package clears its last hurdle\nsource: The Courier\npublished: 2025-06-27\n---\n\n\
         The eighteenth sanctions package waited for Bratislava. Prime Minister Robert Fico said on Thursday that he would no longer block it.\n\n\
         The nineteenth sanctions package waited for Budapest. Foreign Minister Péter Szijjártó said on Friday that Hungary would no longer stand in the way after receiving assurances.\n",
    );
    assert_claims(
        &c,
        &["slovakia sanctions supports", "hungary sanctions supports"],
        &[],
    );
}

#[test]
fn a_relative_clause_that_places_the_speaker_dates_the_statement() {
    // "who attended on Saturday" says when the speaker was there to speak; a day in the verb's
    // own clause still wins ("who arrived last night, said today").
    let c = claims_of(
        "---\ntitle: Reactions to the conference\nsource: The Courier\npublished: 2024-06-17\n---\n\n\
         Hungary's foreign minister Péter Szijjártó, who attended on Saturday, said Europe should stop sending weapons to Ukraine.\n\n\
         President Volodymyr Zelensky, who arrived in Lucerne on Saturday, said today that Ukraine needed more air defence.\n",
    );
    assert_eq!(days_of(&c, "hungary", "military-aid"), ["2024-06-15"]);
    assert_eq!(days_of(&c, "ukraine", "military-aid"), ["2024-06-17"]);
}
