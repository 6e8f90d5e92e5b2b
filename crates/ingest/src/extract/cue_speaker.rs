//! Who voices one cue: the label of its paragraph (a transcript turn, a bold-lead bullet, a
//! signed letter), the speaker of its quotation, the speech verb of its clause, or the voice of
//! the publication itself (an op-ed's author, an actor's own release).
//! Not here: finding those labels, quotations and verbs (see `speakers`, `clauses`).

use super::antecedents::pronoun_antecedent;
use super::attribution::{resolve, Attribution, Verb};
use super::clause_tests::third_party_subject;
use super::documents::document_owner;
use super::mentions::MentionKind;
use super::quotes::quote_at;
use super::speakers::Label;
use super::stance::CueHit;
use super::words::{floor_char_boundary, words_before};
use super::{Doc, Extractor};

/// Where a cue stands, for [`Extractor::cue_speaker`].
pub(super) struct CueVoice<'a> {
    pub sentence: usize,
    /// The label of the cue's paragraph.
    pub label: Label,
    /// The quotation holding the cue, if any.
    pub quote: Option<usize>,
    /// The speaker of every quotation of the article.
    pub quote_speakers: &'a [Attribution],
    /// The op-ed's author, if the article has a byline.
    pub byline: Option<usize>,
    /// The article is an actor's own publication.
    pub official: bool,
}

impl Extractor<'_> {
    /// Whether `att` names the country of the op-ed's author (`byline`) with no speech verb.
    fn authors_own_country(&self, doc: &Doc<'_>, att: &Attribution, byline: Option<usize>) -> bool {
        let (Some(author), Some(m)) = (byline, att.mention) else {
            return false;
        };
        let MentionKind::Actor(actor) = doc.mentions[m].kind else {
            return false;
        };
        // (The verbs are in text order: a binary search finds the anchor's.)
        !att.blocked
            && att.anchor.is_none_or(|at| {
                doc.verbs
                    .get(doc.verbs.partition_point(|v| v.start < at))
                    .is_none_or(|v| v.start != at)
            })
            && resolve(self.k, &doc.mentions, author, doc.published, 0)
                .is_some_and(|s| s.actor == actor)
    }

    /// The attribution of a cue and whether it is the publication's own voice, or `None` (with
    /// the reason logged) when nobody voices it.
    pub(super) fn cue_speaker(
        &self,
        doc: &Doc<'_>,
        voice: CueVoice<'_>,
        cue: &CueHit,
    ) -> Option<(Attribution, bool)> {
        // "He told me that Britain will deliver …", "As my right hon. Friend the Prime Minister
        // said on Friday, …": a turn that reports another person's words by a speech verb
        // before the cue gives them to that person.
        let reported = match (voice.label, voice.quote) {
            (Label::Speaker(m) | Label::Letter(m, _), None) => self
                .attribute_cue(doc, voice.sentence, cue)
                .map(|att| subject_of_a_request(doc, att, cue.start))
                .and_then(|att| reported_by_the_turn(doc, att, m, cue.start)),
            _ => None,
        };
        if let Some(att) = reported {
            return Some((att, false));
        }
        let (att, via_source) = match (voice.label, voice.quote) {
            // Outside quotations, a labelled turn or bullet is its speaker's.
            (Label::Speaker(m) | Label::Letter(m, _), None) => (
                Attribution {
                    mention: Some(m),
                    ..Attribution::default()
                },
                false,
            ),
            // "HARRIET: … The Post quotes the president telling reporters that the House had
            // to pass the aid bill": a guest's turn reports others like narration does.
            (Label::Guest, None) => match self.attribute_cue(doc, voice.sentence, cue) {
                Some(att) if reported_by_a_guest(doc, &att, cue.start) => (att, false),
                _ => {
                    tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: a guest's own words");
                    return None;
                }
            },
            (Label::Nobody, None) => {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: interviewer's paragraph");
                return None;
            }
            // A quotation no verb attributes, inside a labelled turn or bullet ("**Peskov**,
            // today: membership is "unacceptable"), is the label's speaker's, even when
            // the quotation before it, in another paragraph, was someone else's, or the
            // name after it opens the next entry of a quote box.
            (Label::Speaker(m) | Label::Letter(m, _), Some(qi))
                if voice.quote_speakers[qi].mention.is_none_or(|x| {
                    let (ps, pe) = doc.paragraphs[doc.sentences[voice.sentence].paragraph];
                    doc.mentions[x].start < ps || doc.mentions[x].start >= pe
                }) =>
            {
                (
                    Attribution {
                        mention: Some(m),
                        ..Attribution::default()
                    },
                    false,
                )
            }
            // A quotation that opens inside the reporter's sentence and that no verb next to
            // it attributes ("Stockholm is "not closing any doors" to a contribution, its
            // foreign minister told Swedish Radio"): the words are the sentence's statement,
            // voiced by its speech verb.
            (_, Some(qi))
                if voice.quote_speakers[qi].mention.is_none()
                    && opens_inside_its_sentence(doc, voice.sentence, qi) =>
            {
                match self.attribute_cue(doc, voice.sentence, cue) {
                    Some(att) if att.mention.is_some() && !att.blocked => (att, false),
                    _ => (voice.quote_speakers[qi].clone(), false),
                }
            }
            (_, Some(qi)) => (voice.quote_speakers[qi].clone(), false),
            (Label::None, None) => match self.attribute_cue(doc, voice.sentence, cue) {
                // "It was noted that Russia is open to negotiations": a speech verb with no
                // speaker, in an actor's own publication, is that actor speaking.
                Some(att) if att.mention.is_none() && att.anchor.is_some() && !att.blocked => {
                    (att, true)
                }
                // "We repeated that Slovakia does not support …" in a government's readout: the
                // page's "we" is the page's actor speaking.
                Some(att)
                    if att.blocked
                        && voice.official
                        && att.anchor.is_some_and(|at| spoken_by_we(doc.text, at)) =>
                {
                    (
                        Attribution {
                            blocked: false,
                            ..att
                        },
                        true,
                    )
                }
                // "Canada will keep tightening sanctions" in an op-ed by Canada's foreign
                // minister: the author's own country, as the subject of no speech verb, is the
                // author speaking.
                Some(att) if self.authors_own_country(doc, &att, voice.byline) => (
                    Attribution {
                        mention: voice.byline,
                        ..att
                    },
                    false,
                ),
                // "The paper states that …": a document is its owner's voice.
                Some(att) if att.blocked && !voice.official => {
                    let upto = att.anchor.unwrap_or(cue.start).min(cue.start);
                    match document_owner(doc, voice.sentence, upto) {
                        Some(m) => (
                            Attribution {
                                mention: Some(m),
                                anchor: att.anchor.or(Some(cue.start)),
                                blocked: false,
                                ..att
                            },
                            false,
                        ),
                        None => (att, false),
                    }
                }
                // "…, he added, and Zelensky had asked him for additional Patriot interceptors":
                // a request's own subject voices it in narration too.
                // (A person's request only, not a condition: "If Poland asked to send its own
                // Leopards, she said, …".)
                Some(att) => {
                    let by_a_person = request_subject(doc, cue.start).filter(|&(j, _)| {
                        Some(j) != att.mention
                            && matches!(doc.mentions[j].kind, MentionKind::Person(_))
                            && !words_before(doc.text, doc.mentions[j].start, 1, true)
                                .first()
                                .is_some_and(|w| w.eq_ignore_ascii_case("if"))
                    });
                    match by_a_person {
                        Some((j, request)) => (voiced_by(att, j, request), false),
                        None => (att, false),
                    }
                }
                // The narration of an actor's own publication is that actor's voice
                // (DESIGN.md §3): "We will continue to provide support" in a communique.
                // An op-ed's narration is its author's voice, on the day it is published.
                None if voice.byline.is_some() && !third_party_subject(doc.text, cue.start) => (
                    Attribution {
                        mention: voice.byline,
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    },
                    false,
                ),
                None if voice.official && !third_party_subject(doc.text, cue.start) => (
                    Attribution {
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    },
                    true,
                ),
                // "The paper calls for peace talks": a document is its owner's voice.
                None => match (!voice.official)
                    .then(|| document_owner(doc, voice.sentence, cue.start))
                    .flatten()
                    .map(|m| Attribution {
                        mention: Some(m),
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    })
                    .or_else(|| self.run_in_statement(doc, voice.sentence, cue))
                {
                    Some(att) => (att, false),
                    None => {
                        tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: no speaker");
                        return None;
                    }
                },
            },
        };
        Some((att, via_source))
    }

    /// "Minister Jan Lipavský stated in Brussels: The Czech Republic supports the package. We
    /// also support using the frozen assets …": a statement run in after a colon, without
    /// quotation marks, goes on in the first person through its paragraph, until another
    /// speech verb.
    fn run_in_statement(&self, doc: &Doc<'_>, s: usize, cue: &CueHit) -> Option<Attribution> {
        let sentence = doc.sentences[s];
        let first = doc.text[sentence.start..sentence.end]
            .split_whitespace()
            .next()?;
        if !matches!(first, "We" | "I" | "Our" | "My") {
            return None;
        }
        (0..s)
            .rev()
            .take_while(|&p| doc.sentences[p].paragraph == sentence.paragraph)
            .take_while(|&p| {
                // (No speech verb of the reporter's between the colon's sentence and this one;
                // the verbs are in text order, so only those from there on are read.)
                let after = doc.sentences[p + 1].start;
                p + 1 == s
                    || !doc.verbs[doc.verbs.partition_point(|v| v.start < after)..]
                        .iter()
                        .take_while(|v| v.end <= sentence.start)
                        .any(|v| !v.in_quote)
            })
            .find_map(|p| {
                let prev = doc.sentences[p];
                let text = &doc.text[prev.start..prev.end];
                let colon = text.find(": ")?;
                let at = prev.start + colon;
                let opens = text[colon + 2..].starts_with(char::is_uppercase);
                if !opens || quote_at(&doc.quotes, at).is_some() {
                    return None;
                }
                let probe = CueHit {
                    start: at + 2,
                    end: at + 2,
                    ..cue.clone()
                };
                let att = self.attribute_cue(doc, p, &probe)?;
                (att.mention.is_some() && !att.blocked).then_some(att)
            })
    }
}

/// Whether a statement outside quotations and turns reports an act: a named person's (a name,
/// a title or a pronoun), or the page's own "we" as a speech verb's subject ("We repeated that
/// …", not "We support").
pub(super) fn reported_act(doc: &Doc<'_>, att: &Attribution) -> bool {
    match att.mention {
        Some(m) => matches!(
            doc.mentions[m].kind,
            MentionKind::Person(_) | MentionKind::Pronoun | MentionKind::Title { .. }
        ),
        // (The verbs are in text order: a binary search finds the anchor's.)
        None => att.anchor.is_some_and(|at| {
            doc.verbs
                .get(doc.verbs.partition_point(|v| v.start < at))
                .is_some_and(|v| v.start == at && !v.in_quote)
                && spoken_by_we(doc.text, at)
        }),
    }
}

/// Whether the speech verb at `at` has "we" for its subject ("We repeated", "we have also
/// said"), with at most two adverbs or auxiliaries between.
fn spoken_by_we(text: &str, at: usize) -> bool {
    let words = words_before(text, at, 3, true);
    let Some(we) = words.iter().position(|w| w.eq_ignore_ascii_case("we")) else {
        return false;
    };
    words[..we].iter().all(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "have" | "had" | "also" | "again" | "then" | "once" | "clearly" | "both"
        )
    })
}

/// Whether quotation `qi` opens after some words of sentence `s` (the reporter's own) and
/// closes before the sentence ends.
fn opens_inside_its_sentence(doc: &Doc<'_>, s: usize, qi: usize) -> bool {
    let sentence = doc.sentences[s];
    let q = &doc.quotes[qi];
    if q.start <= sentence.start || q.end >= sentence.end {
        return false;
    }
    let before = &doc.text[sentence.start..q.start];
    before.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !before.trim_end().ends_with(':')
}

/// `att`, found for a cue inside the turn of `label`, when it is a third person's speech the
/// turn reports: a person, title or "he"/"she" other than the turn's speaker, subject of a
/// speech verb before the cue. The turn's speaker says "I": a "he" that would go back to them
/// is the last other person named in the turn ("I met John Healey. He told me …").
fn reported_by_the_turn(
    doc: &Doc<'_>,
    mut att: Attribution,
    label: usize,
    cue_start: usize,
) -> Option<Attribution> {
    let m = att.mention?;
    let mention = &doc.mentions[m];
    let fits = !att.blocked
        && mention.start < cue_start
        // ("President Zelensky asked the allies for an invitation": the cue may be the
        // subject's own speech verb.)
        && att.anchor.is_some_and(|a| {
            a < cue_start
                || (a == cue_start
                    && (speech_verb_at(doc, a).is_some() || asks_for(doc.text, cue_start)))
        })
        && !mention.in_quote
        && !same_person(doc, m, label)
        && matches!(
            mention.kind,
            MentionKind::Person(_) | MentionKind::Title { .. } | MentionKind::Pronoun
        );
    if !fits {
        return None;
    }
    if matches!(mention.kind, MentionKind::Pronoun)
        && pronoun_antecedent(&doc.mentions, m).is_none_or(|a| same_person(doc, a, label))
    {
        let turn_start = doc.mentions[label].start;
        let other = (0..m)
            .rev()
            .take_while(|&j| doc.mentions[j].start >= turn_start)
            .find(|&j| {
                !doc.mentions[j].in_quote
                    && matches!(doc.mentions[j].kind, MentionKind::Person(_))
                    && !same_person(doc, j, label)
            })?;
        att.mention = Some(other);
    }
    Some(att)
}

/// Whether `att`, found for a cue inside a guest's turn, gives the words to someone the guest
/// reports: a person, title, actor or third-person pronoun, subject of a speech verb before the
/// cue, outside quotations (a stance verb of their own sentence, "the United States announced
/// sanctions", is the guest's account, not a report). The guest's "I" and "we" are their own.
fn reported_by_a_guest(doc: &Doc<'_>, att: &Attribution, cue_start: usize) -> bool {
    let Some(m) = att.mention else {
        return false;
    };
    let mention = &doc.mentions[m];
    !att.blocked
        && !mention.in_quote
        && att
            .anchor
            .is_some_and(|a| a < cue_start && speech_verb_at(doc, a).is_some_and(|v| !v.in_quote))
        && match mention.kind {
            MentionKind::Person(_) | MentionKind::Title { .. } | MentionKind::Actor(_) => true,
            MentionKind::Pronoun => !matches!(
                doc.text[mention.start..mention.end]
                    .to_ascii_lowercase()
                    .as_str(),
                "i" | "we" | "me" | "us"
            ),
            _ => false,
        }
}

/// "He asked us for more air defence …, and I told him we are working on it": a request's
/// subject right before it (or before its auxiliary, "Zelensky had asked him for") voices it,
/// not the speech verb after it.
fn subject_of_a_request(doc: &Doc<'_>, att: Attribution, cue_start: usize) -> Attribution {
    match request_subject(doc, cue_start) {
        Some((j, request)) => voiced_by(att, j, request),
        None => att,
    }
}

/// The attribution moved to mention `j`, whose act at `anchor` voices the cue.
fn voiced_by(att: Attribution, j: usize, anchor: usize) -> Attribution {
    Attribution {
        mention: Some(j),
        anchor: Some(anchor),
        blocked: false,
        ..att
    }
}

/// The request a cue is or stands in (at most five words before it, in its clause: "asked us
/// for more air defence"), when a name stands right before it: that name's mention and where
/// the request is.
fn request_subject(doc: &Doc<'_>, cue_start: usize) -> Option<(usize, usize)> {
    let from = floor_char_boundary(doc.text, cue_start.saturating_sub(40));
    let request = std::iter::once(cue_start)
        .chain(
            doc.text[from..cue_start]
                .match_indices(" asked ")
                .chain(doc.text[from..cue_start].match_indices(" requested "))
                .map(|(i, _)| from + i + 1)
                .filter(|&at| {
                    let between = &doc.text[at..cue_start];
                    between.split_whitespace().count() <= 5 && !between.contains([',', ';', '.'])
                }),
        )
        .find(|&at| asks_for(doc.text, at))?;
    let j = doc
        .mentions
        .partition_point(|m| m.end <= request)
        .checked_sub(1)?;
    matches!(
        doc.text[doc.mentions[j].end..request].trim(),
        "" | "had" | "has" | "have"
    )
    .then_some((j, request))
}

/// Whether the cue at `at` is a request ("He asked us for more air defence", in the High
/// Representative's remarks): a speech act of the one who asks.
fn asks_for(text: &str, at: usize) -> bool {
    let word = text[at..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(word, "asked" | "requested" | "appealed")
}

/// The speech verb starting at `pos`, if one does (the verbs are sorted by start).
fn speech_verb_at<'d>(doc: &'d Doc<'_>, pos: usize) -> Option<&'d Verb> {
    doc.verbs
        .binary_search_by_key(&pos, |v| v.start)
        .ok()
        .map(|i| &doc.verbs[i])
}

/// Whether two mentions are the same mention or name the same people.
fn same_person(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    a == b
        || matches!(
            (&doc.mentions[a].kind, &doc.mentions[b].kind),
            (MentionKind::Person(x), MentionKind::Person(y)) if x == y
        )
}
