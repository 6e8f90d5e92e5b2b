//! Who speaks a paragraph or a quotation: transcript and interview labels ("Vladimir Putin:",
//! "Q:", bold interviewer questions) and the speaker of every direct quotation (the verb after
//! it, the verb before it, a colon after a subject, or the previous quote going on).
//! Not here: attribution of reported speech outside quotes (see `clauses`).

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use crate::knowledge::Speech;

use super::attribution::Attribution;
use super::interviews::{interviewee_before, monologue, unlabelled_answers};
use super::label_names::{initials_label, journalist_label, surname_label};
use super::letters::signed_letters;
use super::mentions::MentionKind;
use super::quotes::Quote;
use super::run_in_labels::{is_narrator_label, is_run_in_heading};
use super::sentences::{caption_lead_len, label_at};
use super::signatures::{bold_lead_label, bold_lead_speaker, dash_attribution};
use super::subjects::subject_before;
use super::verbless_leads::verbless_lead;
use super::words::{has_word, set_in_bold};
use super::{Doc, Extractor};

/// Who speaks a paragraph of a transcript or interview ("Vladimir Putin: …", "Q: …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Label {
    None,
    Speaker(usize),
    /// A signed letter: its signatory's voice, on the letter's own date if it has one (a
    /// minister's reply "**13 June 2023** Dear Chair, …"), else on the day of publication.
    Letter(usize, Option<NaiveDate>),
    /// A transcript turn of someone who speaks for no actor (a newspaper review's guest, an
    /// analyst on a panel: "HARRIET:", "Alexander Shokhin:"): their own words are no one's
    /// statement, but what they report by a speech verb is its speaker's, as in narration.
    Guest,
    Nobody,
}

impl Extractor<'_> {
    /// Transcript and interview labels per paragraph.
    pub(super) fn paragraph_labels(&self, doc: &Doc<'_>, official: bool) -> Vec<Label> {
        let mut labels = Vec::with_capacity(doc.paragraphs.len());
        let mut questions: Vec<usize> = Vec::new();
        // The interviewer's paragraphs: a person named there is not the one answering.
        let mut asked: Vec<(usize, usize)> = Vec::new();
        let mut count = 0;
        // Paragraphs a narrator's label opens ("NEWSREADER:", a correspondent's "ARSLAN:"):
        // they end the turn before them.
        let mut narrated: Vec<usize> = Vec::new();
        // Bold leads alone on their line ("**Dmitry Peskov**, Kremlin spokesman, Wednesday:"
        // in a quote box): the paragraph below is what they said.
        let mut lead_lines: Vec<usize> = Vec::new();
        for &(ps, pe) in &doc.paragraphs {
            let para = &doc.text[ps..pe];
            // A paragraph set wholly in bold, or ending in a question mark, is the interviewer's
            // question or a heading, never a statement ("**Should Ukraine join NATO?**").
            if is_question_or_heading(para) {
                labels.push(Label::Nobody);
                questions.push(labels.len() - 1);
                // (A heading in bold may name the one answering: "**Spokesperson Mao Ning's
                // Regular Press Conference**".)
                if para.trim_end_matches(['*', '_', ' ', '"']).ends_with('?') {
                    asked.push((ps, pe));
                }
                continue;
            }
            // A parliamentary written question and its answer: the question is nobody's
            // statement, the answer is the minister's turn.
            if let Some((answer, colon)) = record_label(para) {
                count += 1;
                let speaker = answer
                    .then(|| {
                        doc.mentions.iter().position(|m| {
                            m.start >= ps
                                && m.end <= ps + colon
                                && matches!(m.kind, MentionKind::Person(_))
                        })
                    })
                    .flatten();
                labels.push(speaker.map_or(Label::Nobody, Label::Speaker));
                continue;
            }
            // A round-up's bullet led by a speaker in bold: "- **Donald Tusk**, Polish prime
            // minister, on Monday: Poland would …". Not a transcript turn: the next paragraph
            // does not continue it.
            if let Some((bold, colon)) = bold_lead_label(para) {
                labels.push(bold_lead_speaker(doc, ps, bold).map_or(Label::Nobody, Label::Speaker));
                if para[colon + 1..].trim().is_empty() {
                    lead_lines.push(labels.len() - 1);
                }
                continue;
            }
            // Transcripts give turns long titles ("Deputy Chairman of the Security Council
            // Dmitry Medvedev:") and notes ("Xi Jinping (retranslated):").
            let label = label_at(&doc.text[ps..pe]).map(|(l, colon)| (l, ps + colon));
            labels.push(match label {
                // "Kallas on guarantees: …": a lead without a verb names the speaker.
                None => verbless_lead(doc, ps, pe).map_or(Label::None, |(m, _)| Label::Speaker(m)),
                Some((l, end)) => {
                    count += 1;
                    let l = l.trim();
                    if is_run_in_heading(l) {
                        // "PEACE THROUGH STRENGTH: …", "FACT: …": a fact sheet's heading or a
                        // field name, not a speaker; the paragraph is narration.
                        Label::None
                    } else if is_narrator_label(l) {
                        // "VO (pictures: the Oval Office):", "REPORTER (live):": a broadcast
                        // script's narrator with a production note; narration that reports.
                        Label::None
                    } else if matches!(
                        l,
                        "Q" | "Question"
                            | "Interviewer"
                            | "Moderator"
                            | "Journalist"
                            | "Reporter"
                            | "Host"
                            | "Audience"
                    ) {
                        asked.push((ps, pe));
                        Label::Nobody
                    } else if l.split([' ', ',']).next().is_some_and(|w| {
                        ["spokesperson", "spokesman", "spokeswoman"]
                            .iter()
                            .any(|s| w.eq_ignore_ascii_case(s))
                    }) {
                        // "SPOKESPERSON:" in a ministry's briefing is the government speaking:
                        // the first actor the article names ("the French Ministry for Europe
                        // and Foreign Affairs").
                        doc.mentions
                            .iter()
                            .position(|m| {
                                m.start < ps
                                    && !m.in_quote
                                    && matches!(m.kind, MentionKind::Actor(_))
                            })
                            .map_or(Label::Nobody, Label::Speaker)
                    } else if let Some(label) = initials_label(doc, l, ps, end) {
                        // "KK:" after "Kaja Kallas … spoke to us": the person with those initials;
                        // any other initials ("BRW:", the outlet) are the interviewer's.
                        label
                    } else if matches!(l, "A" | "Answer") {
                        // The interviewee (see `interviews`).
                        interviewee_before(doc, ps, &asked, false)
                            .map_or(Label::Nobody, Label::Speaker)
                    } else if let Some(named) = doc.mentions.iter().position(|m| {
                        // "The Prime Minister (Rishi Sunak):", as Hansard labels a minister's
                        // turn: the name in brackets, not the bare title before it.
                        m.start >= ps
                            && m.end <= end
                            && matches!(m.kind, MentionKind::Person(_))
                            && doc.text[ps..m.start].ends_with('(')
                    }) {
                        Label::Speaker(named)
                    } else {
                        doc.mentions
                            .iter()
                            .position(|m| {
                                // "President of Iran Sayyid Ebrahim Raisi (retranslated):": a
                                // bare title beside a name nobody in the gazetteer bears is
                                // that person's title, not the last president named.
                                let bare_title_beside_a_name =
                                    matches!(m.kind, MentionKind::Title { actor: None, .. })
                                        && l.split_whitespace().count()
                                            > doc.text[m.start..m.end].split_whitespace().count()
                                                + 1;
                                m.start >= ps
                                    && m.end <= end
                                    && !bare_title_beside_a_name
                                    && !matches!(
                                        m.kind,
                                        MentionKind::Blocker
                                            | MentionKind::Outlet
                                            | MentionKind::Pronoun
                                    )
                            })
                            // "From: Prime Minister's Office", "Update:": one word is a
                            // heading or a field, not a speaker's label; a name nobody in the
                            // gazetteer bears ("Alexander Shokhin:") is a turn of somebody who
                            // speaks for no actor.
                            // "SMITH:" after "SMITH is Julianne Smith, the United States
                            // Permanent Representative": a surname label is the person of that
                            // surname the article named before.
                            .or_else(|| surname_label(doc, l, ps))
                            .map_or(
                                // A surname in capitals ("IOHANNIS:") is a transcript turn of
                                // someone who speaks for no actor, not a field name (a
                                // broadcast's narrator, "NEWSREADER:", was read above).
                                // (In broadcast captions, "[00:01:19] >> HARTWIG:", a
                                // surname nobody in the article bears is a reporter's: the
                                // turn is narration.)
                                if l.split_whitespace().count() == 1
                                    && !(l.len() >= 3
                                        && l.chars().all(|c| c.is_uppercase() || c == '-')
                                        && caption_lead_len(para) == 0
                                        && !journalist_label(doc, l, ps))
                                {
                                    Label::None
                                } else {
                                    Label::Guest
                                },
                                Label::Speaker,
                            )
                    }
                }
            });
            if labels.last() == Some(&Label::None) && label.is_some() {
                count -= 1;
                narrated.push(labels.len() - 1);
            }
        }
        for i in lead_lines {
            if labels.get(i + 1) == Some(&Label::None) {
                labels[i + 1] = labels[i];
            }
        }
        if count == 0 {
            unlabelled_answers(doc, &mut labels, &asked);
            if asked.is_empty() {
                monologue(doc, &mut labels);
            }
        }
        super::reproduced_statements::statement_blocks(doc, &mut labels);
        signed_letters(doc, &mut labels);
        // In a transcript (several labels, or an official record) a speaker's remarks run on
        // until the next label.
        if count >= 2 || (count == 1 && official) {
            let mut current = Label::None;
            for (i, l) in labels.iter_mut().enumerate() {
                if questions.contains(&i) {
                    // A question interrupts nobody: the answer after it is the last speaker's.
                    continue;
                }
                if narrated.contains(&i) {
                    current = Label::None;
                    continue;
                }
                if *l == Label::None {
                    // "The incumbent was not silent either. … Josep Borrell said": a paragraph
                    // of narration that names its own speaker is no continuation of the turn.
                    if !names_its_own_speaker(doc, i) {
                        *l = current;
                    }
                } else {
                    current = *l;
                }
            }
        }
        labels
    }

    /// Who said each quotation.
    pub(super) fn quote_attributions(&self, doc: &Doc<'_>) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = Vec::with_capacity(doc.quotes.len());
        for (qi, q) in doc.quotes.iter().enumerate() {
            let mut att = self.attribute_quote(doc, q);
            if att.mention.is_none() && qi > 0 {
                // The previous quote's speaker goes on: a reopened quote, or a quote-only sentence
                // right after an attributed one.
                let prev = &doc.quotes[qi - 1];
                let s_prev = doc
                    .sentences
                    .partition_point(|x| x.end <= prev.end.saturating_sub(1));
                let s_here = doc.sentences.partition_point(|x| x.end <= q.start);
                // (Not past a speech verb of its own sentence whose speaker is unknown: "Cyril
                // Ramaphosa … said the continent wanted \"the war to end through negotiation\"".)
                // (Verbs are in text order: only the sentence's own are read.)
                let own_verb = doc.sentences.get(s_here).is_some_and(|s| {
                    let first = doc.verbs.partition_point(|v| v.start < s.start);
                    doc.verbs[first..]
                        .iter()
                        .take_while(|v| v.start < s.end)
                        .any(|v| !v.in_quote && v.end <= s.end)
                });
                if q.continues || (s_here <= s_prev + 1 && !own_verb) {
                    att = out[qi - 1].clone();
                }
            }
            if att.mention.is_none() {
                att.blocked = true;
            }
            out.push(att);
        }
        out
    }

    pub(super) fn attribute_quote(&self, doc: &Doc<'_>, q: &Quote) -> Attribution {
        if let Some(att) = dash_attribution(doc, q) {
            return att;
        }
        let last = q.end.saturating_sub(1);
        let s_end = doc.sentences.partition_point(|x| x.end <= last);
        if let Some(sentence) = doc.sentences.get(s_end) {
            let span = (sentence.start, sentence.end);
            // `,” he said.` / `," CNN cited Peskov`: the first verb after the quote, close to it.
            let from = doc.verbs.partition_point(|v| v.start < q.end);
            if let Some(vi) = (from..doc.verbs.len())
                .take_while(|&i| doc.verbs[i].start - q.end <= 60)
                .find(|&i| !doc.verbs[i].in_quote && doc.verbs[i].end <= sentence.end)
                // `he said he would "not rule that out", and that the Prime Minister would say
                // more`: a verb in a clause of the sentence's own verb is no attribution.
                .filter(|&i| !has_word(&doc.text[q.end..doc.verbs[i].start], "that"))
            {
                let verb = &doc.verbs[vi];
                let mut att = doc.verb_attribution(vi, (q.end, span.1));
                if att.mention.is_none() && matches!(verb.kind, Speech::Say) {
                    att = doc.verb_attribution(vi, span);
                }
                if att.mention.is_some() {
                    return att;
                }
            }
        }
        // `Peskov also said: “…”`: the nearest verb before the quote in its sentence.
        let s_start = doc.sentences.partition_point(|x| x.end <= q.start);
        if let Some(sentence) = doc.sentences.get(s_start) {
            let first = doc.verbs.partition_point(|v| v.start < sentence.start);
            let upto = doc.verbs.partition_point(|v| v.end <= q.start);
            if let Some(vi) = (first..upto.max(first))
                .rev()
                .find(|&i| !doc.verbs[i].in_quote && doc.verbs[i].end <= q.start)
            {
                return doc.verb_attribution(vi, (sentence.start, sentence.end));
            }
        }
        // `Orbán was blunt: "…"`: a quote introduced by a colon belongs to the subject of the
        // clause before the colon.
        let lead = doc.text[..q.start].trim_end();
        let colon = lead.strip_suffix(':').map(str::len);
        // `Before his talks, the Foreign Minister said:` closing a paragraph, then the quote as a
        // paragraph of its own: the colon's sentence introduces it.
        let s_intro = match colon {
            Some(c) if doc.sentences.get(s_start).is_some_and(|x| x.start > c) => {
                let si = doc.sentences.partition_point(|x| x.end < c);
                if let Some(sentence) = doc.sentences.get(si).filter(|x| x.start <= c) {
                    let first = doc.verbs.partition_point(|v| v.start < sentence.start);
                    let upto = doc.verbs.partition_point(|v| v.end <= c);
                    if let Some(vi) = (first..upto.max(first))
                        .rev()
                        .find(|&i| !doc.verbs[i].in_quote)
                    {
                        let att = doc.verb_attribution(vi, (sentence.start, c));
                        if att.mention.is_some() {
                            return att;
                        }
                    }
                }
                si
            }
            _ => s_start,
        };
        if let (Some(colon), Some(sentence)) = (colon, doc.sentences.get(s_intro)) {
            if let Some(m) = subject_before(
                doc.text,
                &doc.mentions,
                &doc.quotes,
                colon,
                sentence.start,
                false,
            ) {
                return Attribution {
                    mention: Some(m),
                    anchor: Some(colon),
                    ..Attribution::default()
                };
            }
        }
        // `The European Council "reaffirms its steadfast commitment …"`: a subject right
        // before a quotation that opens with its finite verb.
        let opens_with_verb = doc.text[q.start..q.end]
            .trim_start_matches(['"', '\u{201c}', '\u{201d}', '\''])
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| {
                w.len() > 3
                    && w.chars().next().is_some_and(char::is_lowercase)
                    && (w.ends_with('s') || w.ends_with("ed"))
            });
        if opens_with_verb {
            if let Some(m) = doc.mentions.iter().rposition(|m| {
                m.end == lead.len()
                    && !m.oblique
                    && !m.in_quote
                    && matches!(
                        m.kind,
                        MentionKind::Actor(_) | MentionKind::Person(_) | MentionKind::Title { .. }
                    )
            }) {
                return Attribution {
                    mention: Some(m),
                    anchor: Some(q.start),
                    ..Attribution::default()
                };
            }
        }
        Attribution::default()
    }
}

/// The record line of a parliamentary written question or answer: "Asked by Dr Helen Oduya
/// (Labour) on 15 November 2022: …" or "Answered by Ben Wallace, Secretary of State for
/// Defence, on 21 November 2022: …". Whether it is the answer, and the offset of the colon that
/// ends it (within the first 240 bytes).
fn record_label(para: &str) -> Option<(bool, usize)> {
    let lead = para.len() - para.trim_start_matches(['*', '_', ' ']).len();
    let rest = &para[lead..];
    let answer = if rest.starts_with("Answered by ") || rest.starts_with("Replied by ") {
        true
    } else if rest.starts_with("Asked by ") {
        false
    } else {
        return None;
    };
    let colon = rest
        .char_indices()
        .take_while(|(i, _)| *i < 240)
        .find(|(_, c)| *c == ':')?
        .0;
    Some((answer, lead + colon))
}

/// The date a turn's own label gives ("Answered by Ben Wallace on 21 November 2022:"), for the
/// label whose speaker is mention `m`: a date between the paragraph's start and the label's
/// colon, when the mention stands there too.
pub(super) fn label_own_date(doc: &Doc<'_>, m: usize) -> Option<(NaiveDate, DateBasis)> {
    let at = doc.mentions.get(m)?.start;
    let &(ps, pe) = doc.paragraphs.iter().find(|&&(a, b)| a <= at && at < b)?;
    let para = &doc.text[ps..pe];
    let colon = record_label(para)
        .map(|(_, c)| c)
        .or_else(|| bold_lead_label(para).map(|(_, c)| c))
        .or_else(|| label_at(para).map(|(_, c)| c))
        .or_else(|| verbless_lead(doc, ps, pe).map(|(_, c)| c));
    // A heading that names the author of the text under it ("**Remarks by … Kaja Kallas at the
    // press conference …, Monday 23 February 2026**") dates it by its last full date.
    let Some(colon) = colon.map(|c| ps + c) else {
        return set_in_bold(para.trim_end_matches([' ', ')']).split(" (").next()?)
            .then(|| {
                doc.dates
                    .iter()
                    .rfind(|d| d.start > at && d.end <= pe && d.basis == DateBasis::Explicit)
            })
            .flatten()
            .map(|d| (d.date, d.basis));
    };
    (at < colon).then_some(())?;
    // A who's-who entry describes its person before the label ("… since October 2024. *On the
    // record, Tuesday:*"): only the label's own sentence dates the turn.
    let from = doc.text[ps..colon].rfind(". ").map_or(ps, |i| ps + i + 2);
    doc.dates
        .iter()
        .find(|d| d.start >= from && d.end <= colon)
        .map(|d| (d.date, d.basis))
}

/// A paragraph that is an interviewer's question or a heading: wholly bold (`**…**`, `__…__`)
/// or ending in a question mark (after closing emphasis and quotes).
pub(super) fn is_question_or_heading(para: &str) -> bool {
    let p = para.trim();
    let end = p.trim_end_matches(['*', '_', '"', '\u{201d}', ')', ' ']);
    set_in_bold(p) || end.ends_with('?')
}

/// Whether paragraph `i` holds a speech verb outside quotations with a named person before it
/// in the same paragraph (also outside quotations): narration reporting someone, not a turn.
pub(super) fn names_its_own_speaker(doc: &Doc<'_>, i: usize) -> bool {
    names_a_speaker_in(doc, doc.paragraphs[i])
}

/// [`names_its_own_speaker`] within `start..end` (a paragraph, or its first sentence).
pub(super) fn names_a_speaker_in(doc: &Doc<'_>, (start, end): (usize, usize)) -> bool {
    doc.verbs
        .iter()
        .filter(|v| v.start >= start && v.end <= end && !v.in_quote)
        .any(|v| {
            doc.mentions.iter().any(|m| {
                m.start >= start
                    && m.end <= v.start
                    && !m.in_quote
                    && !m.oblique
                    && matches!(m.kind, MentionKind::Person(_))
            })
        })
}
