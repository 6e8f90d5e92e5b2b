//! Running the extractor on one article inside a batch without letting a bug in it end the
//! batch: a panic while extracting becomes an error that names the article, the article is
//! left out (nothing of it is stored), and the other articles go on.
//!
//! Not here: what the extractor does (stancelog-ingest) or how a batch reports its failures
//! (each command).

use std::panic::{catch_unwind, AssertUnwindSafe};

use stancelog_events::{ArticleIngested, ClaimExtracted};
use stancelog_ingest::Extractor;

/// The claims of `article`, or a message naming `origin` when the extractor panicked on it.
pub fn extract_guarded(
    extractor: &Extractor<'_>,
    article: &ArticleIngested,
    origin: &str,
) -> Result<Vec<ClaimExtracted>, String> {
    guarded(|| extractor.extract(article)).map_err(|panic| {
        format!(
            "{origin}: the extractor failed on this article ({panic}); it was not stored. \
             This is a bug in stancelog: please report it with the article"
        )
    })
}

/// Runs `work`, turning a panic into its message. (The extractor only reads the shared
/// knowledge, so nothing it leaves behind is observed half-changed after a panic.)
fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic without a message".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_becomes_its_message_and_a_result_passes_through() {
        assert_eq!(guarded(|| 7), Ok(7));
        let slicing = guarded(|| {
            let text = String::from("abc");
            let (from, to) = (2, std::hint::black_box(1));
            text[from..to].len()
        });
        assert!(
            slicing.as_ref().is_err_and(|m| m.contains("begin > end")),
            "{slicing:?}"
        );
        let formatted: Result<(), String> = guarded(|| panic!("article {} broke", 3));
        assert_eq!(formatted, Err("article 3 broke".to_string()));
    }
}
