//! Soft line wraps inside a sentence, read as spaces: a text wrapped at a fixed width ("France's
//! Jean-Noël\nBarrot said", "had not ruled\nout") still shows its names, cues and terms whole.
//! Every replaced byte is a line break (or the carriage return before it) and becomes one
//! space, so the text keeps its length and every span found in it is a span of the original.
//!
//! Not here: paragraphs and sentences (see `sentences`). A break this module keeps is one
//! `sentences::paragraphs` may end a paragraph at, or one before a line with structure of its
//! own (a list item, a heading, a speaker's label); a break it replaces is one that never ends a
//! paragraph there, so the paragraphs stay as they were.

use std::borrow::Cow;

use super::sentences::{ends_a_sentence, label_at};

/// `text` with each soft wrap (a line break inside a sentence) replaced by a space.
pub(super) fn soft_wraps_as_spaces(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let soft: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' && is_soft_wrap(text, i))
        .map(|(i, _)| i)
        .collect();
    if soft.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = bytes.to_vec();
    for i in soft {
        out[i] = b' ';
        if i > 0 && out[i - 1] == b'\r' {
            out[i - 1] = b' ';
        }
    }
    // Only ASCII line breaks and carriage returns were replaced, by ASCII spaces.
    Cow::Owned(String::from_utf8(out).expect("ASCII bytes replaced by ASCII bytes"))
}

/// Whether the line break at byte `i` wraps a sentence: the line before is text that ends
/// mid-sentence, and the line after goes on with it.
fn is_soft_wrap(text: &str, i: usize) -> bool {
    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
    let before = text[line_start..i].trim_end_matches('\r').trim_end();
    let after_line = text[i + 1..].split('\n').next().unwrap_or("");
    let after = after_line.trim_start_matches([' ', '\t']);
    if before.trim_start().is_empty() || after.trim_end().is_empty() {
        return false;
    }
    // A quotation closed after a comma goes on with its attribution ("… change that,"\n
    // Pistorius replied.").
    let attribution_follows = [",\"", ",\u{201d}", ",'", ",\u{2019}"]
        .iter()
        .any(|e| before.ends_with(e));
    // A line that ends a sentence, a label or emphasis, a heading or a table row.
    let ends_unit = (ends_a_sentence(before) && !attribution_follows)
        || before.ends_with(['*', '_', '|', '\\'])
        || before.trim_start().starts_with(['#', '|', '>']);
    // A line wrapped at a width is long; a short one before a capital is a line of its own (a
    // headline, a dateline: "Macron hosts 20 leaders in Paris\nPresident Emmanuel Macron told
    // reporters …"). A continuation in lower case goes on a sentence whatever the length.
    let goes_on = || {
        attribution_follows
            || after.starts_with(|c: char| c.is_lowercase())
            || (before.trim_start().chars().count() >= WRAPPED_LINE
                && continues_a_wrapped_line(text, line_start))
    };
    // A line with structure of its own: a list item, a heading, a quotation block, a table
    // row, a time stamp, a numbered item, or a speaker's label. (The label is looked for last:
    // most breaks are decided before it.)
    let starts_unit = || {
        after.starts_with(['#', '-', '*', '\u{2022}', '>', '|', '[', '+', '_'])
            || after.starts_with(|c: char| c.is_ascii_digit())
            || label_at(after).is_some()
    };
    !ends_unit && goes_on() && !starts_unit()
}

/// Whether the line starting at `line_start` is itself the continuation of a line above in its
/// paragraph (a first line may be a headline of its own).
fn continues_a_wrapped_line(text: &str, line_start: usize) -> bool {
    let Some(above_end) = line_start.checked_sub(1) else {
        return false;
    };
    let above_start = text[..above_end].rfind('\n').map_or(0, |p| p + 1);
    let above = text[above_start..above_end]
        .trim_end_matches('\r')
        .trim_end();
    !above.trim_start().is_empty() && !ends_a_sentence(above) && !above.ends_with(['*', '_'])
}

/// The shortest line taken for one wrapped at a fixed width when the next opens with a capital
/// (texts are wrapped at 60 to 100 columns; headlines and datelines are mostly shorter).
const WRAPPED_LINE: usize = 60;

#[cfg(test)]
mod tests {
    use super::soft_wraps_as_spaces;

    #[test]
    fn a_name_wrapped_across_lines_is_read_whole() {
        let t = "On Monday Kallas circulated a proposal to member states for new military\naid. Ukraine's foreign minister welcomed the plan the same day. France's Jean-Noël\nBarrot said France would help.";
        let flat = soft_wraps_as_spaces(t);
        assert!(flat.contains("military aid."));
        assert!(flat.contains("Jean-Noël Barrot said"));
        assert_eq!(flat.len(), t.len());
    }

    #[test]
    fn structure_keeps_its_line_breaks() {
        for t in [
            "The minister said so.\nThe ambassador agreed.",
            "Key points\n- sanctions\n- weapons",
            "**The government**\nThe minister said so",
            "Q: Will you send troops\nPAVEL: No",
            "On the record\n14:40 The minister arrived",
            "First paragraph\n\nSecond paragraph",
            "A table | row\n| next | row",
            "Macron hosts 20 leaders in Paris\nPresident Emmanuel Macron told reporters",
            // (A first line may be a headline of its own, however long.)
            "Macron hosts twenty European leaders in Paris for talks on Ukraine aid\nPresident Macron said",
        ] {
            assert_eq!(soft_wraps_as_spaces(t), t, "{t:?}");
        }
        // A carriage return goes with its line feed; a continuation in lower case goes on
        // whatever the length of the line before.
        assert_eq!(
            soft_wraps_as_spaces("had not ruled\r\nout"),
            "had not ruled  out"
        );
    }
}
