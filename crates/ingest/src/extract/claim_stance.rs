//! The stance one cue gives one actor on one topic: the cue's stance, inverted for a term of
//! the opposite proposition ("lift sanctions"), an open stance that pursues the topic read as
//! support ("remains open to negotiations"), and the readings that make no claim at all.
//! Not here: which topics a cue's claim covers (see `topic_links`), the cue's own polarity and
//! negation (see `stance`).

use stancelog_events::Stance;

use crate::knowledge::{CueKind, Knowledge};

use super::stance::CueHit;
use super::topic::TopicHit;

/// The stance `cue` gives `actor` on `topic`, or `None` (with the reason logged) when the
/// reading is no claim: support from an actor the proposition is directed against ("imposing
/// sanctions on us"), or a warning from the party the proposition benefits ("Either you help us
/// now, or you will face a war with Russia yourselves" is a plea for it).
pub(super) fn claim_stance(
    k: &Knowledge,
    cue: &CueHit,
    topic: &TopicHit,
    actor: usize,
) -> Option<Stance> {
    let info = &k.topics[topic.topic];
    let stance = if topic.inverse {
        cue.stance.inverted()
    } else {
        cue.stance
    };
    let stance = match stance {
        Stance::Open if !info.open_supports.is_empty() => {
            let cue_words = cue.cue.to_lowercase();
            if info
                .open_supports
                .iter()
                .any(|w| cue_words.contains(w.as_str()))
            {
                Stance::Supports
            } else {
                Stance::Open
            }
        }
        stance => stance,
    };
    let actor_id = k.actors[actor].id.as_str();
    if stance == Stance::Supports && info.adversaries.iter().any(|a| a == actor_id) {
        tracing::debug!(cue = %cue.cue, at = cue.start, topic = %info.id, "cue dropped: support from the proposition's adversary");
        return None;
    }
    if cue.kind == CueKind::Warning
        && !info.adversaries.is_empty()
        && k.cues.is_beneficiary(actor_id)
    {
        tracing::debug!(cue = %cue.cue, at = cue.start, topic = %info.id, "cue dropped: warning from the proposition's beneficiary");
        return None;
    }
    Some(stance)
}
