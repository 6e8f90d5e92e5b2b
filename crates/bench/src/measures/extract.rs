//! Measure 4, extraction: megabytes of article text per second through the real
//! [`Extractor`], on one thread and on every core (rayon), for the Kremlin corpus (when
//! `../shared/corpora` is present) and for generated articles.
//!
//! Only `Extractor::extract` is timed; reading and preparing the articles is not. Each side
//! runs whole passes for at least a second.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use rayon::prelude::*;
use stancelog_events::ArticleIngested;
use stancelog_ingest::{ArticleOverrides, Extractor, InputFormat, RawArticle};

/// Extraction speed over one set of articles.
#[derive(Clone, Copy, Debug, Default)]
pub struct Speed {
    /// Text bytes per pass.
    pub bytes: u64,
    /// Articles.
    pub articles: usize,
    /// Claims found per pass.
    pub claims: usize,
    /// MB/s on one thread.
    pub single: f64,
    /// MB/s on all cores.
    pub all_cores: f64,
    /// Threads in the rayon pool.
    pub threads: usize,
}

/// Reads and prepares raw articles (the part that is not timed).
pub fn prepare(raws: Vec<RawArticle>) -> Result<Vec<ArticleIngested>> {
    raws.into_iter()
        .map(|raw| {
            Ok(stancelog_ingest::prepare(
                raw,
                &ArticleOverrides::default(),
            )?)
        })
        .collect()
}

/// The Kremlin corpus, prepared; `None` when the file is absent.
pub fn kremlin(path: &Path) -> Result<Option<Vec<ArticleIngested>>> {
    if !path.exists() {
        return Ok(None);
    }
    let raws = stancelog_ingest::read_file(path, InputFormat::Auto)
        .with_context(|| format!("reading {}", path.display()))?;
    prepare(raws).map(Some)
}

/// A measurement shorter than this is mostly noise on a shared machine (the quick run's
/// generated articles take well under a tenth of a second per pass).
const MIN_MEASURED: Duration = Duration::from_secs(1);

/// Extracts every article at least `passes` times, and for at least [`MIN_MEASURED`], on one
/// thread, then on every core.
pub fn measure(extractor: &Extractor<'_>, articles: &[ArticleIngested], passes: usize) -> Speed {
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    let mut claims = 0;
    let started = Instant::now();
    let mut single_passes = 0u64;
    while single_passes < passes as u64 || started.elapsed() < MIN_MEASURED {
        claims = articles.iter().map(|a| extractor.extract(a).len()).sum();
        single_passes += 1;
    }
    let single = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let mut all_passes = 0u64;
    while all_passes < passes as u64 || started.elapsed() < MIN_MEASURED {
        let found: usize = articles
            .par_iter()
            .map(|a| extractor.extract(a).len())
            .sum();
        std::hint::black_box(found);
        all_passes += 1;
    }
    let all = started.elapsed().as_secs_f64();
    let mb = |n: u64| (bytes * n) as f64 / 1e6;
    Speed {
        bytes,
        articles: articles.len(),
        claims,
        single: mb(single_passes) / single.max(1e-9),
        all_cores: mb(all_passes) / all.max(1e-9),
        threads: rayon::current_num_threads(),
    }
}
