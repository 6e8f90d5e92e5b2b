//! Unit tests of date finding: the news forms, weekdays, relative days and steps in time.

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
    // A German heading: weekday and day.month., with or without the year.
    assert_eq!(found("**Mon 26.02. \u{2014} the replies.**", p), want);
    assert_eq!(found("Montag, 26.02.2024:", p).len(), 1);
    assert_eq!(found("Monday, 26.02.2024", p), want);
    // Without a weekday the numbers are no date (times, scores, versions).
    assert!(found("at 9.05. Then", p).is_empty());
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
fn a_step_in_days_does_not_start_from_a_date_that_names_a_thing() {
    let p = day(2022, 10, 13);
    // "the application of 30 September" names the application; the step goes from Wednesday.
    assert_eq!(
        found(
            "Allies met on Wednesday. Asked about the application of 30 September, he said nothing. The day before, Austin spoke.",
            p
        ),
        vec![
            (day(2022, 10, 12), DateBasis::Weekday),
            (day(2022, 9, 30), DateBasis::Explicit),
            (day(2022, 10, 11), DateBasis::Weekday)
        ]
    );
    assert_eq!(
        found(
            "Allies met on Wednesday to review the decision of 30 September. Kyiv replied the same day.",
            p
        ),
        vec![
            (day(2022, 10, 12), DateBasis::Weekday),
            (day(2022, 9, 30), DateBasis::Explicit),
            (day(2022, 10, 12), DateBasis::Weekday)
        ]
    );
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

#[test]
fn slashed_dates_take_the_reading_that_has_passed() {
    let p = day(2024, 3, 15);
    // Day first (13 cannot be a month), month first (13 cannot be a month either way round),
    // and both readings possible: the nearer day up to publication (3 February, not 2 March).
    assert_eq!(
        found("13/03/2024 and 03/13/2024 and 02/03/2024 and 20/04/2024", p),
        vec![
            (day(2024, 3, 13), DateBasis::Explicit),
            (day(2024, 3, 13), DateBasis::Explicit),
            (day(2024, 3, 2), DateBasis::Explicit)
        ]
    );
}

#[test]
fn days_and_weeks_ago_count_back_from_publication() {
    let p = day(2024, 3, 15);
    assert_eq!(
        found("two days ago, 3 days ago, a week ago, two weeks ago", p),
        vec![
            (day(2024, 3, 13), DateBasis::Relative),
            (day(2024, 3, 12), DateBasis::Relative),
            (day(2024, 3, 8), DateBasis::Relative),
            (day(2024, 3, 1), DateBasis::Relative)
        ]
    );
}

#[test]
fn today_under_a_date_heading_is_the_heading_s_day() {
    let p = day(2025, 4, 18);
    let text =
        "April 17, 2025\n\nThe Secretary met the President today. Yesterday he was in Rome.\n\n\
                April 18, 2025, Paris\n\nHe spoke today.";
    assert_eq!(
        found(text, p),
        vec![
            (day(2025, 4, 17), DateBasis::Explicit),
            (day(2025, 4, 17), DateBasis::Relative),
            (day(2025, 4, 16), DateBasis::Relative),
            (day(2025, 4, 18), DateBasis::Explicit),
            (day(2025, 4, 18), DateBasis::Relative)
        ]
    );
    // A date inside a sentence is no heading.
    assert_eq!(
        found(
            "Talks began on April 17, 2025 in Paris, and today they go on.",
            p
        ),
        vec![
            (day(2025, 4, 17), DateBasis::Explicit),
            (day(2025, 4, 18), DateBasis::Relative)
        ]
    );
}

#[test]
fn a_weekday_of_last_week_is_in_the_calendar_week_before() {
    // Published on Friday 15 March 2024: last week ran from Monday 4 to Sunday 10 March.
    let p = day(2024, 3, 15);
    assert_eq!(
        found("on Tuesday last week, and Sunday of last week", p),
        vec![
            (day(2024, 3, 5), DateBasis::Weekday),
            (day(2024, 3, 10), DateBasis::Weekday)
        ]
    );
}

#[test]
fn nights_hours_and_days_before_step_back_from_the_date_before() {
    let p = day(2024, 3, 15);
    let steps = |text: &str| -> Vec<NaiveDate> {
        DatePatterns::new()
            .find(text, p)
            .iter()
            .map(|h| h.date)
            .collect()
    };
    assert_eq!(
        steps("They met on Thursday. The night before, he had spoken."),
        vec![day(2024, 3, 14), day(2024, 3, 13)]
    );
    assert_eq!(
        steps("They met on Thursday. 48 hours earlier, he had spoken."),
        vec![day(2024, 3, 14), day(2024, 3, 12)]
    );
    assert_eq!(
        steps("They met on Thursday. Two days before, he had spoken."),
        vec![day(2024, 3, 14), day(2024, 3, 12)]
    );
    // "two days before the summit" counts from a day not named here.
    assert_eq!(
        steps("They met on Thursday, two days before the summit."),
        vec![day(2024, 3, 14)]
    );
    assert_eq!(steps("He said so a fortnight ago."), vec![day(2024, 3, 1)]);
}

#[test]
fn date_after_a_footnote_marker_sets_the_scene() {
    // A research briefing's numbered notes: "[2]" after the stop does not hide that "On 8
    // March" opens its sentence, so it is the March before publication.
    let hits = found(
        "The largest package yet.[2] On 8 March, Biden banned Russian oil.",
        day(2022, 12, 19),
    );
    assert_eq!(hits, vec![(day(2022, 3, 8), DateBasis::Explicit)]);
}

#[test]
fn yearless_date_in_a_chronology_is_that_year() {
    // After "22 February 2022", a yearless "16 March" nine months before publication continues
    // the chronology; without an earlier date of that year it stays no statement date, and an
    // earlier date later in the year does not make "January 13" a past day.
    let text =
        "On 22 February 2022, Scholz spoke. Addressing Congress by video on 16 March, he asked.";
    assert_eq!(
        found(text, day(2022, 12, 19)),
        vec![
            (day(2022, 2, 22), DateBasis::Explicit),
            (day(2022, 3, 16), DateBasis::Explicit)
        ]
    );
    assert!(found(
        "Addressing Congress by video on 16 March, he asked.",
        day(2022, 12, 19)
    )
    .is_empty());
    assert_eq!(
        found(
            "On 18 December 2021 they met; talks on January 13",
            day(2021, 12, 20)
        ),
        vec![(day(2021, 12, 18), DateBasis::Explicit)]
    );
}

#[test]
fn the_days_leaders_speak_on_every_year_are_the_latest_up_to_publication() {
    let p = day(2025, 1, 6);
    assert_eq!(
        found("In his New Year's Eve address", p),
        vec![(day(2024, 12, 31), DateBasis::Explicit)]
    );
    assert_eq!(
        found("his New Year\u{2019}s Day message", p),
        vec![(day(2025, 1, 1), DateBasis::Explicit)]
    );
    assert_eq!(
        found("at the Victory Day parade", day(2023, 5, 10)),
        vec![(day(2023, 5, 9), DateBasis::Explicit)]
    );
    // Half a year back at most, as for a date without a year: a Victory Day named in January
    // is a coming one, which dates no statement.
    assert!(found("before Victory Day", day(2025, 1, 6))
        .iter()
        .all(|(_, b)| *b != DateBasis::Explicit));
    // A bare "Christmas" is a season, not a day.
    assert!(found("before Christmas", p).is_empty());
}

#[test]
fn a_dotted_day_and_month_after_on_or_in_brackets_is_a_date() {
    let p = day(2024, 3, 18);
    assert_eq!(
        found("Tusk said in Berlin on 14.3. that", p),
        vec![(day(2024, 3, 14), DateBasis::Explicit)]
    );
    assert_eq!(
        found("On the same occasion (14.3.), Scholz", p),
        vec![(day(2024, 3, 14), DateBasis::Explicit)]
    );
    // With a year it is the full date, and the hit ends at its last dot.
    assert_eq!(
        found("on 14.3.2023 in Berlin", p),
        vec![(day(2023, 3, 14), DateBasis::Explicit)]
    );
    let hits = DatePatterns::new().find("on 14.3. that", p);
    assert_eq!(hits[0].end, "on 14.3.".len());
    // A bare "3.5." is a section or a decimal.
    assert!(found("rose by 3.5. Then", p).is_empty());
}

#[test]
fn a_weekday_before_a_day_without_year_names_the_year() {
    // A 2025 book extract: 28 February fell on a Monday in 2022 (and in no year since).
    let p = day(2025, 2, 22);
    assert_eq!(
        found("On Monday 28 February the Treasury acted.", p),
        vec![(day(2022, 2, 28), DateBasis::Explicit)]
    );
    // A weekday that fits the latest such day keeps it.
    assert_eq!(
        found("On Wednesday 28 February the Treasury acted.", p),
        vec![(day(2024, 2, 28), DateBasis::Explicit)]
    );
}

#[test]
fn a_weekday_repeated_is_a_habit_not_a_day() {
    // 2022-05-07 is a Saturday.
    let p = day(2022, 5, 7);
    assert!(found("Every Saturday we publish one official text.", p).is_empty());
    assert!(found("The council meets each Tuesday.", p).is_empty());
    assert_eq!(
        found("The statement was issued on Wednesday.", p),
        vec![(day(2022, 5, 4), DateBasis::Weekday)]
    );
}
