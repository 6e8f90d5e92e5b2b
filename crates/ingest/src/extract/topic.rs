//! Topic detection: which topic a cue is about, from the topic terms in its sentence, else in
//! its quotation, else in the sentences just before (a quote about "ground troops" after a
//! paragraph on Ukraine is about troops for Ukraine).
//!
//! A term counts only if its topic's `context` words occur within two sentences (unless it is
//! `standalone`, the name of a weapon system), and it does not
//! follow an `exclude_before` word ("Russian troops"). When one sentence holds a narrower topic
//! and the broader one it `subsumes`, the narrower wins ("long-range missiles" over "weapons").
//! Not here: stance.

use crate::knowledge::{Knowledge, TermKind};

use super::sentences::{answers_question, Sentence};
use super::term_distance::{nearest, reports_past_a_participle, words_between};
use super::term_owners::{
    drop_excluded_in_their_clause, owned_by_another_country, owned_by_the_other_side,
    package_of_another, package_of_its_sentence,
};
use super::undone_terms::stated_undone;

/// A topic term in the text that passed its context checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TopicHit {
    pub start: usize,
    pub end: usize,
    pub topic: usize,
    /// States the opposite proposition ("lift sanctions").
    pub inverse: bool,
    pub sentence: usize,
}

/// The topic terms of a text: those that count, and those left out only because no context
/// word stood near them ("a peaceful settlement" with no "Ukraine" within two sentences), in
/// text order and not yet checked against the topics' excluding phrases.
pub(crate) struct TopicTerms {
    pub terms: Vec<TopicHit>,
    pub uncontexted: Vec<TopicHit>,
}

/// How many sentences back an anaphor ("the assets") may find its antecedent: a news story
/// keeps its subject for a few paragraphs, a long transcript does not.
const ANAPHOR_REACH: usize = 8;

/// Every usable topic term, with the sentence it is in. `headline` is the headline's topic: its
/// anaphors ("the assets" in a story headlined on the reparations loan) need no antecedent.
/// `starts` are the text's word starts ([`crate::knowledge::lexicon::word_starts`]).
pub(crate) fn find_topics(
    k: &Knowledge,
    text: &str,
    starts: &[usize],
    sentences: &[Sentence],
    headline: Option<usize>,
    title: &str,
    news: bool,
) -> TopicTerms {
    let hits = k.automata().terms.find_at(text, starts);
    // A headline about Ukraine puts the whole story in its context ("Kuleba: we need long-range
    // artillery now" under "Ukraine asks allies for …").
    // So does a news story's lede: its first two sentences of a dozen words or more, where a
    // wire names the war it is about. (Not an actor's own publication: a Kremlin transcript
    // opens on the agenda of a whole meeting; counting it there added five wrong kremlin.ru
    // claims.)
    let lede: Vec<&str> = sentences
        .iter()
        .filter(|_| news)
        .map(|x| &text[x.start..x.end])
        .filter(|x| x.split_whitespace().count() >= 12)
        .take(2)
        .collect();
    // A headline naming the question itself by a name that needs no context ("Beijing's offer
    // to host peace talks") puts the story in that question's context too ("backed the
    // Beijing conference and any talks that could end the killing").
    let title_context: Vec<usize> = std::iter::once(title)
        .chain(lede)
        .enumerate()
        .flat_map(|(i, t)| {
            k.automata()
                .terms
                .find(t)
                .iter()
                .flat_map(|hit| k.automata().terms.targets(hit, t))
                .filter(|(_, kind)| {
                    *kind == TermKind::Context || (i == 0 && *kind == TermKind::Standalone)
                })
                .map(|(topic, _)| *topic)
                .collect::<Vec<_>>()
        })
        .collect();
    let sentence_of = |pos: usize| {
        sentences
            .partition_point(|s| s.end <= pos)
            .min(sentences.len().saturating_sub(1))
    };
    // Which sentences hold context words of which topic.
    let mut context: Vec<(usize, usize)> = Vec::new();
    let mut terms: Vec<TopicHit> = Vec::new();
    let mut anaphors: Vec<TopicHit> = Vec::new();
    // Names of weapon systems ("Taurus", "ATACMS") need no context words.
    let mut standalone: Vec<usize> = Vec::new();
    for hit in &hits {
        let s = sentence_of(hit.start);
        for &(topic, kind) in k.automata().terms.targets(hit, text) {
            match kind {
                TermKind::Context => context.push((topic, s)),
                // "welcomed Sweden's accession": another country's membership, not Ukraine's.
                TermKind::Anaphor
                    if k.topics[topic].id.as_str() == "ukraine-nato-membership"
                        && owned_by_another_country(text, hit.start) => {}
                TermKind::Anaphor => anaphors.push(TopicHit {
                    start: hit.start,
                    end: hit.end,
                    topic,
                    inverse: false,
                    sentence: s,
                }),
                TermKind::Term | TermKind::Inverse | TermKind::Standalone => {
                    if kind == TermKind::Standalone {
                        standalone.push(hit.start);
                    }
                    if !owned_by_the_other_side(k, topic, text, hit.start, hit.end) {
                        terms.push(TopicHit {
                            start: hit.start,
                            end: hit.end,
                            topic,
                            inverse: kind == TermKind::Inverse
                                || (kind == TermKind::Term
                                    && stated_undone(k, topic, text, hit.start, hit.end)),
                            sentence: s,
                        });
                    }
                }
            }
        }
    }
    // A context word inside another phrase ("the largest supporter of Ukraine", "arming
    // Ukraine") was consumed by that phrase's match; it still sets the sentence's context for
    // every topic.
    for hit in &hits {
        let found = &text[hit.start..hit.end];
        if !found.contains(' ') {
            continue;
        }
        for topic in k.automata().context_words.topics_in(found) {
            context.push((topic, sentence_of(hit.start)));
        }
    }
    // A context word counts within two sentences either side. (Widening this to the paragraph
    // was tried: long transcript paragraphs then put every "weapons" and "troops" on a topic.)
    let near = |c: usize, t: usize| c + 2 >= t && c <= t + 2;
    // An answer is in the context of the question just before it: "Q: … will German soldiers
    // go to Ukraine? — BP: … What I can rule out is German soldiers on the line of contact."
    // (Not in an actor's own transcripts: a Kremlin question may be on another war, and
    // counting it there added four wrong kremlin.ru claims.)
    let answered = |c: usize, t: usize| news && answers_question(text, sentences, c, t);
    let (mut terms, uncontexted): (Vec<TopicHit>, Vec<TopicHit>) =
        terms.into_iter().partition(|t| {
            standalone.contains(&t.start)
            || k.topics[t.topic].context.is_empty()
            || title_context.contains(&t.topic)
            // "arming Ukraine" holds its own context word, which the phrase match consumed.
            || k.topics[t.topic]
                .context
                .iter()
                .any(|c| text[t.start..t.end].contains(c.as_str()))
            || context.iter().any(|&(topic, s)| {
                topic == t.topic && (near(s, t.sentence) || answered(s, t.sentence))
            })
        });
    // "negotiations on security guarantees with the United States": a sentence holding one of
    // the topic's excluding phrases is about something else, as far as its clauses go.
    drop_excluded_in_their_clause(k, text, sentences, &mut terms);
    // "the sanctions must stay in place for as long as necessary": a pledge's duration, which
    // stands for arms when nothing else is named, yields to another topic's term.
    let named: Vec<(usize, usize)> = terms.iter().map(|t| (t.sentence, t.topic)).collect();
    terms.retain(|t| {
        let yields = &k.topics[t.topic].yields;
        yields.is_empty()
            || !yields
                .iter()
                .any(|y| text[t.start..t.end].eq_ignore_ascii_case(y))
            || !named
                .iter()
                .any(|&(s, topic)| s == t.sentence && topic != t.topic)
    });
    // "a twelfth package of military aid": a package is of what its "of" names, not the
    // sanctions package an ordinal names when nothing follows.
    let of_another: Vec<usize> = terms
        .iter()
        .enumerate()
        .filter(|(_, t)| package_of_another(text, t, &terms))
        .map(|(i, _)| i)
        .collect();
    for i in of_another.into_iter().rev() {
        terms.remove(i);
    }
    // "the assets" refers back to frozen Russian assets only once they have been named.
    let antecedent = |a: &TopicHit| {
        headline == Some(a.topic)
            || terms.iter().any(|t| {
                t.topic == a.topic && t.start < a.start && t.sentence + ANAPHOR_REACH >= a.sentence
            })
    };
    let (mut resolved, unresolved): (Vec<TopicHit>, Vec<TopicHit>) =
        anaphors.into_iter().partition(|a| antecedent(a));
    // (A package of weapons, "a new package of 400 million dollars in weapons", or named
    // before in a sentence on them.)
    resolved.retain(|a| {
        !package_of_another(text, a, &terms) && !package_of_its_sentence(text, a, &terms)
    });
    // "the package" after a sanctions package and a word on weapons refers back to both: under
    // a headline on one of them, it is the headline's, unless the other's term is in its
    // sentence or the one before ("$40 billion in aid for Ukraine, sending the package").
    if let Some(h) = headline {
        let spans: Vec<(usize, usize)> = resolved
            .iter()
            .filter(|a| a.topic == h)
            .map(|a| (a.start, a.end))
            .collect();
        resolved.retain(|a| {
            a.topic == h
                || !spans.contains(&(a.start, a.end))
                || terms.iter().any(|t| {
                    t.topic == a.topic && t.start < a.start && t.sentence + 1 >= a.sentence
                })
        });
    }
    // An unresolved "the weapons" still holds the plain term "weapons"; "The invitation to
    // NATO" holds the longer term "invitation to NATO" that the anaphor's match cut off.
    let mut inner: Vec<TopicHit> = Vec::new();
    for a in unresolved {
        let Some(space) = text[a.start..a.end].find(' ') else {
            continue;
        };
        let from = a.start + space + 1;
        let sentence_end = sentences.get(a.sentence).map_or(text.len(), |s| s.end);
        let until = super::words::floor_char_boundary(text, (a.end + 80).min(sentence_end));
        let window = &text[from..until.max(a.end)];
        for hit in k.automata().terms.find(window) {
            if from + hit.start >= a.end {
                continue;
            }
            for &(topic, kind) in k.automata().terms.targets(&hit, window) {
                if !matches!(kind, TermKind::Term | TermKind::Standalone) {
                    continue;
                }
                let t = TopicHit {
                    start: from + hit.start,
                    end: from + hit.end,
                    topic,
                    inverse: false,
                    sentence: a.sentence,
                };
                let in_context = kind == TermKind::Standalone
                    || k.topics[topic].context.is_empty()
                    || title_context.contains(&topic)
                    || k.topics[topic]
                        .context
                        .iter()
                        .any(|c| text[t.start..t.end].contains(c.as_str()))
                    || context
                        .iter()
                        .any(|&(c, s)| c == topic && near(s, t.sentence));
                if in_context {
                    inner.push(t);
                }
            }
        }
    }
    let resolved: Vec<TopicHit> = resolved.into_iter().chain(inner).collect();
    if !resolved.is_empty() {
        terms.extend(resolved);
        terms.sort_by_key(|t| t.start);
    }
    TopicTerms { terms, uncontexted }
}

/// The topic term a cue is about, and whether it was found only in the context.
// The arguments are the cue's whole situation; bundling them would only rename them.
#[allow(clippy::too_many_arguments)]
pub(crate) fn topic_for(
    k: &Knowledge,
    topics: &[TopicHit],
    sentences: &[Sentence],
    sentence: usize,
    cue: (usize, usize),
    quote: Option<(usize, usize)>,
    allow_context: bool,
    max_words: Option<usize>,
    text: &str,
    reach_back: usize,
) -> Option<(TopicHit, bool)> {
    // In the cue's own sentence the term must be close to the cue (a generic "ready to" eight
    // words before "sanctions" is about something else), in the same clause.
    let in_sentence: Vec<&TopicHit> = topics
        .iter()
        .filter(|t| t.sentence == sentence)
        .filter(|t| {
            max_words.is_none_or(|max| {
                words_between(text, cue, (t.start, t.end)).is_some_and(|n| n <= max)
            })
        })
        .collect();
    if let Some(best) = nearest(&in_sentence, cue, text) {
        // A narrower topic anywhere in the same clause wins over the broader one ("may use the
        // weapons … against targets in the Russian border area").
        // (Not past a participle's own report: "must step up deliveries of air defence,
        // warning that Russia was stockpiling missiles" is about the air defence.)
        let narrower = topics
            .iter()
            .filter(|t| {
                t.sentence == sentence
                    && words_between(text, cue, (t.start, t.end)).is_some()
                    && !reports_past_a_participle(text, cue, (t.start, t.end))
            })
            .find(|t| {
                k.topics[t.topic]
                    .subsumes
                    .iter()
                    .any(|s| *s == k.topics[best.topic].id.as_str())
            });
        return Some((*narrower.unwrap_or(best), false));
    }
    if !allow_context {
        return None;
    }
    if let Some((qs, qe)) = quote {
        let in_quote: Vec<&TopicHit> = topics
            .iter()
            .filter(|t| t.start >= qs && t.end <= qe)
            .collect();
        if let Some(best) = nearest(&in_quote, cue, text) {
            return Some((*best, true));
        }
        // "as saying that using the frozen Russian assets themselves "should not be ruled
        // out"": the quotation completes a clause of its sentence that names the topic.
        let before_quote: Vec<&TopicHit> = topics
            .iter()
            .filter(|t| t.sentence == sentence && t.end <= qs)
            .collect();
        if let Some(best) = before_quote.last() {
            return Some((**best, true));
        }
    }
    // The sentences just before (`reach_back` of them), within this paragraph or the one
    // before.
    let here = sentences[sentence].paragraph;
    (sentence.saturating_sub(reach_back)..sentence)
        .rev()
        .filter(|&s| sentences[s].paragraph + 1 >= here)
        .find_map(|s| {
            let last = topics.iter().rfind(|t| t.sentence == s)?;
            // The narrower topic of that sentence wins there too ("dangerous" after a sentence
            // on lifting range restrictions on the weapons is about long-range strikes).
            let narrower = topics.iter().find(|t| {
                t.sentence == s
                    && k.topics[t.topic]
                        .subsumes
                        .iter()
                        .any(|b| *b == k.topics[last.topic].id.as_str())
            });
            Some((*narrower.unwrap_or(last), true))
        })
}
