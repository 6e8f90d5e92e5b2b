//! Dates in news prose and how they resolve against the publication day: explicit dates
//! ("on 26 February", "Feb. 26, 2024", "26.02.2024", "2024-02-26", "Thursday, 15 May", "on the
//! 14th"),
//! weekdays ("said Tuesday": the latest such day on or before publication; "last Tuesday":
//! strictly before), "yesterday" / "today" / "this morning" / "last night", and steps from the
//! date named last ("a day later", "three days earlier", "the day before"). Dates without a
//! year take the latest such day on or before publication. The regex is compiled once, in [`crate::Knowledge`].
//! Not here: choosing which date belongs to which statement (see `extract::mod`).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use stancelog_events::DateBasis;

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
          | (?-u:\b)(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTHS})(?-u:\b)\.?(?:,?\s+(?P<y1>[0-9]{{4}})(?-u:\b))?
          | (?-u:\b)(?P<m2>{MONTHS})(?-u:\b)\.?\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y2>[0-9]{{4}})(?-u:\b))?
          | (?-u:\b)(?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?-u:\b)
            (?:,?\s+(?P<d3>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m3>{MONTHS})(?-u:\b)\.?
              |,?\s+(?P<m4>{MONTHS})(?-u:\b)\.?\s+(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b))?
          | (?-u:\b)(?:on|On)\s+(?P<wdl>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)
          | (?-u:\b)(?P<rel>yesterday|Yesterday|today|Today|tonight|Tonight|[Tt]his\s+morning|[Tt]his\s+afternoon|[Tt]his\s+evening)(?-u:\b)
          | (?-u:\b)(?P<same>[Tt]he\s+same\s+day|[Oo]n\s+the\s+same\s+day|[Tt]hat\s+(?:same\s+)?day)(?-u:\b)
          | (?-u:\b)(?P<next>[Aa]\s+day\s+later|[Tt]he\s+next\s+day|[Tt]he\s+following\s+day)(?-u:\b)
          | (?-u:\b)(?P<prev>[Aa]\s+day\s+earlier|[Tt]he\s+day\s+before|[Tt]he\s+previous\s+day)(?-u:\b)
          | (?-u:\b)(?P<days>(?i:two|three|four|five|six)|[2-6])\s+days\s+(?P<dir>later|earlier)(?-u:\b)
          | (?-u:\b)(?P<lastnight>[Ll]ast\s+night)(?-u:\b)
          | (?-u:\b)[Oo]n\s+the\s+(?P<ord>[0-9]{{1,2}})(?:st|nd|rd|th)(?-u:\b)
          | (?-u:\b)(?P<wda>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s+[0-9]{{1,2}}[:.][0-9]{{2}}(?-u:\b)"
        );
        DatePatterns {
            re: Regex::new(&pattern).expect("date pattern is valid"),
        }
    }

    /// Every date expression, resolved against the publication day.
    pub(crate) fn find(&self, text: &str, published: NaiveDate) -> Vec<DateHit> {
        let mut out: Vec<DateHit> = Vec::new();
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
                        sets_the_scene(text, m.start())
                            .then(|| NaiveDate::from_ymd_opt(published.year(), month?, day?))
                            .flatten()
                            .filter(|d| *d <= published)
                    }),
                };
                (date, DateBasis::Explicit)
            } else if c.name("ord").is_some() {
                // "on the 14th": that day of the month of publication, or of the month before.
                let day = num("ord");
                let date = without_year(Some(published.month()), day, published).or_else(|| {
                    let prev = published.with_day(1)? - Duration::days(1);
                    without_year(Some(prev.month()), day, published)
                });
                (date, DateBasis::Explicit)
            } else if c.name("same").is_some() {
                // "the same day": the day of the date named last before it, outside a reporter's
                // question ("Q: Zelensky said yesterday … ?" names another day).
                match out.iter().rev().find(|d| !in_question_line(text, d.start)) {
                    Some(prev) => (Some(prev.date), prev.basis),
                    None => continue,
                }
            } else if c.name("next").is_some()
                || c.name("prev").is_some()
                || c.name("days").is_some()
            {
                // "a day later", "the day before", "three days later": days after or before the
                // date named last.
                let n =
                    c.name("days")
                        .map_or(1, |g| match g.as_str().to_ascii_lowercase().as_str() {
                            "two" => 2,
                            "three" => 3,
                            "four" => 4,
                            "five" => 5,
                            "six" => 6,
                            digits => digits.parse().unwrap_or(1),
                        });
                let back = c.name("prev").is_some()
                    || c.name("dir").is_some_and(|g| g.as_str() == "earlier");
                let step = if back { -n } else { n };
                match out.last() {
                    Some(prev) => (Some(prev.date + Duration::days(step)), prev.basis),
                    None => continue,
                }
            } else if let Some(wd) = c.name("wd").or(c.name("wdl")).or(c.name("wda")) {
                // ("Sat 10:25": a live blog's time stamp names its day.)
                // ("on tuesday": a typo in the case, still a weekday after "on".)
                let strictly_before = c.name("last").is_some();
                (
                    weekday_on_or_before(parse_weekday(wd.as_str()), published, strictly_before),
                    DateBasis::Weekday,
                )
            } else {
                let rel = c
                    .name("rel")
                    .map(|g| g.as_str().to_ascii_lowercase())
                    .unwrap_or_default();
                // "last night" in a morning paper is the evening before publication.
                let date = if rel == "yesterday" || c.name("lastnight").is_some() {
                    published - Duration::days(1)
                } else {
                    published
                };
                (Some(date), DateBasis::Relative)
            };
            if let Some(date) = date {
                // A date after publication is a plan ("talks on 5 March"), not when it was said.
                if date <= published {
                    out.push(DateHit {
                        start: m.start(),
                        end: m.end(),
                        date,
                        basis,
                        step_back: c.name("prev").is_some()
                            || c.name("dir").is_some_and(|g| g.as_str() == "earlier"),
                    });
                }
            }
        }
        out
    }
}

/// Whether the line holding `pos` is a question (it ends with "?", after closing emphasis and
/// quotation marks).
fn in_question_line(text: &str, pos: usize) -> bool {
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    text[..end]
        .trim_end_matches(['*', '_', '"', '\u{201d}', ')', ' '])
        .ends_with('?')
}

fn ymd(y: Option<u32>, m: Option<u32>, d: Option<u32>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y?).ok()?, m?, d?)
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| *m == key)
    .map(|i| i as u32 + 1)
}

/// "26 February" without a year: the latest such day on or before publication, if it lies
/// within half a year of it. "January 13" in a December release is the coming round of talks,
/// not a day eleven months back: news names a day that far back with its year.
fn without_year(month: Option<u32>, day: Option<u32>, published: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month?, day?);
    let date = match this_year {
        Some(d) if d <= published => Some(d),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month?, day?),
    }?;
    (published - date <= Duration::days(183)).then_some(date)
}

/// Whether the date at `at` opens its sentence or paragraph, alone or after "On"/"on" and
/// emphasis marks.
fn sets_the_scene(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '*', '_']);
    let before = before
        .strip_suffix("On")
        .or_else(|| before.strip_suffix("on"))
        .map_or(before, |b| b.trim_end_matches([' ', '*', '_']));
    before.is_empty() || before.ends_with(['.', '\n', ':'])
}

fn parse_weekday(name: &str) -> Weekday {
    // By the first three letters, so "Tues" and "Thurs" in a live blog's time stamps count.
    match name.get(..3).unwrap_or(name).to_ascii_lowercase().as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The latest `weekday` on or before `published` (strictly before for "last Tuesday").
pub(crate) fn weekday_on_or_before(
    weekday: Weekday,
    published: NaiveDate,
    strictly_before: bool,
) -> Option<NaiveDate> {
    let from = if strictly_before {
        published - Duration::days(1)
    } else {
        published
    };
    let back = (7 + from.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    Some(from - Duration::days(i64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn found(text: &str, published: NaiveDate) -> Vec<(NaiveDate, DateBasis)> {
        DatePatterns::new()
            .find(text, published)
            .iter()
            .map(|h| (h.date, h.basis))
            .collect()
    }

    #[test]
    fn dates_next_to_curly_quotes_and_dashes_are_found_but_not_inside_words() {
        let p = day(2024, 2, 28);
        assert_eq!(
            found("\u{201c}On Tuesday\u{201d} \u{2014}26 February\u{2014}", p),
            vec![
                (day(2024, 2, 27), DateBasis::Weekday),
                (day(2024, 2, 26), DateBasis::Explicit)
            ]
        );
        assert!(found("Tuesdays and 2024-02-260", p).is_empty());
    }

    #[test]
    fn weekday_resolves_to_latest_on_or_before_published() {
        // 2024-02-28 is a Wednesday.
        let p = day(2024, 2, 28);
        assert_eq!(
            found("said Tuesday", p),
            vec![(day(2024, 2, 27), DateBasis::Weekday)]
        );
        assert_eq!(
            found("on Wednesday", p),
            vec![(day(2024, 2, 28), DateBasis::Weekday)]
        );
        assert_eq!(
            found("on Thursday", p),
            vec![(day(2024, 2, 22), DateBasis::Weekday)]
        );
        assert_eq!(
            found("last Wednesday", p),
            vec![(day(2024, 2, 21), DateBasis::Weekday)]
        );
    }

    #[test]
    fn explicit_dates_in_common_news_forms() {
        let p = day(2024, 3, 1);
        let want = vec![(day(2024, 2, 26), DateBasis::Explicit)];
        assert_eq!(found("on 26 February", p), want);
        assert_eq!(found("on Feb. 26", p), want);
        assert_eq!(found("February 26, 2024", p), want);
        assert_eq!(found("26.02.2024", p), want);
        assert_eq!(found("2024-02-26", p), want);
        assert_eq!(found("on the 26th of February", p), want);
    }

    #[test]
    fn date_without_year_after_publication_is_last_year() {
        assert_eq!(
            found("on 30 December", day(2024, 1, 5)),
            vec![(day(2023, 12, 30), DateBasis::Explicit)]
        );
    }

    #[test]
    fn yesterday_and_today_are_relative() {
        let p = day(2024, 2, 28);
        assert_eq!(
            found("Yesterday he said, and today", p),
            vec![
                (day(2024, 2, 27), DateBasis::Relative),
                (day(2024, 2, 28), DateBasis::Relative)
            ]
        );
    }

    #[test]
    fn the_same_day_repeats_the_date_before_it() {
        let p = day(2024, 3, 7);
        assert_eq!(
            found("Rome spoke on Monday. Madrid replied the same day.", p),
            vec![
                (day(2024, 3, 4), DateBasis::Weekday),
                (day(2024, 3, 4), DateBasis::Weekday)
            ]
        );
        assert!(found("The same day nothing happened.", p).is_empty());
    }

    #[test]
    fn that_day_repeats_the_date_before_it() {
        let p = day(2023, 7, 10);
        assert_eq!(
            found(
                "Erdogan, who met Zelensky on Friday, said that day that …",
                p
            ),
            vec![
                (day(2023, 7, 7), DateBasis::Weekday),
                (day(2023, 7, 7), DateBasis::Weekday)
            ]
        );
    }

    #[test]
    fn some_days_later_or_earlier_step_from_the_date_before() {
        let p = day(2025, 6, 10);
        assert_eq!(
            found(
                "Talks opened on 2 June. Three days later the envoy spoke.",
                p
            ),
            vec![
                (day(2025, 6, 2), DateBasis::Explicit),
                (day(2025, 6, 5), DateBasis::Explicit)
            ]
        );
        assert_eq!(
            found("He spoke on 9 June; 2 days earlier he had said nothing.", p)[1],
            (day(2025, 6, 7), DateBasis::Explicit)
        );
        // "two days after the strike" counts from the strike, not from the date before.
        assert_eq!(
            found("On 2 June, two days after the strike, he spoke.", p).len(),
            1
        );
    }

    #[test]
    fn on_the_ordinal_day_is_this_month_or_the_last() {
        let p = day(2025, 6, 10);
        assert_eq!(
            found("He said on the 3rd that talks would go on.", p),
            vec![(day(2025, 6, 3), DateBasis::Explicit)]
        );
        assert_eq!(
            found("He said on the 28th that talks would go on.", p),
            vec![(day(2025, 5, 28), DateBasis::Explicit)]
        );
    }

    #[test]
    fn the_same_day_skips_a_date_inside_a_reporters_question() {
        let p = day(2022, 12, 7);
        let found = found(
            "The press conference was held on Wednesday 7 December.\n\nQ: Zelensky said yesterday that the reserves should pay. Is the Commission ready?\n\nLater the same day, Borrell spoke.",
            p,
        );
        assert_eq!(found.last(), Some(&(day(2022, 12, 7), DateBasis::Explicit)));
    }

    #[test]
    fn a_live_blogs_abbreviated_day_and_time_is_that_weekday() {
        let p = day(2025, 8, 16);
        assert_eq!(
            found("**Fri 23:40 - No deal yet**", p),
            vec![(day(2025, 8, 15), DateBasis::Weekday)]
        );
        // Not "Sun" alone, which is a newspaper.
        assert!(found("The Sun reported it.", p).is_empty());
    }

    #[test]
    fn last_night_is_the_evening_before_publication() {
        let p = day(2025, 6, 10);
        assert_eq!(
            found("The minister said last night that talks would go on.", p),
            vec![(day(2025, 6, 9), DateBasis::Relative)]
        );
    }

    #[test]
    fn capitalised_day_headers_are_dates() {
        // A live blog's day header dates the entries under it.
        let p = day(2023, 2, 19);
        assert_eq!(
            found("**FRIDAY 17 FEBRUARY, FIRST HALF**", p),
            vec![(day(2023, 2, 17), DateBasis::Explicit)]
        );
        assert_eq!(
            found("SATURDAY, FEBRUARY 18", p),
            vec![(day(2023, 2, 18), DateBasis::Explicit)]
        );
        // Capitals are no licence for the modal: "MAY" needs a day number.
        assert!(found("WE MAY SEND MORE", p).is_empty());
    }

    #[test]
    fn a_weekday_with_its_date_is_that_date() {
        let p = day(2025, 5, 11);
        // A future date with its weekday is a plan: neither part dates a statement.
        assert!(found(
            "talks in Istanbul on Thursday, 15 May, without conditions",
            p
        )
        .is_empty());
        assert_eq!(
            found("He spoke on Friday, 9 May, in Moscow.", p),
            vec![(day(2025, 5, 9), DateBasis::Explicit)]
        );
        assert_eq!(
            found("He spoke on Friday, May 9th.", p),
            vec![(day(2025, 5, 9), DateBasis::Explicit)]
        );
    }

    #[test]
    fn this_morning_is_the_day_of_publication() {
        let p = day(2025, 8, 19);
        assert_eq!(
            found("This morning, in an interview, Macron said …", p),
            vec![(p, DateBasis::Relative)]
        );
    }

    #[test]
    fn a_day_later_and_earlier_step_from_the_date_before() {
        let p = day(2023, 5, 12);
        assert_eq!(
            found(
                "London confirmed it on Thursday. A day later Moscow replied.",
                p
            ),
            vec![
                (day(2023, 5, 11), DateBasis::Weekday),
                (day(2023, 5, 12), DateBasis::Weekday)
            ]
        );
        assert_eq!(
            found("Kyiv spoke on Thursday; Warsaw the day before.", p),
            vec![
                (day(2023, 5, 11), DateBasis::Weekday),
                (day(2023, 5, 10), DateBasis::Weekday)
            ]
        );
        assert!(found("A day later nothing had changed.", p).is_empty());
    }

    #[test]
    fn lower_case_weekday_after_on_is_a_weekday() {
        let p = day(2022, 4, 27);
        assert_eq!(
            found("announced at Ramstein on tuesday", p),
            vec![(day(2022, 4, 26), DateBasis::Weekday)]
        );
        assert!(found("a tuesday crowd", p).is_empty());
    }

    #[test]
    fn yearless_date_half_a_year_back_is_no_statement_date() {
        // "January 13" in a December release is the coming round of talks.
        assert!(found("talks on January 13", day(2021, 12, 20)).is_empty());
        // A date that opens its sentence in a look back over the year is a day past.
        assert_eq!(
            found("The year in pictures. 12 January, Kyiv.", day(2024, 12, 28)),
            vec![(day(2024, 1, 12), DateBasis::Explicit)]
        );
        assert_eq!(
            found("Review. On 12 July, he spoke.", day(2024, 12, 28)),
            vec![(day(2024, 7, 12), DateBasis::Explicit)]
        );
        assert_eq!(
            found("on 26 February", day(2024, 3, 1)),
            vec![(day(2024, 2, 26), DateBasis::Explicit)]
        );
    }

    #[test]
    fn future_dates_are_not_statement_dates() {
        assert!(found("talks on 5 March 2024", day(2024, 2, 28)).is_empty());
    }

    #[test]
    fn may_the_modal_is_not_a_month() {
        assert!(found("it may 5 times", day(2024, 2, 28)).is_empty());
    }
}
