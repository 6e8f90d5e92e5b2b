//! Who answers in an interview: the person the introduction presents. Used for the "A:" turns
//! of a labelled interview and for interviews printed as bold questions with plain answers and
//! no labels at all ("**And Ukraine's wish to join NATO?**" then the minister's answer).
//! Not here: labelled transcripts and their turns ("Q:", "KULEBA:"), see `speakers`.

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::mentions::{Mention, MentionKind};
use super::speakers::{label_own_date, names_a_speaker_in, names_its_own_speaker, Label};
use super::statement_dates::Turn;
use super::words::{set_in_emphasis, words_before};
use super::Doc;

/// Phrases of an introduction that present the person answering ("spoke to us on Saturday",
/// "answered our questions in writing"); an explainer's or a FAQ's bold questions have none.
pub(super) const PRESENTS_AN_INTERVIEW: [&str; 10] = [
    "interview",
    "spoke to us",
    "spoke with us",
    "we spoke to",
    "we spoke with",
    "talked to us",
    "we met",
    "answered our questions",
    "receives us",
    "received us",
];

/// The interviewee: the last person named before `ps`, outside the interviewer's paragraphs
/// `asked` ("Q: Emmanuel Macron wants a European force …" names someone else), and not a name
/// a preposition's object owns ("as Europe waited for Donald Trump's inauguration", "the day
/// after President Trump's first statements"). With `titles`, a title of a known actor
/// presents them too ("Turkey's foreign minister spoke to us").
pub(super) fn interviewee_before(
    doc: &Doc<'_>,
    ps: usize,
    asked: &[(usize, usize)],
    titles: bool,
) -> Option<usize> {
    let i = doc.mentions.partition_point(|m| m.start < ps);
    (0..i).rev().find(|&j| {
        let m = &doc.mentions[j];
        // (A title merged with its name keeps the title's flags, so "after President Trump's
        // first statements" is read off the text here. Giving the merged mention the name's
        // flag for every reader of mentions cost a claim on an untuned battery.)
        let possessor = m.possessor
            || ["'s", "\u{2019}s"]
                .iter()
                .any(|s| doc.text[m.end..].starts_with(s));
        let owned_by_object = possessor
            && words_before(doc.text, m.start, 1, true)
                .first()
                .is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "for"
                            | "of"
                            | "in"
                            | "at"
                            | "on"
                            | "to"
                            | "with"
                            | "about"
                            | "after"
                            | "before"
                            | "by"
                    )
                });
        let presented = match m.kind {
            MentionKind::Person(_) => true,
            MentionKind::Title { actor, .. } => titles && actor.is_some(),
            _ => false,
        };
        presented && !owned_by_object && !asked.iter().any(|&(a, b)| a <= m.start && m.end <= b)
    })
}

/// In an interview without turn labels whose questions are set in bold or italics, every
/// paragraph of narration after the first question is the interviewee's answer, unless it
/// names its own speaker ("Her predecessor, she says, …" stays narration). `asked` are the
/// question paragraphs' spans. Needs two such questions and an introduction that presents an
/// interview.
///
/// Questions printed in plain type ("Will Ukraine ever join NATO?" then the answer) are read
/// the same way when the introduction is one or two paragraphs that present the interview and
/// at least three questions follow it. There, a one-sentence paragraph right after an answer
/// and before another answer is the interviewer's prompt without a question mark ("Some in
/// Europe say it is time to negotiate with Putin directly."), not the interviewee's words.
pub(super) fn unlabelled_answers(doc: &Doc<'_>, labels: &mut [Label], asked: &[(usize, usize)]) {
    let set_off = |&&(a, b): &&(usize, usize)| doc.text[a..b].trim_start().starts_with(['*', '_']);
    let mut questions = asked.iter().filter(set_off);
    let plain = match (questions.next(), questions.next()) {
        (Some(&(first, _)), Some(_)) => Some((first, false)),
        // Plain questions: the first is the second or third paragraph.
        _ if asked.len() >= 3
            && doc
                .paragraphs
                .iter()
                .take(3)
                .skip(1)
                .any(|p| p.0 == asked[0].0) =>
        {
            Some((asked[0].0, true))
        }
        _ => None,
    };
    let Some((first, plain)) = plain else {
        return;
    };
    let intro = doc.text[..first].to_lowercase();
    if !PRESENTS_AN_INTERVIEW.iter().any(|p| intro.contains(p)) {
        return;
    }
    let Some(answering) = presented_by_the_introduction(doc, first, asked)
        .or_else(|| interviewee_before(doc, first, asked, true))
    else {
        return;
    };
    let is_question = |i: usize| asked.iter().any(|&(a, _)| a == doc.paragraphs[i].0);
    for i in 0..labels.len() {
        // (With plain questions, only a first sentence that names its speaker makes narration:
        // "We still believe … At the Council on Monday, Kaja Kallas said …" is an answer that
        // goes on to report someone.)
        let narration = || {
            if plain {
                first_sentence_names_its_speaker(doc, i)
            } else {
                names_its_own_speaker(doc, i)
            }
        };
        if doc.paragraphs[i].0 <= first || labels[i] != Label::None || narration() {
            continue;
        }
        let prompt = plain
            && i > 0
            && !is_question(i - 1)
            && labels[i - 1] == Label::Speaker(answering)
            && i + 1 < labels.len()
            && !is_question(i + 1)
            && one_sentence(doc, i);
        labels[i] = if prompt {
            Label::Nobody
        } else {
            Label::Speaker(answering)
        };
    }
}

/// The person the introduction's presenting sentence names as the one who spoke ("Pål Jonson,
/// Sweden's minister for defence, spoke to us on Thursday …"), before a later sentence of the
/// introduction names others ("On Wednesday, Pete Hegseth had told the allies …"): the last
/// person named before the presenting phrase, else the first after it ("we spoke to Kaja
/// Kallas"). The last such sentence before the first question counts.
fn presented_by_the_introduction(
    doc: &Doc<'_>,
    first: usize,
    asked: &[(usize, usize)],
) -> Option<usize> {
    let asked_at = |m: &Mention| asked.iter().any(|&(a, b)| a <= m.start && m.end <= b);
    doc.sentences
        .iter()
        .filter(|s| s.end <= first)
        .rev()
        .find_map(|s| {
            let lower = doc.text[s.start..s.end].to_lowercase();
            let at = PRESENTS_AN_INTERVIEW
                .iter()
                .filter_map(|p| lower.find(p))
                .min()?
                + s.start;
            let from = doc.mentions.partition_point(|m| m.start < s.start);
            let people: Vec<usize> = (from..doc.mentions.len())
                .take_while(|&j| doc.mentions[j].end <= s.end)
                .filter(|&j| {
                    let m = &doc.mentions[j];
                    matches!(m.kind, MentionKind::Person(_)) && !asked_at(m)
                })
                .collect();
            people
                .iter()
                .rev()
                .find(|&&j| doc.mentions[j].end <= at)
                .or_else(|| people.iter().find(|&&j| doc.mentions[j].start >= at))
                .copied()
        })
}

/// Whether the first sentence of paragraph `i` has a speech verb with a person named before it
/// ("Pal Jonson told parliament on Tuesday that …").
fn first_sentence_names_its_speaker(doc: &Doc<'_>, i: usize) -> bool {
    doc.sentences
        .iter()
        .find(|s| s.paragraph == i)
        .is_some_and(|s| names_a_speaker_in(doc, (s.start, s.end)))
}

/// Whether paragraph `i` holds a single sentence.
fn one_sentence(doc: &Doc<'_>, i: usize) -> bool {
    doc.sentences.iter().filter(|s| s.paragraph == i).count() == 1
}

/// What an interview's standfirst says when the questions are cut and the answers run on as one
/// first-person text ("His words have been condensed and edited; the questions have been
/// removed.", "as told to our reporter").
const MONOLOGUE: [&str; 7] = [
    "questions have been removed",
    "questions were removed",
    "questions have been cut",
    "in his own words",
    "in her own words",
    "in their own words",
    "as told to",
];

/// An interview printed as the interviewee's monologue: a standfirst set in italics that
/// presents the interview and says its questions were removed makes every paragraph after it
/// the first person it names speaking, unless a paragraph names its own speaker ("The Prime
/// Minister told the cabinet on Tuesday …" stays reported speech).
pub(super) fn monologue(doc: &Doc<'_>, labels: &mut [Label]) {
    let Some(&(ps, pe)) = doc.paragraphs.first() else {
        return;
    };
    let standfirst = doc.text[ps..pe].trim();
    let italic = set_in_emphasis(standfirst);
    let lower = standfirst.to_lowercase();
    if !italic
        || !MONOLOGUE.iter().any(|p| lower.contains(p))
        || !(PRESENTS_AN_INTERVIEW.iter().any(|p| lower.contains(p))
            || lower.contains("spoke to our")
            || lower.contains("told our"))
    {
        return;
    }
    let Some(speaker) = doc.mentions.iter().position(|m| {
        m.start >= ps
            && m.end <= pe
            && matches!(
                m.kind,
                MentionKind::Person(_) | MentionKind::Title { actor: Some(_), .. }
            )
    }) else {
        return;
    };
    for (i, label) in labels.iter_mut().enumerate().skip(1) {
        if *label == Label::None && !names_its_own_speaker(doc, i) {
            *label = Label::Speaker(speaker);
        }
    }
}

/// How the statement of a cue is voiced, for dating it: an op-ed's or a letter's narration, a
/// labelled turn (`from_label`: the cue is the label's speaker's own words) (dated by its own label, else by the introduction's date), another person's
/// words reported inside a turn, or plain reported speech.
pub(super) fn statement_turn(
    doc: &Doc<'_>,
    label: Label,
    quote: Option<usize>,
    mention: Option<usize>,
    from_label: bool,
    byline: Option<usize>,
    intro_date: Option<(NaiveDate, DateBasis)>,
) -> Turn {
    if let (Label::Letter(signatory, day), None) = (label, quote) {
        let day = day.map(|d| (d, DateBasis::Explicit));
        return if mention != Some(signatory) {
            // "As the Defence Secretary confirmed to the House on 11 May, …" in a minister's
            // letter: reported speech, else the letter's day.
            Turn::Reported(day)
        } else if day.is_some() {
            // The letter's own date, "**13 June 2023**" above "Dear Chair,".
            Turn::Label(day)
        } else {
            Turn::Byline
        };
    }
    let from_byline = quote.is_none() && byline.is_some() && mention == byline;
    if from_byline {
        Turn::Byline
    } else if from_label {
        // A turn's own label may date it ("Answered by … on 21 November 2022:").
        Turn::Label(
            mention
                .and_then(|m| label_own_date(doc, m).or_else(|| introduced_on(doc, m)))
                .or(intro_date),
        )
    } else {
        match (label, quote) {
            // "The President has repeatedly said that …" in Peskov's turn.
            (Label::Speaker(lm), None) => Turn::Reported(label_own_date(doc, lm).or(intro_date)),
            _ => Turn::None,
        }
    }
}

/// The day the paragraph right before a turn gives when it introduces the turn's speaker
/// ("ANCHOR: Germany's defence minister Christine Lambrecht joined us from Berlin this
/// morning." over "LAMBRECHT: …"): the date in the sentence that names them, unless that
/// sentence is a question ("Minister, on Monday you said …?" names the day of other words).
fn introduced_on(doc: &Doc<'_>, m: usize) -> Option<(NaiveDate, DateBasis)> {
    let MentionKind::Person(ids) = &doc.mentions[m].kind else {
        return None;
    };
    let at = doc.mentions[m].start;
    // (Paragraphs, mentions, sentences and dates are in text order: all are searched by
    // position, since this runs for every cue of a turn its label does not date.)
    let p = doc.paragraphs.partition_point(|&(_, b)| b <= at);
    let &(ps, pe) = doc.paragraphs.get(p.checked_sub(1)?)?;
    let from = doc.mentions.partition_point(|x| x.start < ps);
    let intro = doc.mentions[from..]
        .iter()
        .take_while(|x| x.end <= pe)
        .find(|x| matches!(&x.kind, MentionKind::Person(o) if o.iter().any(|i| ids.contains(i))))?;
    let s = doc
        .sentences
        .get(doc.sentences.partition_point(|x| x.end <= intro.start))?;
    if doc.text[s.start..s.end].contains('?') {
        return None;
    }
    doc.dates[doc.dates.partition_point(|d| d.start < s.start)..]
        .first()
        .filter(|d| d.end <= s.end)
        .map(|d| (d.date, d.basis))
}
