//! Who voices one cue: the label of its paragraph (a transcript turn, a bold-lead bullet, a
//! signed letter), the speaker of its quotation, the speech verb of its clause, or the voice of
//! the publication itself (an op-ed's author, an actor's own release).
//! Not here: finding those labels, quotations and verbs (see `speakers`, `clauses`).

use super::attribution::Attribution;
use super::clauses::third_party_subject;
use super::speakers::Label;
use super::stance::CueHit;
use super::{Doc, Extractor};

/// Where a cue stands, for [`Extractor::cue_speaker`].
pub(super) struct CueVoice<'a> {
    pub sentence: usize,
    /// The label of the cue's paragraph.
    pub label: Label,
    /// The quotation holding the cue, if any.
    pub quote: Option<usize>,
    /// The speaker of every quotation of the article.
    pub quote_speakers: &'a [Attribution],
    /// The op-ed's author, if the article has a byline.
    pub byline: Option<usize>,
    /// The article is an actor's own publication.
    pub official: bool,
}

impl Extractor<'_> {
    /// The attribution of a cue and whether it is the publication's own voice, or `None` (with
    /// the reason logged) when nobody voices it.
    pub(super) fn cue_speaker(
        &self,
        doc: &Doc<'_>,
        voice: CueVoice<'_>,
        cue: &CueHit,
    ) -> Option<(Attribution, bool)> {
        let (att, via_source) = match (voice.label, voice.quote) {
            // Outside quotations, a labelled turn or bullet is its speaker's.
            (Label::Speaker(m) | Label::Letter(m), None) => (
                Attribution {
                    mention: Some(m),
                    ..Attribution::default()
                },
                false,
            ),
            (Label::Nobody, None) => {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: interviewer's paragraph");
                return None;
            }
            // A quotation no verb attributes, inside a labelled turn or bullet ("**Peskov**,
            // today: membership is "unacceptable"), is the label's speaker's, even when
            // the quotation before it, in another paragraph, was someone else's.
            (Label::Speaker(m) | Label::Letter(m), Some(qi))
                if voice.quote_speakers[qi].mention.is_none_or(|x| {
                    doc.mentions[x].start
                        < doc.paragraphs[doc.sentences[voice.sentence].paragraph].0
                }) =>
            {
                (
                    Attribution {
                        mention: Some(m),
                        ..Attribution::default()
                    },
                    false,
                )
            }
            (_, Some(qi)) => (voice.quote_speakers[qi].clone(), false),
            (Label::None, None) => match self.attribute_cue(doc, voice.sentence, cue) {
                // "It was noted that Russia is open to negotiations": a speech verb with no
                // speaker, in an actor's own publication, is that actor speaking.
                Some(att) if att.mention.is_none() && att.anchor.is_some() && !att.blocked => {
                    (att, true)
                }
                Some(att) => (att, false),
                // The narration of an actor's own publication is that actor's voice
                // (DESIGN.md §3): "We will continue to provide support" in a communique.
                // An op-ed's narration is its author's voice, on the day it is published.
                None if voice.byline.is_some() && !third_party_subject(doc.text, cue.start) => (
                    Attribution {
                        mention: voice.byline,
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    },
                    false,
                ),
                None if voice.official && !third_party_subject(doc.text, cue.start) => (
                    Attribution {
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    },
                    true,
                ),
                None => {
                    tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: no speaker");
                    return None;
                }
            },
        };
        Some((att, via_source))
    }
}
