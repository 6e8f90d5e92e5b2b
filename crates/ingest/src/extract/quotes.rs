//! Direct quotations: spans of text between quotation marks, curly or straight (also the German
//! „…“ and the guillemets «…»), which may span sentences and, by the news convention of
//! reopening the quote at each paragraph, paragraphs.
//!
//! Straight quotes are paired by position: `"` after a space, a stop or an opening bracket opens,
//! any other `"` closes an open quote (so `“…conflict," CNN cited` closes where it should).
//! An unclosed quote ends at its paragraph's end; when the next paragraph opens with a quote it is
//! the same speaker going on (`continues`). Single quotes are apostrophes too often to be used.
//! Not here: who said the quote (see `attribution`).

use super::words::floor_char_boundary;

/// One quotation, marks included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    pub start: usize,
    pub end: usize,
    /// Continues the previous paragraph's unclosed quote.
    pub continues: bool,
}

/// Finds quotations paragraph by paragraph.
pub(crate) fn find_quotes(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carried = false;
    for &(ps, pe) in paragraphs {
        let para = &text[ps..pe];
        let mut open: Option<usize> = None;
        // Whether the open quotation began with a low „ (German and Polish print „…“ and „…”).
        let mut german = false;
        let mut continues_next = false;
        let mut prev: Option<char> = None;
        let mut first_quote_seen = false;
        let mut chars = para.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            match c {
                '\u{201c}' | '\u{ab}' | '\u{201e}' if open.is_none() => {
                    open = Some(i);
                    german = c == '\u{201e}';
                }
                // „So“: a German quotation closes with the mark English opens with.
                '\u{201d}' | '\u{bb}' | '\u{201c}' if c != '\u{201c}' || german => {
                    if let Some(s) = open.take() {
                        out.push(Quote {
                            start: ps + s,
                            end: ps + i + c.len_utf8(),
                            continues: continues_next,
                        });
                        continues_next = false;
                    }
                }
                '"' => {
                    if let Some(s) = open {
                        let opener_like = prev.is_none_or(char::is_whitespace)
                            && next.is_some_and(|n| n.is_alphanumeric());
                        if opener_like && i > s + 1 {
                            // A second opener while one is open: the first was unbalanced.
                            open = Some(i);
                        } else {
                            open = None;
                            out.push(Quote {
                                start: ps + s,
                                end: ps + i + 1,
                                continues: continues_next,
                            });
                            continues_next = false;
                        }
                    } else {
                        let opens = prev.is_none_or(|p| {
                            p.is_whitespace()
                                || matches!(p, '(' | '[' | '.' | ':' | '\u{2014}' | '-' | ',')
                        }) && next.is_some_and(|n| !n.is_whitespace());
                        if opens {
                            open = Some(i);
                            german = false;
                        }
                    }
                }
                _ => {}
            }
            if !first_quote_seen && !c.is_whitespace() {
                first_quote_seen = true;
                // A paragraph opening with a quote after an unclosed one continues it.
                if carried && open == Some(i) {
                    continues_next = true;
                }
            }
            prev = Some(c);
        }
        carried = false;
        if let Some(s) = open {
            out.push(Quote {
                start: ps + s,
                end: pe,
                continues: continues_next,
            });
            carried = true;
        }
    }
    out
}

/// The innermost quote containing a byte position, as an index.
pub(crate) fn quote_at(quotes: &[Quote], pos: usize) -> Option<usize> {
    // Quotes are sorted and do not overlap, so a binary search finds the candidate.
    let i = quotes.partition_point(|q| q.start <= pos);
    let i = i.checked_sub(1)?;
    (pos < quotes[i].end).then_some(i)
}

/// Where "asked" closes a quoted question ("\"Why should we pay?\" the prime minister
/// asked."): there it is a verb of saying, with the asker as its subject. Elsewhere "asked" is
/// too often the reporter's ("Asked about …, Orban said").
pub(crate) fn asked_after_questions(text: &str, quotes: &[Quote]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for q in quotes {
        let end = q.end.min(text.len());
        let inside = text[q.start..end].trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'']);
        if !inside.ends_with('?') {
            continue;
        }
        let after = &text[end..floor_char_boundary(text, (end + 60).min(text.len()))];
        let clause = &after[..after
            .find(['.', ';', '"', '\u{201c}'])
            .unwrap_or(after.len())];
        if let Some(at) = clause.match_indices("asked").map(|(i, _)| i).find(|&i| {
            !clause[..i].ends_with(|c: char| c.is_alphanumeric())
                && !clause[i + 5..].starts_with(|c: char| c.is_alphanumeric())
        }) {
            out.push((end + at, end + at + 5));
        }
    }
    out
}

/// Whether the quoted sentence a cue (ending at `cue_end`) stands in is a question: the first
/// stop after the cue inside the quotation is a question mark.
pub(crate) fn quoted_question(text: &str, quote: &Quote, cue_end: usize) -> bool {
    let end = quote.end.min(text.len());
    let start = cue_end.min(end);
    text[start..end]
        .chars()
        .find(|c| matches!(c, '.' | '!' | '?'))
        == Some('?')
}

/// A quotation of at most three words that names something ("\"victory plan\"", "\"coalition
/// of the willing\"" is four and counts as a quotation): it neither cuts a clause from its
/// subject nor lends a cue the topic of the sentences before.
pub(crate) fn is_scare_quote(text: &str, q: &Quote) -> bool {
    text[q.start..q.end].split_whitespace().count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences::paragraphs;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        find_quotes(text, &paragraphs(text))
            .iter()
            .map(|q| (&text[q.start..q.end], q.continues))
            .collect()
    }

    #[test]
    fn mixed_curly_open_and_straight_close_pair_up() {
        let t = "\u{201c}In this case, a conflict,\" CNN cited Peskov who also said: \u{201c}These countries must assess.\u{201d}";
        assert_eq!(
            quotes(t),
            vec![
                ("\u{201c}In this case, a conflict,\"", false),
                ("\u{201c}These countries must assess.\u{201d}", false)
            ]
        );
    }

    #[test]
    fn quote_spanning_paragraphs_continues() {
        let t =
            "\u{201c}First paragraph of the quote.\n\n\u{201c}Second paragraph,\u{201d} he said.";
        let q = quotes(t);
        assert_eq!(q.len(), 2);
        assert!(!q[0].1);
        assert!(q[1].1, "{q:?}");
    }

    #[test]
    fn straight_quotes_and_apostrophes() {
        let t = "Peskov said that sending \"certain contingents\" is a \"very important new element\" and Russia's view holds.";
        assert_eq!(quotes(t).len(), 2);
        assert_eq!(quotes(t)[0].0, "\"certain contingents\"");
    }

    #[test]
    fn german_and_french_quotations_pair_up() {
        // „…“ closes with the mark an English quotation opens with; „…” (Polish) and «…» too.
        let t = "\u{201e}We will not\u{201c}, Scholz said, \u{201e}send soldiers.\u{201c} Then \u{ab}non\u{bb} and \u{201e}nie\u{201d}.";
        assert_eq!(
            quotes(t).iter().map(|q| q.0).collect::<Vec<_>>(),
            vec![
                "\u{201e}We will not\u{201c}",
                "\u{201e}send soldiers.\u{201c}",
                "\u{ab}non\u{bb}",
                "\u{201e}nie\u{201d}"
            ]
        );
    }

    #[test]
    fn quote_at_finds_the_enclosing_quote() {
        let t = "a \"b c\" d";
        let q = find_quotes(t, &paragraphs(t));
        assert_eq!(quote_at(&q, 3), Some(0));
        assert_eq!(quote_at(&q, 8), None);
    }

    #[test]
    fn asked_is_a_verb_of_saying_only_after_a_quoted_question() {
        let t = "\"Why should we pay?\" the prime minister asked. \"We will not.\"";
        let q = find_quotes(t, &paragraphs(t));
        let asked = asked_after_questions(t, &q);
        assert_eq!(asked.len(), 1);
        assert_eq!(&t[asked[0].0..asked[0].1], "asked");
        let t = "\"We will not pay,\" the prime minister said when asked.";
        let q = find_quotes(t, &paragraphs(t));
        assert!(asked_after_questions(t, &q).is_empty());
    }

    #[test]
    fn a_cue_in_a_quoted_question_is_asked() {
        let t = "\"Why should we pay for weapons? We will not,\" he said.";
        let q = find_quotes(t, &paragraphs(t));
        let should = t.find("should").unwrap() + "should".len();
        let not = t.find("not").unwrap() + "not".len();
        assert!(quoted_question(t, &q[0], should));
        assert!(!quoted_question(t, &q[0], not));
    }
}
