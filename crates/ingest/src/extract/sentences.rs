//! Paragraphs and sentences with byte spans into the article text.
//!
//! Paragraphs end at a blank line, or at a single line break after sentence-final punctuation
//! (so hard-wrapped wire copy is not cut mid-sentence). Sentences end at `.`, `!`, `?` followed by
//! space and an upper-case letter, digit or opening quote, except after abbreviations ("Mr.",
//! "Feb.", "U.S.") and initials ("J. Smith"); a closing quote after the stop stays in the
//! sentence, an opening quote glued to the stop (`friendly."I hope`) starts the next one.
//! Not here: quotes (see `quotes`), which may span sentences and paragraphs.

use std::collections::HashSet;

use super::words::floor_char_boundary;

/// A byte range of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Paragraph spans `[start, end)`, trimmed.
pub(crate) fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            let line_before = text[start..i].trim_end();
            let blank_follows = text[i + 1..]
                .lines()
                .next()
                .is_some_and(|l| l.trim().is_empty());
            let ends_sentence = ends_a_sentence(line_before);
            let next_line = text[i + 1..].trim_start_matches([' ', '\t']);
            let next_is_item = next_line.starts_with(['#', '-', '*', '\u{2022}', '>']);
            if blank_follows
                || ends_sentence
                || next_is_item
                || line_before.trim().is_empty()
                || line_before.trim_start().starts_with('#')
            {
                push_trimmed(text, start, i, &mut out);
                start = i + 1;
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Whether a line ends where a sentence, a quotation, a label or a bracket does: a line break
/// after it may end a paragraph.
pub(crate) fn ends_a_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\u{201d}', ':', '\u{2019}', ')'])
}

/// Transcripts flattened into one paragraph ("… colleagues. Mr Medvedev. Deputy Chairman of the
/// Security Council Dmitry Medvedev : Mr President, …", "Q: … ? A: No. …", "Q: …? Tajani: …"):
/// a speaker's label right after a sentence end starts a new paragraph, so each turn gets its
/// own label.
pub(crate) fn split_inline_turns(text: &str, paragraphs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(paragraphs.len());
    for &(ps, pe) in paragraphs {
        let mut start = ps;
        let para = &text[ps..pe];
        // "Q: Will Polish soldiers be part of it? A: No. …": an interview's question and answer
        // run on in one paragraph that opens with a "Q:".
        let q_and_a = para.trim_start_matches(['*', '_']).starts_with("Q:");
        for (i, _) in para.match_indices(['.', '?', '!']) {
            let at = ps + i + 1;
            let Some(rest) = text[at..pe].strip_prefix(' ') else {
                continue;
            };
            // ("Q: Will Italy send new weapons? Tajani: …": after the question, the one who
            // answers may be labelled by a single name.)
            let answer = q_and_a
                && (["A:", "Q:", "**A:", "**Q:"]
                    .iter()
                    .any(|l| rest.starts_with(l))
                    || (para[..i + 1].ends_with('?') && label_at(rest).is_some()));
            // ("… in fact, genocide. Question: Maria Glebova, RIA Novosti. I would like to ask
            // …": a journalist's turn in a flattened news conference is no speaker's.)
            let question = rest.starts_with("Question:") || rest.starts_with("**Question:");
            if (answer || question || is_turn_label(rest)) && at + 1 > start {
                push_trimmed(text, start, at, &mut out);
                start = at + 1;
            }
        }
        push_trimmed(text, start, pe, &mut out);
    }
    out
}

/// Whether `rest` opens with a speaker label of two words or more ("Dmitry Medvedev:").
pub(crate) fn is_turn_label(rest: &str) -> bool {
    label_at(rest).is_some_and(|(label, _)| label.split_whitespace().count() >= 2)
}

/// The speaker label `text` opens with, and the offset of its colon: up to 24 capitalised words
/// (and name particles) before a colon in the first 240 bytes, a parenthesis dropped
/// ("Xi Jinping (retranslated):", "Deputy Chairman of the Security Council Dmitry Medvedev :").
pub(crate) fn label_at(text: &str) -> Option<(&str, usize)> {
    let window = &text[..floor_char_boundary(text, text.len().min(240))];
    // Broadcast captions open a turn with a time code and a chevron ("[00:01:25] >> JOHNSON:
    // …"): the label starts after them, and the time code's colons are not its colon.
    let lead = caption_lead_len(window);
    let colon = lead + window[lead..].find(':')?;
    let label = window[lead..colon].split(" (").next().unwrap_or("");
    // "**A.S.:**": markdown emphasis around the label is no part of it.
    let label = label
        .split('(')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches(['*', '_'])
        .trim();
    // "MS. LEAVITT:", "Mr. Peskov:": a briefing transcript's honorific is no part of the name,
    // with its full stop or without it ("MR PRICE:").
    let label = [
        "MR. ", "MS. ", "MRS. ", "DR. ", "Mr. ", "Ms. ", "Mrs. ", "Dr. ", "MR ", "MS ", "MRS ",
        "DR ", "Mr ", "Ms ", "Mrs ", "Dr ",
    ]
    .iter()
    .find_map(|h| label.strip_prefix(h))
    .unwrap_or(label);
    let words: Vec<&str> = label.split_whitespace().collect();
    // Dotted initials ("A.S.") are the one label with full stops in it.
    let dotted_initials = label.len() >= 4
        && label.split_terminator('.').all(|p| {
            let mut c = p.chars();
            matches!((c.next(), c.next()), (Some(x), None) if x.is_uppercase())
        });
    // "Delivered on: 24 February 2023": a name never ends in a lower-case particle; a field
    // name may.
    let looks_like_a_name = (1..=24).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (dotted_initials || !label.contains(['"', '\u{201c}', '\u{201d}', ',', '.', ';']))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *w,
                    "of" | "the" | "de" | "von" | "van" | "and" | "for" | "on"
                )
        });
    looks_like_a_name.then_some((label, colon))
}

/// The length of a caption's lead: an optional bracketed time code ("[00:01:25]") and a ">>"
/// marker, with the spaces after them; 0 when the paragraph has no ">>" marker (a live blog's
/// "**09:40**" entry is narration, not a turn).
pub(crate) fn caption_lead_len(text: &str) -> usize {
    let mut rest = text;
    if let Some(after) = rest.strip_prefix('[') {
        let Some(close) = after.find(']') else {
            return 0;
        };
        if !after[..close]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        {
            return 0;
        }
        rest = after[close + 1..].trim_start();
    }
    match rest.strip_prefix(">>") {
        Some(after) => text.len() - after.trim_start().len(),
        None => 0,
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Splits every paragraph into sentences.
pub(crate) fn sentences(
    text: &str,
    paragraphs: &[(usize, usize)],
    abbreviations: &HashSet<String>,
) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, &(ps, pe)) in paragraphs.iter().enumerate() {
        let mut start = ps;
        let para = &text[ps..pe];
        let mut iter = para.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
                continue;
            }
            let mut end = ps + i + c.len_utf8();
            // Closing quotes, brackets and emphasis ("**Frozen money, real missiles.**", a
            // bullet's bold lead) right after the stop belong to this sentence, unless the quote
            // is glued to the next word (then it opens the next sentence).
            let rest = &text[end..pe];
            let mut consumed = 0;
            for ch in rest.chars() {
                if matches!(
                    ch,
                    '"' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\'' | '*' | '_'
                ) {
                    consumed += ch.len_utf8();
                } else {
                    break;
                }
            }
            // A footnote marker glued to the stop ("… into the United States.[4] NATO's …",
            // a research briefing's numbered notes) closes the sentence it annotates.
            consumed += footnote_markers_len(&rest[consumed..]);
            let after = &rest[consumed..];
            let glued_quote = consumed > 0
                && after.chars().next().is_some_and(|ch| ch.is_alphanumeric())
                && matches!(rest.chars().next(), Some('"'));
            if glued_quote {
                // `friendly."I hope`: the quote opens the next sentence.
                if c == '.' && is_abbreviation(&text[start..end - 1], abbreviations) {
                    continue;
                }
                push_sentence(text, start, end, p, &mut out);
                start = end;
                continue;
            }
            end += consumed;
            let after = &text[end..pe];
            let Some(next) = after.trim_start().chars().next() else {
                continue; // the paragraph end closes it
            };
            if !after.starts_with(char::is_whitespace) {
                continue;
            }
            let starts_new = next.is_uppercase()
                || next.is_ascii_digit()
                || matches!(
                    next,
                    '"' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{2014}' | '-' | '\u{ab}'
                );
            if !starts_new {
                continue;
            }
            if c == '.' && is_abbreviation(&text[start..ps + i], abbreviations) {
                continue;
            }
            push_sentence(text, start, end, p, &mut out);
            start = end;
            while let Some(&(_, ch)) = iter.peek() {
                if ch.is_whitespace() {
                    iter.next();
                } else {
                    break;
                }
            }
        }
        push_sentence(text, start, pe, p, &mut out);
    }
    out
}

/// Byte length of the footnote markers `text` opens with: `[4]`, `[12][13]`, `[a]`.
fn footnote_markers_len(text: &str) -> usize {
    let mut len = 0;
    while let Some(inner) = text[len..].strip_prefix('[') {
        let Some(close) = inner.find(']') else { break };
        let mark = &inner[..close];
        let is_marker = (1..=3).contains(&mark.len())
            && (mark.bytes().all(|b| b.is_ascii_digit())
                || (mark.len() == 1 && mark.bytes().all(|b| b.is_ascii_lowercase())));
        if !is_marker {
            break;
        }
        len += close + 2;
    }
    len
}

fn push_sentence(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut spans = Vec::new();
    push_trimmed(text, start, end, &mut spans);
    if let Some(&(s, e)) = spans.first() {
        out.push(Sentence {
            start: s,
            end: e,
            paragraph,
        });
    }
}

/// Whether the word before a `.` (the text up to it is given) is an abbreviation or initial.
fn is_abbreviation(before: &str, abbreviations: &HashSet<String>) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'))
        .next()
        .unwrap_or("")
        // "**A.S.:**", an interview label in bold.
        .trim_start_matches(['*', '_']);
    if word.is_empty() {
        return false;
    }
    if abbreviations.contains(word) {
        return true;
    }
    let mut chars = word.chars();
    // An initial: one upper-case letter ("J. Smith").
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    // Dotted abbreviations: "U.S", "a.m" (letters separated by dots).
    word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2)
}

/// Whether sentence `t` is in the paragraph right after the one holding sentence `c`, and that
/// paragraph ends with a question: an answer and the question it answers.
pub(crate) fn answers_question(text: &str, sentences: &[Sentence], c: usize, t: usize) -> bool {
    let (pc, pt) = (sentences[c].paragraph, sentences[t].paragraph);
    // (Sentences are in text order: the question paragraph's last one is found by halving.)
    pc + 1 == pt
        && sentences
            .partition_point(|x| x.paragraph <= pc)
            .checked_sub(1)
            .is_some_and(|s| {
                text[sentences[s].start..sentences[s].end]
                    .trim_end_matches(['"', '*', '\u{201d}', ' '])
                    .ends_with('?')
            })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_s_time_code_and_chevron_are_no_part_of_its_label() {
        assert_eq!(
            label_at("[00:01:25] >> JOHNSON: Any settlement now would reward aggression."),
            Some(("JOHNSON", 21))
        );
        assert_eq!(label_at(">> ANCHOR: Good evening."), Some(("ANCHOR", 9)));
        // A live blog's time stamp leads no label: the entry is narration.
        assert_eq!(
            label_at("**09:40** Jens Stoltenberg at his doorstep: \"…\""),
            None
        );
    }

    fn split(text: &str) -> Vec<&str> {
        let abbreviations: HashSet<String> = ["Mr", "Feb", "U.S", "Dr", "Gen"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let paras = paragraphs(text);
        sentences(text, &paras, &abbreviations)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Scholz met J. Biden on Feb. 26 in the U.S. capital. He left."),
            vec![
                "Mr. Scholz met J. Biden on Feb. 26 in the U.S. capital.",
                "He left."
            ]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            split("\u{201c}Nothing should be ruled out,\u{201d} he said. \u{201c}We will act.\u{201d} Then he left."),
            vec!["\u{201c}Nothing should be ruled out,\u{201d} he said.", "\u{201c}We will act.\u{201d}", "Then he left."]
        );
    }

    #[test]
    fn quote_glued_to_the_stop_opens_the_next_sentence() {
        assert_eq!(
            split("relations were friendly.\"I hope so,\" the Russian leader wrote."),
            vec![
                "relations were friendly.",
                "\"I hope so,\" the Russian leader wrote."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_one_paragraph_but_lines_ending_sentences_are_not() {
        let text = "Scholz said the plan\nwas wrong and would fail.\nMacron disagreed.";
        assert_eq!(paragraphs(text).len(), 2);
        assert_eq!(
            split(text),
            vec![
                "Scholz said the plan\nwas wrong and would fail.",
                "Macron disagreed."
            ]
        );
    }

    #[test]
    fn footnote_marker_after_the_stop_ends_the_sentence() {
        assert_eq!(
            split("Biden banned Russian oil.[4] Zelensky asked for more.[5][6] Done [sic]. Next."),
            vec![
                "Biden banned Russian oil.[4]",
                "Zelensky asked for more.[5][6]",
                "Done [sic].",
                "Next."
            ]
        );
    }

    #[test]
    fn lower_case_after_stop_is_no_boundary() {
        assert_eq!(
            split("It cost 3.5 bn. and more. Next."),
            vec!["It cost 3.5 bn. and more.", "Next."]
        );
    }
}
