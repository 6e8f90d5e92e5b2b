//! The self-contained HTML report: one swimlane chart per topic (an actor a row, time across,
//! a colour a stance, shifts marked) with the evidence listed under each chart.
//!
//! One file, inline CSS and SVG, no JavaScript and no network, so it can be mailed or archived
//! as it is. Every piece of text that comes from an article is escaped. Not here: choosing what
//! goes in (`commands/report.rs`).

use std::fmt::Write as _;

use chrono::NaiveDate;
use stancelog_events::Stance;
use stancelog_projection::{ClaimRow, PositionPeriod, Shift};

/// One actor's row in a chart.
pub struct Lane {
    pub actor: String,
    pub actor_name: String,
    pub periods: Vec<PositionPeriod>,
    pub claims: Vec<ClaimRow>,
    pub shifts: Vec<Shift>,
}

/// One topic's chart.
pub struct TopicChart {
    pub topic: String,
    pub title: String,
    pub lanes: Vec<Lane>,
}

const LABEL_WIDTH: f64 = 170.0;
const PLOT_WIDTH: f64 = 760.0;
const LANE_HEIGHT: f64 = 34.0;
const AXIS_HEIGHT: f64 = 28.0;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn colour(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "#2e7d32",
        Stance::Open => "#f9a825",
        Stance::Opposes => "#c62828",
    }
}

/// Renders the whole report.
pub fn render(charts: &[TopicChart], as_of: Option<&str>) -> String {
    let mut html = String::new();
    html.push_str(concat!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<title>stancelog report</title>\n<style>\n",
        "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\n",
        "h2{margin-top:2em}\n.legend span{display:inline-block;margin-right:1.5em}\n",
        ".swatch{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}\n",
        "table.evidence{border-collapse:collapse;width:100%;font-size:90%}\n",
        "table.evidence td,table.evidence th{border-top:1px solid #ddd;padding:4px;text-align:left;vertical-align:top}\n",
        "svg text{font-size:12px}\n",
        "</style>\n</head>\n<body>\n<h1>stancelog report</h1>\n"
    ));
    let _ = writeln!(
        html,
        "<p>Generated {}{}. Each row is an actor, time runs left to right, each bar a period of one \
         stance and each dot a claim; a black diamond marks a shift.</p>",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        as_of.map(|a| format!(", as of {}", escape(a))).unwrap_or_default()
    );
    html.push_str("<p class=\"legend\">");
    for stance in Stance::ALL {
        let _ = write!(
            html,
            "<span><i class=\"swatch\" style=\"background:{}\"></i>{}</span>",
            colour(stance),
            stance
        );
    }
    html.push_str("</p>\n");
    if charts.is_empty() {
        html.push_str("<p>No claims recorded.</p>\n");
    }
    for chart in charts {
        render_chart(&mut html, chart);
    }
    html.push_str("</body>\n</html>\n");
    html
}

fn render_chart(html: &mut String, chart: &TopicChart) {
    let days: Vec<NaiveDate> = chart
        .lanes
        .iter()
        .flat_map(|lane| lane.claims.iter().map(|c| c.said_on))
        .collect();
    let (Some(first), Some(last)) = (days.iter().min().copied(), days.iter().max().copied()) else {
        return;
    };
    // Pad the range so a single day still has width, and the last period shows.
    let start = first - chrono::Days::new(3);
    let end = last + chrono::Days::new(7);
    let span = (end - start).num_days().max(1) as f64;
    let x = |day: NaiveDate| LABEL_WIDTH + PLOT_WIDTH * ((day - start).num_days() as f64 / span);
    let height = AXIS_HEIGHT + LANE_HEIGHT * chart.lanes.len() as f64;
    let width = LABEL_WIDTH + PLOT_WIDTH + 10.0;

    let _ = writeln!(
        html,
        "<section class=\"topic\" id=\"topic-{id}\">\n<h2>{title} <small>({id})</small></h2>",
        id = escape(&chart.topic),
        title = escape(&chart.title)
    );
    let _ = writeln!(
        html,
        "<svg class=\"swimlanes\" data-topic=\"{}\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">",
        escape(&chart.topic)
    );
    let _ = writeln!(
        html,
        "<text x=\"{LABEL_WIDTH}\" y=\"14\">{first}</text>\
         <text x=\"{}\" y=\"14\" text-anchor=\"end\">{last}</text>",
        LABEL_WIDTH + PLOT_WIDTH
    );
    for (row, lane) in chart.lanes.iter().enumerate() {
        let top = AXIS_HEIGHT + LANE_HEIGHT * row as f64;
        let middle = top + LANE_HEIGHT / 2.0;
        let _ = writeln!(
            html,
            "<g class=\"lane\" data-actor=\"{actor}\">\
             <text x=\"4\" y=\"{ty}\">{name}</text>\
             <line x1=\"{LABEL_WIDTH}\" y1=\"{middle}\" x2=\"{x2}\" y2=\"{middle}\" stroke=\"#ddd\"/>",
            actor = escape(&lane.actor),
            ty = middle + 4.0,
            name = escape(&lane.actor_name),
            x2 = LABEL_WIDTH + PLOT_WIDTH
        );
        for period in &lane.periods {
            let x1 = x(period.from);
            let x2 = x(period.to.unwrap_or(end));
            let _ = writeln!(
                html,
                "<rect class=\"period\" x=\"{x1:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" \
                 fill=\"{}\" opacity=\"0.35\"><title>{} from {}</title></rect>",
                middle - 6.0,
                (x2 - x1).max(2.0),
                colour(period.stance),
                period.stance,
                period.from
            );
        }
        for claim in &lane.claims {
            let _ = writeln!(
                html,
                "<a href=\"#claim-{id}\"><circle class=\"claim\" cx=\"{cx:.1}\" cy=\"{middle}\" r=\"5\" \
                 fill=\"{fill}\"><title>{day} {stance}: {evidence}</title></circle></a>",
                id = claim.claim_id,
                cx = x(claim.said_on),
                fill = colour(claim.stance),
                day = claim.said_on,
                stance = claim.stance,
                evidence = escape(&claim.evidence)
            );
        }
        for shift in &lane.shifts {
            let cx = x(shift.on);
            let _ = writeln!(
                html,
                "<path class=\"shift\" d=\"M{cx:.1} {a:.1} l5 7 l-5 7 l-5 -7 z\" fill=\"#000\">\
                 <title>shift on {}: {} → {}</title></path>",
                shift.on,
                shift.from,
                shift.to,
                a = middle - 7.0
            );
        }
        html.push_str("</g>\n");
    }
    html.push_str("</svg>\n");

    html.push_str(
        "<table class=\"evidence\"><thead><tr><th>said on</th><th>actor</th><th>stance</th>\
         <th>speaker</th><th>evidence</th><th>source</th></tr></thead><tbody>\n",
    );
    let mut claims: Vec<&ClaimRow> = chart.lanes.iter().flat_map(|l| l.claims.iter()).collect();
    claims.sort_by_key(|c| (c.said_on, c.seq));
    for claim in claims {
        let source = if claim.article_url.is_empty() {
            escape(&claim.source)
        } else {
            format!(
                "<a href=\"{}\">{}</a>",
                escape(&claim.article_url),
                escape(if claim.source.is_empty() {
                    &claim.article_url
                } else {
                    &claim.source
                })
            )
        };
        let _ = writeln!(
            html,
            "<tr id=\"claim-{}\"><td>{}</td><td>{}</td><td style=\"color:{}\">{}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            claim.claim_id,
            claim.said_on,
            escape(claim.actor.as_str()),
            colour(claim.stance),
            claim.stance,
            escape(&claim.speaker),
            escape(&claim.evidence),
            source
        );
    }
    html.push_str("</tbody></table>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn an_empty_report_is_still_a_document() {
        let html = render(&[], None);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("No claims recorded."));
        assert!(!html.contains("<script"));
    }
}
