//! Calendar arithmetic for the date patterns: month names, weekdays, a day without its year
//! or its month resolved against the publication day. Not here: finding dates in the text
//! (see the parent module).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The last day up to `published`, at most 92 days back, that falls on `weekday` and on day
/// `day` of its month.
pub(super) fn weekday_and_day_before(
    weekday: Weekday,
    day: u32,
    published: NaiveDate,
) -> Option<NaiveDate> {
    (0..=92)
        .map(|back| published - Duration::days(back))
        .find(|d| d.weekday() == weekday && d.day() == day)
}

/// "Monday 28 February" without a year in a later text (a book extract, an anniversary
/// piece): the latest year, up to seven back, in which that day fell on that weekday, when
/// publication's own year does not fit. A weekday and a day agree in one year out of seven, so
/// the weekday names the year.
pub(super) fn year_of_weekday(
    weekday: Weekday,
    month: Option<u32>,
    day: Option<u32>,
    published: NaiveDate,
) -> Option<NaiveDate> {
    let (month, day) = (month?, day?);
    (0..=7)
        .filter_map(|back| NaiveDate::from_ymd_opt(published.year() - back, month, day))
        .find(|d| *d <= published && d.weekday() == weekday)
}

/// The day of a year, month and day the pattern captured, if it exists.
pub(super) fn ymd(y: Option<u32>, m: Option<u32>, d: Option<u32>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y?).ok()?, m?, d?)
}

/// A month's number from its name or abbreviation ("Feb", "February").
pub(super) fn month_number(name: &str) -> Option<u32> {
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
pub(super) fn without_year(
    month: Option<u32>,
    day: Option<u32>,
    published: NaiveDate,
) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month?, day?);
    let date = match this_year {
        Some(d) if d <= published => Some(d),
        _ => NaiveDate::from_ymd_opt(published.year() - 1, month?, day?),
    }?;
    (published - date <= Duration::days(183)).then_some(date)
}

/// A weekday from its name or abbreviation.
pub(super) fn parse_weekday(name: &str) -> Weekday {
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
