//! Dates in news prose and how they resolve against the publication day: explicit dates
//! ("on 26 February", "Feb. 26, 2024", "26.02.2024", "Tue 27.02.", "26/02/2024" or "02/26/2024",
//! "2024-02-26", "Thursday, 15 May", "on the 14th"),
//! weekdays ("said Tuesday": the latest such day on or before publication; "last Tuesday":
//! strictly before; "Tuesday last week": in the calendar week before), "yesterday" / "today" /
//! "this morning" / "last night" (against the day of a date heading above them, else
//! publication), "the same afternoon" / "that evening" / "the next morning" (from the date named
//! last), "two days ago" / "a week ago" / "a fortnight ago", and steps from the date
//! named last ("a day later", "three days earlier", "the day before", "the night before",
//! "48 hours earlier", "Two days before,"), and the days leaders speak on every year ("New
//! Year's Eve", "Christmas Day", "Victory Day"). Dates without a
//! year take the latest such day on or before publication. The regex is compiled once, in [`crate::Knowledge`].
//! Not here: choosing which date belongs to which statement (see `extract::mod`).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use stancelog_events::DateBasis;

use super::words::words_before;

mod calendar;
mod surroundings;

pub(crate) use calendar::weekday_on_or_before;
use calendar::{
    month_number, parse_weekday, weekday_and_day_before, without_year, year_of_weekday, ymd,
};

use surroundings::{
    counts_from_an_event, in_labelled_turn, in_past_perfect_clause, in_question_line, in_quotation,
    labelled_heading, names_a_thing, opens_a_short_line, sentence_just_before, ReproducedText,
};

/// The compiled date patterns.
#[derive(Debug)]
pub(crate) struct DatePatterns {
    re: Regex,
}

/// A date expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateHit {
    pub start: usize,
    pub end: usize,
    pub date: NaiveDate,
    pub basis: DateBasis,
    /// "the day before", "a day earlier": a step back from the day in focus, to an earlier
    /// event ("the sweatshirt he had worn in Bakhmut the day before").
    pub step_back: bool,
    /// A date or weekday (not "today") opening a line of at most eight words: a heading that
    /// dates its section ("April 17, 2025" over a readout, "**Thursday 30 June**" in a live
    /// blog).
    pub heading: bool,
}

/// Month names as news prints them, also in the capitals of live-blog day headers ("FRIDAY 17
/// FEBRUARY") and datelines.
const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";

impl DatePatterns {
    pub(crate) fn new() -> DatePatterns {
        // ASCII word boundaries and digits: a Unicode `\b` sends the matcher to its slowest
        // engine on any text with a curly quote or a dash (measured: 40% of extraction time on
        // the Kremlin corpus). Dates are ASCII.
        let pattern = format!(
            r"(?x)
            (?-u:\b)(?P<iso>(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{2}})-(?P<id>[0-9]{{2}}))(?-u:\b)
          | (?-u:\b)(?P<dd>[0-9]{{1,2}})\.(?P<dm>[0-9]{{1,2}})\.(?P<dy>[0-9]{{4}})(?-u:\b)
          | (?-u:\b)(?P<sa>[0-9]{{1,2}})/(?P<sb>[0-9]{{1,2}})/(?P<sy>[0-9]{{4}})(?-u:\b)
          | (?-u:\b)(?P<ago>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten)|[1-9]|1[0-4])\s+(?P<unit>days?|weeks?|fortnights?)\s+ago(?-u:\b)
          | (?-u:\b)(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTHS})(?-u:\b)\.?(?:,?\s+(?P<y1>[0-9]{{4}})(?-u:\b))?
          | (?-u:\b)(?P<m2>{MONTHS})(?-u:\b)\.?\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y2>[0-9]{{4}})(?-u:\b))?
          | (?-u:\b)(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?,?\s+(?P<wdn>[0-9]{{1,2}})\.(?P<wmn>[0-9]{{1,2}})\.(?:(?P<wyn>[0-9]{{4}})(?-u:\b))?
          | (?-u:\b)(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?-u:\b)
            (?:,?\s+(?P<d3>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m3>{MONTHS})(?-u:\b)\.?
              |,?\s+(?P<m4>{MONTHS})(?-u:\b)\.?\s+(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)
              |,?\s+(?:the\s+)?(?P<d5>[0-9]{{1,2}})(?:st|nd|rd|th)(?-u:\b)
              |\s+(?P<lastweek>(?:of\s+)?last\s+week)(?-u:\b))?
          | (?:(?-u:\b)(?:on|On)\s+|\()(?P<odd>[0-9]{{1,2}})\.(?P<odm>[0-9]{{1,2}})\.(?:[^0-9]|$)
          | (?-u:\b)(?:on|On)\s+(?P<wdl>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)
          | (?-u:\b)(?P<rel>yesterday|Yesterday|today|Today|tonight|Tonight|[Tt]his\s+morning|[Tt]his\s+afternoon|[Tt]his\s+evening)(?-u:\b)
          | (?-u:\b)(?P<same>[Tt]he\s+same\s+(?:day|morning|afternoon|evening|night)|[Oo]n\s+the\s+same\s+day|[Tt]hat\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|at\s+the\s+time)(?-u:\b)
          | (?-u:\b)(?P<next>[Aa]\s+day\s+later|[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening))(?-u:\b)
          | (?-u:\b)(?P<prev>[Aa]\s+day\s+earlier|[Tt]he\s+(?:day|night|evening)\s+before|[Tt]he\s+previous\s+(?:day|night|evening)|24\s+hours\s+earlier)(?-u:\b)
          | (?-u:\b)(?P<days>(?i:two|three|four|five|six)|[2-6])\s+days\s+(?P<dir>later|earlier|before|after)(?-u:\b)
          | (?-u:\b)(?P<hours>48|72)\s+hours\s+(?P<hdir>later|earlier)(?-u:\b)
          | (?-u:\b)(?P<lastnight>[Ll]ast\s+night)(?-u:\b)
          | (?-u:\b)[Oo]n\s+the\s+(?P<ord>[0-9]{{1,2}})(?:st|nd|rd|th)(?-u:\b)
          | (?-u:\b)(?P<holiday>New\s+Year(?:'|\x{{2019}})s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Orthodox\s+Christmas|Victory\s+Day|Bastille\s+Day)(?-u:\b)
          | (?-u:\b)(?P<wda>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN)\.?\s+[0-9]{{1,2}}[:.][0-9]{{2}}(?-u:\b)"
        );
        DatePatterns {
            re: Regex::new(&pattern).expect("date pattern is valid"),
        }
    }

    /// Every date expression, resolved against the publication day.
    pub(crate) fn find(&self, text: &str, published: NaiveDate) -> Vec<DateHit> {
        let mut out: Vec<DateHit> = Vec::new();
        let reproduced = ReproducedText::find(text);
        // The fast matcher finds where dates are; groups are resolved only at those places
        // (running the capturing engine over the whole text costs a sixth of extraction).
        for found in self.re.find_iter(text) {
            let Some(c) = self.re.captures_at(text, found.start()) else {
                continue;
            };
            let m = c.get(0).expect("group 0 always matches");
            let num = |name: &str| c.name(name).and_then(|g| g.as_str().parse::<u32>().ok());
            let (date, basis) = if c.name("iso").is_some() {
                (ymd(num("iy"), num("im"), num("id")), DateBasis::Explicit)
            } else if c.name("dd").is_some() {
                (ymd(num("dy"), num("dm"), num("dd")), DateBasis::Explicit)
            } else if c.name("wdn").is_some() {
                // "Tue 27.02.", "Dienstag, 27.02.2024" as a German heading prints a day: the
                // weekday names the same day as the numbers after it, which without a year
                // are the latest such day up to publication.
                let date = match num("wyn") {
                    Some(y) => ymd(Some(y), num("wmn"), num("wdn")),
                    None => without_year(num("wmn"), num("wdn"), published),
                };
                (date, DateBasis::Explicit)
            } else if c.name("odd").is_some() {
                // "on 14.3.", "(14.3.)": a day and month in the continental way, without a
                // year, the latest such day up to publication. (Only after "on" or in brackets:
                // a bare "3.5." is as often a section or a decimal.)
                let date = without_year(num("odm"), num("odd"), published);
                (date, DateBasis::Explicit)
            } else if c.name("sa").is_some() {
                // "13/03/2024" (day first) or "03/13/2024" (month first, American): the reading
                // that is a day up to publication, the nearer one when both are.
                let (a, b, y) = (num("sa"), num("sb"), num("sy"));
                let date = [ymd(y, b, a), ymd(y, a, b)]
                    .into_iter()
                    .flatten()
                    .filter(|d| *d <= published)
                    .max();
                (date, DateBasis::Explicit)
            } else if let Some(n) = c.name("ago") {
                // "two days ago", "a week ago": counted back from publication.
                let n = match n.as_str().to_ascii_lowercase().as_str() {
                    "a" | "one" => 1,
                    "two" => 2,
                    "three" => 3,
                    "four" => 4,
                    "five" => 5,
                    "six" => 6,
                    "seven" => 7,
                    "eight" => 8,
                    "nine" => 9,
                    "ten" => 10,
                    digits => digits.parse().unwrap_or(1),
                };
                let unit = match c.name("unit").map_or("", |u| u.as_str()) {
                    u if u.starts_with("week") => 7,
                    u if u.starts_with("fortnight") => 14,
                    _ => 1,
                };
                (
                    Some(published - Duration::days(n * unit)),
                    DateBasis::Relative,
                )
            } else if let Some(mon) = c
                .name("m1")
                .or(c.name("m2"))
                .or(c.name("m3"))
                .or(c.name("m4"))
            {
                // ("Thursday, 15 May": the weekday names the same day as the date after it.)
                let day = num("d1").or(num("d2")).or(num("d3")).or(num("d4"));
                let year = num("y1").or(num("y2"));
                let month = month_number(mon.as_str());
                let date = match year {
                    Some(y) => ymd(Some(y), month, day),
                    None => without_year(month, day, published).or_else(|| {
                        // "**12 January, Kyiv.** …", "On 12 July, …" in a look back over the
                        // year: a date that sets the scene of its sentence is a day past in the
                        // year of publication; one inside a sentence that far back is more likely
                        // a coming event ("talks on January 13" in December).
                        //
                        // So is one that follows, in the same year, the explicit date named
                        // last (a chronology: "On 22 February 2022 … on 16 March …").
                        let this_year = NaiveDate::from_ymd_opt(published.year(), month?, day?)
                            .filter(|d| *d <= published)?;
                        let follows_the_chronology = out
                            .iter()
                            .rev()
                            .find(|d| d.basis == DateBasis::Explicit)
                            .is_some_and(|d| {
                                d.date.year() == this_year.year() && d.date <= this_year
                            });
                        (follows_the_chronology || sets_the_scene(text, m.start()))
                            .then_some(this_year)
                    }),
                };
                // ("On Monday 28 February the Treasury made it real" in a 2025 book extract:
                // the weekday names the year, 2022.)
                let weekday = c.name("wd").filter(|_| year.is_none());
                let date = match weekday.map(|wd| parse_weekday(wd.as_str())) {
                    Some(wd) if date.is_none_or(|d| d.weekday() != wd) => {
                        year_of_weekday(wd, month, day, published).or(date)
                    }
                    _ => date,
                };
                (date, DateBasis::Explicit)
            } else if let Some(h) = c.name("holiday") {
                // "In his New Year's Eve address", "the Victory Day parade": a day every year
                // that leaders speak on, the latest one up to publication.
                let name = h.as_str();
                let (month, day) = if name.starts_with("New") {
                    if name.ends_with("Eve") {
                        (12, 31)
                    } else {
                        (1, 1)
                    }
                } else if name.starts_with("Christmas") {
                    if name.ends_with("Eve") {
                        (12, 24)
                    } else {
                        (12, 25)
                    }
                } else if name.starts_with("Orthodox") {
                    (1, 7)
                } else if name.starts_with("Victory") {
                    (5, 9)
                } else {
                    (7, 14)
                };
                (
                    without_year(Some(month), Some(day), published),
                    DateBasis::Explicit,
                )
            } else if c.name("ord").is_some() {
                // "on the 14th": that day of the month of publication, or of the month before.
                let day = num("ord");
                let date = without_year(Some(published.month()), day, published).or_else(|| {
                    let prev = published.with_day(1)? - Duration::days(1);
                    without_year(Some(prev.month()), day, published)
                });
                (date, DateBasis::Explicit)
            } else if c.name("same").is_some_and(|g| g.as_str().starts_with("at"))
                && !words_before(text, m.start(), 2, true).iter().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "said" | "told" | "reporters" | "journalists" | "wrote" | "added"
                    )
                })
            {
                // "at the time" dates a statement only right after its speech verb ("told
                // reporters at the time that …"); elsewhere it is a role's time ("chancellor at
                // the time").
                continue;
            } else if c.name("same").is_some() {
                // "the same day": the day of the date named last before it, outside a reporter's
                // question ("Q: Zelensky said yesterday … ?" names another day) and not one that
                // names a thing ("the summit of 11 July").
                // (Nor a step back, "the sweatshirt he had worn the day before. That evening …",
                // or a flashback's day, "had said on Tuesday … said the same evening".)
                // ("told reporters at the time" is the time of the clause just before, whatever
                // its tense: "who had visited the site on Tuesday, told reporters at the time".)
                let at_the_time = c.name("same").is_some_and(|g| g.as_str().starts_with("at"));
                // (But "that day" may be a thing's day in the sentence just before: "… his
                // initiative of 2 March. On that day, he proposed a truce …".)
                let things_day = out.last().filter(|d| {
                    c.name("same").is_some_and(|g| {
                        g.as_str().starts_with("That") || g.as_str().starts_with("that")
                    }) && names_a_thing(text, d.start)
                        && sentence_just_before(text, d.start, m.start())
                });
                match things_day.or_else(|| {
                    out.iter().rev().find(|d| {
                        !in_question_line(text, d.start)
                            && !in_labelled_turn(text, d.start)
                            && !names_a_thing(text, d.start)
                            && (at_the_time
                                || !(d.step_back
                                    || in_past_perfect_clause(text, d.start)
                                    || in_quotation(text, d.start)))
                    })
                }) {
                    Some(prev) => (Some(prev.date), prev.basis),
                    None => continue,
                }
            } else if c.name("next").is_some()
                || c.name("prev").is_some()
                || c.name("days").is_some()
                || c.name("hours").is_some()
            {
                if counts_from_an_event(
                    text,
                    (m.start(), m.end()),
                    c.name("dir").map(|g| g.as_str()),
                    c.name("prev")
                        .is_some_and(|g| g.as_str().ends_with("before")),
                ) {
                    continue;
                }
                // "a day later", "the day before", "three days later": days after or before the
                // date named last.
                let n = c
                    .name("hours")
                    .and_then(|h| h.as_str().parse::<i64>().ok())
                    .map(|h| h / 24);
                let n = n.unwrap_or_else(|| {
                    c.name("days")
                        .map_or(1, |g| match g.as_str().to_ascii_lowercase().as_str() {
                            "two" => 2,
                            "three" => 3,
                            "four" => 4,
                            "five" => 5,
                            "six" => 6,
                            digits => digits.parse().unwrap_or(1),
                        })
                });
                let back = c.name("prev").is_some()
                    || c.name("dir")
                        .is_some_and(|g| matches!(g.as_str(), "earlier" | "before"))
                    || c.name("hdir").is_some_and(|g| g.as_str() == "earlier");
                let step = if back { -n } else { n };
                // (Not from a date that names a thing rather than when it happened: "asked
                // whether the application of 30 September would be fast-tracked … The day
                // before, Austin had told the contact group".)
                match out.iter().rev().find(|d| !names_a_thing(text, d.start)) {
                    // "**Wednesday, Chamber of Deputies**" over "At Montecitorio the next day
                    // Draghi said": under a heading that names the day, "the next day" counts
                    // from the section before and lands on the heading's day, not after it.
                    Some(prev) if prev.heading && step > 0 => (Some(prev.date), prev.basis),
                    Some(prev) => (Some(prev.date + Duration::days(step)), prev.basis),
                    None => continue,
                }
            } else if let Some(wd) = c.name("wd").or(c.name("wdl")).or(c.name("wda")) {
                // "Every Saturday we publish …": a weekday repeated is a habit, no day.
                if words_before(text, m.start(), 1, true)
                    .first()
                    .is_some_and(|w| {
                        w.eq_ignore_ascii_case("every") || w.eq_ignore_ascii_case("each")
                    })
                {
                    continue;
                }
                // ("Sat 10:25": a live blog's time stamp names its day.)
                // ("on tuesday": a typo in the case, still a weekday after "on".)
                let strictly_before = c.name("last").is_some();
                let weekday = parse_weekday(wd.as_str());
                if c.name("lastweek").is_some() {
                    // "on Tuesday last week", "Tuesday of last week": that day of the calendar
                    // week before publication's.
                    let monday = published
                        - Duration::days(i64::from(published.weekday().num_days_from_monday()) + 7);
                    let date = monday + Duration::days(i64::from(weekday.num_days_from_monday()));
                    out.push(DateHit {
                        start: m.start(),
                        end: m.end(),
                        date,
                        basis: DateBasis::Weekday,
                        step_back: false,
                        heading: false,
                    });
                    continue;
                }
                match num("d5") {
                    // "on Thursday 16th", "on Thursday the 16th": the last such day up to
                    // publication, within a quarter (else the weekday alone).
                    Some(day) => match weekday_and_day_before(weekday, day, published) {
                        Some(date) => (Some(date), DateBasis::Explicit),
                        None => (
                            weekday_on_or_before(weekday, published, strictly_before),
                            DateBasis::Weekday,
                        ),
                    },
                    // "**Labour — Liverpool, Monday 29 September and Tuesday 30 September**"
                    // over "On Monday, Healey told the hall": the day of the heading above that
                    // falls on it.
                    None => match heading_day(&out, text, weekday) {
                        Some(date) => (Some(date), DateBasis::Weekday),
                        None => (
                            weekday_on_or_before(weekday, published, strictly_before),
                            DateBasis::Weekday,
                        ),
                    },
                }
            } else {
                let rel = c
                    .name("rel")
                    .map(|g| g.as_str().to_ascii_lowercase())
                    .unwrap_or_default();
                // "last night" in a morning paper is the evening before publication. Under a
                // line that dates its section ("April 17, 2025" over a readout, a live blog's
                // day header), "today" is that day.
                // (So is a text reproduced under its headings right after a standfirst that
                // gives the day it was issued: "*… on Tuesday evening, 11 July, the Ministry
                // published a short statement …*" over "**Press release**" and "Following the
                // announcement made today …".)
                let today = out
                    .iter()
                    .rev()
                    .find(|d| d.heading)
                    .map(|d| d.date)
                    .or_else(|| reproduced.as_ref()?.day(&out, m.start()))
                    .unwrap_or(published);
                let date = if rel == "yesterday" || c.name("lastnight").is_some() {
                    today - Duration::days(1)
                } else {
                    today
                };
                (Some(date), DateBasis::Relative)
            };
            if let Some(date) = date {
                // A date after publication is a plan ("talks on 5 March"), not when it was said.
                if date <= published {
                    // ("on 14.3. that": the character that ends a dotted day is no part of it.)
                    let end = c.name("odm").map_or(m.end(), |g| g.end() + 1);
                    out.push(DateHit {
                        start: m.start(),
                        end,
                        date,
                        basis,
                        // ("said at the time" looks back too: it dates its own statement,
                        // not the story after it.)
                        step_back: c.name("prev").is_some()
                            || c.name("same").is_some_and(|g| g.as_str().starts_with("at"))
                            || c.name("dir")
                                .is_some_and(|g| matches!(g.as_str(), "earlier" | "before"))
                            || c.name("hdir").is_some_and(|g| g.as_str() == "earlier"),
                        heading: match basis {
                            DateBasis::Explicit => {
                                opens_a_short_line(text, m.start())
                                    || labelled_heading(text, m.start())
                            }
                            DateBasis::Weekday => opens_a_short_line(text, m.start()),
                            _ => false,
                        },
                    });
                }
            }
        }
        out
    }
}

/// The day of the last heading line above that falls on `weekday`, if that line names one.
fn heading_day(found: &[DateHit], text: &str, weekday: Weekday) -> Option<NaiveDate> {
    let last = found.iter().rposition(|d| d.heading)?;
    let line_start = text[..found[last].start].rfind('\n').map_or(0, |i| i + 1);
    // (Hits are in text order: only the heading line's are read, back from its last.)
    found[..=last]
        .iter()
        .rev()
        .take_while(|d| d.start >= line_start)
        .filter(|d| d.heading && d.date.weekday() == weekday)
        .last()
        .map(|d| d.date)
}

/// Whether the date at `at` opens its sentence or paragraph, alone or after "On"/"on" and
/// emphasis marks.
fn sets_the_scene(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '*', '_']);
    let before = before
        .strip_suffix("On")
        .or_else(|| before.strip_suffix("on"))
        .map_or(before, |b| b.trim_end_matches([' ', '*', '_']));
    // "… Russia had ever faced.[2] On 8 March, …": a footnote marker after the stop.
    let mut before = before;
    while let Some(marker) = before.strip_suffix(']') {
        match marker.rsplit_once('[') {
            Some((b, n)) if !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) => before = b,
            _ => break,
        }
    }
    before.is_empty() || before.ends_with(['.', '\n', ':'])
}

#[cfg(test)]
mod tests;
