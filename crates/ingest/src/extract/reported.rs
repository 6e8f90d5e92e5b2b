//! Stances a speaker reports of someone else: whether the cue's clause has a subject of its
//! own that is another actor or a group the speaker is not part of (then the stance is not the
//! speaker's), and the named person whose reported act it is. Not here: finding the governing
//! verb and its subject (see `clauses`).

use chrono::NaiveDate;

use crate::knowledge::CueKind;
use stancelog_events::DateBasis;

use super::attribution::{home_title, resolve, Attribution, Speaker};
use super::clause_tests::{in_closed_condition, things_in_the_passive, WISHING};
use super::coordination::coordinated_subjects;
use super::mentions::MentionKind;
use super::passives::NAMING_VERBS;
use super::quotes::quote_at;
use super::stance::CueHit;
use super::subjects::subject_before;
use super::topic;
use super::words::{words_before, REPORTING_GERUNDS};
use super::{Doc, Extractor};

/// The person whose stance a speaker reports, and the day the speaker gives for it when the
/// quotation says when it was told.
pub(super) struct Reported {
    pub speaker: Speaker,
    pub told_on: Option<(NaiveDate, DateBasis)>,
}

impl Extractor<'_> {
    /// The named person whose stance a speaker reports in the cue's clause ("the Polish
    /// government said President Volodymyr Zelensky welcomed the systems"), if they speak for an actor
    /// that day: by the guidelines, reported speech is the reported person's. Only a name (not
    /// a title, a pronoun or a state: "Putin said Washington wanted …" is his reading of
    /// another side, not its words), outside quotations (inside one, see
    /// `told_frames`).
    pub(super) fn reported_person(
        &self,
        doc: &Doc<'_>,
        s: usize,
        cue: &CueHit,
        att: &Attribution,
        day: NaiveDate,
    ) -> Option<Reported> {
        let sentence = doc.sentences[s];
        let floor = att
            .anchor
            .filter(|&a| a >= sentence.start && a < cue.start)
            .unwrap_or(sentence.start);
        if quote_at(&doc.quotes, cue.start).is_some() {
            return None;
        }
        let m = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            false,
        )?;
        // "Downing Street said the same day that the Prime Minister had no plans to send
        // troops": an office of the speaker's own government, in the clause it reports, is no
        // third party (a bare title is the speaker's government's).
        // (Only as the subject of the clause a "that" opens: a title the speaker addresses,
        // "Mr Prime Minister, we are happy to welcome …", is no such office.)
        let before = words_before(doc.text, doc.mentions[m].start, 2, true);
        let after_that = matches!(before.as_slice(), ["that", ..] | ["the", "that", ..]);
        if matches!(doc.mentions[m].kind, MentionKind::Title { .. }) && after_that {
            let home = att
                .mention
                .and_then(|a| resolve(self.k, &doc.mentions, a, day, 0))
                .map(|s| s.actor);
            let own = resolve(self.k, &doc.mentions, m, day, 0)
                .filter(|s| Some(s.actor) == home)
                .or_else(|| home_title(self.k, &doc.mentions, m, home, day));
            if let Some(speaker) = own {
                return Some(Reported {
                    speaker,
                    told_on: None,
                });
            }
        }
        // A reported act in the past, right after the name ("Zelensky welcomed", "Scholz had
        // pledged"), not a wish or a judgement the reporter ascribes ("Putin does not want to
        // negotiate", "Putin must now agree to a ceasefire").
        let act = cue.cue.split_whitespace().next()?;
        let close = doc.text[doc.mentions[m].end..cue.start]
            .split_whitespace()
            .count()
            <= 2;
        let named =
            matches!(doc.mentions[m].kind, MentionKind::Person(_)) && Some(m) != att.mention;
        let past_act = act.len() > 3 && act.ends_with("ed");
        (named && past_act && close)
            .then(|| resolve(self.k, &doc.mentions, m, day, 0))?
            .map(|speaker| Reported {
                speaker,
                told_on: None,
            })
    }

    /// Whether the clause holding the cue has its own subject (after the attributing verb) that
    /// is another actor, or a group the speaker is not part of.
    // The arguments are the cue's whole situation; bundling them would only rename them.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn reports_someone_else(
        &self,
        doc: &Doc<'_>,
        topics: &[topic::TopicHit],
        s: usize,
        cue: &CueHit,
        att: &Attribution,
        speaker: &Speaker,
        day: NaiveDate,
    ) -> bool {
        let sentence = doc.sentences[s];
        let mut floor = sentence.start;
        if let Some(a) = att.anchor.filter(|&a| a >= sentence.start && a < cue.start) {
            floor = a;
        }
        if let Some(b) = self.contrastive_boundary(doc.text, floor, cue.start) {
            floor = b;
        }
        // "said that Putin was preparing for war, and that this was \"not the moment\" to …":
        // a second that-clause has its own subject; the first one's is not it.
        if let Some(b) = doc.text[floor..cue.start].rfind(" and that ") {
            floor += b + " and that ".len();
        }
        let in_quote = quote_at(&doc.quotes, cue.start).is_some();
        // "Zakharova called the G7's plan to lend Ukraine $50 billion \"theft\"": after a verb
        // of naming, the names before the cue are in its object, not a clause's subject.
        if let Some(a) = att.anchor.filter(|&a| a >= sentence.start && a < cue.start) {
            let verb = doc.text[a..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            let names = NAMING_VERBS.contains(&verb.as_str())
                || matches!(
                    verb.as_str(),
                    "calls" | "described" | "describes" | "brands"
                );
            if names && !doc.text[a..cue.start].contains(" that ") {
                return false;
            }
        }
        // The addressee as the subject ("You believe you need to wait and prepare Ukraine for
        // NATO") is never the speaker's own stance.
        if words_before(doc.text, cue.start, 2, true)
            .iter()
            .any(|w| w.eq_ignore_ascii_case("you"))
        {
            return true;
        }
        // "Orban said the EU should lift sanctions", "… and they should go to Ukraine": a
        // recommendation names its addressee or its theme as the subject, but the stance is
        // the speaker's.
        let cue_word = cue
            .cue
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        // (So is a verb right after such a modal, "said the EU should seize the assets", and an
        // obligation, "Putin would have to come to the table".)
        // (Also past adverbs: "Kyiv must also officially renounce its plans".)
        let modal_before = words_before(doc.text, cue.start, 3, true)
            .iter()
            .find(|w| !(w.ends_with("ly") || matches!(**w, "also" | "now" | "still" | "first")))
            .is_some_and(|w| w.eq_ignore_ascii_case("should") || w.eq_ignore_ascii_case("must"));
        // (So is a dismissal: "Ukraine could \"forget about\" NATO" is the speaker's no.)
        let obligation = ["have to", "has to", "had to", "forget about"]
            .iter()
            .any(|o| cue.cue.eq_ignore_ascii_case(o));
        if modal_before
            || obligation
            || matches!(
                cue_word.as_str(),
                "should" | "must" | "need" | "needs" | "ought"
            )
        {
            return false;
        }
        // "told the Council that Russia was playing games and asked for more air defence": a
        // request or speech act coordinated after a reported clause is the reporter's own
        // second act, not the that-clause subject's.
        let coordinated_act = words_before(doc.text, cue.start, 1, true)
            .first()
            .is_some_and(|w| *w == "and")
            && (self.k.cues.say.contains(&cue_word)
                || ["ask", "thank", "call", "appeal", "urg", "press", "demand"]
                    .iter()
                    .any(|stem| cue_word.starts_with(stem)));
        if coordinated_act && att.mention.is_some() {
            return false;
        }
        let Some(m) = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            in_quote,
        ) else {
            // "as soon as they leave the room, they state …", "They also started to implement
            // plans": a third-person plural subject in the cue's clause is someone else. (Not
            // things in the passive: "Tomahawks … were being looked at but no decision had
            // been made".)
            let words = words_before(doc.text, cue.start, 8, true);
            return words.iter().enumerate().any(|(i, w)| {
                w.eq_ignore_ascii_case("they")
                    && !(i >= 2 && things_in_the_passive(words[i - 1], words[i - 2]))
            });
        };
        if Some(m) == att.mention {
            return false;
        }
        // "if Moscow did not accept a ceasefire, there would be a massive tightening of
        // sanctions": a name inside a conditional clause that closes before the cue is not the
        // main clause's subject.
        if in_closed_condition(doc.text, floor, doc.mentions[m].start, cue.start) {
            return false;
        }
        // "she hoped Slovakia would lift its veto": what the speaker hopes or expects another
        // to do is the speaker's wish.
        if words_before(doc.text, doc.mentions[m].start, 2, true)
            .iter()
            .any(|w| WISHING.iter().any(|v| w.eq_ignore_ascii_case(v)))
        {
            return false;
        }
        // "Johnson told the Ukrainian president that British weapons would keep flowing": the
        // one told, right before the "that", is the addressee, not the clause's subject.
        if is_addressee(doc.text, doc.mentions[m].start, doc.mentions[m].end) {
            return false;
        }
        // "to bring Moscow back to the negotiating table": the one brought is the object. So is
        // the one after a gerund ("pushing Ukraine into negotiations now would only reward the
        // aggressor", "arming Ukraine").
        if words_before(doc.text, doc.mentions[m].start, 1, true)
            .first()
            .is_some_and(|w| {
                [
                    "bring", "brings", "bringing", "brought", "get", "force", "push", "pushed",
                    "pushes",
                    // ("a decision to invite Ukraine into NATO was not on the agenda".)
                    "invite", "admit", "let",
                ]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
                    || (w.len() > 5
                        && w.ends_with("ing")
                        && w.starts_with(|c: char| c.is_ascii_lowercase())
                        // ("saying Ukraine needed them": a verb of speech reports its subject.)
                        && !REPORTING_GERUNDS.contains(w))
            })
        {
            return false;
        }
        // "does not believe that NATO membership for Ukraine is realistic": a name inside a
        // topic term is what the stance is about, not who takes it.
        let inside_term =
            |t: &topic::TopicHit| t.start <= doc.mentions[m].start && doc.mentions[m].end <= t.end;
        if topics.iter().any(inside_term) {
            return false;
        }
        // "Merz said Britain, France and Germany no longer …": a coordinated subject that
        // includes the speaker's own actor states the speaker's position too.
        if coordinated_subjects(doc.text, &doc.mentions, m)
            .into_iter()
            .chain([m])
            .any(|j| {
                resolve(self.k, &doc.mentions, j, day, 0).is_some_and(|o| o.actor == speaker.actor)
            })
        {
            return false;
        }
        // "the US president said Russia and Ukraine would start negotiations toward a
        // ceasefire": both sides of the war together, as a third party's subject, are what the
        // speaker announces, not a stance either side took.
        let (mut russia, mut ukraine) = (false, false);
        for j in coordinated_subjects(doc.text, &doc.mentions, m)
            .into_iter()
            .chain([m])
        {
            match resolve(self.k, &doc.mentions, j, day, 0)
                .map(|o| self.k.actors[o.actor].id.as_str())
            {
                Some("russia") => russia = true,
                Some("ukraine") => ukraine = true,
                _ => {}
            }
        }
        if russia && ukraine {
            return false;
        }
        let mention = &doc.mentions[m];
        // "MS. LEAVITT: The President is ready to impose …": in a speaker's own words (a turn or
        // a quotation), a bare title with no country is the speaker's own principal.
        // So in reported speech is a title that the reporter's side has a holder of and the
        // reporter is not ("national security adviser Jake Sullivan said the president had
        // not ruled ATACMS out": Sullivan's president).
        let principal = || match &mention.kind {
            MentionKind::Title {
                actor: None,
                default_actor: None,
                roles,
            } => self
                .k
                .holder(speaker.actor, roles, day)
                .is_some_and(|o| o.person != speaker.name),
            _ => false,
        };
        let own_words = in_quote || att.anchor.is_none() || principal();
        if own_words
            && matches!(
                mention.kind,
                MentionKind::Title {
                    actor: None,
                    default_actor: None,
                    ..
                }
            )
            && doc.text[mention.start..mention.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w == "The" || w == "the")
        {
            return false;
        }
        // "Ukraine belongs in NATO", "Ukraine may use the weapons": the beneficiary of every
        // tracked proposition is its theme when the cue asserts it, not a third party.
        // (By the cue's kind, not its stance: "did not think Ukraine was ready for NATO" is a
        // denied support with Ukraine still its theme.)
        // (So is it as the one who "would not receive an invitation": a denial of what it is
        // given.)
        let given = || cue.cue.contains("receive an") || cue.cue.contains("get an");
        if (cue.kind != CueKind::Opposes && cue.kind != CueKind::Warning || given())
            && self.k.cues.is_beneficiary(&mention.label)
        {
            return false;
        }
        match &mention.kind {
            MentionKind::Blocker => {
                let label = mention.label.to_lowercase();
                // "sending Italian soldiers was not on the agenda": soldiers and troops are
                // what the stance is about, not a group taking one.
                if self
                    .k
                    .cues
                    .non_speaker_nouns
                    .iter()
                    .any(|n| label.ends_with(n.as_str()))
                {
                    return false;
                }
                // "Tusk said afterwards that the three countries would buy more weapons": a
                // small counted group after a meeting of its members includes the speaker.
                let counted = words_before(doc.text, mention.start, 1, true)
                    .first()
                    .is_some_and(|w| {
                        matches!(w.to_lowercase().as_str(), "two" | "three" | "four" | "both")
                    });
                !counted
                    && !self
                        .k
                        .cues
                        .inclusive_groups
                        .iter()
                        .any(|g| label.ends_with(g.as_str()))
            }
            MentionKind::Pronoun | MentionKind::Outlet => false,
            _ => resolve(self.k, &doc.mentions, m, day, 0)
                .is_none_or(|other| other.actor != speaker.actor),
        }
    }
}

/// Whether the mention at `start..end` is the one a verb of telling addresses ("told Zelensky
/// that", "had assured the Ukrainian president that").
/// Also the one urged ("urged Xi, on the margins of the summit, to bring Moscow back to the
/// negotiating table"): the request is the speaker's.
/// And the one asked for something ("ask Berlin for permission to send").
pub(super) fn is_addressee(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].trim_start_matches([',', ' ']);
    // (The three words before the name, read once: a verb of telling stands in the two nearest,
    // a verb of urging up to three back, "told Moscow and Kyiv to …" seen from "Kyiv".)
    let before = words_before(text, start, 3, true);
    let verb_before = |reach: usize, verbs: &[&str]| {
        before
            .iter()
            .take(reach)
            .any(|w| verbs.iter().any(|v| w.eq_ignore_ascii_case(v)))
    };
    // ("told Vladimir Putin on Friday that …": a day or a place between the one told and the
    // clause.)
    let that_follows = after.starts_with("that ") || {
        let mut words = after.split_whitespace();
        matches!(
            (words.next(), words.next(), words.next()),
            (Some("yesterday" | "today"), Some("that"), _)
                | (Some("on" | "in"), Some(_), Some("that"))
        )
    };
    let told = that_follows
        && verb_before(
            2,
            &[
                "told", "tells", "assured", "assures", "informed", "reminded", "promised",
            ],
        );
    // "to" right after the name, or after one aside set off by commas.
    let aside_then_to = text[end..].starts_with(',')
        && text[end + 1..]
            .find(',')
            .is_some_and(|c| c < 80 && text[end + 1 + c..].starts_with(", to "));
    // ("told Moscow and Kyiv to …" seen from "Moscow": one or two capitalised words after "and",
    // then "to".)
    let pair_then_to = after.strip_prefix("and ").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().take(3).collect();
        words.iter().position(|w| *w == "to").is_some_and(|p| {
            p > 0
                && words[..p]
                    .iter()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        })
    });
    let urged = (after.starts_with("to ") || aside_then_to || pair_then_to)
        && verb_before(
            3,
            &[
                "urged",
                "urges",
                // (A headline's present: "Baltic leaders press EU to seize Russian reserves".)
                "urge",
                "press",
                "pressed",
                "presses",
                "encouraged",
                "encourages",
                "implored",
                "pushed",
                "told",
                "tells",
                "asked",
                "asks",
            ],
        );
    // "would formally ask Berlin for permission to send its own Leopards": the one asked is
    // the addressee of the request.
    let asked_for = after.starts_with("for ")
        && verb_before(
            2,
            &["ask", "asks", "asked", "asking", "petition", "petitioned"],
        );
    told || urged || asked_for
}
