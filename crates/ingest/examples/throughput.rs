//! Measures what the CLI pays before and during extraction: building [`Knowledge`] from the
//! default data files, and extraction throughput in MB of article text per second on one core.
//!
//! `cargo run --release -p stancelog-ingest --example throughput [ARTICLE.md…]` (defaults to the
//! sample article and the dev corpus in `data/`).

use std::time::Instant;

use stancelog_ingest::{prepare, read_file, ArticleOverrides, Extractor, InputFormat, Knowledge};

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data");
    let t = Instant::now();
    let k = Knowledge::load_dir(std::path::Path::new(root)).expect("default data loads");
    let load = t.elapsed();
    let mut files: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    if files.is_empty() {
        files.push(format!("{root}/articles/macron-troops-2024-02.md").into());
        if let Ok(dir) = std::fs::read_dir(format!("{root}/eval/articles")) {
            files.extend(dir.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    let mut articles = Vec::new();
    for f in &files {
        for raw in read_file(f, InputFormat::Auto).expect("article reads") {
            articles.push(prepare(raw, &ArticleOverrides::default()).expect("article is valid"));
        }
    }
    let x = Extractor::new(&k);
    let t = Instant::now();
    let first: usize = articles.iter().map(|a| x.extract(a).len()).sum();
    let first_pass = t.elapsed();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let rounds = (20_000_000 / bytes.max(1)).clamp(1, 200);
    let t = Instant::now();
    let cpu = on_cpu_ns();
    let mut claims = 0;
    for _ in 0..rounds {
        claims += articles.iter().map(|a| x.extract(a).len()).sum::<usize>();
    }
    let wall = t.elapsed().as_secs_f64();
    // On a shared machine wall time counts other processes' turns; time on CPU does not.
    let secs = match (cpu, on_cpu_ns()) {
        (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
        _ => wall,
    };
    println!("wall {wall:.2} s, on CPU {secs:.2} s");
    println!("knowledge load: {:.1} ms", load.as_secs_f64() * 1e3);
    println!(
        "first extraction pass: {:.1} ms ({first} claims)",
        first_pass.as_secs_f64() * 1e3
    );
    println!(
        "extraction: {:.2} MB/s on one core ({} articles, {} bytes, {rounds} rounds, {claims} claims)",
        (bytes * rounds) as f64 / secs / 1e6,
        articles.len(),
        bytes
    );
}

/// Nanoseconds this thread has spent on a CPU (Linux), for a rate per core.
fn on_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}
