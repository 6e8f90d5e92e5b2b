//! The read model as the log grows: incremental catch-up equals a full replay; the HTML report.

use std::path::Path;

use crate::harness::{sample_article, stderr, Sandbox};

fn demo_article(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/articles")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn incremental_catch_up_gives_what_a_full_replay_gives() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    // The first query builds the read model up to here…
    let _ = sandbox.json(&["timeline", "uk"]);
    // …later ones catch up from its checkpoint.
    sandbox.ok(&["ingest", &demo_article("starmer-troops-2025-02.md")]);
    let incremental = (
        sandbox.json(&["timeline", "uk"]),
        sandbox.json(&["shifts"]),
        sandbox.json(&["claims"]),
    );
    sandbox.ok(&["replay"]);
    let replayed = (
        sandbox.json(&["timeline", "uk"]),
        sandbox.json(&["shifts"]),
        sandbox.json(&["claims"]),
    );
    assert_eq!(incremental, replayed);

    // A partial replay stops where asked; the next query catches up again.
    let output = sandbox.ok(&["replay", "--to", "3"]);
    assert!(
        stderr(&output).contains("replayed 3 events"),
        "{}",
        stderr(&output)
    );
    assert_eq!(sandbox.json(&["claims"]), replayed.2);
}

#[test]
fn the_html_report_is_one_escaped_file_with_a_lane_per_actor() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let hostile = sandbox.write(
        "hostile.md",
        "---\ntitle: \"<script>alert(1)</script>\"\npublished: 2024-03-04\n---\n\
         German Chancellor Olaf Scholz said on Monday that Germany would not send ground troops \
         to Ukraine <script>alert('x')</script>.\n",
    );
    sandbox.ok(&["ingest", hostile.to_str().unwrap()]);
    let report = sandbox.path("report.html");
    sandbox.ok(&["report", "--html", report.to_str().unwrap()]);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "article text must be escaped");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("data-topic=\"troops-to-ukraine\""));
    for actor in ["france", "germany", "nato", "uk", "russia"] {
        assert!(
            html.contains(&format!("data-actor=\"{actor}\"")),
            "no lane for {actor}"
        );
    }
    assert!(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"));
    render_in_chromium(&report);
    let _ = sample_article();
}

/// Renders the report in headless Chromium and checks the lanes are in the rendered DOM.
/// Skips (with a note) only where Chromium is not installed; CI installs it.
fn render_in_chromium(report: &Path) {
    let Some(browser) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            std::process::Command::new(name)
                .arg("--version")
                .output()
                .is_ok()
        })
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install Chromium to render the report (apt-get install chromium)"
        );
        eprintln!("note: Chromium not installed; skipped rendering the report");
        return;
    };
    let profile = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", report.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lanes = dom.matches("class=\"lane\"").count();
    assert!(lanes >= 5, "rendered DOM has {lanes} lanes:\n{dom}");
    assert!(dom.contains("<svg"), "no chart rendered");
    assert!(!dom.contains("<script"), "a script survived into the DOM");
}
