//! Ingesting articles: the sample's claims, idempotence, refusals and batches with bad files.

use crate::harness::{sample_article, stderr, triples, Sandbox};

#[test]
fn sample_article_yields_the_expected_stances() {
    let sandbox = Sandbox::new();
    let output = sandbox.ingest_sample();
    assert!(
        stderr(&output).contains("ingested 1 new article"),
        "{}",
        stderr(&output)
    );

    let claims = sandbox.json(&["claims"]);
    let found = triples(&claims);
    let t = |a: &str, topic: &str, s: &str| (a.to_string(), topic.to_string(), s.to_string());
    for expected in [
        t("france", "troops-to-ukraine", "open"),
        t("germany", "troops-to-ukraine", "opposes"),
        t("nato", "troops-to-ukraine", "opposes"),
        t("uk", "troops-to-ukraine", "opposes"),
        t("russia", "troops-to-ukraine", "opposes"),
        t("france", "long-range-weapons", "supports"),
    ] {
        assert!(
            found.contains(&expected),
            "missing {expected:?} in {found:?}"
        );
    }
    // Nothing else: no claim for Ukraine (its soldiers), none from the narration.
    for (actor, topic, stance) in &found {
        assert!(
            ["france", "germany", "nato", "uk", "russia"].contains(&actor.as_str()),
            "unexpected claim {actor} {topic} {stance}"
        );
    }
    // Russia spoke "Tuesday": the latest Tuesday on or before 2024-02-28.
    let russia = claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["actor"] == "russia" && c["topic"] == "troops-to-ukraine")
        .unwrap();
    assert_eq!(russia["said_on"], "2024-02-27");
    // Every claim row carries the contract columns.
    for column in [
        "claim_id",
        "seq",
        "recorded_at",
        "article_id",
        "article_title",
        "article_url",
        "source",
        "published",
        "actor",
        "speaker",
        "topic",
        "stance",
        "said_on",
        "evidence",
        "confidence",
        "extractor",
    ] {
        assert!(
            russia.get(column).is_some(),
            "claim row lacks {column}: {russia}"
        );
    }
    assert_eq!(russia["published"], "2024-02-28");
    assert!(russia["evidence"].as_str().unwrap().contains("Peskov"));
}

#[test]
fn ingesting_the_same_article_twice_stores_nothing_new() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let head = sandbox.json(&["events"]).as_array().unwrap().len();
    let again = sandbox.ingest_sample();
    assert!(
        stderr(&again).contains("0 new articles"),
        "{}",
        stderr(&again)
    );
    assert!(
        stderr(&again).contains("1 already present"),
        "{}",
        stderr(&again)
    );
    assert_eq!(sandbox.json(&["events"]).as_array().unwrap().len(), head);

    // The same text under another URL (syndicated copy) is the same article.
    let text = std::fs::read_to_string(sample_article()).unwrap();
    let copy = sandbox.write("copy.md", &text.replace("alwaght.example", "wire.example"));
    let output = sandbox.ok(&["ingest", copy.to_str().unwrap()]);
    assert!(
        stderr(&output).contains("1 already present"),
        "{}",
        stderr(&output)
    );
    assert_eq!(sandbox.json(&["events"]).as_array().unwrap().len(), head);
}

#[test]
fn an_article_without_a_date_is_refused_naming_published_and_nothing_is_stored() {
    let sandbox = Sandbox::new();
    let path = sandbox.write(
        "undated.txt",
        "Kremlin spokesman Dmitry Peskov said a deployment would make conflict inevitable.\n",
    );
    let output = sandbox.fails(&["ingest", path.to_str().unwrap()]);
    let message = stderr(&output);
    assert!(message.contains("undated.txt"), "{message}");
    assert!(message.contains("--published"), "{message}");
    assert_eq!(sandbox.json(&["events"]).as_array().unwrap().len(), 0);

    // With the flag it goes in.
    sandbox.ok(&[
        "ingest",
        path.to_str().unwrap(),
        "--published",
        "2024-02-27",
    ]);
    assert!(!sandbox.json(&["events"]).as_array().unwrap().is_empty());
}

#[test]
fn a_batch_goes_on_past_a_bad_file_and_exits_1() {
    let sandbox = Sandbox::new();
    let bad = sandbox.write("broken.json", "{\"title\": \"cut off\", \"text\": ");
    let output = sandbox
        .cmd()
        .args([
            "ingest",
            bad.to_str().unwrap(),
            sample_article().to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("broken.json"), "{message}");
    assert!(message.contains("ingested 1 new article"), "{message}");
    assert!(!sandbox.json(&["claims"]).as_array().unwrap().is_empty());
}

#[test]
fn json_and_ndjson_articles_from_stdin() {
    let sandbox = Sandbox::new();
    let article = serde_json::json!({
        "title": "Berlin rules out troops",
        "source": "Wire",
        "url": "https://wire.example/1",
        "published_at": "2024-03-01T09:30:00Z",
        "body": "German Defence Minister Boris Pistorius said on Friday that Germany would not send ground troops to Ukraine."
    });
    sandbox
        .cmd()
        .args(["ingest", "-"])
        .write_stdin(article.to_string())
        .assert()
        .success();
    let claims = sandbox.json(&["claims", "--actor", "germany"]);
    let rows = claims.as_array().unwrap();
    assert!(!rows.is_empty(), "no claim from the JSON article");
    assert_eq!(rows[0]["stance"], "opposes");
    assert_eq!(rows[0]["said_on"], "2024-03-01");
}

#[test]
fn csv_exports_with_a_column_mapping() {
    let sandbox = Sandbox::new();
    let csv = sandbox.write(
        "export.csv",
        "link,headline,day,outlet,story\n\
         https://wire.example/2,Pistorius rules out troops,2024-03-01,Wire,\"German Defence Minister Boris Pistorius said on Friday that Germany would not send ground troops to Ukraine.\"\n\
         https://wire.example/3,Undated,,Wire,\"Some text.\"\n",
    );
    let path = csv.to_str().unwrap();
    // Without the mapping the text column is not found: a clear error naming the file.
    let output = sandbox.fails(&["ingest", path]);
    assert!(
        stderr(&output).contains("export.csv"),
        "{}",
        stderr(&output)
    );

    let output = sandbox
        .cmd()
        .args([
            "ingest",
            path,
            "--column",
            "text=story",
            "--column",
            "published=day",
        ])
        .args(["--column", "source=outlet"])
        .output()
        .unwrap();
    // The undated row is refused by its row number; the good row is stored.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("row"), "{}", stderr(&output));
    let claims = sandbox.json(&["claims"]);
    let rows = claims.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{claims}");
    assert_eq!(rows[0]["source"], "Wire");
    assert_eq!(rows[0]["article_url"], "https://wire.example/2");
    assert_eq!(rows[0]["article_title"], "Pistorius rules out troops");

    let bad = sandbox.fails(&["ingest", path, "--column", "story"]);
    assert!(stderr(&bad).contains("FIELD=HEADER"), "{}", stderr(&bad));
}
