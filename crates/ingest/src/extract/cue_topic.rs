//! Which topic one cue is about, given where it stands: in its clause, in its quotation, in
//! the sentences before when the cue points back or speaks in a quotation or an answer, else
//! the headline's. The narrower topic of the headline wins over a broader one from context.
//!
//! Not here: finding topic terms ([`super::topic`]) or who speaks.

use stancelog_events::Stance;

use crate::knowledge::lexicon::Hit;
use crate::knowledge::CueKind;

use super::implicit_objects::{
    backs_its_object, leaves_its_object_out, object_is_pronoun, starts_with_pronoun_subject,
};
use super::modal_subjects::{
    halted_between, is_modal, is_modal_subject, is_staying, limit_precedes, predicate_undoes,
    topic_follows,
};
use super::quotes::is_scare_quote;
use super::stance::CueHit;
use super::topic::{topic_for, TopicHit};
use super::words::{has_word, words_before};
use super::{Doc, Extractor};

/// Where a cue stands: its sentence, its quotation, and whether it is a labelled turn.
#[derive(Clone, Copy, Debug)]
pub(super) struct CueSite {
    pub sentence: usize,
    /// Index into the article's quotations.
    pub quote: Option<usize>,
    /// In a labelled turn of an interview or transcript, outside quotation marks.
    pub from_label: bool,
}

impl Extractor<'_> {
    /// The topic a cue is about and whether it came from the context, or why there is none.
    pub(super) fn topic_of_cue(
        &self,
        doc: &Doc<'_>,
        topics: &[TopicHit],
        references: &[Hit],
        headline_topic: Option<TopicHit>,
        cue: &CueHit,
        site: CueSite,
    ) -> Result<(TopicHit, bool), &'static str> {
        let k = self.k;
        let text = doc.text;
        let s = site.sentence;
        let sentence = doc.sentences[s];
        // "We're looking at it.", "thanked Biden for it": a pronoun object points back to the
        // topic in focus, like "the decision" does.
        // So does "would not deliver them": a verb of giving whose object is a pronoun.
        // So does a cue phrase that holds its pronoun object: "He did not rule it out".
        let pronoun_object = (object_is_pronoun(text, cue.end)
            && (cue.needs_topic_after
                || self.gives(&cue.cue)
                // ("would never accept it", "would contribute to it": a refusal, or a share
                // of the thing in focus.)
                || cue.stance != Stance::Supports
                || backs_its_object(&cue.cue)))
            || cue
                .cue
                .split_whitespace()
                .skip(1)
                .any(|w| matches!(w.to_lowercase().as_str(), "it" | "them"));
        // "Berlin is against, Scholz made clear": a stance with its object left out is about
        // the question in focus.
        let pronoun_object = pronoun_object || leaves_its_object_out(text, cue);
        if cue.needs_topic_after && !pronoun_object && !topic_follows(topics, cue, text) {
            return Err("no topic term after the cue");
        }
        let quote_span = site
            .quote
            .map(|qi| (doc.quotes[qi].start, doc.quotes[qi].end));
        // The topic may come from the sentences before for a strong cue inside a quotation
        // ("Nothing should be ruled out," he said — after a sentence on troops), or for a cue
        // whose clause points back ("called the decision dangerous").
        let strong = cue.weight >= 2 || cue.stance != Stance::Supports;
        let refers_back = references
            .iter()
            .any(|r| r.start >= sentence.start && r.end <= sentence.end && r.end <= cue.start + 80);
        // A scare quote of a few words ("categorically rejects") is part of the reported
        // sentence: only a quoted clause may take its topic from the context.
        let quoted_clause = site
            .quote
            .is_some_and(|qi| !is_scare_quote(text, &doc.quotes[qi]));
        // An answer in an interview is about the question just before it.
        let answer = site.from_label;
        // "said that nothing was excluded.", "did not rule anything out": a stance with no
        // object of its own is about the topic in focus.
        let objectless = {
            let rest = &text[cue.end..sentence.end];
            let clause = rest
                .split([',', '.', ';', ':', '?', '!'])
                .next()
                .unwrap_or("");
            clause.split_whitespace().count() <= 3
        };
        // "**Sanctions?** They must be tightened.": in an answer, a plural pronoun for its
        // subject stands for what was asked, however weak the cue. (Not "It", which as often
        // stands for the answer's own last sentence, "It is a first step", nor a pronoun
        // object, "asking for them": measured, they added as many false claims as right ones.)
        let answer_pronoun =
            answer && starts_with_pronoun_subject(&text[sentence.start..cue.start]);
        let allow_context = (quoted_clause && strong)
            || refers_back
            || (answer && strong)
            || pronoun_object
            || answer_pronoun;
        // Such a stance with no topic near takes the headline's topic only: the sentences
        // before may be on another question (measured: they add one right claim per five
        // wrong ones on the dev set).
        let headline_only = strong && objectless && cue.weight >= 2 && !quoted_clause;
        let max_words = match (cue.kind, cue.stance) {
            // A warning reaches the whole sentence ("allowing such strikes would mean … at war
            // with Russia"), across quotation marks.
            (CueKind::Warning, _) => None,
            // (Six, as before session 5, found 3 fewer right claims on the dev corpus of 164
            // articles and one right kremlin.ru claim fewer; nine and more added wrong ones.)
            (_, Stance::Supports) => Some(8),
            _ => Some(10),
        };
        // "… NATO membership would be a direct threat and Moscow would never accept it": a
        // pronoun object points back to the last term of its own sentence first.
        // (In a sentence that opens with the question, "Asked whether …, he did not rule it
        // out", the pronoun stands for what was asked.)
        let own_antecedent = pronoun_object
            .then(|| {
                asked_topic(topics, text, sentence.start, cue.start).or_else(|| {
                    topics
                        .iter()
                        .rev()
                        .find(|t| t.sentence == s && t.end <= cue.start)
                        .copied()
                })
            })
            .flatten();
        // "NATO membership for Ukraine was \"not a realistic outcome of a negotiated
        // settlement\"": a judgement after a copula is about its subject even when its
        // complement names another topic.
        // (Not a cue that governs an object or an agent of its own, "is ready to put forces",
        // "would have to be backed by European soldiers", nor a subject across a comma, "If
        // there is a peace deal, Britain is ready …".)
        let found = own_antecedent
            .or_else(|| {
                copular_subject(doc, topics, s, cue).filter(|t| judges_its_subject(text, cue, t))
            })
            .map(|t| (t, false))
            .or_else(|| {
                topic_for(
                    k,
                    topics,
                    &doc.sentences,
                    s,
                    (cue.start, cue.end),
                    quote_span,
                    allow_context,
                    max_words,
                    text,
                    // An answer may come a few sentences after the question names its topic ("What
                    // about Tomahawks? Zelensky asked for them again." — "I won't get ahead of the
                    // President. Nothing is off the table."): the whole question is in reach.
                    if answer && opens_its_paragraph(doc, s) {
                        5
                    } else {
                        2
                    },
                )
            })
            // "the deployment of European troops to Ukraine \"in any form\" was unacceptable": a
            // judgement after a copula is about the clause's subject, however long it is.
            .or_else(|| copular_subject(doc, topics, s, cue).map(|t| (t, false)))
            // "Germany will deliver 5,000 helmets to Ukraine": a delivery to the topic's recipient.
            .or_else(|| self.delivery_topic(doc, s, cue).map(|t| (t, false)))
            // "Asked whether Britain would send fighter jets, Sunak said that nothing was off the
            // table": a stance with no object of its own answers the question its sentence opens
            // with.
            .or_else(|| {
                (strong && objectless)
                    .then(|| asked_topic(topics, text, sentence.start, cue.start))
                    .flatten()
                    .map(|t| (t, false))
            })
            // "there were no plans to supply Taurus missiles, but nothing could be ruled out": an
            // open stance with no object of its own, after a "but", is about the question of the
            // clause before it.
            .or_else(|| {
                (cue.stance == Stance::Open && objectless)
                    .then(|| topic_before_but(topics, text, sentence.start, cue.start))
                    .flatten()
                    .map(|t| (t, false))
            })
            // Nothing near: the article's headline topic, the discourse topic of the whole piece.
            .or_else(|| {
                (allow_context || headline_only)
                    .then_some(headline_topic)
                    .flatten()
                    .map(|t| (t, true))
            });
        let Some((mut topic, from_context)) = found else {
            return Err("no topic");
        };
        // "a precondition for lifting sanctions, and the EU would keep them in place": "them"
        // stands for the sanctions, not for lifting them.
        if topic.inverse && topic.end <= cue.start && plural_pronoun_after(text, cue.end) {
            topic.inverse = false;
        }
        if is_staying(cue) && (from_context || !is_modal_subject(&topic, cue, text)) {
            return Err("staying said of something other than the topic");
        }
        // "the sanctions must be lifted": a modal whose subject is the term and whose verb
        // undoes it states the inverse proposition. A term naming a limit on the proposition
        // ("the range restrictions must stay") states the inverse itself, so undoing it
        // ("should be lifted") states the proposition.
        if !from_context && is_modal(cue) && is_modal_subject(&topic, cue, text) {
            // ("the restrictions on long-range strikes must be lifted": the term is the
            // object of a limit that heads the subject.)
            let limit = k.topics[topic.topic]
                .limits
                .iter()
                .any(|l| text[topic.start..topic.end].eq_ignore_ascii_case(l))
                || limit_precedes(text, subject_head(topics, &topic));
            if limit != predicate_undoes(text, cue, &k.cues.undoing) {
                topic.inverse = !topic.inverse;
            }
        }
        // "would reject any demand to halt Western deliveries": a verb that stops the
        // proposition, between the cue and the term it governs, states the inverse.
        // (Not for a warning, which reaches the whole sentence, nor for a topic no term named.)
        if !from_context
            && cue.kind != CueKind::Warning
            && topics
                .iter()
                .any(|t| t.start == topic.start && t.end == topic.end)
            && halted_between(text, cue.end, &topic, &k.topics[topic.topic].halts)
        {
            topic.inverse = !topic.inverse;
        }
        // A topic taken from the context is the article's narrower one when the headline names
        // it: "viewed the decision negatively" after a paragraph on "the weapons", in a story
        // headlined on Storm Shadow, is about long-range strikes.
        let topic = match headline_topic {
            Some(h)
                if from_context
                    && k.topics[h.topic]
                        .subsumes
                        .iter()
                        .any(|b| *b == k.topics[topic.topic].id.as_str()) =>
            {
                TopicHit {
                    topic: h.topic,
                    inverse: false,
                    ..topic
                }
            }
            _ => topic,
        };
        Ok((topic, from_context))
    }

    /// The topic whose `deliveries` a supporting cue in sentence `s` matches: its last word a
    /// delivering verb, one of the recipients among the next ten words of its clause, no
    /// excepted word before it. The hit is the recipient's word.
    fn delivery_topic(&self, doc: &Doc<'_>, s: usize, cue: &CueHit) -> Option<TopicHit> {
        if cue.stance != Stance::Supports || cue.needs_topic_after {
            return None;
        }
        let verb = cue.cue.split_whitespace().last()?.to_lowercase();
        let sentence = doc.sentences[s];
        let rest = &doc.text[cue.end..sentence.end];
        let clause = rest.find([';', ':', '?', '!']).map_or(rest, |i| &rest[..i]);
        // "would keep giving Ukraine what it needs": the verb may come right after the cue.
        let next = clause
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .unwrap_or_default();
        self.k.topics.iter().enumerate().find_map(|(topic, t)| {
            let d = t.deliveries.as_ref()?;
            let delivers = |w: &str| d.verbs.iter().any(|v| w.starts_with(v.as_str()));
            if !(delivers(&verb) || (next.ends_with("ing") && delivers(&next))) {
                return None;
            }
            for w in clause.split_whitespace().take(10) {
                let word = w.trim_matches(|c: char| !c.is_alphanumeric());
                if d.except.iter().any(|e| word.eq_ignore_ascii_case(e)) {
                    return None;
                }
                if d.recipients.iter().any(|r| r == word) {
                    let start = w.as_ptr() as usize - doc.text.as_ptr() as usize;
                    return Some(TopicHit {
                        start,
                        end: start + w.len(),
                        topic,
                        inverse: false,
                        sentence: s,
                    });
                }
            }
            None
        })
    }

    /// Whether a cue ends in a verb of giving of some topic's `deliveries` ("not deliver",
    /// "will send").
    fn gives(&self, cue: &str) -> bool {
        let verb = cue.rsplit(' ').next().unwrap_or("").to_lowercase();
        self.k
            .topics
            .iter()
            .filter_map(|t| t.deliveries.as_ref())
            .any(|d| d.verbs.iter().any(|stem| verb.starts_with(stem.as_str())))
    }

    /// "Zelensky thanked Poland for every plane and every shell": a thanks from the recipient
    /// of a topic's deliveries (`deliveries.thanks`, `deliveries.recipients`) with no topic term
    /// near is thanks for those deliveries, unless the rest of the sentence names something
    /// else given (`deliveries.except`: "thanked Italy for its hospitality"), or the sentence
    /// before, in its paragraph or the one before, is on another topic ("The EU adopted its
    /// eleventh package of sanctions. … Kuleba thanked the 27 governments": the sanctions).
    pub(super) fn thanks_topic(
        &self,
        doc: &Doc<'_>,
        topics: &[TopicHit],
        s: usize,
        cue: &CueHit,
        speaker_actor: usize,
    ) -> Option<TopicHit> {
        if cue.stance != Stance::Supports {
            return None;
        }
        let first = cue.cue.split_whitespace().next()?.to_lowercase();
        let actor = &self.k.actors[speaker_actor];
        let rest = &doc.text[cue.end..doc.sentences[s].end];
        self.k.topics.iter().enumerate().find_map(|(topic, t)| {
            let d = t.deliveries.as_ref()?;
            let thanks = d.thanks.iter().any(|w| first.starts_with(w.as_str()));
            let recipient = d.recipients.iter().any(|r| {
                r.eq_ignore_ascii_case(actor.id.as_str()) || r.eq_ignore_ascii_case(&actor.name)
            });
            let other_gift = rest
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| d.except.iter().any(|e| w.eq_ignore_ascii_case(e)));
            (thanks && recipient && !other_gift).then(|| {
                // (Only a thanks that names nothing it is for: "thanked Canada for what he
                // called a strong package" is for the gift.)
                let before = (!has_word(rest, "for"))
                    .then(|| topic_just_before(doc, topics, s))
                    .flatten();
                TopicHit {
                    start: cue.start,
                    end: cue.end,
                    topic: before.unwrap_or(topic),
                    inverse: false,
                    sentence: s,
                }
            })
        })
    }
}

/// The topic of the last term in the sentence before `s`, when that sentence is in the same
/// paragraph or the one before.
fn topic_just_before(doc: &Doc<'_>, topics: &[TopicHit], s: usize) -> Option<usize> {
    let prev = s.checked_sub(1)?;
    (doc.sentences[prev].paragraph + 1 >= doc.sentences[s].paragraph).then_some(())?;
    topics.iter().rfind(|t| t.sentence == prev).map(|t| t.topic)
}

/// Where the run of topic terms ending with `topic` starts: "use of Western weapons against
/// targets in Russia" is one subject, and a limit before its first term ("restrictions on
/// Ukraine's use of …") heads the whole of it.
fn subject_head(topics: &[TopicHit], topic: &TopicHit) -> usize {
    let mut head = topic.start;
    while let Some(before) = topics
        .iter()
        .find(|t| t.sentence == topic.sentence && t.end <= head && head - t.end <= 10)
    {
        head = before.start;
    }
    head
}

/// Whether sentence `s` is among the first two of its paragraph (the start of an answer, right
/// after the question).
fn opens_its_paragraph(doc: &Doc<'_>, s: usize) -> bool {
    let p = doc.sentences[s].paragraph;
    s < 2 || doc.sentences[s - 2].paragraph != p
}

/// The topic term that opens the clause of a cue right after a copula ("… was unacceptable",
/// "… is not acceptable"): the first term between the clause's start (its "that", or the
/// sentence start) and the cue.
/// Whether a cue after a copula judges the subject term `t` itself: no comma between them, and
/// no object or agent governed by the cue ("ready to …", "backed by …").
fn judges_its_subject(text: &str, cue: &CueHit, t: &TopicHit) -> bool {
    let next = text[cue.end..].split_whitespace().next().unwrap_or("");
    !text[t.end..cue.start].contains(',')
        && !cue.cue.ends_with(" to")
        && !matches!(next, "to" | "by")
}

fn copular_subject(doc: &Doc<'_>, topics: &[TopicHit], s: usize, cue: &CueHit) -> Option<TopicHit> {
    if cue.needs_topic_after {
        return None;
    }
    let before = words_before(doc.text, cue.start, 3, false);
    let copula = before
        .iter()
        .take_while(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "was" | "is" | "were" | "are" | "be" | "been"
            )
        })
        .all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "not" | "absolutely" | "completely" | "totally" | "simply" | "entirely" | "also"
            )
        })
        && before.iter().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "was" | "is" | "were" | "are" | "be" | "been"
            )
        });
    if !copula {
        return None;
    }
    let sentence = doc.sentences[s];
    let head = &doc.text[sentence.start..cue.start];
    // (A semicolon or colon also opens a clause: "new sanctions are being introduced; the
    // logistics of fertilisers are blocked" judges the logistics, not the sanctions.)
    let clause_start = [" that ", ";", ":"]
        .iter()
        .filter_map(|b| head.rfind(b).map(|i| sentence.start + i + b.len()))
        .max()
        .unwrap_or(sentence.start);
    topics
        .iter()
        .filter(|t| t.sentence == s && t.start >= clause_start && t.end <= cue.start)
        .min_by_key(|t| t.start)
        .copied()
}

/// Whether the word right after `end` is "them" or "those".
fn plural_pronoun_after(text: &str, end: usize) -> bool {
    text[end..]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.trim_end_matches([',', '.']), "them" | "those"))
}

/// The last topic term before a ", but" (or a " but that" with no comma: "no consensus on
/// sending troops but that nothing should be ruled out") that stands between the sentence's
/// start and `cue`.
fn topic_before_but(
    topics: &[TopicHit],
    text: &str,
    sentence_start: usize,
    cue: usize,
) -> Option<TopicHit> {
    let lead = &text[sentence_start..cue];
    let but = sentence_start + lead.rfind(", but ").max(lead.rfind(" but that "))?;
    topics
        .iter()
        .rfind(|t| t.start >= sentence_start && t.end <= but)
        .copied()
}

/// The last topic term in the question a sentence opens with ("Asked whether …, "), before
/// `cue`.
fn asked_topic(
    topics: &[TopicHit],
    text: &str,
    sentence_start: usize,
    cue: usize,
) -> Option<TopicHit> {
    let lead = text[sentence_start..cue].trim_start_matches(['*', '_', '"', ' ']);
    if !lead.starts_with("Asked ") {
        return None;
    }
    let mut end = sentence_start + text[sentence_start..cue].find(", ")?;
    // "Asked whether Canadian soldiers could be part of a reassurance force once a ceasefire
    // was reached, …": a clause of time or condition inside the question is no part of what
    // was asked. Nor is a mission's purpose ("whether German soldiers could take part in
    // monitoring a ceasefire": what was asked is the soldiers).
    let question = &text[sentence_start..end];
    for sub in [
        " once ",
        " after ",
        " when ",
        " until ",
        " before ",
        " unless ",
        " if ",
        " in monitoring ",
        " to monitor ",
        " in securing ",
        " to secure ",
        " in enforcing ",
        " to enforce ",
        " in policing ",
        " to police ",
    ] {
        if let Some(at) = question.find(sub) {
            // (Not the question's own "if": "Asked if Britain would …".)
            if question[..at].split_whitespace().count() > 2 {
                end = end.min(sentence_start + at);
            }
        }
    }
    topics
        .iter()
        .rfind(|t| t.start >= sentence_start && t.end <= end)
        .copied()
}
