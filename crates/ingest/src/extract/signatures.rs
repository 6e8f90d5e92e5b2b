//! Voices signed outside the sentence that carries them: a pull quote signed on the line after
//! it ("— President Donald Trump, on Monday", or a bold name and title on a paragraph of its
//! own under a block quote), and a bulleted round-up whose items open with a speaker in bold
//! and a colon ("- **Donald Tusk**, Polish prime minister, on Monday: Poland would …"), and
//! an op-ed's byline, whose author voices the unattributed narration. Not here: transcript
//! labels ("Vladimir Putin:"), which `speakers` reads.

use super::attribution::Attribution;
use super::interviews::PRESENTS_AN_INTERVIEW;
use super::mentions::MentionKind;
use super::quotes::Quote;
use super::words::floor_char_boundary;
use super::Doc;

/// Whether a mention can sign a quote, a letter or lead a bullet: a person, a title or an
/// actor.
pub(super) fn can_sign(kind: &MentionKind) -> bool {
    matches!(
        kind,
        MentionKind::Person(_) | MentionKind::Title { .. } | MentionKind::Actor(_)
    )
}

/// A pull quote signed on the line after it, as quote boxes and "quotes of the week" print
/// them: `"…"` then `— President Donald Trump, on Monday in the Oval Office`. The person, title
/// or actor named right after the dash speaks; the signature line dates the quote.
pub(super) fn dash_attribution(doc: &Doc<'_>, q: &Quote) -> Option<Attribution> {
    let after = &doc.text[q.end..];
    let gap = after.len() - after.trim_start().len();
    let rest = &after[gap..];
    let on_own_line = after[..gap].contains('\n');
    let (from, line_end) = if let Some(dash) = ['\u{2014}', '\u{2013}', '\u{2015}', '-']
        .into_iter()
        .find(|d| rest.starts_with(*d))
    {
        // The signature stands on a line of its own, or right after the closing quotation mark.
        (on_own_line || gap <= 1).then_some(())?;
        let from = q.end + gap + dash.len_utf8();
        let line_end = doc.text[from..]
            .find('\n')
            .map_or(doc.text.len(), |i| from + i);
        (from, line_end)
    } else if signed_after_the_closing_mark(doc.text, q, gap, on_own_line) {
        // A key-quotes box: `"… never accept it." Sergei Ryabkov, Russian deputy foreign
        // minister, 13 October`. The name must open the signature, a comma right after it.
        let from = q.end + gap;
        let line_end = signature_end(doc.text, from);
        let m = doc.mentions.partition_point(|m| m.start < from);
        let signer = doc.mentions.get(m).filter(|x| {
            x.start == from
                && x.end <= line_end
                && !x.in_quote
                && can_sign(&x.kind)
                && doc.text[x.end..].starts_with(',')
                && !goes_on_as_a_sentence(&doc.text[x.end..line_end])
        })?;
        return Some(Attribution {
            mention: Some(m),
            anchor: Some(signer.end),
            ..Attribution::default()
        });
    } else {
        // A quote box signed in bold under the block quote: `**Joe Biden**, President of the
        // United States, General Assembly, Tuesday 19 September.` Only the bold name signs,
        // and only when a title or place follows it (a bold heading alone is a heading).
        on_own_line.then_some(())?;
        let inner = rest.strip_prefix("**")?;
        let close = inner.find("**")?;
        inner[close + 2..].starts_with(',').then_some(())?;
        let from = q.end + gap + 2;
        (from, from + close)
    };
    // The signatory is named first on the line, after at most one word ("President").
    let first = doc.mentions.partition_point(|m| m.start < from);
    let m = first
        + doc.mentions[first..]
            .iter()
            .take_while(|m| {
                m.end <= line_end && doc.text[from..m.start].split_whitespace().nth(1).is_none()
            })
            .position(|m| !m.oblique && !m.in_quote && can_sign(&m.kind))?;
    Some(Attribution {
        mention: Some(m),
        anchor: Some(doc.mentions[m].end),
        ..Attribution::default()
    })
}

/// Whether quote `q` opens its line (or follows the previous entry's signature, which ends a
/// sentence), ends a sentence inside its closing mark, and is followed on the same line, after
/// one space, by its signature: the shape of an entry in a key-quotes box, where entries may
/// also run on in one paragraph (`"…" Ulf Kristersson, 27 February. "…" Petr Fiala, the same
/// day.`), not of a quote that a sentence goes on after.
fn signed_after_the_closing_mark(text: &str, q: &Quote, gap: usize, on_own_line: bool) -> bool {
    let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
    let inner = text[q.start..q.end].trim_end_matches(['"', '\u{201d}', '\u{bb}']);
    let before = text[line_start..q.start].trim();
    !on_own_line
        && gap == 1
        && (before.is_empty() || before.ends_with('.'))
        && inner.ends_with(['.', '!', '?'])
}

/// Where a signature that starts at `from` ends: at the line's end or where the next entry's
/// quotation opens.
fn signature_end(text: &str, from: usize) -> usize {
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    text[from..line_end]
        .find(['"', '\u{201c}'])
        .map_or(line_end, |i| from + i)
}

/// Whether the words after a name read as the rest of a sentence ("Petr Fiala, who spoke to
/// students, was applauded") rather than a signature's title, place and day.
fn goes_on_as_a_sentence(rest: &str) -> bool {
    rest.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "who"
                | "which"
                | "was"
                | "is"
                | "were"
                | "are"
                | "has"
                | "had"
                | "have"
                | "said"
                | "says"
                | "told"
                | "added"
                | "did"
                | "does"
                | "will"
                | "would"
        )
    })
}

/// The colon that ends a bullet's bold lead, as a round-up of reactions prints them:
/// `- **Jens Stoltenberg**, on Monday in Washington: allies would …`. The paragraph (after an
/// optional list marker) opens with a bold span, a comma or the colon follows it, and the colon
/// comes within 200 bytes with no sentence stop or quotation mark before it. Returns the bold
/// span and the colon's offset, all relative to the paragraph. A bold heading alone
/// ("**Moscow**") or a bold lead that a verb follows ("**Dmitry Medvedev**, …, wrote that") is
/// no label.
/// A who's-who entry puts a dash after the name and a description in sentences before the
/// colon (`**Mark Rutte** - NATO secretary general since 2024. *On the record, Tuesday:* …`):
/// there the colon may come within 300 bytes after sentence stops, still not after a quotation
/// mark.
pub(super) fn bold_lead_label(para: &str) -> Option<((usize, usize), usize)> {
    let body = para.trim_start();
    let body = ["- ", "* ", "\u{2022} "]
        .iter()
        .find_map(|m| body.strip_prefix(m))
        .unwrap_or(body)
        .trim_start();
    body.starts_with("**").then_some(())?;
    let open = para.len() - body.len();
    let name_start = open + 2;
    let close = name_start + para[name_start..].find("**")?;
    let after = close + 2;
    let rest = &para[after..];
    // "**Stoltenberg** again, …:": one lower-case word may come before the comma.
    let one_word_then_comma = rest.strip_prefix(' ').is_some_and(|r| {
        r.split_once(',').is_some_and(|(w, _)| {
            !w.contains(' ') && w.chars().all(|c| c.is_ascii_lowercase()) && !w.is_empty()
        })
    });
    // (Not a push alert's bold time stamp: "**Wed 15 Nov, 17:48** — Kremlin: …".)
    let entry = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .any(|d| rest.starts_with(d))
        && !para[name_start..close].contains(|c: char| c.is_ascii_digit());
    if !(rest.starts_with(',') || rest.starts_with(':') || one_word_then_comma || entry) {
        return None;
    }
    let reach = if entry { 300 } else { 200 };
    let window = &rest[..floor_char_boundary(rest, rest.len().min(reach))];
    let colon = window.find(':')?;
    let before = &window[..colon];
    let stops: &[char] = if entry {
        &['"', '\u{201c}', '\u{201d}']
    } else {
        &['.', '"', '\u{201c}', '\u{201d}', ';', '?', '!']
    };
    if before.contains(stops) {
        return None;
    }
    Some(((name_start, close), after + colon))
}

/// The mention a bullet's bold lead names (see [`bold_lead_label`]): its speaker, if any.
pub(super) fn bold_lead_speaker(doc: &Doc<'_>, ps: usize, bold: (usize, usize)) -> Option<usize> {
    let (from, to) = (ps + bold.0, ps + bold.1);
    let first = doc.mentions.partition_point(|m| m.start < from);
    doc.mentions[first..]
        .iter()
        .take_while(|m| m.end <= to)
        .position(|m| !m.in_quote && can_sign(&m.kind))
        .map(|i| first + i)
}

/// The author an op-ed's byline names ("*By Dmytro Kuleba. The author is Ukraine's Minister of
/// Foreign Affairs.*"), as a mention: the voice of the article's unattributed narration. The
/// byline is the first or the last paragraph and opens with "By" and a person's name, or is a
/// note in emphasis that opens with the name and says who they are ("*Mélanie Joly is Canada's
/// Minister of Foreign Affairs.*"). A journalist's byline names nobody the gazetteer knows, so
/// resolution drops it later.
pub(super) fn byline_author(doc: &Doc<'_>) -> Option<usize> {
    let first = doc.paragraphs.first()?;
    let last = doc.paragraphs.last()?;
    [*first, *last].into_iter().find_map(|(ps, pe)| {
        let para = &doc.text[ps..pe];
        let lead = para.len() - para.trim_start_matches(['*', '_', ' ']).len();
        let by = para[lead..].starts_with("By ");
        let name_at = ps + lead + if by { "By ".len() } else { 0 };
        let m = doc
            .mentions
            .iter()
            .position(|m| m.start == name_at && matches!(m.kind, MentionKind::Person(_)))?;
        // (Not a note that presents an interview: "… We spoke to him on Wednesday.")
        let note = || {
            let lower = para.to_lowercase();
            !PRESENTS_AN_INTERVIEW.iter().any(|p| lower.contains(p))
        };
        (by || (lead > 0 && doc.text[doc.mentions[m].end..pe].starts_with(" is ") && note()))
            .then_some(m)
    })
}

#[cfg(test)]
mod tests {
    use super::bold_lead_label;

    #[test]
    fn a_bullet_with_a_bold_speaker_and_a_colon_is_a_label() {
        let para = "- **Donald Tusk**, Polish prime minister, at the same press conference: Poland would pay.";
        let ((a, b), colon) = bold_lead_label(para).unwrap();
        assert_eq!(&para[a..b], "Donald Tusk");
        assert_eq!(&para[colon..colon + 8], ": Poland");
        let para = "**Peskov**, today: any step is unacceptable.";
        let ((a, b), _) = bold_lead_label(para).unwrap();
        assert_eq!(&para[a..b], "Peskov");
        assert!(bold_lead_label("* **Kaja Kallas**: the package is ready.").is_some());
        assert!(
            bold_lead_label("- **Stoltenberg** again, earlier today: allies will act.").is_some()
        );
    }

    #[test]
    fn a_who_s_who_entry_with_a_dash_and_a_description_is_a_label() {
        let para = "**Kaja Kallas** - EU High Representative since December. *Latest, Monday:* the package is ready.";
        let ((a, b), colon) = bold_lead_label(para).unwrap();
        assert_eq!(&para[a..b], "Kaja Kallas");
        assert_eq!(&para[colon..colon + 5], ":* th");
        // A time stamp is no name.
        assert_eq!(
            bold_lead_label("**Wed 15 Nov, 17:48** \u{2014} Kremlin: new sanctions will fail"),
            None
        );
        // A quotation before the colon is no description.
        assert_eq!(
            bold_lead_label("**Kaja Kallas** - she said \"no\" to it: the end."),
            None
        );
    }

    #[test]
    fn the_window_for_the_colon_ends_inside_no_character() {
        // ", a" then two-byte letters: byte 200 of the rest falls inside one.
        let long = format!("**Péter Szijjártó**, a{}: no.", "é".repeat(150));
        assert_eq!(bold_lead_label(&long), None);
    }

    #[test]
    fn headings_verbs_and_sentences_before_a_colon_are_no_label() {
        assert_eq!(bold_lead_label("**Moscow**"), None);
        assert_eq!(
            bold_lead_label("- **Dmitry Medvedev**, deputy chairman, wrote that the summit should be \"greeted\". He said: no."),
            None
        );
        assert_eq!(
            bold_lead_label("**Frozen money.** The ministers agreed: yes."),
            None
        );
        assert_eq!(bold_lead_label("The minister was firm: no troops."), None);
        assert_eq!(
            bold_lead_label("*Péter Szijjártó, minister.* Hungary: no."),
            None
        );
    }
}
