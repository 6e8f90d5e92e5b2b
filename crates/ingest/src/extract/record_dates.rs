//! The day a whole record was said on: an interview's date given before its first label, a
//! sitting's date in the opening heading or in the title, a transcript's broadcast day; and the
//! dates that are the record's own rather than an event's (the day it was made public beside
//! the day it was recorded, a note that dates the page). Not here: the day of one statement
//! (see `statement_dates`).

use chrono::{Datelike, NaiveDate};
use stancelog_events::DateBasis;

use crate::knowledge::Knowledge;

use super::attribution::resolve;
use super::dates::{DateHit, DatePatterns};
use super::interviews::PRESENTS_AN_INTERVIEW;
use super::mentions::MentionKind;
use super::no_position::in_clause_opened_by;
use super::quotes::quote_at;
use super::sentences::Sentence;
use super::speakers::Label;
use super::words::{floor_char_boundary, set_in_emphasis, words_before};
use super::Doc;

/// In an interview or transcript, the date given before the first label ("The interview was
/// conducted on Friday"): when every labelled answer was said, unless a label dates its own
/// turn. The day of a sentence that presents the interview ("We spoke to Defence Minister Pal
/// Jonson on Friday") wins over the news the introduction opens with ("The government
/// announced on Thursday …").
pub(super) fn interview_date(doc: &Doc<'_>, labels: &[Label]) -> Option<(NaiveDate, DateBasis)> {
    let p = labels.iter().position(|l| *l != Label::None)?;
    let first = doc.paragraphs[p].0;
    let mut before = doc.dates.iter().filter(|d| {
        d.end <= first
            && quote_at(&doc.quotes, d.start).is_none()
            && doc
                .paragraphs
                .iter()
                .position(|&(a, b)| a <= d.start && d.end <= b)
                .is_some_and(|i| labels[i] == Label::None)
    });
    let earliest = before.next()?;
    let presents = |d: &&DateHit| {
        let s = doc.sentences.partition_point(|x| x.end <= d.start);
        doc.sentences.get(s).is_some_and(|x| {
            let sentence = doc.text[x.start..x.end].to_lowercase();
            PRESENTS_AN_INTERVIEW.iter().any(|p| sentence.contains(p))
        })
    };
    let chosen = std::iter::once(earliest)
        .chain(before)
        .find(presents)
        .unwrap_or(earliest);
    Some((chosen.date, chosen.basis))
}

/// The day of the sitting a record reports, when the article opens with its heading: a first
/// paragraph of at most 45 words, reporting no speech, that gives a full date (with its year)
/// up to a week before publication ("National Assembly, Defence Committee. Hearing of the
/// minister, Wednesday 17 May 2023."), or when its title names that day with its weekday
/// ("Yerevan pool reports, European Political Community summit, Monday 4 May", filed the next
/// morning).
pub(super) fn record_date(doc: &Doc<'_>, title: &str, dates: &DatePatterns) -> Option<NaiveDate> {
    heading_date(doc)
        .or_else(|| title_date(doc, title, dates))
        .or_else(|| delivered_text_date(doc))
}

/// The day a reproduced speech was delivered (or a letter dated), when the page opens with a
/// note in emphasis that presents it ("*The Office of the President publishes the full text of
/// the address that President Volodymyr Zelensky delivered … on Thursday, 17 March 2022.*"):
/// one day, given in full, up to a week before publication. The speech's statements were made
/// that day, not on the day the page went up.
fn delivered_text_date(doc: &Doc<'_>) -> Option<NaiveDate> {
    let &(ps, pe) = doc.paragraphs.first()?;
    if !doc.text[ps..pe].trim_start().starts_with(['*', '_']) {
        return None;
    }
    let lower = doc.text[ps..pe].to_lowercase();
    // (So is a letter by the day it is dated: "*The following letter, dated 15 April 2026,
    // responds to …*".)
    let speech = ["address", "speech", "remarks", "letter"]
        .iter()
        .any(|w| lower.contains(w));
    let delivered = ["delivered", " gave ", " given ", " made ", " dated "]
        .iter()
        .any(|w| lower.contains(w));
    if !(speech && delivered) {
        return None;
    }
    let days = || {
        doc.dates
            .iter()
            .take_while(|d| d.start < pe)
            .filter(|d| d.start >= ps && d.basis == DateBasis::Explicit)
    };
    // The day right after "dated", else the only day the note names.
    let dated = days()
        .find(|d| doc.text[ps..d.start].trim_end().ends_with(" dated"))
        .map(|d| d.date);
    let first = match dated {
        Some(day) => day,
        None => {
            let first = days().next()?.date;
            if days().any(|d| d.date != first) {
                return None;
            }
            first
        }
    };
    (first < doc.published && doc.published - first <= chrono::Duration::days(7)).then_some(first)
}

/// The day a title names with its weekday and day of the month (or its year), when it is the
/// only day it names and up to a week before publication.
fn title_date(doc: &Doc<'_>, title: &str, dates: &DatePatterns) -> Option<NaiveDate> {
    let found: Vec<DateHit> = dates
        .find(title, doc.published)
        .into_iter()
        .filter(|d| d.basis == DateBasis::Explicit)
        .collect();
    let first = found.first()?;
    // ("Weekly bulletin: 11-15 March 2024": a range of days is no single sitting.)
    let range = title[..first.start]
        .trim_end_matches(['-', '\u{2013}', ' '])
        .ends_with(|c: char| c.is_ascii_digit())
        && title[..first.start].trim_end().ends_with(['-', '\u{2013}']);
    if range || found.iter().any(|d| d.date != first.date) || names_two_sittings(title) {
        return None;
    }
    // The weekday may be outside the hit ("Monday 4 May" or "Monday, 4 May").
    let hit = &title[floor_char_boundary(title, first.start.saturating_sub(11))..first.end];
    let weekday = WEEKDAYS.iter().any(|w| hit.contains(w));
    (weekday || hit.contains(&first.date.year().to_string()))
        .then_some(first.date)
        .filter(|&d| d < doc.published && doc.published - d <= chrono::Duration::days(7))
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether a heading names two days of a run, the first without its month ("Sittings of
/// Tuesday 21 and Wednesday 22 November 2023"): it records no single sitting.
fn names_two_sittings(heading: &str) -> bool {
    WEEKDAYS.iter().any(|w| {
        heading.match_indices(w).any(|(i, _)| {
            let rest = heading[i + w.len()..].trim_start_matches([' ', ',']);
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let after = &rest[digits..];
            (1..=2).contains(&digits)
                && (after.starts_with(" and ") || after.starts_with(['-', '\u{2013}']))
        })
    })
}

/// [`record_date`] read off the first paragraph.
fn heading_date(doc: &Doc<'_>) -> Option<NaiveDate> {
    let &(ps, pe) = doc.paragraphs.first()?;
    let para = &doc.text[ps..pe];
    // (Counting stops at the 46th word: a release's first paragraph may be all of it.)
    para.split_whitespace().nth(45).is_none().then_some(())?;
    // (Verbs and dates are in text order: only the first paragraph's are read.)
    if doc
        .verbs
        .iter()
        .take_while(|v| v.start < pe)
        .any(|v| v.start >= ps && v.end <= pe && !v.in_quote)
    {
        return None;
    }
    let explicit = || {
        doc.dates
            .iter()
            .take_while(|d| d.start < pe)
            .filter(|d| d.start >= ps && d.end <= pe && d.basis == DateBasis::Explicit)
            // ("… held on Wednesday, 8 November 2023. Published on Thursday, 9 November
            // 2023.": the day the page went up is no second sitting.)
            .filter(|d| !dates_this_text(doc, d))
            // "the session held on Wednesday, 8 January 2025, called after Ukraine stopped
            // the transit on New Year's Day": the day of the event that led to the sitting is
            // its background, not a second day the record covers.
            .filter(|d| {
                // (Its weekday may open the date: "after the strike on Sunday, 1 March".)
                let lead = doc.text[ps..d.start].trim_end_matches([' ', ',']);
                let at = WEEKDAYS
                    .iter()
                    .find_map(|w| lead.strip_suffix(w))
                    .map_or(d.start, |rest| ps + rest.len());
                // ("the communique issued after the meeting of the Government held on
                // Wednesday, 8 November 2023": the day the meeting was held is the sitting's.)
                let held = doc.text[ps..at].trim_end().ends_with(" held on");
                held || !in_clause_opened_by(doc.text, ps, at, &[" after ", " since "])
            })
    };
    // A heading names one day: "This live page covered Friday 15 August and Saturday 16
    // August" records no single sitting.
    let first = explicit().next()?.date;
    if explicit().any(|d| d.date != first) {
        return None;
    }
    if names_two_sittings(para) {
        return None;
    }
    explicit()
        // With its year, written in the hit or right after it ("Wednesday 17 May 2023"), or
        // with its weekday and day of the month ("On Thursday, 9 January, the minister took
        // part in …"): a bare weekday or "9 January" alone may be an aside.
        .filter(|d| {
            let upto = floor_char_boundary(doc.text, (d.end + 6).min(pe));
            let hit = &doc.text[d.start..upto];
            hit.contains(&d.date.year().to_string())
                || (hit.starts_with(char::is_uppercase)
                    && hit.ends_with(|c: char| c.is_ascii_alphanumeric() || c == ',' || c == ' ')
                    && hit.contains(|c: char| c.is_ascii_digit()))
        })
        .map(|d| d.date)
        .find(|&d| d < doc.published && doc.published - d <= chrono::Duration::days(7))
}

/// On an actor's own page, the day of the one event a release reports when its first
/// paragraph of narration opens with that day ("Yesterday, Prime Minister Mark Carney joined
/// leaders …", "On Wednesday, 20 May 2026, Prime Minister Donald Tusk received …"), up to a
/// week before publication: the statements the release then recounts ("At the meeting, the
/// Prime Minister confirmed …") were made that day, not on the release's. A dateline or a
/// translator's note before it is skipped. The first person or body named after the day must
/// be the publisher's own: "On 30 November, President of the European Commission Ursula von
/// der Leyen announced …" on mid.ru opens a comment on another party's act, made on the day of
/// the comment. Not when a later paragraph opens with a later day: a weekly bulletin
/// recounts several days (an earlier one is background: "- On August 24, 2025, the Prime
/// Minister travelled to Kyiv …" under "Quick facts").
pub(super) fn release_event_day(
    k: &Knowledge,
    doc: &Doc<'_>,
    publisher: usize,
) -> Option<NaiveDate> {
    // The day a paragraph opens with, "On" or a list's dash before it at most ("Yesterday,
    // …", "- On August 24, 2025, …"; not a transcript's "Vladimir Putin: Yesterday, …").
    let opening_day = |p: usize| {
        let (ps, pe) = doc.paragraphs[p];
        doc.dates
            .iter()
            .find(|d| d.start >= ps && d.start < pe)
            .filter(|d| {
                let lead = doc.text[ps..d.start].trim_matches(['-', '*', '\u{2022}', ' ']);
                !d.step_back && (lead.is_empty() || lead.eq_ignore_ascii_case("on"))
            })
            .map(|d| d.date)
    };
    let narration = (0..doc.paragraphs.len().min(3)).find(|&p| {
        let (ps, pe) = doc.paragraphs[p];
        let para = doc.text[ps..pe].trim_start();
        let dateline = doc
            .dates
            .iter()
            .any(|d| d.start >= ps && d.end <= pe && d.date == doc.published);
        !(dateline
            || para.starts_with(['[', '*', '_'])
            || para.split_whitespace().nth(10).is_none())
    })?;
    let day = opening_day(narration)
        .or_else(|| event_day_in_lead(doc, narration))
        .filter(|&d| d < doc.published && doc.published - d <= chrono::Duration::days(7))?;
    let (ps, _) = doc.paragraphs[narration];
    let sentence_end = doc
        .sentences
        .iter()
        .find(|s| s.start <= ps && ps < s.end.max(s.start + 1))
        .map_or(ps, |s| s.end);
    doc.mentions
        .iter()
        // (A bare title before its holder's name, "Prime Minister Mark Carney", is read
        // through to the name.)
        .position(|m| {
            m.start >= ps
                && m.end <= sentence_end
                && !matches!(
                    m.kind,
                    MentionKind::Pronoun | MentionKind::Title { actor: None, .. }
                )
        })
        .and_then(|m| resolve(k, &doc.mentions, m, day, 0))
        .is_some_and(|s| s.actor == publisher)
        .then_some(())?;
    ((narration + 1)..doc.paragraphs.len())
        .all(|p| opening_day(p).is_none_or(|d| d <= day || d == doc.published))
        .then_some(day)
}

/// The day a paragraph's first sentence gives its event ("Federal Chancellor Friedrich Merz
/// received the President of Ukraine … on Wednesday, 28 May"), or the sentence after it where
/// that says when the event took place ("Vladimir Putin held talks with … The talks took place
/// in Sochi on 5 August").
fn event_day_in_lead(doc: &Doc<'_>, p: usize) -> Option<NaiveDate> {
    let (ps, _) = doc.paragraphs[p];
    let first = doc
        .sentences
        .partition_point(|s| s.end <= ps)
        .min(doc.sentences.len().checked_sub(1)?);
    let day_in = |s: usize| {
        let x = doc.sentences.get(s)?;
        let in_sentence =
            |d: &&DateHit| d.start >= x.start && d.end <= x.end && !d.step_back && !d.heading;
        // "spoke to President Biden on Tuesday evening and to President Zelenskyy on
        // Wednesday morning": a lead naming two days reports two events, not one.
        let mut days = doc.dates.iter().filter(in_sentence).map(|d| d.date);
        let first_day = days.next()?;
        if days.any(|d| d != first_day) {
            return None;
        }
        doc.dates
            .iter()
            .find(in_sentence)
            // ("NATO condemns yesterday's strike": a possessive day is the other party's act;
            // "Vladimir Putin: Yesterday, we took our decision": a speaker's turn, not the
            // narration.)
            .filter(|d| {
                !doc.text[d.end..].starts_with(['\'', '\u{2019}'])
                    && !doc.text[x.start..d.start].contains(':')
            })
            .map(|d| d.date)
    };
    let took_place = |s: usize| {
        doc.sentences.get(s).is_some_and(|x| {
            let t = &doc.text[x.start..x.end];
            x.paragraph == doc.sentences[first].paragraph
                && ["took place", "was held", "were held"]
                    .iter()
                    .any(|v| t.contains(v))
        })
    };
    day_in(first).or_else(|| took_place(first + 1).then(|| day_in(first + 1)).flatten())
}

/// The day a transcript published later was broadcast, as its title and opening paragraph give
/// it ("Transcript: The Early Programme" over "*Transcript of The Early Programme, broadcast on
/// Monday 6 June 2022 … Published the following day.*"): its "this morning" and "yesterday"
/// count from that day.
pub(super) fn broadcast_day(doc: &Doc<'_>, title: &str) -> Option<NaiveDate> {
    let &(ps, pe) = doc.paragraphs.first()?;
    let opening = doc.text[ps..pe].to_lowercase();
    if !title.to_lowercase().contains("transcript") && !opening.contains("transcript") {
        return None;
    }
    // (Dates are in text order: only the opening paragraph's are read.)
    doc.dates
        .iter()
        .take_while(|d| d.end <= pe)
        .filter(|d| d.basis == DateBasis::Explicit && d.date < doc.published)
        .find(|d| {
            let before = doc.text[ps..d.start].to_lowercase();
            let near = &before[floor_char_boundary(&before, before.len().saturating_sub(24))..];
            ["broadcast", "aired", "recorded"]
                .iter()
                .any(|w| near.contains(w))
        })
        .map(|d| d.date)
}

/// Whether `d` dates the page itself, in a note of the italic standfirst that opens with it
/// ("Published the following day in SubRip format.", "First published Tuesday; updated
/// Thursday."): not the day of any event in it. (Only in the standfirst: measured on the blind
/// sets, such a sentence further down is as often the news.)
pub(super) fn dates_this_text(doc: &Doc<'_>, d: &DateHit) -> bool {
    doc.sentences
        .get(doc.sentences.partition_point(|x| x.end <= d.start))
        .is_some_and(|own| {
            let (ps, pe) = doc.paragraphs[own.paragraph];
            if own.paragraph != 0 || !set_in_emphasis(doc.text[ps..pe].trim()) {
                return false;
            }
            let opening = doc.text[own.start..d.start].trim_start_matches(['*', '_', ' ']);
            [
                "Published",
                "First published",
                "Posted",
                "Updated",
                "Last updated",
            ]
            .iter()
            .any(|p| opening.starts_with(p))
        })
}

/// Whether `d` is the day a recording was made public ("broadcast tonight") in a sentence that
/// also gives the day it was recorded ("recorded in London on Monday").
pub(super) fn released_beside_a_recording(doc: &Doc<'_>, d: &DateHit) -> bool {
    // (Up to four words back: "recorded in London on Monday".)
    let said_after = |d: &DateHit, words: &[&str]| {
        words_before(doc.text, d.start, 4, true)
            .iter()
            .any(|w| words.contains(&w.to_lowercase().as_str()))
    };
    if !said_after(d, &RELEASED) {
        return false;
    }
    let Some(own) = doc
        .sentences
        .get(doc.sentences.partition_point(|x| x.end <= d.start))
    else {
        return false;
    };
    doc.dates
        .iter()
        .any(|o| o.start >= own.start && o.end <= own.end && said_after(o, &RECORDED))
}

/// Words before the day an interview or a statement was made ("recorded on Friday").
pub(super) const RECORDED: [&str; 5] = ["recorded", "conducted", "taped", "filmed", "given"];
/// Words before the day it was made public ("broadcast on Sunday", "published today").
pub(super) const RELEASED: [&str; 6] = [
    "broadcast",
    "aired",
    "published",
    "released",
    "shown",
    "screened",
];

/// The date hits that open their sentence (within its first three words), as (start, day),
/// in text order. Read once per article (see [`opens_a_sentence_before`]).
pub(super) fn fronted_dates(
    text: &str,
    sentences: &[Sentence],
    dates: &[DateHit],
) -> Vec<(usize, NaiveDate)> {
    dates
        .iter()
        .filter(|d| {
            sentences
                .get(sentences.partition_point(|x| x.end <= d.start))
                .is_some_and(|own| {
                    let lead = &text[own.start.min(d.start)..d.start];
                    own.start <= d.start
                        && (lead.split_whitespace().nth(2).is_none()
                            || fronted_phrase(lead, &text[d.end..own.end.max(d.end)]))
                })
        })
        .map(|d| (d.start, d.date))
        .collect()
}

/// Whether a date ends a fronted adverbial phrase: "During the talks in the Kremlin on March
/// 21, President Putin said …" (a preposition opens the sentence, and a comma closes the phrase
/// right after the date).
fn fronted_phrase(lead: &str, rest: &str) -> bool {
    let opener = lead.split_whitespace().next().unwrap_or("");
    ["During", "At", "After", "Following", "In", "On", "Speaking"].contains(&opener)
        && !lead.contains([',', ';', ':', '"', '\u{201c}'])
        && rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ')
            .starts_with(',')
}

/// Whether a date hit opens a sentence before sentence `s`, for `day` (any day when `None`).
/// On an actor's own page, a named person's statement takes the day of the event the release
/// recounts only from such a day ("Yesterday, the President met …", then "He said after the
/// meetings …"), not from one inside a noun phrase ("the agreement reached during the December
/// 7 videoconference", in a readout of a later call).
pub(super) fn opens_a_sentence_before(doc: &Doc<'_>, day: Option<NaiveDate>, s: usize) -> bool {
    doc.sentences
        .get(s)
        .is_some_and(|x| fronted_between(doc, 0, x.start, day))
}

/// Whether `day` opens the sentence just before sentence `s`, in the same paragraph.
pub(super) fn opens_the_sentence_before(doc: &Doc<'_>, day: NaiveDate, s: usize) -> bool {
    let (Some(here), Some(prev)) = (
        doc.sentences.get(s),
        s.checked_sub(1).and_then(|p| doc.sentences.get(p)),
    ) else {
        return false;
    };
    prev.paragraph == here.paragraph && fronted_between(doc, prev.start, prev.end, Some(day))
}

/// Whether a date that opens its sentence stands in `from..to`, for `day` (any day when
/// `None`). (The list is in text order: a binary search finds the stretch.)
fn fronted_between(doc: &Doc<'_>, from: usize, to: usize, day: Option<NaiveDate>) -> bool {
    let first = doc.fronted_dates.partition_point(|&(at, _)| at < from);
    doc.fronted_dates[first..]
        .iter()
        .take_while(|&&(at, _)| at < to)
        .any(|&(_, d)| day.is_none_or(|day| d == day))
}
