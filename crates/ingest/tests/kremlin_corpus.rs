//! Robustness over real text nobody here wrote: 816 kremlin.ru releases (../shared, not in the
//! repository). Every row must read and extract without panic and without a flood of claims.
//! Skips with a note when ../shared is absent (users' clones do not have it).

mod common;

use std::path::PathBuf;
use std::time::Instant;

use stancelog_ingest::{prepare, read_file, ArticleOverrides, Extractor, InputFormat};

fn corpus() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/kremlin-2021-2022.csv");
    path.exists().then_some(path)
}

#[test]
fn kremlin_corpus_reads_and_extracts_without_flood() {
    let Some(path) = corpus() else {
        eprintln!("note: ../shared/corpora/kremlin-2021-2022.csv is absent; skipping the Kremlin corpus test");
        return;
    };
    let raws = read_file(&path, InputFormat::Auto).expect("corpus reads");
    assert_eq!(raws.len(), 816);
    let extractor = Extractor::new(common::knowledge());
    let mut bytes = 0usize;
    let mut claims = Vec::new();
    let started = Instant::now();
    for raw in raws {
        let article =
            prepare(raw, &ArticleOverrides::default()).expect("every row has a date and text");
        bytes += article.text.len();
        let found = extractor.extract(&article);
        assert!(
            found.len() <= 25,
            "flood in {}: {} claims",
            article.title,
            found.len()
        );
        claims.extend(found.into_iter().map(|c| (article.title.clone(), c)));
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "kremlin corpus: {} claims from {:.1} MB in {:.2}s ({:.1} MB/s)",
        claims.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs
    );
    // Readouts are Russia speaking; a flood would be hundreds of claims per MB.
    assert!(claims.len() < 600, "{} claims", claims.len());
    if std::env::var_os("STANCELOG_PRINT_CLAIMS").is_some() {
        for (title, c) in &claims {
            println!(
                "{} | {} {} {} | {} | [{}] {}\n    {}",
                title, c.actor, c.topic, c.stance, c.said_on, c.cue, c.speaker, c.evidence
            );
        }
    }
}
