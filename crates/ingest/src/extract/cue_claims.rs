//! One stance cue's candidate claims: whether it states a position at all (not a question, a
//! relative clause, a participle with its agent, an indirect question), who voices it, on which
//! day, about which topics, and with what stance and confidence. Cues are read in text order,
//! carrying each speaker's last dated statement down the article ([`Dating`]).
//!
//! Not here: the article-wide passes the cue reads (built once in `extract`) and merging
//! candidates into claims (see `assemble`).

use std::collections::HashMap;

use chrono::NaiveDate;
use stancelog_events::{ArticleIngested, DateBasis, Stance};

use crate::knowledge::lexicon::Hit;
use crate::knowledge::CueKind;

use super::attribution::{resolve, resolve_in_voice, speaker_key, Attribution, Speaker, Voice};
use super::coordination::coordinated_subjects;
use super::cue_speaker::{reported_act, CueVoice};
use super::cue_topic::CueSite;
use super::no_position::{
    asserts_no_position, in_relative_clause, opens_participle_with_agent,
    relative_clause_reports_speech,
};
use super::quotes::{quote_at, quoted_question};
use super::speakers::Label;
use super::stance::CueHit;
use super::statement_dates::DateSite;
use super::term_owners::drop_excluded_in_their_clause;
use super::topic::TopicHit;
use super::{
    claim_stance::claim_stance, clause_tests, document_voice, groups, interviews, passives,
    topic_links, Candidate, Doc, Extractor,
};

/// What the whole article yields before its cues are read, shared by every cue.
pub(super) struct ArticleScan<'a> {
    pub article: &'a ArticleIngested,
    pub doc: &'a Doc<'a>,
    pub topics: &'a [TopicHit],
    /// Terms left out for want of a context word near them (see `topic::TopicTerms`).
    pub uncontexted: &'a [TopicHit],
    /// Phrases that point back to the topic in focus ("the decision").
    pub references: &'a [Hit],
    pub headline_topic: Option<TopicHit>,
    /// Each paragraph's speaker label.
    pub labels: &'a [Label],
    /// The op-ed's author, if the article has a byline.
    pub byline: Option<usize>,
    /// An interview's date given before its first label.
    pub intro_date: Option<(NaiveDate, DateBasis)>,
    /// The day of the sitting the article records.
    pub sitting: Option<NaiveDate>,
    pub quote_speakers: &'a [Attribution],
    /// The actor whose own publication the article is.
    pub source_actor: Option<usize>,
    /// The author a heading names ("Remarks by …"), on such a page.
    pub author: Option<&'a Speaker>,
}

/// The speech acts with a date of their own, and each speaker's last dated one before the cue
/// being read.
pub(super) struct Dating {
    statements: Vec<(usize, String, (NaiveDate, DateBasis))>,
    next: usize,
    carried: HashMap<String, (NaiveDate, DateBasis, usize)>,
}

impl Dating {
    pub(super) fn new(statements: Vec<(usize, String, (NaiveDate, DateBasis))>) -> Self {
        Dating {
            statements,
            next: 0,
            carried: HashMap::new(),
        }
    }

    /// Every dated speech act before `anchor` ("Baerbock, on a visit the same day, said …") is
    /// its speaker's last date, even one that carried no stance.
    fn reach(&mut self, anchor: usize) {
        while let Some((pos, key, date)) = self.statements.get(self.next) {
            if *pos >= anchor {
                break;
            }
            self.carried.insert(key.clone(), (date.0, date.1, *pos));
            self.next += 1;
        }
    }
}

impl Extractor<'_> {
    /// The candidate claims of one cue, pushed onto `candidates` (none, with the reason logged
    /// at debug level, when the cue states no position anyone voices).
    pub(super) fn cue_candidates(
        &self,
        scan: &ArticleScan<'_>,
        cue: &CueHit,
        dating: &mut Dating,
        candidates: &mut Vec<Candidate>,
    ) {
        let k = self.k;
        let doc = scan.doc;
        let text = doc.text;
        let (topics, references, labels) = (scan.topics, scan.references, scan.labels);
        let (byline, source_actor, author) = (scan.byline, scan.source_actor, scan.author);
        let article = scan.article;
        let (s, q) = match where_it_states_a_position(doc, cue) {
            Ok(site) => site,
            Err(why) => {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: {why}");
                return;
            }
        };
        let sentence = doc.sentences[s];
        // Who.
        let label = labels[sentence.paragraph];
        let Some((att, via_source)) = self.cue_speaker(
            doc,
            CueVoice {
                sentence: s,
                label,
                quote: q,
                quote_speakers: scan.quote_speakers,
                byline,
                official: source_actor.is_some(),
            },
            cue,
        ) else {
            return;
        };
        // "This demand was rejected", said in a turn or a quotation: a passive rejection
        // without its agent reports what the other side did.
        if (q.is_some() || matches!(label, Label::Speaker(_) | Label::Letter(..)))
            && cue.kind == CueKind::Opposes
            && passives::passive_without_agent(text, cue)
        {
            tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: agentless passive in speech");
            return;
        }
        if att.blocked {
            tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: attribution blocked");
            return;
        }
        // When: the date nearest the attributing verb, else the speaker's last date here.
        let anchor = att.anchor.unwrap_or(cue.start);
        let key = att.mention.map(|m| speaker_key(&doc.mentions, m));
        let from_label =
            matches!(label, Label::Speaker(lm) if att.mention == Some(lm)) && q.is_none();
        dating.reach(anchor);
        let (said_on, basis) = self.statement_day(
            doc,
            DateSite {
                sentence: s,
                anchor,
                key: key.as_deref(),
                turn: interviews::statement_turn(
                    doc,
                    label,
                    q,
                    att.mention,
                    from_label,
                    byline,
                    scan.intro_date,
                ),
                carried: &dating.carried,
                upcoming: &dating.statements[dating.next..],
                official: source_actor.is_some(),
                // ("Minister Kuleba thanked his colleagues" in the Council's release of the
                // day after.)
                other_party: document_voice::other_party(k, doc, att.mention, source_actor),
                sitting: scan.sitting,
                reported_act: q.is_none() && label == Label::None && reported_act(doc, &att),
            },
        );
        let publisher = || {
            source_actor.map(|a| Speaker {
                actor: a,
                name: if let Some(author) = author {
                    author.name.clone()
                } else if article.source.is_empty() {
                    k.actors[a].name.clone()
                } else {
                    article.source.clone()
                },
                certainty: 650,
            })
        };
        let speaker: Option<Speaker> = match att.mention {
            // "the President of the Republic" on elysee.fr is the publisher's president,
            // even after another president was named.
            Some(m) => resolve_in_voice(
                k,
                &doc.mentions,
                m,
                said_on,
                Voice {
                    publisher: source_actor,
                    turn: match (label, q) {
                        (Label::Speaker(lm) | Label::Letter(lm, _), None) => Some(lm),
                        _ => None,
                    },
                    sentence_start: sentence.start,
                },
            )
            // "Allies have committed to deliver" in a nato.int communique: the
            // publisher's own members speaking together are the publisher.
            .or_else(|| {
                let label = doc.mentions[m].label.to_lowercase();
                k.cues
                    .publisher_groups
                    .iter()
                    .any(|g| label.ends_with(g.as_str()))
                    .then(publisher)
                    .flatten()
            })
            // "Mark Rutte, who attended as NATO's Secretary General, said allies had
            // pledged …": the members its own official speaks of are the organisation.
            .or_else(|| groups::members_speaker(k, doc, m, sentence.start, said_on)),
            None if via_source && q.is_none() => publisher(),
            None => None,
        };
        // "the four leaders called on Russia …" after the four were named: each of them.
        let mut group = match (&speaker, att.mention) {
            (None, Some(m)) => {
                groups::counted_group_members(k, text, &doc.mentions, m, sentence.start, said_on)
            }
            _ => Vec::new(),
        };
        let Some(speaker) = speaker.or_else(|| (!group.is_empty()).then(|| group.remove(0))) else {
            tracing::debug!(cue = %cue.cue, at = cue.start, mention = ?att.mention.map(|m| &doc.mentions[m].label), "cue dropped: speaker speaks for no actor on that day");
            return;
        };
        if clause_tests::conditions_another(text, doc.sentences[s].start, cue) {
            tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: a condition on someone else");
            return;
        }
        // "Putin said NATO countries are against …": a third party's stance reported by the
        // speaker is not the speaker's; warnings stay the speaker's own ("would put the West
        // in conflict with Moscow"). "France and Germany said …": each subject takes it.
        let partners: Vec<Speaker> = att
            .mention
            .map(|m| coordinated_subjects(text, &doc.mentions, m))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|j| resolve(k, &doc.mentions, j, said_on, 0))
            .chain(group)
            .filter(|p| p.actor != speaker.actor)
            .collect();
        // (Several speakers are the "they" of "… said that they would send"; a named
        // person's act reported so is that person's stance, see `reported`.)
        // "\"Kuleba told me on Monday that his country needs …\"": the teller's words.
        let told = partners
            .is_empty()
            .then(|| self.told_the_speaker(doc, s, cue, said_on))
            .flatten()
            .filter(|t| t.speaker.actor != speaker.actor);
        let reported = told.is_none()
            && cue.kind != CueKind::Warning
            && partners.is_empty()
            && self.reports_someone_else(doc, topics, s, cue, &att, &speaker, said_on);
        // (The speaker's own day, carried on below, stays theirs when a quotation dates
        // what someone told them.)
        let speakers_day = (said_on, basis);
        let handed_on = told.is_some() || reported;
        let (speaker, said_on, basis) = match told
            .map(Some)
            .or_else(|| reported.then(|| self.reported_person(doc, s, cue, &att, said_on)))
        {
            None => (speaker, said_on, basis),
            Some(Some(person)) if person.speaker.actor != speaker.actor => {
                let (day, how) = person.told_on.unwrap_or((said_on, basis));
                (person.speaker, day, how)
            }
            // "Germany backed using the profits, the finance minister told reporters": the
            // speaker's own side is no third party; the stance is the speaker's actor's.
            Some(Some(_)) => (speaker, said_on, basis),
            Some(_) => {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: reports someone else's stance");
                return;
            }
        };
        // (When the words were another's, "He recalled that Zelensky had thanked Sweden on
        // Wednesday", the reporter carries only a day of their own speech act.)
        let speakers_day = if handed_on {
            self.date_near(doc, anchor, true)
        } else {
            Some(speakers_day)
        };
        if let (Some(key), Some(day)) = (key, speakers_day) {
            if day.1 != DateBasis::Published {
                dating.carried.insert(key, (day.0, day.1, anchor));
            }
        }
        // "Czech Prime Minister Petr Fiala echoed that view": the previous claim's topic and
        // stance, now another speaker's.
        if cue.kind == CueKind::Echo {
            if let Some(prev) = candidates.last() {
                let echoed = Candidate {
                    sentence: s,
                    actor: speaker.actor,
                    speaker: speaker.name.clone(),
                    channel: att.channel.clone(),
                    said_on,
                    basis,
                    cue: cue.cue.clone(),
                    confidence: speaker.certainty.min(prev.confidence).saturating_sub(100),
                    ..*prev
                };
                candidates.push(echoed);
            }
            return;
        }
        // About what.
        let site = CueSite {
            sentence: s,
            quote: q,
            from_label,
        };
        let (topic, from_context) =
            match self.topic_of_cue(doc, topics, references, scan.headline_topic, cue, site) {
                Ok(found) => found,
                Err(reason) => match self
                    .thanks_topic(doc, topics, s, cue, speaker.actor)
                    .map(|t| (t, true))
                    .or_else(|| self.party_topic(scan, cue, site, speaker.actor, said_on))
                {
                    Some(found) => found,
                    None => {
                        tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: {reason}");
                        return;
                    }
                },
            };
        // "the assets must be used for Ukraine's defence": the cue is about the money (also
        // when its topic is taken from such a sentence before it).
        let topic = topic_links::paying_topic(k, topics, &topic, text).unwrap_or(topic);
        // "Peskov called the decision on the assets \"theft\"": a cue one topic owns.
        let (topic, from_context) = topic_links::owning_topic(k, topics, &topic, cue, s)
            .map_or((topic, from_context), |(owned, earlier)| {
                (owned, from_context || earlier)
            });
        // "would not send weapons or soldiers": one cue, every coordinated topic.
        let all = topic_links::claim_topics(
            k,
            topics,
            topic,
            from_context,
            cue.stance == Stance::Supports,
            text,
        );
        let source_topic = topic.topic;
        for ((topic, armed), speaker) in all.iter().flat_map(|t| {
            std::iter::once(&speaker)
                .chain(&partners)
                .map(move |sp| (*t, sp))
        }) {
            let Some(stance) = claim_stance(k, cue, &topic, speaker.actor) else {
                continue;
            };
            let mut confidence = i32::from(speaker.certainty);
            if q.is_some() {
                confidence += 40;
            }
            if from_context {
                confidence -= 120;
            }
            if cue.hedged {
                confidence -= 100;
            }
            tracing::debug!(cue = %cue.cue, at = cue.start, weight = cue.weight, actor = %k.actors[speaker.actor].id, topic = %k.topics[topic.topic].id, stance = ?stance, %said_on, speaker = %speaker.name, "candidate");
            candidates.push(Candidate {
                sentence: s,
                actor: speaker.actor,
                topic: topic.topic,
                stance,
                weight: cue.weight,
                cue: cue.cue.clone(),
                speaker: speaker.name.clone(),
                channel: att.channel.clone(),
                said_on,
                basis,
                confidence: confidence.clamp(100, 1000) as u16,
                armed_from: armed.then_some(source_topic),
            });
        }
    }

    /// "We are ready for negotiations and for a peaceful settlement" (Putin, December 2025):
    /// since the invasion, a party to the war (a proposition's adversary or its beneficiary)
    /// speaking of talks speaks of this war's, though no word naming Ukraine stands near. The
    /// terms of the cue's own sentence left out for want of context are read again: only those
    /// of a question both parties may take a side on (a topic with no adversary: talks), and
    /// not one the cue holds ("We keep talking about import substitution" in a Kremlin
    /// transcript; arms named by Moscow with no context word were the Donbas republics' or a
    /// war in general, three wrong kremlin.ru claims).
    fn party_topic(
        &self,
        scan: &ArticleScan<'_>,
        cue: &CueHit,
        site: CueSite,
        actor: usize,
        said_on: NaiveDate,
    ) -> Option<(TopicHit, bool)> {
        let k = self.k;
        // (The terms are in text order: only the cue's sentence is looked at.)
        let from = scan
            .uncontexted
            .partition_point(|t| t.sentence < site.sentence);
        let own: Vec<TopicHit> = scan.uncontexted[from..]
            .iter()
            .take_while(|t| t.sentence == site.sentence)
            .filter(|t| k.topics[t.topic].adversaries.is_empty())
            .filter(|t| !(t.start >= cue.start && t.end <= cue.end))
            .copied()
            .collect();
        if own.is_empty() || said_on < war_began() {
            return None;
        }
        let id = k.actors[actor].id.as_str();
        let party = k
            .topics
            .iter()
            .any(|t| t.adversaries.iter().any(|a| a == id))
            || k.cues.is_beneficiary(id);
        if !party {
            return None;
        }
        let mut own = own;
        drop_excluded_in_their_clause(k, scan.doc.text, &scan.doc.sentences, &mut own);
        if own.is_empty() {
            return None;
        }
        let mut topics: Vec<TopicHit> = scan.topics.iter().copied().chain(own).collect();
        topics.sort_by_key(|t| t.start);
        self.topic_of_cue(
            scan.doc,
            &topics,
            scan.references,
            scan.headline_topic,
            cue,
            site,
        )
        .ok()
    }
}

/// The day of the full-scale invasion, from which the talks Russia or Ukraine speak of are this
/// war's.
fn war_began() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 2, 24).expect("a valid date")
}

/// The sentence and quotation of a cue that states a position, or why it states none: outside
/// any sentence, in a question, in a relative clause or a participle with its agent (background
/// narration), in an indirect question or a denied past delivery.
fn where_it_states_a_position(
    doc: &Doc<'_>,
    cue: &CueHit,
) -> Result<(usize, Option<usize>), &'static str> {
    let text = doc.text;
    let s = doc.sentences.partition_point(|x| x.end <= cue.start);
    let sentence = doc.sentences.get(s).ok_or("no sentence")?;
    if cue.start < sentence.start {
        return Err("outside a sentence");
    }
    let q = quote_at(&doc.quotes, cue.start);
    // A question asks; it takes no stance ("To what extent did the talks help?"), also when it
    // is quoted ("\"Why should we pay for weapons?\" he asked.").
    if text[sentence.start..sentence.end]
        .trim_end_matches(['"', '\u{201d}', ')', '*'])
        .ends_with('?')
        || q.is_some_and(|qi| quoted_question(text, &doc.quotes[qi], cue.end))
    {
        return Err("question");
    }
    // ", who has vetoed earlier sanctions decisions,": a relative clause is background
    // narration, not the statement. (Unless the clause reports speech: "his ambassador, Serhiy
    // Kyslytsya, who told the Council that … and called for a full embargo".)
    if q.is_none()
        && in_relative_clause(text, sentence.start, cue.start)
        && !relative_clause_reports_speech(doc, sentence.start, cue.start)
    {
        return Err("relative clause");
    }
    if q.is_none() && opens_participle_with_agent(text, sentence.start, cue) {
        return Err("participle with its agent");
    }
    // "did not say whether Germany would deliver Taurus", "has never provided lethal weapons":
    // an indirect question or a denied past delivery asserts no position.
    if let Some(why) = asserts_no_position(doc, sentence.start, cue, q) {
        return Err(why);
    }
    Ok((s, q))
}
