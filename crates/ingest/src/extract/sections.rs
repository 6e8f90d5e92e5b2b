//! The sections an article's bold headings open, as far as dating needs them: a background
//! section ("**Background: the Kyiv visit**") tells what came before the story, and its days do
//! not date the statements under the next heading; a live blog's time-stamped entry ("**09:15
//! - Sunak opens the conference**") starts afresh on the blog's day.
//!
//! Not here: headings that name a day (see `dates`) or an official text's author (see
//! `document_voice`).

use super::words::set_in_bold;
use super::Doc;

/// Headings of a section that tells what came before the story ("**Background: the Kyiv
/// visit**").
const BACKGROUND_HEADINGS: [&str; 4] = [
    "background",
    "context",
    "the story so far",
    "how we got here",
];

/// Whether `pos` lies in a background section that a later heading closed before `until`:
/// "**Background**: Carney travelled to Kyiv on 24 August …" does not date the statements under
/// "**The exchanges**" that follow it.
pub(super) fn in_closed_background_section(doc: &Doc<'_>, pos: usize, until: usize) -> bool {
    let own = doc.paragraphs.partition_point(|&(_, end)| end <= pos);
    // (A line wholly in bold, not two bold runs: "**Background**" but not "**A** and **B**".)
    let is_heading = |&(a, b): &(usize, usize)| {
        let line = doc.text[a..b].trim();
        set_in_bold(line) && !line[2..line.len() - 2].contains("**")
    };
    let Some(heading) = doc.paragraphs[..own.min(doc.paragraphs.len())]
        .iter()
        .rev()
        .find(|p| is_heading(p))
    else {
        return false;
    };
    let title = doc.text[heading.0..heading.1]
        .trim()
        .trim_matches('*')
        .to_lowercase();
    BACKGROUND_HEADINGS.iter().any(|h| title.starts_with(h))
        && doc.paragraphs[own..]
            .iter()
            .take_while(|&&(a, _)| a < until)
            .any(is_heading)
}

/// Where a live blog's entries start: the headings that open with a time stamp ("**09:15 -
/// Sunak opens the conference**"), when the text has at least two. A day named in an earlier
/// entry ("To catch up: Olaf Scholz said in Berlin on Tuesday …") does not date the entries
/// after it. (Only an entry's own heading line: an entry run in after its stamp, "09:20 - At
/// the joint news conference, Macron said …", often goes on with the event of the entry
/// before.)
///
/// Newest entries first, an entry run in after its stamp starts afresh too: the entry before
/// it on the page came later, so its days are no background of this one ("17:55 - … the jets
/// that scrambled on Tuesday night." over "14:05 - Kaja Kallas said …").
pub(super) fn live_blog_entries(text: &str, paragraphs: &[(usize, usize)]) -> Vec<usize> {
    // (Each paragraph is read once: its start, its line and the time it opens with.)
    let stamped: Vec<(usize, &str, u32)> = paragraphs
        .iter()
        .filter_map(|&(a, b)| {
            let line = text[a..b].trim();
            time_stamp_minutes(line).map(|t| (a, line, t))
        })
        .collect();
    let falling = stamped.windows(2).filter(|w| w[1].2 < w[0].2).count();
    let newest_first = falling >= 2 && falling > stamped.len() / 2;
    let entries: Vec<usize> = stamped
        .iter()
        .filter(|(_, line, _)| {
            newest_first || (set_in_bold(line) && !line[2..line.len() - 2].contains("**"))
        })
        .map(|&(a, _, _)| a)
        .collect();
    if entries.len() >= 2 {
        entries
    } else {
        Vec::new()
    }
}

/// The start of the live-blog entry that holds `pos`, if the text is a live blog.
pub(super) fn live_blog_entry(doc: &Doc<'_>, pos: usize) -> Option<usize> {
    let n = doc.live_blog_entries.partition_point(|&start| start <= pos);
    n.checked_sub(1).map(|i| doc.live_blog_entries[i])
}

/// The clock time a paragraph opens with, in minutes after midnight ("14:05 -" is 845,
/// "2.05pm" is 845 too).
fn time_stamp_minutes(paragraph: &str) -> Option<u32> {
    if !opens_with_a_time_stamp(paragraph) {
        return None;
    }
    let body = paragraph.trim_start_matches(['*', '_', '#', '-', ' ']);
    let (hours, rest) = body.split_once([':', '.'])?;
    let hours: u32 = hours.parse().ok()?;
    let minutes: u32 = rest.get(..2)?.parse().ok()?;
    let pm = rest[2..]
        .trim_start()
        .to_ascii_lowercase()
        .starts_with("pm");
    Some((if pm && hours < 12 { hours + 12 } else { hours }) * 60 + minutes)
}

/// Whether a paragraph opens with a clock time ("**09:15**", "14:40 -", "08:02 BST"), after
/// emphasis and list marks.
fn opens_with_a_time_stamp(paragraph: &str) -> bool {
    let body = paragraph
        .trim_start_matches(['*', '_', '#', '-', ' '])
        .as_bytes();
    let digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=2).contains(&digits)
        && matches!(body.get(digits), Some(b':' | b'.'))
        && body.get(digits + 1).is_some_and(u8::is_ascii_digit)
        && body.get(digits + 2).is_some_and(u8::is_ascii_digit)
        && !body.get(digits + 3).is_some_and(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::opens_with_a_time_stamp;

    #[test]
    fn a_time_stamp_opens_a_live_blog_entry() {
        assert!(opens_with_a_time_stamp(
            "**09:15 - Sunak opens the conference**"
        ));
        assert!(opens_with_a_time_stamp("14:40 - Zelensky, beside Sunak, …"));
        assert!(opens_with_a_time_stamp("**8.05am, Sunday Breakfast**"));
        assert_eq!(super::time_stamp_minutes("14:05 - Kallas said"), Some(845));
        assert_eq!(super::time_stamp_minutes("**2.05pm, Lunch**"), Some(845));
        assert_eq!(super::time_stamp_minutes("The 14:05 train"), None);
        assert!(!opens_with_a_time_stamp(
            "2024: the year of the long-range debate"
        ));
        assert!(!opens_with_a_time_stamp(
            "12.500 tonnes of ammunition were sent."
        ));
        assert!(!opens_with_a_time_stamp(
            "Sunak opened the conference at 09:15."
        ));
    }
}
