//! On an actor's own page, whether the day the sentence before a statement names is the
//! statement's day too: the page's narration takes the day of the event it recounts from a
//! sentence that opens with that day ("During the talks in the Kremlin on March 21, President
//! Putin said …" then "President Xi reaffirmed …"), or a statement that points back to it with
//! "then" ("… in an article published on 25 September. He proposed then that …"); and the
//! page's own statements, reported by no speech verb, keep the page's day.
//!
//! Not here: the order of fallbacks that dates a statement (see `statement_dates`), or dates
//! in the statement's own sentence (see `verb_dates`).

use chrono::NaiveDate;

use super::record_dates::opens_the_sentence_before;
use super::statement_dates::{DateSite, Turn};
use super::Doc;

/// Whether `day`, named in the sentence before sentence `s`, dates the statement of `s` on an
/// actor's own page. `in_turn` is whether `s` stands in a speaker's labelled turn (whose days
/// are their own).
pub(super) fn dates_the_next_statement(
    doc: &Doc<'_>,
    day: NaiveDate,
    s: usize,
    in_turn: bool,
) -> bool {
    let Some(sentence) = doc.sentences.get(s) else {
        return false;
    };
    let text = &doc.text[sentence.start..sentence.end];
    if points_back_with_then(text) {
        return true;
    }
    !in_turn
        && opens_the_sentence_before(doc, day, s)
        // "Since 2024, the EU has transferred …": a period of its own, not a day.
        && !first_word_is(text, "since")
        // "On 23 October the Council adopted the nineteenth package. Germany will push for a
        // twentieth …": the page's own plan, stated the day it speaks, not a report of that
        // day's event.
        && !states_a_plan(doc, sentence.start, sentence.end)
}

fn first_word_is(text: &str, word: &str) -> bool {
    text.split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
}

/// "He proposed then that the loan should …", "she said then": "then" before the reported
/// clause points back to the day just named. (Not "since then", "until then", "by then", "and
/// then": a period or a sequence.)
fn points_back_with_then(text: &str) -> bool {
    let head = text.split(" that ").next().unwrap_or(text);
    let words: Vec<&str> = head.split_whitespace().collect();
    words.windows(2).any(|w| {
        w[1].trim_end_matches(',') == "then"
            && !matches!(
                w[0].to_ascii_lowercase().as_str(),
                "since" | "until" | "till" | "by" | "and" | "only" | "even" | "just" | "but"
            )
    })
}

/// Whether the sentence at `start..end` states what the page's actor will do ("Germany will
/// push for …") with no speech verb of its own reporting it.
fn states_a_plan(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let text = &doc.text[start..end];
    (text.contains(" will ") || text.contains(" shall ")) && !reports_speech(doc, start, end)
}

/// Whether the speaker's last dated statement, at `at`, dates the statement at `site`: not
/// when that is the page's own statement, reported by no speech verb ("Sweden also supports
/// using the windfall profits …"), which speaks on the day the page does, unless the day was
/// given in its own sentence (to an earlier cue of it).
pub(super) fn carries_to(doc: &Doc<'_>, site: &DateSite<'_>, at: usize) -> bool {
    let Some(sentence) = doc.sentences.get(site.sentence) else {
        return true;
    };
    let own_voice = site.official
        && !site.other_party
        && !site.reported_act
        && matches!(site.turn, Turn::None)
        && !reports_speech(doc, sentence.start, sentence.end);
    !own_voice || at >= sentence.start
}

/// Whether a speech verb outside quotations stands in `start..end`.
fn reports_speech(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    // (The verbs are in text order: only the stretch's own are read.)
    doc.verbs[doc.verbs.partition_point(|v| v.start < start)..]
        .iter()
        .take_while(|v| v.end <= end)
        .any(|v| !v.in_quote)
}

#[cfg(test)]
mod tests {
    use super::points_back_with_then;

    #[test]
    fn then_before_the_reported_clause_points_back() {
        assert!(points_back_with_then(
            "He proposed then that the loan should finance Ukraine's defence."
        ));
        assert!(points_back_with_then(
            "She said then, \"We will not wait.\""
        ));
        assert!(!points_back_with_then(
            "Since then, the government has sent two more packages."
        ));
        assert!(!points_back_with_then(
            "He said that the talks would then resume."
        ));
    }
}
