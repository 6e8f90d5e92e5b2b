//! Where a new subject takes over inside a sentence: the contrastive boundaries of
//! `cues.toml [grammar] contrastive` (", while", "; ", ", but"), after which a cue belongs to
//! the clause's own subject rather than to the speaker of the sentence.
//!
//! Not here: finding that subject (see `subjects`).

use super::Extractor;

impl Extractor<'_> {
    /// The end of the last contrastive boundary (", while", ";") in `[from, to)`.
    pub(super) fn contrastive_boundary(&self, text: &str, from: usize, to: usize) -> Option<usize> {
        if from >= to {
            return None;
        }
        let span = &text[from..to];
        if span.is_ascii() {
            // The usual case, run for nearly every cue: the same search without lower-casing a
            // copy of the span and setting up a substring searcher per boundary phrase. (For
            // ASCII, `to_lowercase` is byte-wise `to_ascii_lowercase` and keeps the length.)
            let bytes = span.as_bytes();
            let occurs_at = |i: usize, b: &[u8]| {
                bytes[i..i + b.len()]
                    .iter()
                    .zip(b)
                    .all(|(t, c)| t.to_ascii_lowercase() == *c)
            };
            return self
                .k
                .cues
                .contrastive
                .iter()
                .filter_map(|b| {
                    let b = b.as_bytes();
                    let last = bytes.len().checked_sub(b.len())?;
                    (0..=last)
                        .rev()
                        .find(|&i| occurs_at(i, b))
                        .map(|i| from + i + b.len())
                })
                .max();
        }
        let lower = span.to_lowercase();
        if lower.len() != to - from {
            // Lower-casing changed byte lengths (rare scripts): positions would not line up.
            return None;
        }
        self.k
            .cues
            .contrastive
            .iter()
            .filter_map(|b| lower.rfind(b.as_str()).map(|i| from + i + b.len()))
            .max()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::Knowledge;

    /// The lower-casing search `contrastive_boundary` does for non-ASCII spans.
    fn by_lowercasing(k: &Knowledge, text: &str, from: usize, to: usize) -> Option<usize> {
        let lower = text[from..to].to_lowercase();
        k.cues
            .contrastive
            .iter()
            .filter_map(|b| lower.rfind(b.as_str()).map(|i| from + i + b.len()))
            .max()
    }

    #[test]
    fn ascii_contrastive_boundary_is_the_lowercasing_search() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
        let k = Knowledge::load_dir(std::path::Path::new(root)).expect("default data loads");
        let x = Extractor::new(&k);
        let text = "Paris agrees, But Berlin; WHILE Rome waits, whereas London BUT not \
                    Madrid, while; but , WhErEaS ;";
        for from in 0..text.len() {
            for to in from..=text.len() {
                assert_eq!(
                    x.contrastive_boundary(text, from, to),
                    if from >= to {
                        None
                    } else {
                        by_lowercasing(&k, text, from, to)
                    },
                    "{from}..{to}"
                );
            }
        }
    }
}
