//! Queries over the log: timelines, replay, output formats, unknown ids.

use crate::harness::{stderr, stdout, Sandbox};

#[test]
fn timeline_prints_each_actors_position_with_its_evidence() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let output = sandbox.ok(&["timeline", "uk", "--topic", "troops-to-ukraine"]);
    let text = stdout(&output);
    assert!(text.contains("opposes"), "{text}");
    assert!(text.contains("does not plan to"), "{text}");

    let timeline = sandbox.json(&["timeline", "germany"]);
    let topics = timeline["topics"].as_array().unwrap();
    let troops = topics
        .iter()
        .find(|t| t["topic"] == "troops-to-ukraine")
        .unwrap();
    assert_eq!(troops["periods"][0]["stance"], "opposes");
    assert!(!troops["claims"].as_array().unwrap().is_empty());
}

#[test]
fn replay_rebuilds_the_same_timeline() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let before = sandbox.json(&["timeline", "france"]);
    let output = sandbox.ok(&["replay"]);
    let events = sandbox.json(&["events"]).as_array().unwrap().len();
    assert!(
        stderr(&output).contains(&format!("replayed {events} events")),
        "{}",
        stderr(&output)
    );
    assert_eq!(sandbox.json(&["timeline", "france"]), before);
}

#[test]
fn csv_has_the_contract_header_and_one_row_a_claim() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let output = sandbox.ok(&["claims", "--format", "csv"]);
    let text = stdout(&output);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    for column in [
        "claim_id",
        "actor",
        "actor_code",
        "actor_wikidata",
        "said_on",
        "evidence",
    ] {
        assert!(
            headers.iter().any(|h| h == column),
            "CSV lacks {column}: {headers:?}"
        );
    }
    let rows = reader.records().count();
    let json_rows = sandbox.json(&["claims"]).as_array().unwrap().len();
    assert_eq!(rows, json_rows);
    let ndjson = stdout(&sandbox.ok(&["claims", "--format", "ndjson"]));
    assert_eq!(ndjson.lines().count(), json_rows);
}

#[test]
fn unknown_actor_or_topic_is_a_clear_error() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let output = sandbox.fails(&["timeline", "frnace"]);
    assert!(
        stderr(&output).contains("unknown actor \"frnace\""),
        "{}",
        stderr(&output)
    );
    let output = sandbox.fails(&["claims", "--topic", "troops"]);
    assert!(
        stderr(&output).contains("unknown topic \"troops\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn actors_and_topics_list_the_contract_ids() {
    let sandbox = Sandbox::new();
    let actors = sandbox.json(&["actors"]);
    let ids: Vec<&str> = actors
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    for id in [
        "france", "germany", "nato", "uk", "russia", "ukraine", "usa",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let topics = sandbox.json(&["topics"]);
    assert_eq!(topics.as_array().unwrap().len(), 7, "{topics}");
}
