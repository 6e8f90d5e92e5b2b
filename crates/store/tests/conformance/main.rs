//! The conformance suite of the [`EventLog`](stancelog_store::EventLog) trait: every case is
//! written once (`cases.rs`, `concurrent.rs`, `transfer.rs`) over a [`Subject`](backends::Subject)
//! and run against each backend by [`conformance!`]: sled always, PostgreSQL when
//! `STANCELOG_TEST_PG` holds a URL of a server where the test may create throwaway databases
//! (`make test-pg` starts one). Without it the PostgreSQL cases print
//! `skipped: set STANCELOG_TEST_PG (make test-pg)` and pass.
//!
//! Cases that only one backend can have (PostgreSQL's login errors, sled's directory lock) live
//! in `pg_only.rs` and in the `store` test binary.

#[allow(dead_code)]
#[path = "../store/common.rs"]
mod common;

mod backends;
mod cases;
mod concurrent;
mod measure;
mod pg_only;
mod transfer;

/// Expands each listed case into a `#[test]` per backend: `sled::<case>` and `postgres::<case>`.
macro_rules! conformance {
    ($($module:ident :: $case:ident),* $(,)?) => {
        mod sled {
            $(
                #[test]
                fn $case() {
                    let subject = crate::backends::Subject::sled();
                    crate::$module::$case(&subject);
                }
            )*
        }
        mod postgres {
            $(
                #[test]
                fn $case() {
                    let Some(subject) = crate::backends::Subject::postgres(stringify!($case))
                    else {
                        return;
                    };
                    crate::$module::$case(&subject);
                }
            )*
        }
    };
}

conformance!(
    cases::empty_log_has_zero_head_and_no_streams,
    cases::append_positions_chains_and_reads_back,
    cases::recorded_at_is_the_store_clock_and_never_goes_back,
    cases::expected_version_conflicts_are_typed_and_write_nothing,
    cases::resending_is_a_duplicate_and_partial_resends_are_refused,
    cases::malformed_requests_are_refused,
    cases::append_batch_keeps_each_request_atomic_and_in_order,
    cases::a_big_batch_spans_several_groups,
    cases::a_second_handle_sees_everything_and_continues_the_chain,
    concurrent::concurrent_writers_get_a_total_gap_free_order,
    concurrent::a_reader_never_sees_a_gap_while_writers_commit,
    concurrent::wait_for_head_after_wakes_on_append_and_times_out,
    transfer::the_fixture_imports_verifies_and_re_exports_byte_identically,
    transfer::import_refuses_a_non_empty_log_and_an_edited_line,
    transfer::append_sealed_refuses_what_does_not_continue_the_log,
);
