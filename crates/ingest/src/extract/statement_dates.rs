//! When a statement was made: the order of fallbacks from the date nearest its attributing
//! verb, the dated speech acts of an article (so "Peskov said Tuesday … CNN cited Peskov"
//! carries the day), and the day of the event the text just before is about.
//!
//! Not here: finding dates in the text ([`super::dates`]), which of a sentence's dates dates
//! its verb ([`super::verb_dates`]) or who speaks.

use std::collections::HashMap;

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::attribution::speaker_key;
use super::dates::DateHit;
use super::no_position::{in_clause_opened_by, in_relative_clause};
use super::own_page_days::{carries_to, dates_the_next_statement};
use super::pluperfect::{after_pluperfect, fronts_a_pluperfect_clause};
use super::quotes::quote_at;
use super::record_dates::{dates_this_text, opens_a_sentence_before, released_beside_a_recording};
use super::sections::{in_closed_background_section, live_blog_entry};
use super::words::{floor_char_boundary, words_before};
use super::{Doc, Extractor};

/// How the statement being dated is voiced.
#[derive(Clone, Copy, Debug)]
pub(super) enum Turn {
    /// An op-ed's narration: the day it is published.
    Byline,
    /// A labelled turn of an interview or transcript, with the date its introduction gives.
    Label(Option<(NaiveDate, DateBasis)>),
    /// Reported speech or a quotation.
    None,
    /// Another person's words reported inside a labelled turn ("He told me that …"): dated as
    /// reported speech, else on the turn's day (its introduction's date) rather than the
    /// publication's.
    Reported(Option<(NaiveDate, DateBasis)>),
}

/// What dating one statement looks at.
pub(super) struct DateSite<'a> {
    pub sentence: usize,
    /// The attributing verb (or the cue).
    pub anchor: usize,
    /// The speaker's key, for dates carried from their earlier statements.
    pub key: Option<&'a str>,
    pub turn: Turn,
    /// Each speaker's last dated statement before this one.
    /// (With where that statement was: a date heading since makes it stale.)
    pub carried: &'a HashMap<String, (NaiveDate, DateBasis, usize)>,
    /// Dated statements from this point on, in text order.
    pub upcoming: &'a [(usize, String, (NaiveDate, DateBasis))],
    /// In an actor's own publication.
    pub official: bool,
    /// In an actor's own publication, the speaker is another party's (Kuleba in the EU
    /// Council's release): dated like reported speech in the news.
    pub other_party: bool,
    /// The day of the sitting the article records, if it opens with one's heading
    /// ([`super::record_dates::record_date`]).
    pub sitting: Option<NaiveDate>,
    /// The statement is a named person's, reported outside quotation marks, or the page's own
    /// "we" reporting what it said ("We repeated that …" in a readout).
    pub reported_act: bool,
}

impl Extractor<'_> {
    /// The day a statement was made and how that was found, in order: an op-ed's publication
    /// day; a turn's introduction date (a date inside a speaker's own turn is what they talk
    /// about, "On November 4 we agreed …", not when they spoke); the date nearest the
    /// attributing verb; a date in the sentence just before, in the same paragraph (not in an
    /// actor's own publication); the speaker's last date here; the same speaker's dated speech act in
    /// the very next sentence ("'… nothing should be ruled out,' Macron said. Macron spoke on
    /// Thursday."); the day of the event the text just before is about (not in an actor's own
    /// publication: a readout dates the events it recounts, its statements are of the release
    /// day); else the publication day.
    pub(super) fn statement_day(
        &self,
        doc: &Doc<'_>,
        site: DateSite<'_>,
    ) -> (NaiveDate, DateBasis) {
        let from_label = matches!(site.turn, Turn::Label(_));
        let turn_date = match site.turn {
            Turn::Byline => Some((doc.published, DateBasis::Published)),
            Turn::Label(intro) => intro,
            Turn::None | Turn::Reported(_) => None,
        };
        let day = turn_date
            .or_else(|| {
                (!from_label)
                    .then(|| self.date_near(doc, site.anchor, false))
                    .flatten()
            })
            // "told a Polish radio station last week": a relative time that names no day dates
            // the statement on the publication day, not on the last day named before it.
            .or_else(|| {
                (!from_label && self.undatable_near(doc, site.anchor))
                    .then_some((doc.published, DateBasis::Published))
            })
            // "When this magazine spoke to him on Friday, … \"…,\" he said": a date in the
            // sentence just before, in the same paragraph, beats the speaker's last date.
            // (On an actor's own page only as `own_page_days` allows: from a day the sentence
            // before opens with, or for a statement that points back with "then".)
            .or_else(|| {
                (!from_label)
                    .then(|| self.date_just_before(doc, site.sentence))
                    .flatten()
                    .filter(|&d| {
                        !site.official
                            || dates_the_next_statement(
                                doc,
                                d,
                                site.sentence,
                                !matches!(site.turn, Turn::None),
                            )
                    })
                    .map(|d| (d, DateBasis::Context))
            })
            // A record of one sitting ("Hearing of …, Wednesday 17 May 2023", "Meeting held on
            // Monday, 24 February 2025"): every statement that its own sentence (or the one
            // before) does not date was made that day. (Its "today" is left to the publication
            // day: "had today announced" in a speaker's clause is the sitting's, "This morning,
            // Peskov said" in the reporter's narration is not.)
            .or_else(|| site.sitting.map(|d| (d, DateBasis::Context)))
            // (Not across a heading that dates a new section: "**Thursday 30 June**" in a live
            // blog starts another day for everyone.)
            // (Not to the page's own statement, see `in_its_own_voice`.)
            .or_else(|| {
                let &(date, basis, at) = site.carried.get(site.key?)?;
                carries_to(doc, &site, at).then_some(())?;
                (!doc
                    .dates
                    .iter()
                    .any(|d| d.heading && d.start > at && d.end <= site.anchor))
                .then_some((date, basis))
            })
            .or_else(|| {
                let key = site.key?;
                let sentence = doc.sentences.get(site.sentence)?;
                let next = doc.sentences.get(site.sentence + 1)?;
                (next.paragraph == sentence.paragraph).then_some(())?;
                site.upcoming
                    .iter()
                    .take_while(|(pos, _, _)| *pos < next.end)
                    .find(|(pos, k, _)| *pos >= next.start && k == key)
                    .map(|(_, _, date)| *date)
            })
            .or_else(|| {
                // (On an actor's own page, see `opens_a_sentence_before`; the check without a
                // day first spares reading the context for the many statements it rules out.)
                let own_page_event =
                    || site.reported_act && opens_a_sentence_before(doc, None, site.sentence);
                // "**Call with President Zelenskyy, Wednesday 7 September 2022**" over a
                // readout's section: the page's own statements under it were made that day.
                // (Only where the page's own voice needs it; the dates are in text order, so
                // only those before the sentence are read, nearest first.)
                let heading_day = (site.official && !site.other_party)
                    .then(|| doc.sentences.get(site.sentence))
                    .flatten()
                    .and_then(|x| {
                        doc.dates[..doc.dates.partition_point(|d| d.start < x.start)]
                            .iter()
                            .rfind(|d| d.heading && d.end <= x.start)
                            .map(|d| d.date)
                    });
                (!site.official || site.other_party || heading_day.is_some() || own_page_event())
                    .then(|| self.context_date(doc, site.sentence))
                    .flatten()
                    .filter(|&d| {
                        !site.official
                            || site.other_party
                            || heading_day == Some(d)
                            || opens_a_sentence_before(doc, Some(d), site.sentence)
                    })
                    .map(|d| (d, DateBasis::Context))
            })
            .unwrap_or((doc.published, DateBasis::Published));
        match site.turn {
            // A report in a turn dated by nothing of its own, or only by the publication day
            // around it, is of the turn's day.
            Turn::Reported(Some(turn))
                if day.1 == DateBasis::Published
                    || (day.1 == DateBasis::Context && day.0 == doc.published) =>
            {
                turn
            }
            // "Jonson: Boris Pistorius told me this morning that …" in an interview recorded two
            // days before it ran: the turn's "this morning" and "yesterday" count from the day
            // the turn was said.
            Turn::Reported(Some(turn)) if day.1 == DateBasis::Relative => {
                (day.0 - (doc.published - turn.0), DateBasis::Relative)
            }
            _ => day,
        }
    }

    /// Speech verbs outside quotations with a date of their own, in text order: where, whose
    /// (speaker key) and when.
    pub(super) fn dated_statements(
        &self,
        doc: &Doc<'_>,
    ) -> Vec<(usize, String, (NaiveDate, DateBasis))> {
        let mut out = Vec::new();
        for (vi, verb) in doc.verbs.iter().enumerate() {
            if verb.in_quote {
                continue;
            }
            let s = doc.sentences.partition_point(|x| x.end <= verb.start);
            let Some(sentence) = doc.sentences.get(s) else {
                continue;
            };
            let att = doc.verb_attribution(vi, (sentence.start, sentence.end));
            let (Some(m), Some(date)) = (att.mention, self.date_near(doc, verb.start, true)) else {
                continue;
            };
            out.push((verb.start, speaker_key(&doc.mentions, m), date));
        }
        out
    }
}

impl Extractor<'_> {
    /// Whether the speech act at `anchor` is dated only by a relative time that names no day
    /// ("last week", "recently"), beside it and outside quotations.
    fn undatable_near(&self, doc: &Doc<'_>, anchor: usize) -> bool {
        let s = doc.sentences.partition_point(|x| x.end <= anchor);
        let Some(sentence) = doc.sentences.get(s) else {
            return false;
        };
        // Only the stretch a phrase "near" the anchor can lie in is searched (this runs for
        // every cue). (ASCII lower case keeps byte offsets; the phrases are ASCII.)
        let from = floor_char_boundary(doc.text, anchor.saturating_sub(64).max(sentence.start));
        // (An anchor in the gap before its sentence may lie farther than that from it.)
        let to = floor_char_boundary(doc.text, (anchor + 64).min(sentence.end)).max(from);
        let lower = doc.text[from..to].to_ascii_lowercase();
        let bytes = doc.text.as_bytes();
        self.k.cues.undatable.iter().any(|u| {
            lower.match_indices(u.as_str()).any(|(i, _)| {
                let at = from + i;
                let end = at + u.len();
                let bounded = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                    && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
                // Beside the verb of speech ("told a radio station last week that"), not a
                // time of what was said ("would deliver … this spring") or of something else
                // (", a pledge first made last month").
                let near = at + 40 >= anchor && at <= anchor + 32;
                bounded && near && quote_at(&doc.quotes, at).is_none()
            })
        })
    }

    /// Whether a date can say when something was said: not right after "since", "until", "by"
    /// ("since Monday", "until 5 March"), with an optional "on" between.
    pub(super) fn may_date_a_statement(&self, text: &str, d: &DateHit) -> bool {
        let before = words_before(text, d.start, 2, false);
        let skip_on = usize::from(before.first().is_some_and(|w| w.eq_ignore_ascii_case("on")));
        // "adding that he would travel to Washington on Monday": a weekday after a future verb
        // in its clause is the plan's day (and a past one, resolved backwards, would be wrong).
        // (Further back too, up to ten words, when no speech verb or clause break comes between:
        // "he would ask President Biden at the White House on Thursday to lift …".)
        let planned = d.basis == DateBasis::Weekday && {
            let words = words_before(text, d.start, 10, true);
            let future = words.iter().position(|w| {
                w.eq_ignore_ascii_case("will")
                    || w.eq_ignore_ascii_case("would")
                    || w.eq_ignore_ascii_case("shall")
            });
            match future {
                Some(i) if i < 5 => true,
                Some(i) => words[..i]
                    .iter()
                    .all(|w| !w.ends_with([',', ';', ':']) && !self.is_speech_verb(w)),
                None => false,
            }
        };
        // "Speaking after Monday's Foreign Affairs Council, Kallas said": a speaker heard
        // right after a day's meeting spoke that day.
        // (So is one who "said after Wednesday's cabinet meeting that …".)
        let speaking_after = before
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("after"))
            && before.get(1).is_some_and(|w| {
                w.eq_ignore_ascii_case("speaking")
                    || w.eq_ignore_ascii_case("talking")
                    || self.is_speech_verb(w)
                    || w.eq_ignore_ascii_case("reporters")
                    || w.eq_ignore_ascii_case("journalists")
            })
            && text[d.end..].starts_with(['\'', '\u{2019}']);
        // "By Wednesday he was talking about hardware.": a weekday after a sentence-opening "By"
        // moves the story on to that day (a deadline's "by Friday" follows its verb; "By
        // Saturday the mood had hardened" sums up, it sets no scene).
        let story_moves_on = d.basis == DateBasis::Weekday
            && !text[d.end..].split_whitespace().take(6).any(|w| w == "had")
            && before.get(skip_on).is_some_and(|w| *w == "By")
            && text[..d.start]
                .trim_end()
                .strip_suffix("By")
                .is_some_and(|b| b.trim_end().is_empty() || b.trim_end().ends_with(['.', '\n']));
        // "For comparison, from Monday's meeting in Washington: Zelensky said …": words taken
        // from a day's event were said that day ("from Monday" alone starts a period).
        let from_the_event = before
            .get(skip_on)
            .is_some_and(|w| w.eq_ignore_ascii_case("from"))
            && text[d.end..].starts_with(['\'', '\u{2019}']);
        // "informed the President of Russia about his visit to Kyiv on 2 July": a day inside
        // what a statement is about names that event, not when anyone spoke.
        // (Most dates have no "about" before them: the words are split only when one has.)
        let what_it_is_about = text.as_bytes()[d.start.saturating_sub(200)..d.start]
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"about"))
            && {
                // (Nearest word first.)
                let words = words_before(text, d.start, 6, true);
                words
                    .iter()
                    .position(|w| w.eq_ignore_ascii_case("about"))
                    .is_some_and(|i| {
                        let between = &words[..i];
                        between.iter().all(|w| !w.ends_with([',', ';', ':']))
                            && between.iter().any(|w| {
                                matches!(
                                    w.to_lowercase().as_str(),
                                    "visit" | "visits" | "trip" | "trips"
                                )
                            })
                    })
            };
        !planned
            && !what_it_is_about
            && (speaking_after
                || from_the_event
                || story_moves_on
                || !before
                    .get(skip_on)
                    .is_some_and(|w| self.k.cues.no_date_before.contains(&w.to_lowercase())))
    }

    /// Whether `word` is one of the say or tell verbs ("said", "told").
    fn is_speech_verb(&self, word: &str) -> bool {
        self.k.cues.say.iter().any(|s| word.eq_ignore_ascii_case(s))
            || self
                .k
                .cues
                .tell
                .iter()
                .any(|s| word.eq_ignore_ascii_case(s))
    }

    /// A statement date in the sentence right before sentence `s`, in the same paragraph
    /// (outside quotations, not after "since"/"until"): the scene the sentence sets.
    fn date_just_before(&self, doc: &Doc<'_>, s: usize) -> Option<NaiveDate> {
        let here = doc.sentences.get(s)?;
        let prev = doc.sentences.get(s.checked_sub(1)?)?;
        (prev.paragraph == here.paragraph).then_some(())?;
        doc.dates
            .iter()
            .filter(|d| d.start >= prev.start && d.end <= prev.end && !d.step_back)
            .filter(|d| !after_pluperfect(doc, d.start))
            .filter(|d| !in_office_appositive(doc.text, prev.start, d.start))
            .filter(|d| quote_at(&doc.quotes, d.start).is_none())
            .rfind(|d| self.may_date_a_statement(doc.text, d))
            .map(|d| d.date)
    }

    /// The day of the event the text just before sentence `s` is about: the last statement date
    /// (outside quotations, not after "since"/"until") earlier in the article. A wire's "talks
    /// in Istanbul on Tuesday" dates the quotes that follow, and a report on "Tuesday's session"
    /// dates every speech of that session down the page until another day is named. (Reaching
    /// back two paragraphs only, as extractor 0.5.0 did, gets 4 fewer dates right on the dev
    /// corpus of 111 articles.)
    pub(super) fn context_date(&self, doc: &Doc<'_>, s: usize) -> Option<NaiveDate> {
        let sentence = doc.sentences.get(s)?;
        // Under a date heading ("**TUESDAY 11 JULY**" in a live blog, a diary's day), the day
        // another entry gave its own statement ("Biden told CNN in an interview broadcast on
        // Sunday") is that entry's story, not the day of the entries after it.
        let heading = doc
            .dates
            .iter()
            .rfind(|d| d.heading && d.end <= sentence.start)
            .map(|h| h.start);
        let entry = live_blog_entry(doc, sentence.start);
        let dates_a_statement_elsewhere = |d: &DateHit| {
            let Some(own) = doc
                .sentences
                .get(doc.sentences.partition_point(|x| x.end <= d.start))
            else {
                return false;
            };
            // (The verbs are in text order: only those from the sentence's start are looked at.)
            own.paragraph != sentence.paragraph
                && doc.verbs[doc.verbs.partition_point(|v| v.start < own.start)..]
                    .iter()
                    .take_while(|v| v.end <= own.end)
                    .any(|v| !v.in_quote)
        };
        doc.dates
            .iter()
            .filter(|d| d.end <= sentence.start)
            .filter(|d| heading.is_none_or(|h| d.start < h || !dates_a_statement_elsewhere(d)))
            // A live blog's entry starts on the blog's day: only its own days and date headings
            // date it.
            .filter(|d| entry.is_none_or(|e| d.start >= e || d.heading))
            // "reading out the chancellor's words from his Friday magazine interview": a day
            // owned by someone's earlier event is background, not the day the story is on.
            .filter(|d| {
                !words_before(doc.text, d.start, 1, true)
                    .first()
                    .is_some_and(|w| matches!(&*w.to_lowercase(), "his" | "her" | "their" | "its"))
            })
            // "the day before" steps back to an earlier event, and so does the paragraph it
            // opens ("His president had set the tone the day before. Erdogan said on Sunday
            // …"): the story stays on its day.
            .filter(|d| {
                !d.step_back
                    && !in_flashback(doc, d.start)
                    && !in_recap_of_the_week(doc, d.start, sentence.paragraph)
                    && !after_pluperfect(doc, d.start)
                    && !fronts_a_pluperfect_clause(doc, d)
            })
            .filter(|d| quote_at(&doc.quotes, d.start).is_none())
            .filter(|d| !in_closed_background_section(doc, d.start, sentence.start))
            // "This interview was recorded on Monday and is broadcast tonight": the words that
            // follow were said when it was recorded.
            .filter(|d| !released_beside_a_recording(doc, d) && !dates_this_text(doc, d))
            // ", who attended the meeting on Monday,": background, not the event in focus.
            .filter(|d| {
                let own = doc.sentences.partition_point(|x| x.end <= d.start);
                doc.sentences.get(own).is_none_or(|x| {
                    !in_relative_clause(doc.text, x.start, d.start)
                        && !in_office_appositive(doc.text, x.start, d.start)
                })
            })
            .rfind(|d| self.may_date_a_statement(doc.text, d))
            .map(|d| d.date)
    }
}

/// Whether `pos` lies in an appositive about taking office ("Rob Jetten, sworn in as prime
/// minister only on Monday, made it his first trip"): the person's background, not the day the
/// story is on.
fn in_office_appositive(text: &str, sentence_start: usize, pos: usize) -> bool {
    in_clause_opened_by(
        text,
        sentence_start,
        pos,
        &[
            ", sworn in ",
            ", appointed ",
            ", elected ",
            ", inaugurated ",
            ", installed ",
            ", confirmed as ",
            ", who took office ",
            ", who was sworn in ",
        ],
    )
}

/// Whether `pos` follows a step back in time ("the day before", "a day earlier") in its
/// paragraph: the rest of that paragraph recounts the earlier day.
fn in_flashback(doc: &Doc<'_>, pos: usize) -> bool {
    doc.paragraphs
        .iter()
        .find(|&&(a, b)| a <= pos && pos < b)
        .is_some_and(|&(a, _)| {
            doc.dates
                .iter()
                .any(|d| d.step_back && a <= d.start && d.end <= pos)
        })
}

/// Whether `pos` stands in an earlier paragraph that recaps the week after saying so ("The
/// Prime Minister welcomed the decisions taken by partners this week. On Wednesday, … On
/// Thursday, 23 October, the European Union adopted …"): its days are the recounted events',
/// not the day the story after it is on.
fn in_recap_of_the_week(doc: &Doc<'_>, pos: usize, paragraph: usize) -> bool {
    let own = doc.sentences.partition_point(|x| x.end <= pos);
    let Some(own_paragraph) = doc.sentences.get(own).map(|x| x.paragraph) else {
        return false;
    };
    // (Only the sentences before it in its own paragraph are read, back from it.)
    own_paragraph != paragraph
        && doc.sentences[..own]
            .iter()
            .rev()
            .take_while(|x| x.paragraph == own_paragraph)
            .any(|x| {
                let lead = &doc.text.as_bytes()[x.start..x.end];
                [&b" this week"[..], b" over the past week"]
                    .iter()
                    .any(|p| lead.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p)))
            })
}
