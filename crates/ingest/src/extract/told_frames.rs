//! What someone told the speaker: "\"Kuleba told me on Monday that his country needs heavy
//! weapons\"" inside a quotation, "the Secretary of State had told him that the administration
//! would keep pressing Congress" in narration. The stance in the told clause is the teller's,
//! dated by the telling when the text gives its day. Not here: stances a speaker reports of
//! someone else in their own words (see `reported`).

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::attribution::resolve;
use super::mentions::MentionKind;
use super::quotes::quote_at;
use super::reported::Reported;
use super::stance::CueHit;
use super::{Doc, Extractor};

impl Extractor<'_> {
    /// The person who told the speaker what the cue says, earlier in its sentence, with the day
    /// it was told, between the name and the cue: inside a quotation, "me" or "us" told
    /// ("\"President Trump assured me on Monday that the sanctions will remain\"", "\"Kuleba
    /// told me on Monday that his country needs heavy weapons\"", "… and he asked for further
    /// Patriot systems\""); in narration, "him" or "her" told before.
    pub(super) fn told_the_speaker(
        &self,
        doc: &Doc<'_>,
        s: usize,
        cue: &CueHit,
        day: NaiveDate,
    ) -> Option<Reported> {
        let q = quote_at(&doc.quotes, cue.start);
        let sentence = doc.sentences[s];
        let from = q.map_or(sentence.start, |q| sentence.start.max(doc.quotes[q].start));
        let first = doc.mentions.partition_point(|m| m.start < from);
        // (Outside a quotation the one told is the reporter's subject: "Cameron said he had
        // spoken to Blinken, and the Secretary of State had told him that the administration
        // would keep pressing Congress" is the teller's word.)
        let m = (first..doc.mentions.len())
            .take_while(|&j| doc.mentions[j].end <= cue.start)
            .filter(|&j| {
                let teller = match doc.mentions[j].kind {
                    MentionKind::Person(_) => true,
                    MentionKind::Title { .. } => q.is_none(),
                    _ => false,
                };
                teller
                    && !(q.is_none() && doc.mentions[j].in_quote)
                    && self.tells_the_speaker(doc.text, doc.mentions[j].end, q.is_none())
                    // ("Putin had told him he wanted to end the war, and that Turkey stood
                    // ready to host talks": a second that-clause is the reporter's again.)
                    && !(q.is_none()
                        && doc.text[doc.mentions[j].end..cue.start].contains(" and that "))
            })
            .last()?;
        // ("told me this morning" in an interview given on Saturday is Saturday morning: a
        // relative day counts from the day the quotation was said, not from publication.)
        let told_on = doc
            .dates
            .iter()
            .find(|d| d.start > doc.mentions[m].end && d.end <= cue.start)
            .map(|d| match d.basis {
                DateBasis::Relative => (day - (doc.published - d.date), d.basis),
                _ => (d.date, d.basis),
            });
        resolve(self.k, &doc.mentions, m, day, 0).map(|speaker| Reported { speaker, told_on })
    }

    /// Whether the words after a name report what it told the quoted speaker: a verb of
    /// saying or telling, then "me" or "us" ("assured me", "told us on Monday"); in narration
    /// (`narrated`), also "him" or "her" after a "had" ("had told him that").
    fn tells_the_speaker(&self, text: &str, after_name: usize, narrated: bool) -> bool {
        let mut words = text[after_name..].split_whitespace().peekable();
        let pluperfect = words.next_if(|w| *w == "had").is_some();
        let verb = words.next().unwrap_or("");
        let addressee = words.next().unwrap_or("").trim_end_matches([',', '.', ';']);
        let addressees: &[&str] = if narrated {
            if !pluperfect {
                return false;
            }
            &["him", "her"]
        } else {
            &["me", "us"]
        };
        // (The addressee first: it rules out almost every name without a lookup.)
        addressees.iter().any(|a| addressee.eq_ignore_ascii_case(a))
            && self
                .k
                .cues
                .tell
                .iter()
                .chain(&self.k.cues.say)
                .any(|v| verb.eq_ignore_ascii_case(v))
    }
}
