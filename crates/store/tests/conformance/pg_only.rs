//! PostgreSQL-only cases: connection errors that name the server but never the password, a
//! newer format refused, concurrent first connections, damage found by `verify`, and the
//! sled → PostgreSQL → sled round trip with identical hashes.

use std::thread;

use stancelog_events::Seq;
use stancelog_store::postgres::ThrowawayDatabase;
use stancelog_store::{
    export, import, verify, EventLog, ExpectedVersion, PgLog, SledLog, StoreError,
};

use crate::backends::pg_admin_url;
use crate::common::request;
use crate::transfer::fixture_text;

/// The admin URL with `password` in place of its password.
fn with_password(url: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a postgres:// URL");
    let (userinfo, host) = rest.rsplit_once('@').unwrap_or(("postgres", rest));
    let user = userinfo.split(':').next().unwrap_or("postgres");
    format!("{scheme}://{user}:{password}@{host}")
}

#[test]
fn an_unreachable_server_is_a_clear_error_naming_it() {
    let err =
        PgLog::connect("postgres://ann:s3cret@127.0.0.1:1/log?connect_timeout=5").unwrap_err();
    let text = err.to_string();
    assert!(text.contains("postgres://ann@127.0.0.1:1/log"), "{text}");
    assert!(text.contains("cannot reach the server"), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
}

#[test]
fn a_wrong_password_is_a_clear_error_without_the_password() {
    let Some(admin) = pg_admin_url("a_wrong_password_is_a_clear_error_without_the_password") else {
        return;
    };
    let err = PgLog::connect(&with_password(&admin, "not-the-password-xyz")).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("refused the login"), "{text}");
    assert!(
        text.contains("@127.0.0.1") || text.contains("postgres://"),
        "{text}"
    );
    assert!(!text.contains("not-the-password-xyz"), "{text}");
}

#[test]
fn a_missing_database_says_so() {
    let Some(admin) = pg_admin_url("a_missing_database_says_so") else {
        return;
    };
    let db = ThrowawayDatabase::create(&admin, "stancelog_gone").unwrap();
    let url = db.url().to_string();
    drop(db);
    let text = PgLog::connect(&url).unwrap_err().to_string();
    assert!(text.contains("does not exist"), "{text}");
}

#[test]
fn a_newer_format_is_refused_and_left_untouched() {
    let Some(admin) = pg_admin_url("a_newer_format_is_refused_and_left_untouched") else {
        return;
    };
    let db = ThrowawayDatabase::create(&admin, "stancelog_future").unwrap();
    let log = PgLog::connect(db.url()).unwrap();
    log.append(request("a", ExpectedVersion::Any, &[1]))
        .unwrap();
    drop(log);
    db.execute("UPDATE stancelog.meta SET value = '99' WHERE key = 'format_version'")
        .unwrap();
    match PgLog::connect(db.url()) {
        Err(
            err @ StoreError::FutureFormat {
                found: 99,
                supported: 1,
                ..
            },
        ) => {
            let text = err.to_string();
            assert!(text.contains(db.name()) && text.contains("newer"), "{text}");
        }
        other => panic!("expected FutureFormat, got {other:?}"),
    }
    db.execute("UPDATE stancelog.meta SET value = '1' WHERE key = 'format_version'")
        .unwrap();
    assert_eq!(PgLog::connect(db.url()).unwrap().head().unwrap(), Seq(1));
}

#[test]
fn concurrent_first_connections_create_the_schema_once() {
    let Some(admin) = pg_admin_url("concurrent_first_connections_create_the_schema_once") else {
        return;
    };
    let db = ThrowawayDatabase::create(&admin, "stancelog_race").unwrap();
    let ids: Vec<String> = (0..4)
        .map(|_| {
            let url = db.url().to_string();
            thread::spawn(move || PgLog::connect(&url).unwrap().log_id().to_string())
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
    let other = ThrowawayDatabase::create(&admin, "stancelog_race").unwrap();
    assert_ne!(
        PgLog::connect(other.url()).unwrap().log_id(),
        ids[0],
        "log ids tell logs apart"
    );
}

#[test]
fn verify_finds_an_edited_payload_and_a_wrong_head() {
    let Some(admin) = pg_admin_url("verify_finds_an_edited_payload_and_a_wrong_head") else {
        return;
    };
    let db = ThrowawayDatabase::create(&admin, "stancelog_damage").unwrap();
    let log = PgLog::connect(db.url()).unwrap();
    log.append(request("a", ExpectedVersion::Any, &[1, 2, 3]))
        .unwrap();
    verify(&log, &mut |_| {}).unwrap();
    db.execute(
        "UPDATE stancelog.events SET payload = replace(payload::text, 'reason 2', 'reason 9')::json \
         WHERE seq = 2",
    )
    .unwrap();
    let fault = verify(&log, &mut |_| {}).unwrap_err();
    assert_eq!(fault.seq, Some(Seq(2)), "{fault}");
    assert!(fault.problem.contains("hash mismatch"), "{fault}");

    let db = ThrowawayDatabase::create(&admin, "stancelog_damage").unwrap();
    let log = PgLog::connect(db.url()).unwrap();
    log.append(request("a", ExpectedVersion::Any, &[1, 2, 3]))
        .unwrap();
    // Flip every bit of the first byte: setting it to a fixed value did nothing when the
    // head hash already began with that byte (1 run in 256).
    db.execute(
        "UPDATE stancelog.head SET hash = set_byte(hash, 0, get_byte(hash, 0) # 255) WHERE id = 1",
    )
    .unwrap();
    let fault = verify(&log, &mut |_| {}).unwrap_err();
    assert!(fault.to_string().contains("hash"), "{fault}");
}

#[test]
fn sled_to_postgres_to_sled_keeps_every_hash() {
    let Some(admin) = pg_admin_url("sled_to_postgres_to_sled_keeps_every_hash") else {
        return;
    };
    let text = fixture_text();
    let dir = tempfile::tempdir().unwrap();
    let first = SledLog::open(&dir.path().join("one")).unwrap();
    import(&first, &mut text.as_bytes(), &mut |_| {}).unwrap();
    first
        .append(request("extra", ExpectedVersion::NoStream, &[500, 501]))
        .unwrap();
    let mut from_sled = Vec::new();
    export(&first, &mut from_sled, &mut |_| {}).unwrap();

    let db = ThrowawayDatabase::create(&admin, "stancelog_trip").unwrap();
    let pg = PgLog::connect(db.url()).unwrap();
    import(&pg, &mut from_sled.as_slice(), &mut |_| {}).unwrap();
    verify(&pg, &mut |_| {}).unwrap();
    assert_eq!(pg.head_hash().unwrap(), first.head_hash().unwrap());
    let mut from_pg = Vec::new();
    export(&pg, &mut from_pg, &mut |_| {}).unwrap();
    assert_eq!(
        from_pg, from_sled,
        "PostgreSQL exports what sled exported, byte for byte"
    );

    let back = SledLog::open(&dir.path().join("two")).unwrap();
    import(&back, &mut from_pg.as_slice(), &mut |_| {}).unwrap();
    let mut again = Vec::new();
    export(&back, &mut again, &mut |_| {}).unwrap();
    assert_eq!(again, from_sled);
    assert_eq!(back.head_hash().unwrap(), first.head_hash().unwrap());
}
