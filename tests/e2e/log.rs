//! The log as a user handles it: events in order, verify, export and import, a held database.

use crate::harness::{stderr, stdout, Sandbox};

#[test]
fn events_are_in_order_and_start_with_the_article() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let events = sandbox.json(&["events"]);
    let events = events.as_array().unwrap();
    assert_eq!(events[0]["kind"], "ArticleIngested");
    for (i, event) in events.iter().enumerate() {
        assert_eq!(event["seq"], (i + 1) as u64);
        assert_eq!(event["version"], (i + 1) as u64);
        if i > 0 {
            assert_eq!(event["kind"], "ClaimExtracted");
            assert_eq!(event["prev_hash"], events[i - 1]["hash"]);
        }
    }
}

#[test]
fn verify_export_import_round_trip_and_an_edit_is_caught() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let output = sandbox.ok(&["verify"]);
    assert!(stdout(&output).starts_with("ok:"), "{}", stdout(&output));

    let export = sandbox.path("backup.ndjson");
    sandbox.ok(&["export", export.to_str().unwrap()]);
    let exported = std::fs::read_to_string(&export).unwrap();

    let copy = Sandbox::new();
    copy.ok(&["import", export.to_str().unwrap()]);
    copy.ok(&["verify"]);
    let again = copy.path("again.ndjson");
    copy.ok(&["export", again.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&again).unwrap(),
        exported,
        "re-export differs"
    );

    // One byte changed in the third line's payload is refused with its line number.
    let mut lines: Vec<String> = exported.lines().map(str::to_string).collect();
    lines[2] = lines[2]
        .replacen("\"opposes\"", "\"supports\"", 1)
        .replacen("\"open\"", "\"supports\"", 1);
    let edited = sandbox.write("edited.ndjson", &(lines.join("\n") + "\n"));
    let target = Sandbox::new();
    let output = target.fails(&["import", edited.to_str().unwrap()]);
    assert!(stderr(&output).contains("line 3"), "{}", stderr(&output));
}

#[test]
fn a_database_held_by_another_process_is_a_clear_error() {
    let sandbox = Sandbox::new();
    // `import -` on an empty database holds it while it waits for standard input: a holder
    // that lets go exactly when the test says so.
    let mut holder = std::process::Command::new(env!("CARGO_BIN_EXE_stancelog"))
        .args(["--db", sandbox.db().to_str().unwrap(), "import", "-"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut output = None;
    // Wait until the holder has the lock (the database directory appears), then collide.
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        if !sandbox.db().exists() {
            continue;
        }
        let attempt = sandbox
            .cmd()
            .args(["--lock-timeout", "0.2", "claims"])
            .output()
            .unwrap();
        if !attempt.status.success() {
            output = Some(attempt);
            break;
        }
    }
    drop(holder.stdin.take());
    let holder_status = holder.wait_with_output().unwrap();
    assert!(holder_status.status.success(), "{}", stderr(&holder_status));
    let output = output.expect("the second process never saw the database held");
    let message = stderr(&output);
    assert!(message.contains("in use"), "{message}");
    assert!(
        message.contains(sandbox.db().to_str().unwrap()),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");

    // Once the holder is gone the database opens normally.
    sandbox.ok(&["claims"]);
}
