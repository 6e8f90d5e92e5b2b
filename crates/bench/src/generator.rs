//! Realistic data built from the gazetteer and the topic lexicons in `data/`.
//!
//! Two paths:
//! * [`Generator::article`] writes a synthetic news article (a few paragraphs, quoted and reported
//!   statements by officials who really held office on that day, dated 2022–2025, filler
//!   narration) that the real [`stancelog_ingest::Extractor`] then reads: this is what the
//!   per-article and bulk ingest measures and the extraction measure run on.
//! * [`Generator::fabricated_batch`] builds claim events directly (no extraction) for the
//!   10k–1M event scales: an `ArticleIngested` carrying a generated text and 2–10
//!   `ClaimExtracted` with speakers, topics, sticky stances (so series have periods), evidence
//!   sentences and cues, wrapped by the real [`stancelog_ingest::article_events`].
//!
//! Everything is deterministic in its seed, so every store gets byte-identical payloads.

use chrono::{Datelike, Duration, NaiveDate};
use stancelog_events::{
    ActorId, ArticleId, ArticleIngested, ClaimExtracted, ClaimId, Confidence, DateBasis,
    ExtractorInfo, Span, Stance, StreamId, TopicId,
};
use stancelog_ingest::{Knowledge, RawArticle, EXTRACTOR_NAME, EXTRACTOR_VERSION};
use stancelog_store::{AppendRequest, ExpectedVersion};
use uuid::Uuid;

use crate::util::Rng;

/// The five actors the contract requires; they get most of the claims, as in real coverage.
pub const CORE_ACTORS: [&str; 5] = ["france", "germany", "nato", "uk", "russia"];

/// Outlets that are nobody's official voice.
const OUTLETS: [&str; 6] = [
    "Reuters",
    "AFP",
    "BBC",
    "Le Monde",
    "Der Spiegel",
    "Politico",
];

/// Narration that states no stance.
const FILLER: [&str; 12] = [
    "The meeting in Brussels ran late into the evening.",
    "Analysts said the outcome of the talks remained uncertain.",
    "Ukrainian soldiers on the front line reported heavy shelling near Kharkiv.",
    "Energy prices rose again on European markets during the week.",
    "The summit communique was still being drafted on Thursday night.",
    "Officials from several capitals travelled to the gathering by train.",
    "Opinion polls show public support for Kyiv has held steady.",
    "The parliament debated the budget for several hours.",
    "Journalists waited outside the building for the leaders to arrive.",
    "A previous round of discussions ended without a joint statement.",
    "Diplomats described the atmosphere as constructive but tense.",
    "The front line has barely moved in recent months.",
];

/// One official who speaks for an actor, with the days they held office.
#[derive(Clone, Debug)]
struct Voice {
    actor: usize,
    person: String,
    role: String,
    from: NaiveDate,
    to: Option<NaiveDate>,
}

impl Voice {
    fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// Builds articles and claim events from the knowledge files.
pub struct Generator {
    actors: Vec<(ActorId, String)>,
    core: Vec<usize>,
    voices: Vec<Voice>,
    topics: Vec<(TopicId, Vec<String>)>,
    texts: Vec<String>,
    first_day: NaiveDate,
    days: usize,
}

impl Generator {
    /// Reads the actors, officials and topic terms out of the knowledge.
    pub fn new(knowledge: &Knowledge) -> Generator {
        let actors: Vec<(ActorId, String)> = knowledge
            .actors()
            .map(|a| (a.id.clone(), a.name.clone()))
            .collect();
        let core = CORE_ACTORS
            .iter()
            .filter_map(|id| actors.iter().position(|(a, _)| a.as_str() == *id))
            .collect();
        let first_day = day(2022, 1, 1);
        let last_day = day(2025, 12, 31);
        let voices = knowledge
            .officials()
            .filter(|o| o.speaker && o.from <= last_day && o.to.is_none_or(|to| to >= first_day))
            .filter_map(|o| {
                Some(Voice {
                    actor: actors.iter().position(|(a, _)| *a == o.actor)?,
                    person: o.person.clone(),
                    role: o.role.clone(),
                    from: o.from,
                    to: o.to,
                })
            })
            .collect();
        let topics = knowledge
            .topics()
            .map(|t| {
                let terms = t
                    .terms
                    .iter()
                    .filter(|term| !term.contains('*') && term.len() > 4)
                    .cloned()
                    .collect();
                (t.id.clone(), terms)
            })
            .collect();
        let mut generator = Generator {
            actors,
            core,
            voices,
            topics,
            texts: Vec::new(),
            first_day,
            days: (last_day - first_day).num_days() as usize + 1,
        };
        generator.texts = (0..256)
            .map(|i| generator.article(1_000_000 + i).text)
            .collect();
        generator
    }

    /// A random day in 2022–2025.
    fn day(&self, rng: &mut Rng) -> NaiveDate {
        self.first_day + Duration::days(rng.below(self.days) as i64)
    }

    /// An official in office on `day`: a core actor's three times out of four.
    fn voice(&self, rng: &mut Rng, on: NaiveDate) -> &Voice {
        let core_only = rng.chance(0.75);
        let fits = |v: &&Voice| v.covers(on) && (!core_only || self.core.contains(&v.actor));
        let candidates: Vec<&Voice> = self.voices.iter().filter(fits).collect();
        if candidates.is_empty() {
            &self.voices[rng.below(self.voices.len())]
        } else {
            candidates[rng.below(candidates.len())]
        }
    }

    /// One stance sentence by a voice on a topic, with the cue that decides it.
    fn statement(
        &self,
        rng: &mut Rng,
        voice: &Voice,
        topic: usize,
        stance: Stance,
    ) -> (String, &'static str) {
        let name = &self.actors[voice.actor].1;
        let person = &voice.person;
        let terms = &self.topics[topic].1;
        let term = if terms.is_empty() {
            "military aid"
        } else {
            rng.pick(terms).as_str()
        };
        let weekday = rng.pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]);
        match (stance, rng.below(2)) {
            (Stance::Supports, 0) => (
                format!(
                    "{person} said on {weekday} that {name} is ready to supply {term} to Ukraine."
                ),
                "ready to",
            ),
            (Stance::Supports, _) => (
                format!("“We will continue to provide {term} to Ukraine,” {person} said."),
                "will continue to",
            ),
            (Stance::Opposes, 0) => (
                format!("{person} said {name} has no plans to send {term} to Ukraine."),
                "no plans",
            ),
            (Stance::Opposes, _) => (
                format!(
                    "The {role} {person} said on {weekday} that {name} rejects {term} for Ukraine.",
                    role = voice.role
                ),
                "rejects",
            ),
            (Stance::Open, 0) => (
                format!("“Nothing should be ruled out” on {term} for Ukraine, {person} said."),
                "nothing should be ruled out",
            ),
            (Stance::Open, _) => (
                format!("{person} said {name} would consider {term} for Ukraine."),
                "would consider",
            ),
        }
    }

    /// Article number `index`: 3–5 paragraphs mixing narration and 3–7 statements.
    pub fn article(&self, index: u64) -> RawArticle {
        let mut rng = Rng::new(index.wrapping_mul(0x2545_f491_4f6c_dd1d));
        let published = self.day(&mut rng);
        let statements = rng.between(3, 7);
        let paragraphs = rng.between(3, 5);
        let mut text = String::new();
        let mut title = None;
        let mut left = statements;
        for p in 0..paragraphs {
            if p > 0 {
                text.push_str("\n\n");
            }
            let here = if p + 1 == paragraphs {
                left
            } else {
                rng.below(left.min(3) + 1)
            };
            left -= here;
            let sentences = here + rng.between(2, 4);
            let mut spoken = 0;
            for s in 0..sentences {
                if s > 0 {
                    text.push(' ');
                }
                if spoken < here && (rng.chance(0.5) || sentences - s <= here - spoken) {
                    let voice = self.voice(&mut rng, published);
                    let topic = rng.below(self.topics.len());
                    let stance = *rng.pick(&Stance::ALL);
                    let (sentence, _) = self.statement(&mut rng, voice, topic, stance);
                    title.get_or_insert_with(|| {
                        format!("{} on {}", self.actors[voice.actor].1, self.topics[topic].0)
                    });
                    text.push_str(&sentence);
                    spoken += 1;
                } else {
                    text.push_str(FILLER[rng.below(FILLER.len())]);
                }
            }
        }
        let mut raw = RawArticle::new(format!("generated #{index}"), text);
        raw.title = title;
        raw.source = Some((*rng.pick(&OUTLETS)).to_string());
        raw.url = Some(format!("https://news.example/{index}"));
        raw.published = Some(published);
        raw
    }

    /// `articles` fabricated articles from number `first` on, each with its claims, as one
    /// append request per article (the same shape `stancelog ingest` appends).
    pub fn fabricated_batch(&self, first: u64, articles: usize) -> Vec<AppendRequest> {
        (first..first + articles as u64)
            .map(|index| {
                let (article, claims) = self.fabricated(index);
                AppendRequest::new(
                    StreamId::for_article(article.article_id),
                    ExpectedVersion::NoStream,
                    stancelog_ingest::article_events(&article, &claims),
                )
            })
            .collect()
    }

    /// One fabricated article and its 2–10 claims.
    fn fabricated(&self, index: u64) -> (ArticleIngested, Vec<ClaimExtracted>) {
        let mut rng = Rng::new(index);
        let published = self.day(&mut rng);
        let article_id = ArticleId(Uuid::from_u64_pair(0xa57c_1e00, index));
        let text = self.texts[rng.below(self.texts.len())].clone();
        let article = ArticleIngested {
            article_id,
            content_hash: format!("{index:064x}"),
            title: format!("Fabricated article {index}"),
            source: (*rng.pick(&OUTLETS)).to_string(),
            url: Some(format!("https://news.example/f/{index}")),
            published,
            published_at: None,
            text,
        };
        let extractor = ExtractorInfo {
            name: EXTRACTOR_NAME.to_string(),
            version: EXTRACTOR_VERSION.to_string(),
        };
        let claims = (0..rng.between(2, 10))
            .map(|n| {
                let back = rng.below(4) as i64;
                let said_on = published - Duration::days(back);
                let voice = self.voice(&mut rng, said_on);
                let topic = rng.below(self.topics.len());
                let stance = self.sticky_stance(&mut rng, voice.actor, topic, said_on);
                let (evidence, cue) = self.statement(&mut rng, voice, topic, stance);
                ClaimExtracted {
                    claim_id: ClaimId(Uuid::from_u64_pair(index, n as u64 + 1)),
                    article_id,
                    actor: self.actors[voice.actor].0.clone(),
                    speaker: voice.person.clone(),
                    channel: None,
                    topic: self.topics[topic].0.clone(),
                    stance,
                    said_on,
                    date_basis: if back == 0 {
                        DateBasis::Published
                    } else {
                        DateBasis::Weekday
                    },
                    evidence_span: Span {
                        start: 0,
                        end: evidence.len() as u64,
                    },
                    evidence,
                    cue: cue.to_string(),
                    confidence: Confidence::from_millis(rng.between(550, 950) as u16),
                    extractor: extractor.clone(),
                }
            })
            .collect();
        (article, claims)
    }

    /// An actor's stance on a topic changes slowly: one base stance per half-year, and one
    /// statement in six strays from it. So series have realistic periods and shifts.
    fn sticky_stance(&self, rng: &mut Rng, actor: usize, topic: usize, on: NaiveDate) -> Stance {
        let half = (on.year() as u64) * 2 + u64::from(on.month() > 6);
        let mut base = Rng::new((actor as u64) << 40 ^ (topic as u64) << 20 ^ half);
        if rng.chance(1.0 / 6.0) {
            *rng.pick(&Stance::ALL)
        } else {
            *base.pick(&Stance::ALL)
        }
    }
}

fn day(year: i32, month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, d).unwrap_or_default()
}
