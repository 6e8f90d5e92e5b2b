//! Corrections are new events: retract then look back with --as-of, analysts' assertions,
//! re-extraction that appends only differences.

use serde_json::Value;

use crate::harness::{stderr, stdout, Sandbox};

/// The one claim of an actor on a topic in the current view.
fn only_claim(sandbox: &Sandbox, actor: &str, topic: &str) -> Value {
    let claims = sandbox.json(&["claims", "--actor", actor, "--topic", topic]);
    let rows = claims.as_array().unwrap();
    assert_eq!(
        rows.len(),
        1,
        "expected one {actor} claim on {topic}: {claims}"
    );
    rows[0].clone()
}

fn head(sandbox: &Sandbox) -> u64 {
    let events = sandbox.json(&["events"]);
    events
        .as_array()
        .unwrap()
        .last()
        .map_or(0, |e| e["seq"].as_u64().unwrap())
}

#[test]
fn a_retracted_claim_leaves_the_views_but_not_history() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let claim = only_claim(&sandbox, "uk", "troops-to-ukraine");
    let id = claim["claim_id"].as_str().unwrap();
    let before = head(&sandbox);

    let output = sandbox.ok(&[
        "retract",
        &id[..8],
        "--reason",
        "wrong speaker",
        "--by",
        "tester",
    ]);
    assert!(
        stderr(&output).contains("retracted claim"),
        "{}",
        stderr(&output)
    );

    let now = sandbox.json(&["claims", "--actor", "uk"]);
    assert!(
        now.as_array().unwrap().is_empty(),
        "retracted claim still shown: {now}"
    );
    let timeline = sandbox.json(&["timeline", "uk"]);
    assert!(
        timeline["topics"].as_array().unwrap().is_empty(),
        "{timeline}"
    );

    // Transaction time before the retraction still shows it, by seq and by instant.
    let then = sandbox.json(&["claims", "--actor", "uk", "--as-of", &before.to_string()]);
    assert_eq!(then.as_array().unwrap().len(), 1, "{then}");
    let recorded = claim["recorded_at"].as_str().unwrap();
    let then = sandbox.json(&["claims", "--actor", "uk", "--as-of", recorded]);
    assert_eq!(then.as_array().unwrap().len(), 1, "{then}");

    // The retraction is an event of the article's stream, after the claims.
    let events = sandbox.json(&["events"]);
    let last = events.as_array().unwrap().last().unwrap();
    assert_eq!(last["kind"], "ClaimRetracted");
    assert_eq!(last["payload"]["reason"], "wrong speaker");
    assert_eq!(
        last["stream"],
        format!("article-{}", claim["article_id"].as_str().unwrap())
    );

    let again = sandbox.fails(&["retract", id, "--reason", "twice"]);
    assert!(
        stderr(&again).contains("already retracted"),
        "{}",
        stderr(&again)
    );
    let unknown = sandbox.fails(&["retract", "ffffffff", "--reason", "nothing"]);
    assert!(
        stderr(&unknown).contains("no claim"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn an_asserted_claim_counts_and_makes_a_shift() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let output = sandbox.ok(&[
        "assert",
        "--actor",
        "uk",
        "--topic",
        "troops-to-ukraine",
        "--stance",
        "supports",
        "--said-on",
        "2025-02-16",
        "--speaker",
        "Keir Starmer",
        "--evidence",
        "The UK is ready and willing to contribute to security guarantees by putting our own troops on the ground if necessary.",
        "--source",
        "https://example.org/starmer-column",
        "--by",
        "tester",
    ]);
    let claim_id = stdout(&output).trim().to_string();
    assert_eq!(claim_id.len(), 36, "prints the new claim id: {claim_id}");

    let shifts = sandbox.json(&["shifts", "--actor", "uk"]);
    let shifts = shifts.as_array().unwrap();
    assert_eq!(shifts.len(), 1, "{shifts:?}");
    assert_eq!(shifts[0]["from"], "opposes");
    assert_eq!(shifts[0]["to"], "supports");
    assert_eq!(shifts[0]["on"], "2025-02-16");
    assert_eq!(shifts[0]["after_claim_id"], claim_id.as_str());
    assert!(shifts[0]["before_evidence"]
        .as_str()
        .unwrap()
        .contains("Sunak"));

    // Valid time: the position in force on a day.
    let early = sandbox.json(&[
        "compare",
        "--topic",
        "troops-to-ukraine",
        "--at",
        "2024-03-01",
    ]);
    let stance_of = |rows: &Value, actor: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["actor"] == actor)
            .map(|r| r["stance"].as_str().unwrap().to_string())
    };
    assert_eq!(stance_of(&early, "uk").as_deref(), Some("opposes"));
    assert_eq!(stance_of(&early, "france").as_deref(), Some("open"));
    let late = sandbox.json(&[
        "compare",
        "--topic",
        "troops-to-ukraine",
        "--at",
        "2025-03-01",
    ]);
    assert_eq!(stance_of(&late, "uk").as_deref(), Some("supports"));
    let before_any = sandbox.json(&[
        "compare",
        "--topic",
        "troops-to-ukraine",
        "--at",
        "2023-01-01",
    ]);
    assert!(before_any.as_array().unwrap().is_empty(), "{before_any}");

    let at = sandbox.json(&["timeline", "uk", "--at", "2025-03-01"]);
    assert_eq!(stance_of(&at, "uk").as_deref(), Some("supports"));

    // The matrix over time has a row per change and a column per actor.
    let matrix = sandbox.json(&["compare", "--topic", "troops-to-ukraine"]);
    let rows = matrix.as_array().unwrap();
    let last = rows.last().unwrap();
    assert_eq!(last["on"], "2025-02-16");
    assert_eq!(last["uk"], "supports");
    assert_eq!(last["germany"], "opposes");
    let csv = stdout(&sandbox.ok(&["compare", "--topic", "troops-to-ukraine", "--format", "csv"]));
    assert!(csv.lines().next().unwrap().starts_with("on,"), "{csv}");

    // Asserted claims carry their origin and source.
    let claim = sandbox.json(&["claims", "--actor", "uk", "--from", "2025-01-01"]);
    assert_eq!(claim[0]["origin"], "asserted");
    assert_eq!(claim[0]["source"], "https://example.org/starmer-column");

    let bad = sandbox.fails(&[
        "assert",
        "--actor",
        "atlantis",
        "--topic",
        "sanctions",
        "--stance",
        "supports",
        "--said-on",
        "2025-01-01",
        "--speaker",
        "x",
        "--evidence",
        "y",
        "--source",
        "z",
    ]);
    assert!(stderr(&bad).contains("unknown actor"), "{}", stderr(&bad));
}

#[test]
fn reextract_with_the_same_extractor_appends_nothing_and_never_resurrects() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let before = head(&sandbox);
    let output = sandbox.ok(&["reextract"]);
    assert!(
        stderr(&output).contains(": 0 new claims, 0 retracted"),
        "{}",
        stderr(&output)
    );
    assert_eq!(head(&sandbox), before);

    let claim = only_claim(&sandbox, "nato", "troops-to-ukraine");
    sandbox.ok(&[
        "retract",
        claim["claim_id"].as_str().unwrap(),
        "--reason",
        "test",
    ]);
    let after_retraction = head(&sandbox);
    let output = sandbox.ok(&["reextract", "--dry-run"]);
    assert!(stderr(&output).contains("dry run"), "{}", stderr(&output));
    sandbox.ok(&["reextract"]);
    assert_eq!(
        head(&sandbox),
        after_retraction,
        "re-extraction brought a retracted claim back"
    );
    assert!(sandbox
        .json(&["claims", "--actor", "nato"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn reextract_with_edited_rules_retracts_what_they_miss_and_restates_it_when_found_again() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let original = only_claim(&sandbox, "france", "long-range-weapons");

    // A --data directory whose topic lexicon no longer knows missiles (nor what a delivery to
    // Ukraine is about: "to provide … missiles to Ukraine" would then be military aid).
    let builtin = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/topics.toml"),
    )
    .unwrap();
    let edited: String = builtin
        .replace("\"long-ran*\",", "")
        .replace("\"medium-range missiles\", \"missiles\", \"missile\",", "")
        .lines()
        .filter(|line| !line.starts_with("deliveries ="))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_ne!(
        edited, builtin,
        "the edit must apply to the built-in topics.toml"
    );
    let data = sandbox.path("rules");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("topics.toml"), edited).unwrap();

    // (Two: the long-range claim and the military-aid claim the same delivery of missiles
    // made, `arms` in topics.toml.)
    let output = sandbox.ok(&["--data", data.to_str().unwrap(), "reextract"]);
    assert!(
        stderr(&output).contains("2 retracted"),
        "{}",
        stderr(&output)
    );
    let claims = sandbox.json(&[
        "claims",
        "--actor",
        "france",
        "--topic",
        "long-range-weapons",
    ]);
    assert!(claims.as_array().unwrap().is_empty(), "{claims}");
    let events = sandbox.json(&["events"]);
    let retraction = events.as_array().unwrap().last().unwrap();
    assert_eq!(retraction["kind"], "ClaimRetracted");
    assert!(
        retraction["payload"]["by"]
            .as_str()
            .unwrap()
            .starts_with("stancelog-rules@"),
        "{retraction}"
    );

    // Back on the built-in rules, the claim is found again and stated again.
    let output = sandbox.ok(&["reextract"]);
    assert!(
        stderr(&output).contains("2 new claims, 0 retracted"),
        "{}",
        stderr(&output)
    );
    let again = only_claim(&sandbox, "france", "long-range-weapons");
    assert_eq!(again["claim_id"], original["claim_id"]);
    assert_eq!(again["evidence"], original["evidence"]);
}
