//! Property test against a tiny in-memory model: random appends over a few streams with random
//! expected versions (some conflict), re-sent ids (duplicates) and overlapping ids (partial
//! duplicates), one at a time or through `append_batch`. Afterwards the log must hold seq
//! 1..=n with no gaps, no event twice, contiguous stream versions, the successful requests in
//! order, and pass `verify` (rules 4–7, 10).

use std::collections::{HashMap, HashSet};

use proptest::prelude::*;
use stancelog_events::{EventId, Seq, StreamId, StreamVersion};
use stancelog_store::{verify, AppendOutcome, EventLog, ExpectedVersion, StoreError};

use crate::common::{event_id, request, temp_log};

const STREAMS: [&str; 3] = ["article-a", "article-b", "article-c"];

#[derive(Clone, Debug)]
struct Req {
    stream: usize,
    expected: ExpectedVersion,
    ids: Vec<u128>,
}

fn req() -> impl Strategy<Value = Req> {
    let expected = prop_oneof![
        Just(ExpectedVersion::Any),
        Just(ExpectedVersion::NoStream),
        (0u64..5).prop_map(|v| ExpectedVersion::Exact(StreamVersion(v))),
    ];
    // Ids from a small pool so re-sends and overlaps are common; occasionally the same id twice.
    (
        0..STREAMS.len(),
        expected,
        proptest::collection::vec(0u128..14, 1..4),
    )
        .prop_map(|(stream, expected, ids)| Req {
            stream,
            expected,
            ids,
        })
}

/// What the model predicts for one request.
#[derive(Debug, PartialEq)]
enum Predicted {
    Stored(AppendOutcome),
    Conflict(StreamVersion),
    Partial(EventId),
    Invalid,
}

#[derive(Default)]
struct Model {
    seq_of: HashMap<u128, u64>,
    versions: [u64; 3],
    head: u64,
    order: Vec<(u128, usize)>,
}

impl Model {
    fn apply(&mut self, r: &Req) -> Predicted {
        let unique: HashSet<u128> = r.ids.iter().copied().collect();
        if unique.len() != r.ids.len() {
            return Predicted::Invalid;
        }
        let stored: Vec<u64> = r
            .ids
            .iter()
            .filter_map(|id| self.seq_of.get(id).copied())
            .collect();
        let current = StreamVersion(self.versions[r.stream]);
        if stored.len() == r.ids.len() {
            return Predicted::Stored(AppendOutcome {
                first: Seq(*stored.iter().min().unwrap()),
                last: Seq(*stored.iter().max().unwrap()),
                version: current,
                duplicate: true,
            });
        }
        if let Some(id) = r.ids.iter().find(|id| self.seq_of.contains_key(id)) {
            return Predicted::Partial(event_id(*id));
        }
        if !r.expected.admits(current) {
            return Predicted::Conflict(current);
        }
        let first = self.head + 1;
        for id in &r.ids {
            self.head += 1;
            self.seq_of.insert(*id, self.head);
            self.order.push((*id, r.stream));
        }
        self.versions[r.stream] += r.ids.len() as u64;
        Predicted::Stored(AppendOutcome {
            first: Seq(first),
            last: Seq(self.head),
            version: StreamVersion(self.versions[r.stream]),
            duplicate: false,
        })
    }
}

fn observed(result: Result<AppendOutcome, StoreError>) -> Predicted {
    match result {
        Ok(outcome) => Predicted::Stored(outcome),
        Err(StoreError::Conflict { actual, .. }) => Predicted::Conflict(actual),
        Err(StoreError::PartialDuplicate { id, .. }) => Predicted::Partial(id),
        Err(StoreError::InvalidRequest { .. }) => Predicted::Invalid,
        Err(other) => panic!("unexpected error: {other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_appends_keep_every_promise(groups in proptest::collection::vec((any::<bool>(), proptest::collection::vec(req(), 1..4)), 1..10)) {
        let (_dir, log) = temp_log();
        let mut model = Model::default();
        for (as_batch, reqs) in &groups {
            let to_request = |r: &Req| request(STREAMS[r.stream], r.expected, &r.ids);
            let results: Vec<_> = if *as_batch {
                log.append_batch(reqs.iter().map(to_request).collect())
            } else {
                reqs.iter().map(|r| log.append(to_request(r))).collect()
            };
            prop_assert_eq!(results.len(), reqs.len());
            for (r, result) in reqs.iter().zip(results) {
                prop_assert_eq!(observed(result), model.apply(r), "request {:?}", r);
            }
        }

        let all: Vec<_> = log.read_all(Seq(1)).map(Result::unwrap).collect();
        prop_assert_eq!(all.iter().map(|e| e.seq.0).collect::<Vec<_>>(), (1..=model.head).collect::<Vec<_>>());
        let stored: Vec<(EventId, StreamId)> = all.iter().map(|e| (e.id, e.stream.clone())).collect();
        let expected: Vec<(EventId, StreamId)> = model.order.iter().map(|(id, s)| (event_id(*id), StreamId::new(STREAMS[*s]))).collect();
        prop_assert_eq!(stored, expected);
        for (index, name) in STREAMS.iter().enumerate() {
            let stream = StreamId::new(*name);
            let versions: Vec<u64> = log.read_stream(&stream, StreamVersion(1)).unwrap().iter().map(|e| e.version.0).collect();
            prop_assert_eq!(versions, (1..=model.versions[index]).collect::<Vec<_>>());
            prop_assert_eq!(log.stream_version(&stream).unwrap(), StreamVersion(model.versions[index]));
        }
        let report = verify(&log, &mut |_| {}).unwrap();
        prop_assert_eq!(report.events, model.head);
    }
}
