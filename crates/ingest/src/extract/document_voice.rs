//! Whose own text an article is when its heading says so: "Remarks by NATO Secretary General
//! Jens Stoltenberg at …", "Foreign Affairs Council: press remarks by High Representative Josep
//! Borrell", "Statement by the NATO Spokesperson …", as the title or the first sentence. Such a
//! page is read like one whose address names the actor (`Knowledge::source_actor`): its
//! unattributed "we will continue to support Ukraine" is the author's. Official texts reach
//! users through reposts, archives and CSV exports as often as from the actor's own site.
//!
//! Not here: pages known by their address, labelled turns of a transcript ("Vladimir Putin: …"),
//! or a statement quoted inside a news story.

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use crate::knowledge::lexicon::word_starts;
use crate::knowledge::Knowledge;

use super::attribution::{resolve, Speaker};
use super::dates::{DateHit, DatePatterns};
use super::mentions::find_mentions;
use super::record_dates::broadcast_day;
use super::Doc;

/// Words naming an official text by its kind, before "by" and its author.
const KINDS: [&str; 14] = [
    "statement",
    "statements",
    "remarks",
    "speech",
    "address",
    "conference",
    "doorstep",
    "comment",
    "briefing",
    "message",
    "declaration",
    "readout",
    "intervention",
    "keynote",
];

/// Words that end the author's name after "by" ("by the High Representative on the tenth
/// package", "by Secretary Hegseth at the Contact Group"). Not "for": it is part of titles
/// ("Commissioner for Defence and Space Andrius Kubilius").
const AUTHOR_ENDS: [&str; 15] = [
    " on ",
    " at ",
    " following ",
    " after ",
    " before ",
    " ahead ",
    " in ",
    " to ",
    " with ",
    " during ",
    " regarding ",
    " concerning ",
    " about ",
    " - ",
    " \u{2014} ",
];

/// The author of an article's own text, and the day its heading gives.
pub(super) struct Authored {
    pub author: Speaker,
    /// The date the heading line names, if any ("…, Sofia, 27 May 2024").
    pub day: Option<NaiveDate>,
}

/// Whose own text the page is: the actor its address names, else the author its heading names
/// ("Remarks by NATO Secretary General Jens Stoltenberg at …"), with that heading. A heading's
/// day, or a transcript's broadcast day, is the day the page's "today" and "yesterday" count
/// from.
pub(super) fn page_voice(
    k: &Knowledge,
    doc: &mut Doc<'_>,
    title: &str,
    source: &str,
    url: Option<&str>,
    dates: &DatePatterns,
) -> (Option<usize>, Option<Authored>) {
    let known = k.source_actor(source, url);
    // ("Press remarks by High Representative Kaja Kallas" on the EEAS's own site: the page is
    // the actor's, and its first person is the author the heading names.)
    let authored = authored_heading(k, doc, title, dates)
        .filter(|a| known.is_none_or(|actor| actor == a.author.actor));
    let day = authored
        .as_ref()
        .and_then(|a| a.day)
        .or_else(|| broadcast_day(doc, title));
    if let Some(day) = day {
        count_relative_days_from(&mut doc.dates, doc.published, day);
    }
    (
        known.or(authored.as_ref().map(|a| a.author.actor)),
        authored,
    )
}

/// On an actor's own page, whether `mention` speaks for another actor ("Minister Kuleba
/// thanked his colleagues" in the EU Council's release of the day after).
pub(super) fn other_party(
    k: &Knowledge,
    doc: &Doc<'_>,
    mention: Option<usize>,
    publisher: Option<usize>,
) -> bool {
    publisher.is_some()
        && mention.is_some_and(|m| {
            resolve(k, &doc.mentions, m, doc.published, 0)
                .is_some_and(|s| Some(s.actor) != publisher)
        })
}

/// The author the title names, else the first sentence ("Press conference by NATO Secretary
/// General Jens Stoltenberg following …"), with the date that line gives.
fn authored_heading(
    k: &Knowledge,
    doc: &Doc<'_>,
    title: &str,
    dates: &DatePatterns,
) -> Option<Authored> {
    if let Some(author) = heading_author(k, title, doc.published) {
        // ("*Brussels, 23 June 2025. Check against delivery.*" under a title with no date: the
        // dateline's day.)
        let day = first_explicit(&dates.find(title, doc.published)).or_else(|| dateline_day(doc));
        return Some(Authored { author, day });
    }
    let first = doc.sentences.first()?;
    let author = heading_author(k, &doc.text[first.start..first.end], doc.published)?;
    // (Dates are in text order: the first sentence's come first.)
    let upto = doc.dates.partition_point(|d| d.end <= first.end);
    let day = first_explicit(&doc.dates[..upto]);
    Some(Authored { author, day })
}

/// The day an italic dateline opening the page gives ("*Brussels, 23 June 2025. Check against
/// delivery. Posted on 24 June 2025.*"): its first full date, when it is before publication.
fn dateline_day(doc: &Doc<'_>) -> Option<NaiveDate> {
    let &(ps, pe) = doc.paragraphs.first()?;
    let para = doc.text[ps..pe].trim();
    if !(para.starts_with(['*', '_']) && para.split_whitespace().count() <= 25) {
        return None;
    }
    let upto = doc.dates.partition_point(|d| d.end <= pe);
    first_explicit(&doc.dates[..upto]).filter(|&d| d < doc.published)
}

/// "Today we are proposing a tenth package" under "Statement by …, 15 February 2023" on a page
/// published two days later: the page's "today" and "yesterday" count from the heading's day.
fn count_relative_days_from(dates: &mut [DateHit], published: NaiveDate, day: NaiveDate) {
    let shift = published - day;
    for d in dates.iter_mut().filter(|d| d.basis == DateBasis::Relative) {
        d.date -= shift;
    }
}

/// The first full date among `hits` ("27 May 2024", not "Friday").
fn first_explicit(hits: &[DateHit]) -> Option<NaiveDate> {
    hits.iter()
        .find(|d| d.basis == DateBasis::Explicit)
        .map(|d| d.date)
}

/// Where " by " stands in a line that opens with a kind of official text in its first
/// `max_words` words ("Remarks by …", "Foreign Affairs Council: press remarks by …" after its
/// label): the author follows it.
pub(super) fn kind_before_by(line: &str, max_words: usize) -> Option<usize> {
    let by = line.find(" by ")?;
    let words: Vec<&str> = line[..by].split_whitespace().collect();
    (!words.is_empty()
        && words.len() <= max_words
        && words
            .iter()
            .any(|w| KINDS.iter().any(|k| w.eq_ignore_ascii_case(k))))
    .then_some(by)
}

/// The single author a heading names ("Remarks by X at …"), when it names one: a heading of two
/// authors ("Remarks by President Trump and President Zelenskyy") is a transcript, read by its
/// turns.
pub(super) fn heading_author(k: &Knowledge, heading: &str, day: NaiveDate) -> Option<Speaker> {
    // (An opening label ends at a colon: "Foreign Affairs Council: press remarks by …".)
    let line = heading
        .split_once(": ")
        .filter(|(before, _)| before.split_whitespace().count() <= 6)
        .map_or(heading, |(_, after)| after);
    let by = kind_before_by(line, 8)?;
    let rest = &line[by + 4..];
    let end = AUTHOR_ENDS
        .iter()
        .filter_map(|e| rest.find(e))
        .chain(
            [',', '.', ';', '(', '\n']
                .iter()
                .filter_map(|c| rest.find(*c)),
        )
        .min()
        .unwrap_or(rest.len());
    let author = &rest[..end];
    let mentions = find_mentions(k, author, &word_starts(author), &[]);
    let mut speakers = (0..mentions.len()).filter_map(|m| resolve(k, &mentions, m, day, 0));
    let first = speakers.next()?;
    speakers.all(|s| s.actor == first.actor).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(heading: &str, day: &str) -> Option<String> {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
        let k = Knowledge::load_dir(std::path::Path::new(root)).expect("default data loads");
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        heading_author(&k, heading, day).map(|s| k.actors[s.actor].id.to_string())
    }

    #[test]
    fn a_heading_names_its_author() {
        assert_eq!(
            author(
                "Press conference by NATO Secretary General Jens Stoltenberg following the meeting of NATO Ministers of Defence",
                "2023-06-15"
            )
            .as_deref(),
            Some("nato")
        );
        assert_eq!(
            author(
                "Foreign Affairs Council: press remarks by High Representative Josep Borrell",
                "2024-05-28"
            )
            .as_deref(),
            Some("eu")
        );
        assert_eq!(
            author(
                "Remarks by Commissioner for Defence and Space Andrius Kubilius at the Contact Group",
                "2025-04-11"
            )
            .as_deref(),
            Some("eu")
        );
        assert_eq!(
            author(
                "Statement by President von der Leyen on the tenth package of sanctions against Russia",
                "2023-02-15"
            )
            .as_deref(),
            Some("eu")
        );
    }

    #[test]
    fn two_authors_a_news_headline_or_no_kind_name_none() {
        assert_eq!(
            author(
                "Remarks by President Trump and President Zelenskyy of Ukraine Before Bilateral Meeting",
                "2025-08-18"
            ),
            None
        );
        assert_eq!(
            author("Tanks sent by Germany reach Ukraine", "2023-03-28"),
            None
        );
        assert_eq!(
            author(
                "Scholz criticised by allies over a statement on Taurus",
                "2024-03-01"
            ),
            None
        );
    }
}
