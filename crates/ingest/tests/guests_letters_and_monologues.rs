//! The nineteenth session's rules from the folded heldout-19, each on text written for it:
//! - in a transcript, a guest who speaks for no actor ("HARRIET:", a newspaper review's
//!   columnist) reports others like narration: "the House, he said, had to pass the aid bill"
//!   is the president's, while the guest's own opinion is nobody's; a correspondent the
//!   programme introduced ("Correspondent in Istanbul: Deniz Arslan", then "ARSLAN:") narrates,
//!   and a narrator's label ends the turn before it; a "He" right after a turn's label goes
//!   back to the line before, not to the person the piece names most;
//! - a formal letter ("Dear Chair," … "Yours sincerely," over the name) is its signatory
//!   speaking, on the date line above the salutation; the speech it reports is the reported
//!   speaker's, and its bare titles ("the Prime Minister") are the signatory's government's;
//! - "on 20 May that …": the month before a stance is no modal "may";
//! - "Q: Will Italy send new weapons? Tajani: Italy will …": an answer labelled by one name
//!   right after the question is that person's turn ("I am not going to speculate" in one
//!   refuses nothing);
//! - an interview printed as a monologue (an italic standfirst: "X spoke to our reporter on
//!   Wednesday … the questions have been removed") is X speaking, on the interview's day; in
//!   a turn, "Macron announced that …" is Macron's;
//! - an army that deploys itself ("NATO had no plans to deploy to Ukraine") is the troops
//!   question, and "whatever they were called" names, it reports no speech;
//! - phrases: a charge ("accused Western capitals of pumping Ukraine full of weapons") and a
//!   clear word ("He was equally clear on what the United States would not do: …") are
//!   statements, and so is a participle "promising that" after its subject's clause; "would
//!   have nothing to do with" refuses; aid that "had reached Ukraine" or "would carry on" is
//!   supported; "nothing to discuss with Kyiv", "a peaceful track", "ready to meet Zelensky",
//!   "a pause that froze the front line", "military needs", "ground units" and "not the
//!   right system" name their question;
//! - "Downing Street said that the Prime Minister had no plans to send troops": an office of
//!   the speaker's own government in the clause it reports is no third party;
//! - a pledge in the past perfect ("Olaf Scholz had pledged a further 500 million euros in
//!   arms the day before") is a dated statement; a delivery in it ("only London had supplied
//!   such missiles") stays a record;
//! - "We are banning all imports of Russian oil", "request number one" for air defence, and
//!   aid that "would be channelled to Ukraine" support their question;
//! - "would not accept a pause in pressure" refuses a halt, not the question;
//! - a name after a verb of meeting or thanking ("ready to meet Zelensky") is its object, no
//!   antecedent for the next "he";
//! - "Asked whether Canadian soldiers could be part of a force once a ceasefire was reached,
//!   he did not rule it out": the "it" is what was asked, not the clause of time inside it;
//! - "This interview was recorded in London on Monday and is broadcast tonight": what follows
//!   was said on Monday, and "said he was ready to host talks the following day" was said on
//!   the day in focus, not the day after; a note that dates the page itself ("Published the
//!   following day." in the italic standfirst) dates no statement in it.

mod common;

use common::{claims_in_war, claims_of, days_of, triples};

#[test]
fn a_guest_s_turn_reports_others_but_says_nothing_for_an_actor() {
    let text = "PRESENTER: Good morning. Let's look at the papers. With me is Harriet, political editor of a Sunday paper.\n\nHARRIET: Thank you. The Post quotes the president telling reporters yesterday that Putin was responsible, and then turning to Congress: the House, he said, had to pass the Ukraine aid bill now. I think Germany should send the Taurus missiles, frankly.\n\nPRESENTER: And the Times?\n\nHARRIET: The Times has Jens Stoltenberg, who said in Munich yesterday that allies must step up ammunition deliveries to Ukraine.";
    let c = claims_in_war(text, "2024-02-17");
    assert_eq!(days_of(&c, "nato", "military-aid"), ["2024-02-16"]);
    // The guest's own "I think Germany should send" is no German stance.
    assert!(
        days_of(&c, "germany", "long-range-weapons").is_empty(),
        "{c:?}"
    );
    assert!(days_of(&c, "germany", "military-aid").is_empty(), "{c:?}");
}

#[test]
fn a_formal_letter_is_its_signatory_speaking_on_the_letter_s_date() {
    let page = "---\ntitle: \"Correspondence: the Defence Secretary's reply to the Committee\"\nsource: \"Committee Papers\"\npublished: 2024-03-20\n---\n\n*The Committee wrote to the Secretary of State on 1 March. His reply is reproduced below.*\n\n**12 March 2024**\n\nDear Chair,\n\nThank you for your letter of 1 March.\n\n**Deployment.** We have no plans to deploy British troops to Ukraine.\n\n**NATO.** The Prime Minister told allies in Brussels on 15 February that Ukraine's future is in NATO.\n\nYours sincerely,\n\nGrant Shapps";
    let c = claims_of(page);
    assert_eq!(days_of(&c, "uk", "troops-to-ukraine"), ["2024-03-12"]);
    assert_eq!(days_of(&c, "uk", "ukraine-nato-membership"), ["2024-02-15"]);
    // Without a date line the letter speaks on the day it is published.
    let page = page.replace("**12 March 2024**\n\n", "");
    let c = claims_of(&page);
    assert_eq!(days_of(&c, "uk", "troops-to-ukraine"), ["2024-03-20"]);
    // Without its close it is nobody's letter: the "we" is no one's.
    let page = page.replace(
        "Yours sincerely,\n\nGrant Shapps",
        "The Committee will reply in April.",
    );
    let c = claims_of(&page);
    assert!(days_of(&c, "uk", "troops-to-ukraine").is_empty(), "{c:?}");
}

#[test]
fn may_the_month_is_no_hedge() {
    let text = "Rishi Sunak told G7 leaders in Hiroshima on 20 May that Ukraine's rightful place is in NATO.";
    let c = claims_in_war(text, "2023-05-22");
    assert_eq!(triples(&c), ["uk ukraine-nato-membership supports"]);
    // The modal still hedges.
    let text = "Rishi Sunak said on Saturday that Ukraine may one day join NATO.";
    let c = claims_in_war(text, "2023-05-22");
    assert_eq!(triples(&c), ["uk ukraine-nato-membership open"]);
}

#[test]
fn an_answer_run_on_after_its_question_is_the_named_person_s_turn() {
    let text = "The interview with Antonio Tajani was recorded in Rome on Tuesday.\n\nQ: Will Italy send new weapons? Tajani: Italy will send a new package of air defence systems to Ukraine.\n\nQ: And soldiers? Tajani: We will never send Italian soldiers to Ukraine.";
    let c = claims_in_war(text, "2024-03-01");
    assert_eq!(days_of(&c, "italy", "military-aid"), ["2024-02-27"]);
    assert_eq!(days_of(&c, "italy", "troops-to-ukraine"), ["2024-02-27"]);
    let text = "The interview with David Lammy was recorded in London on Wednesday.\n\nQ: Would Britain send troops to enforce a ceasefire? LAMMY: I am not going to speculate about a ceasefire that doesn't exist.";
    let c = claims_in_war(text, "2024-12-20");
    assert!(c.is_empty(), "{c:?}");
    // A one-word heading after a statement is no answer's label.
    let text = "Q: The chancellor said Germany will send more air defence systems to Ukraine. Update: the ministry confirmed the package.";
    let c = claims_in_war(text, "2024-03-01");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn an_interview_printed_as_a_monologue_is_its_interviewee_speaking() {
    let page = "---\ntitle: \"In his own words\"\nsource: \"Weekend Review\"\npublished: 2024-10-19\n---\n\n*Wladyslaw Kosiniak-Kamysz, Poland's minister of national defence, spoke to our reporter in Warsaw on Wednesday, the day Volodymyr Zelensky presented his plan to parliament. The questions have been removed.*\n\nPeople ask me whether Poland will send soldiers to Ukraine. We will not send Polish soldiers to Ukraine.\n\nThis morning President Zelensky asked the allies for an invitation to NATO. Ukraine's place is in NATO.";
    let c = claims_of(page);
    let days = |actor, topic| {
        let mut d = days_of(&c, actor, topic);
        d.dedup();
        d
    };
    assert_eq!(days("poland", "troops-to-ukraine"), ["2024-10-16"]);
    assert_eq!(days("poland", "ukraine-nato-membership"), ["2024-10-16"]);
    // Without the standfirst's word that the questions were cut, the text is the outlet's.
    let page = page.replace(" The questions have been removed.", "");
    let c = claims_of(&page);
    assert!(
        days_of(&c, "poland", "troops-to-ukraine").is_empty(),
        "{c:?}"
    );
}

#[test]
fn a_speech_verb_of_a_named_subject_in_a_turn_is_the_subject_s() {
    let text = "ZAKHAROVA: Mr Macron announced in Paris on 4 September that twenty-six countries would deploy troops to Ukraine after a ceasefire. Any such troops would be legitimate targets.\n\nQUESTION: Thank you.";
    let c = claims_in_war(text, "2025-09-11");
    assert_eq!(days_of(&c, "france", "troops-to-ukraine"), ["2025-09-04"]);
}

#[test]
fn deploying_to_ukraine_is_the_troops_question_and_a_passive_called_names() {
    let text = "NATO as an alliance had no plans to deploy to Ukraine, Mark Rutte said on Tuesday.";
    let c = claims_in_war(text, "2026-03-12");
    assert_eq!(days_of(&c, "nato", "troops-to-ukraine"), ["2026-03-10"]);
    let text = "Any foreign troops in Ukraine, whatever they were called, would be legitimate targets, Maria Zakharova told her weekly briefing on Wednesday.";
    let c = claims_in_war(text, "2026-03-12");
    assert_eq!(days_of(&c, "russia", "troops-to-ukraine"), ["2026-03-11"]);
}

#[test]
fn charges_refusals_and_deliveries_of_the_nineteenth_set() {
    let text = "Maria Zakharova, the foreign ministry spokeswoman, accused Western capitals on Saturday of pumping Ukraine full of weapons.";
    let c = claims_in_war(text, "2022-02-21");
    assert_eq!(days_of(&c, "russia", "military-aid"), ["2022-02-19"]);
    let text = "Viktor Orban told a news conference on Tuesday that his country would have nothing to do with the purchase of weapons for Ukraine.";
    let c = claims_in_war(text, "2025-07-17");
    assert_eq!(triples(&c), ["hungary military-aid opposes"]);
    let text = "Britain's Ministry of Defence said on Tuesday that another shipment of air-defence missiles had reached Ukraine.";
    let c = claims_in_war(text, "2026-11-20");
    assert_eq!(days_of(&c, "uk", "military-aid"), ["2026-11-17"]);
    let text = "The White House insisted on Tuesday that American weapons deliveries would carry on after next month's elections.";
    let c = claims_in_war(text, "2022-10-27");
    assert_eq!(days_of(&c, "usa", "military-aid"), ["2022-10-25"]);
    // What a matter "has nothing to do with" is no refusal.
    let text =
        "Olaf Scholz said on Tuesday that the decision had nothing to do with the weapons debate.";
    let c = claims_in_war(text, "2022-10-27");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn the_one_met_is_no_antecedent() {
    let text = "Russian Foreign Minister Sergey Lavrov said on Sunday that Putin was ready to meet Zelensky once an agenda had been prepared. But he rejected any Western troops as part of the guarantees.";
    let c = claims_in_war(text, "2025-08-25");
    assert_eq!(days_of(&c, "russia", "troops-to-ukraine"), ["2025-08-24"]);
    assert!(
        days_of(&c, "ukraine", "troops-to-ukraine").is_empty(),
        "{c:?}"
    );
}

#[test]
fn a_clear_word_before_a_colon_is_a_statement() {
    let text = "Vice President JD Vance appeared on television on Sunday. He was equally clear on what the United States would not do: there would be no American troops on the ground in Ukraine.";
    let c = claims_in_war(text, "2025-08-25");
    assert_eq!(days_of(&c, "usa", "troops-to-ukraine"), ["2025-08-24"]);
}

#[test]
fn a_pronoun_after_a_question_stands_for_what_was_asked() {
    let text = "Mark Carney spoke in Kyiv on Sunday. Asked whether Canadian soldiers could be part of a European-led reassurance force once a ceasefire was reached, he did not rule it out.";
    let c = claims_in_war(text, "2025-08-25");
    assert_eq!(triples(&c), ["canada troops-to-ukraine open"]);
}

#[test]
fn an_interview_recorded_before_its_broadcast_is_dated_by_the_recording() {
    let text = "This interview with Lord Cameron was recorded in London on Monday and is broadcast tonight.\n\nCameron said Britain wanted the frozen Russian central-bank money to be used for Ukraine.";
    let c = claims_in_war(text, "2024-02-29");
    assert_eq!(days_of(&c, "uk", "frozen-assets"), ["2024-02-26"]);
}

#[test]
fn the_following_day_inside_what_was_said_does_not_date_the_saying() {
    let text = "President Donald Trump wrote on social media on Sunday that there would be no NATO membership for Ukraine.\n\nIn the same post, Trump said he was ready to host peace talks with Zelensky and European leaders at the White House the following day.";
    let c = claims_in_war(text, "2025-08-19");
    let mut days = days_of(&c, "usa", "peace-talks");
    days.dedup();
    assert_eq!(days, ["2025-08-17"]);
    // Right after the verb it dates the saying.
    let text = "President Donald Trump met European leaders on Sunday. He said the following day that he was ready to host peace talks.";
    let c = claims_in_war(text, "2025-08-19");
    let mut days = days_of(&c, "usa", "peace-talks");
    days.dedup();
    assert_eq!(days, ["2025-08-18"]);
}

#[test]
fn a_correspondent_s_turn_is_narration_and_ends_the_turn_before_it() {
    let text = "*Presenter: Moira Flett. Correspondent in Istanbul: Deniz Arslan.*\n\nFLETT: The talks resumed this morning. Deniz Arslan was there.\n\nARSLAN: Good morning, Moira. On Friday the European Union adopted its eighteenth sanctions package against Russia.\n\nFLETT: Thank you.";
    let c = claims_in_war(text, "2025-07-24");
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2025-07-18"]);
    let text = "PRESENTER: With me is the defence secretary.\n\nBEN WALLACE: We will keep supporting Ukraine with weapons.\n\nNEWSREADER: Air defence systems for Ukraine are urgently needed.";
    let c = claims_in_war(text, "2022-06-07");
    assert!(c.iter().all(|x| !x.evidence.contains("urgently")), "{c:?}");
}

#[test]
fn a_pronoun_after_a_turn_s_label_goes_back_to_the_line_before() {
    let text = "[00:00:14] >> ANCHOR: Our correspondent Lena Hartwig is at Schloss Elmau.\n\n[00:01:19] >> HARTWIG: Boris Johnson spoke to broadcasters this morning. Boris Johnson said Britain would keep arming Ukraine. Boris Johnson also met Emmanuel Macron.\n\n[00:02:34] >> FERRER: NATO's secretary general Jens Stoltenberg said yesterday that allies would raise their readiness.\n\n[00:02:46] >> FERRER: He also promised that the alliance would keep giving Ukraine military support \"for as long as it takes\".";
    let c = claims_in_war(text, "2022-06-28");
    assert_eq!(days_of(&c, "nato", "military-aid"), ["2022-06-27"]);
}

#[test]
fn talks_needs_and_systems_named_in_passing() {
    let text = "Sergei Lavrov told the TASS agency on Tuesday that there was nothing to discuss with Kyiv until it accepted the new realities.";
    let c = claims_in_war(text, "2022-12-28");
    assert_eq!(triples(&c), ["russia peace-talks opposes"]);
    let text = "Rob Jetten said on Tuesday that the Netherlands was looking at air policing and possibly ground units for the force in Ukraine.";
    let c = claims_in_war(text, "2026-03-11");
    assert_eq!(triples(&c), ["netherlands troops-to-ukraine open"]);
    let text = "John Kirby said on Thursday that the Abrams was not the right system for Ukraine.";
    let c = claims_in_war(text, "2023-01-06");
    assert_eq!(triples(&c), ["usa military-aid opposes"]);
}

#[test]
fn the_speaker_s_own_office_in_the_reported_clause_is_no_third_party() {
    let text = "Defence Secretary Grant Shapps visited Kyiv on Monday. Downing Street said the same day that the Prime Minister had no plans to send British troops to fight in Ukraine.";
    let c = claims_in_war(text, "2023-10-04");
    assert_eq!(days_of(&c, "uk", "troops-to-ukraine"), ["2023-10-02"]);
}

#[test]
fn a_pledge_in_the_past_perfect_is_a_statement_a_delivery_a_record() {
    let text = "Zelensky spoke in Kyiv on Wednesday. The day before, at a summit of the Crimea Platform, German Chancellor Olaf Scholz had pledged a further 500 million euros in arms.";
    let c = claims_in_war(text, "2022-08-25");
    assert_eq!(days_of(&c, "germany", "military-aid"), ["2022-08-23"]);
    let text = "Until now only London had supplied such missiles to Ukraine.";
    let c = claims_in_war(text, "2023-07-12");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_participle_promising_that_reports_its_subject() {
    let text = "Ursula von der Leyen stayed on safer ground when she took the stage in Davos on Tuesday, promising that the bloc's sanctions would be kept in place.";
    let c = claims_in_war(text, "2022-05-27");
    assert_eq!(days_of(&c, "eu", "sanctions"), ["2022-05-24"]);
}

#[test]
fn a_note_dating_the_page_dates_no_statement() {
    let page = "---\ntitle: \"English subtitle track: interview with Defence Minister Ruben Brekelmans\"\npublished: 2024-10-07\n---\n\n*English subtitles for the interview broadcast live on Sunday 6 October 2024, translated from Dutch. Published the following day.*\n\n[PRESENTER] Will you send troops?\n\n[BREKELMANS] We will not send Dutch troops to Ukraine.";
    let c = claims_of(page);
    assert_eq!(
        days_of(&c, "netherlands", "troops-to-ukraine"),
        ["2024-10-06"]
    );
}

#[test]
fn bans_requests_and_refused_offers_of_the_nineteenth_set() {
    let text = "Joe Biden spoke at the White House on Tuesday. He said: \"We are banning all imports of Russian oil and gas and energy.\"";
    let c = claims_in_war(text, "2022-03-10");
    assert_eq!(triples(&c), ["usa sanctions supports"]);
    let text = "Before leaving New York on Thursday morning, Volodymyr Zelensky said air defence was \"request number one\" for his meetings in Washington.";
    let c = claims_in_war(text, "2023-09-21");
    assert_eq!(triples(&c), ["ukraine military-aid supports"]);
}

#[test]
fn a_leaders_meeting_is_the_peace_talks_question() {
    let text = "Russian Foreign Minister Sergey Lavrov said on Sunday that Putin was ready to meet Zelensky once an agenda had been prepared.";
    let c = claims_in_war(text, "2025-08-25");
    assert_eq!(triples(&c), ["russia peace-talks supports"]);
}

#[test]
fn a_frozen_front_line_is_the_peace_talks_question() {
    let text = "Volodymyr Zelensky replied on Tuesday that a pause that froze the front line would only give Russia time to regroup and rearm.";
    let c = claims_in_war(text, "2024-07-09");
    assert_eq!(triples(&c), ["ukraine peace-talks opposes"]);
}

#[test]
fn a_pause_refused_refuses_no_question() {
    let text = "Mark Rutte told the House on Wednesday that the Netherlands would press for a tenth sanctions package. He said the government would \"not accept a pause in pressure\" while the Russian offensive in the Donbas continued.";
    let c = claims_in_war(text, "2023-02-10");
    assert!(c.iter().all(|x| x.stance.as_str() != "opposes"), "{c:?}");
}
