//! The one table: every figure beside its baseline from the same run, the ratio, the target
//! and whether it was met; printed to stdout and written to `target/bench-report.md`.

use std::fmt::Write as _;

/// A measured figure with its unit.
#[derive(Clone, Debug)]
pub enum Value {
    /// Events per second.
    Rate(f64),
    /// Milliseconds (a latency).
    Ms(f64),
    /// Megabytes (10^6) of article text per second.
    MbPerS(f64),
    /// Bytes per event on disk.
    BytesPerEvent(f64),
    /// Mebibytes (of memory).
    MiB(f64),
    /// A growth exponent: time ∝ N^k (1 = linear, 0 = flat).
    Exponent(f64),
    /// Free text.
    Text(String),
}

impl Value {
    fn number(&self) -> Option<f64> {
        match self {
            Value::Rate(v)
            | Value::Ms(v)
            | Value::MbPerS(v)
            | Value::BytesPerEvent(v)
            | Value::MiB(v)
            | Value::Exponent(v) => Some(*v),
            Value::Text(_) => None,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Rate(v) => write!(f, "{} ev/s", group(*v)),
            Value::Ms(v) if *v >= 100.0 => write!(f, "{v:.0} ms"),
            Value::Ms(v) => write!(f, "{v:.2} ms"),
            Value::MbPerS(v) => write!(f, "{v:.2} MB/s"),
            Value::BytesPerEvent(v) => write!(f, "{v:.0} B/ev"),
            Value::MiB(v) => write!(f, "{v:.0} MiB"),
            Value::Exponent(v) => write!(f, "N^{v:.2}"),
            Value::Text(t) => f.write_str(t),
        }
    }
}

/// Thousands separated by a thin space-free comma: `1,234,567`.
fn group(v: f64) -> String {
    let digits = format!("{:.0}", v.max(0.0));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A target from the issue and whether this run met it.
#[derive(Clone, Debug)]
pub struct Target {
    /// The target in words (`≥ 500k ev/s`).
    pub text: String,
    /// Met in this run.
    pub met: bool,
}

/// One line of the table.
#[derive(Clone, Debug)]
pub struct Row {
    /// Section number and name (`1 append`).
    pub section: &'static str,
    /// What is measured.
    pub what: String,
    /// stancelog's figure.
    pub ours: Value,
    /// The baseline's name and figure, measured in the same run.
    pub baseline: Option<(String, Value)>,
    /// The target, if it sets one.
    pub target: Option<Target>,
}

impl Row {
    /// A row without baseline or target.
    pub fn new(section: &'static str, what: impl Into<String>, ours: Value) -> Row {
        Row {
            section,
            what: what.into(),
            ours,
            baseline: None,
            target: None,
        }
    }

    /// Adds the baseline.
    pub fn vs(mut self, name: impl Into<String>, value: Value) -> Row {
        self.baseline = Some((name.into(), value));
        self
    }

    /// Adds a target.
    pub fn target(mut self, text: impl Into<String>, met: bool) -> Row {
        self.target = Some(Target {
            text: text.into(),
            met,
        });
        self
    }

    /// ours ÷ baseline.
    pub fn ratio(&self) -> Option<f64> {
        let (_, base) = self.baseline.as_ref()?;
        let (ours, base) = (self.ours.number()?, base.number()?);
        (base > 0.0).then(|| ours / base)
    }
}

/// Everything the report says besides the table.
pub struct Report {
    /// Rows, in order.
    pub rows: Vec<Row>,
    /// Notes (skipped parts, how to read a figure).
    pub notes: Vec<String>,
    /// The run's parameters in one line.
    pub setup: String,
}

impl Report {
    /// The Markdown report.
    pub fn markdown(&self, runtime_secs: f64) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# stancelog benchmark\n");
        let _ = writeln!(out, "{} Total run time {runtime_secs:.0} s.\n", self.setup);
        let _ = writeln!(
            out,
            "| # | measure | stancelog | baseline (same run) | baseline | ratio (ours ÷ baseline) | target | met |"
        );
        let _ = writeln!(out, "|---|---|---:|---|---:|---:|---|---|");
        for row in &self.rows {
            let (base_name, base_value) = match &row.baseline {
                Some((name, value)) => (name.clone(), value.to_string()),
                None => (String::new(), String::new()),
            };
            let ratio = row.ratio().map(|r| format!("{r:.2}×")).unwrap_or_default();
            let (target, met) = match &row.target {
                Some(t) => (t.text.clone(), if t.met { "yes" } else { "**NO**" }),
                None => (String::new(), ""),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} |",
                row.section, row.what, row.ours, base_name, base_value, ratio, target, met
            );
        }
        let targets: Vec<&Row> = self.rows.iter().filter(|r| r.target.is_some()).collect();
        let missed = targets
            .iter()
            .filter(|r| r.target.as_ref().is_some_and(|t| !t.met))
            .count();
        let _ = writeln!(
            out,
            "\nTargets: {} of {} met.",
            targets.len() - missed,
            targets.len()
        );
        if !self.notes.is_empty() {
            let _ = writeln!(out, "\nNotes:\n");
            for note in &self.notes {
                let _ = writeln!(out, "- {note}");
            }
        }
        out
    }
}
