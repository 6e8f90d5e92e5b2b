//! The rule-based extractor: article in, claims out. Pure, deterministic, synchronous.
//!
//! Pipeline per article (every pass is linear in the text; automata and regexes are built once,
//! on the first extraction, by [`Knowledge::automata`]):
//! 1. paragraphs (a transcript flattened into one paragraph is split at its speaker labels),
//!    sentences, quotations ([`sentences`], [`quotes`]);
//! 2. mentions of actors, people, titles, outlets, pronouns, non-speakers ([`mentions`]);
//! 3. speech verbs, stance cues ([`stance`]), topic terms ([`topic`]), dates ([`dates`]);
//! 4. for each cue, in text order ([`cue_claims`]): whether it states a position at all; who
//!    says it ([`speakers`] for transcript labels and quotations, [`clauses`] for the governing
//!    speech verb or the subject of the clause, [`attribution`] for resolving people and titles
//!    by date), or the publication itself when it is an actor's official voice; and every
//!    subject coordinated with it ("France and Germany said"); on which day (the nearest date,
//!    else the speaker's last dated statement, else the event the paragraph before is about,
//!    else publication); about which topic (and every topic coordinated with it); then one
//!    claim per sentence, actor, topic ([`assemble`]).
//!
//! Every cue that yields no claim is logged at debug level with the reason
//! (`STANCELOG_LOG=stancelog_ingest=debug`).
//!
//! Not here: reading files or storing events.

mod antecedents;
mod assemble;
mod attribution;
mod claim_stance;
mod clause_subject;
mod clause_tests;
mod clauses;
mod contrastive;
mod coordination;
mod cue_claims;
mod cue_speaker;
mod cue_topic;
pub(crate) mod dates;
mod document_voice;
mod documents;
mod ended_refusals;
mod groups;
mod headline_topic;
mod implicit_objects;
mod interviews;
mod label_names;
mod letters;
mod mention_context;
mod mention_roles;
mod mentions;
mod modal_subjects;
mod no_position;
mod own_page_days;
mod passives;
mod pluperfect;
#[cfg(test)]
mod properties;
pub(crate) mod quotes;
mod record_dates;
mod reported;
mod reproduced_statements;
mod run_in_labels;
mod sections;
pub(crate) mod sentences;
mod signatures;
mod soft_wraps;
mod speaker_nouns;
mod speakers;
mod stance;
mod statement_dates;
mod subjects;
mod term_distance;
mod term_owners;
mod told_frames;
mod topic;
mod topic_links;
mod undone_terms;
mod verb_dates;
mod verbless_leads;
mod words;

use chrono::NaiveDate;
use stancelog_events::{ArticleIngested, ClaimExtracted, DateBasis, ExtractorInfo, Stance};
use uuid::Uuid;

use crate::knowledge::lexicon::word_starts;
use crate::knowledge::Knowledge;

use self::assemble::merge_undated_leads;
use self::attribution::{find_speech_verbs, Verb};
use self::cue_claims::{ArticleScan, Dating};
use self::dates::DateHit;
use self::mentions::{find_mentions, Mention};
use self::quotes::{find_quotes, Quote};
use self::sentences::Sentence;
use self::stance::find_cues;
use self::topic::{find_topics, TopicTerms};

/// The extractor's name, recorded in every claim.
pub const EXTRACTOR_NAME: &str = "stancelog-rules";
/// The extractor's version; bump whenever the rules or the default data change what is found.
pub const EXTRACTOR_VERSION: &str = "0.40.1";
/// Namespace of claim ids.
pub const CLAIM_NAMESPACE: Uuid = Uuid::from_u128(0x3d5c_8e21_7a4b_4c90_b1f6_09e2_d7a3_5c18);

/// Extracts claims with one [`Knowledge`]. Cheap to create; share the knowledge.
#[derive(Clone, Copy, Debug)]
pub struct Extractor<'k> {
    k: &'k Knowledge,
}

/// Everything found in one article before claims are assembled.
struct Doc<'a> {
    text: &'a str,
    published: NaiveDate,
    paragraphs: Vec<(usize, usize)>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
    mentions: Vec<Mention>,
    verbs: Vec<Verb>,
    dates: Vec<DateHit>,
    /// Where a live blog's time-stamped entries start (none unless it has two or more).
    live_blog_entries: Vec<usize>,
    /// Where the nouns of documents that may state a position stand ("paper", "declaration").
    documents: Vec<usize>,
    /// The dates that open their sentence, with their days.
    fronted_dates: Vec<(usize, NaiveDate)>,
    /// Where a verb that may open a denied charge stands ("rejected the charge that …").
    denials: Vec<usize>,
}

struct Candidate {
    sentence: usize,
    actor: usize,
    topic: usize,
    stance: Stance,
    weight: u8,
    cue: String,
    speaker: String,
    channel: Option<String>,
    said_on: NaiveDate,
    basis: DateBasis,
    confidence: u16,
    /// For a topic a weapon is also part of (`arms` in topics.toml), the topic the claim was
    /// made on: it stands only if that claim, once assembled, supports.
    armed_from: Option<usize>,
}

impl<'k> Extractor<'k> {
    /// An extractor over prebuilt knowledge.
    pub fn new(knowledge: &'k Knowledge) -> Self {
        Extractor { k: knowledge }
    }

    /// Name and version, as recorded in claims.
    pub fn info(&self) -> ExtractorInfo {
        ExtractorInfo {
            name: EXTRACTOR_NAME.to_string(),
            // The rules are code and data: the data's digest is part of the version.
            version: format!("{EXTRACTOR_VERSION}+data.{}", self.k.fingerprint()),
        }
    }

    /// Every claim in an article, in text order. Deterministic: the same article and version
    /// give the same claims with the same ids.
    pub fn extract(&self, article: &ArticleIngested) -> Vec<ClaimExtracted> {
        let k = self.k;
        // (A text wrapped at a fixed width is read with its wraps as spaces: same length,
        // same spans.)
        let unwrapped = soft_wraps::soft_wraps_as_spaces(&article.text);
        let text = unwrapped.as_ref();
        let paragraphs = sentences::split_inline_turns(text, &sentences::paragraphs(text));
        let sentences = sentences::sentences(text, &paragraphs, &k.cues.abbreviations);
        if sentences.is_empty() {
            return Vec::new();
        }
        let quotes = find_quotes(text, &paragraphs);
        let starts = word_starts(text);
        let mentions = find_mentions(k, text, &starts, &quotes);
        let lex = k.automata();
        let verbs = find_speech_verbs(k, text, &starts, &mentions, &quotes);
        let dates = lex.dates.find(text, article.published);
        let live_blog_entries = sections::live_blog_entries(text, &paragraphs);
        let mut doc = Doc {
            text,
            published: article.published,
            live_blog_entries,
            documents: documents::document_nouns(text, &starts),
            fronted_dates: record_dates::fronted_dates(text, &sentences, &dates),
            denials: no_position::denials(text, &starts),
            paragraphs,
            sentences,
            quotes,
            mentions,
            verbs,
            dates,
        };
        // A text that opens with its own headline (a pasted page, a feed's item under a
        // generic title) has that line as its headline when the title names no topic.
        let headline_topic = headline_topic::headline_topic(k, &article.title).or_else(|| {
            let &(start, end) = doc.paragraphs.first()?;
            headline_topic::headline_line(&text[start..end])
                .and_then(|line| headline_topic::headline_topic(k, line))
        });
        let (source_actor, authored) = document_voice::page_voice(
            k,
            &mut doc,
            &article.title,
            &article.source,
            article.url.as_deref(),
            &lex.dates,
        );
        let author = authored.as_ref().map(|a| &a.author);
        let TopicTerms {
            terms: topics,
            uncontexted,
        } = find_topics(
            k,
            text,
            &starts,
            &doc.sentences,
            headline_topic.map(|t| t.topic),
            &article.title,
            source_actor.is_none(),
        );
        tracing::debug!(?topics, "topic terms");
        let cues = find_cues(k, text, &starts);
        let references = lex.references.find_at(text, &starts);
        let labels = self.paragraph_labels(&doc, source_actor.is_some());
        let byline = signatures::byline_author(&doc);
        let intro_date = record_dates::interview_date(&doc, &labels);
        // ("Remarks by … , Sofia, 27 May 2024": the heading's day is the remarks'.)
        let sitting = record_dates::record_date(&doc, &article.title, &lex.dates)
            .or(authored.as_ref().and_then(|a| a.day))
            .or_else(|| {
                source_actor.and_then(|a| record_dates::release_event_day(self.k, &doc, a))
            });
        let quote_speakers = self.quote_attributions(&doc);

        let scan = ArticleScan {
            article,
            doc: &doc,
            topics: &topics,
            uncontexted: &uncontexted,
            references: &references,
            headline_topic,
            labels: &labels,
            byline,
            intro_date,
            sitting,
            quote_speakers: &quote_speakers,
            source_actor,
            author,
        };
        let mut dating = Dating::new(self.dated_statements(&doc));
        let mut candidates: Vec<Candidate> = Vec::new();
        for cue in &cues {
            self.cue_candidates(&scan, cue, &mut dating, &mut candidates);
        }
        // (Nor in an op-ed by an official: its undated statements are the author's own of
        // the day it is published, whatever day it recalls.)
        if source_actor.is_none() && byline.is_none() {
            merge_undated_leads(&mut candidates, doc.published);
        }
        self.assemble(article, &doc, candidates)
    }
}
