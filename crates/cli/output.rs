//! Rendering rows as a table, JSON, NDJSON or CSV on standard output.
//!
//! Every query produces rows of one `Serialize` struct; JSON, NDJSON and CSV come straight from
//! serde so their columns are the struct's fields (the contract of DESIGN.md §4). The table view
//! for people picks a narrower set of columns through [`TableRow`].
//! Not here: which rows a query returns (see `commands/`).

use std::io::Write;

use anyhow::{Context, Result};
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;

use crate::args::Format;

/// A row that can also be shown in a table for people.
pub trait TableRow: Serialize {
    /// Every serialised field name, in order: the CSV header even when no row exists.
    const COLUMNS: &'static [&'static str];
    /// Column titles of the table view.
    fn table_headers() -> Vec<&'static str>;
    /// Cells of the table view, in the order of [`TableRow::table_headers`].
    fn table_cells(&self) -> Vec<String>;
}

/// Writes `rows` to standard output in `format`.
pub fn print_rows<R: TableRow>(rows: &[R], format: Format) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    write_rows(rows, format, &mut out)?;
    out.flush().context("writing to standard output")
}

/// Writes `rows` to `out` in `format`.
pub fn write_rows<R: TableRow>(rows: &[R], format: Format, out: &mut dyn Write) -> Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, rows).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Ndjson => {
            for row in rows {
                serde_json::to_writer(&mut *out, row).context("writing NDJSON")?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut *out);
            if rows.is_empty() {
                // An empty result still has its header, so scripts see the columns.
                writer.write_record(R::COLUMNS)?;
            }
            for row in rows {
                writer.serialize(row).context("writing CSV")?;
            }
            writer.flush()?;
        }
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "(nothing)")?;
                return Ok(());
            }
            let mut table = new_table();
            table.set_header(R::table_headers());
            for row in rows {
                table.add_row(row.table_cells());
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(())
}

/// A table styled the same way everywhere, wrapping to the terminal's width.
pub fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        // Piped tables keep a fixed, readable width instead of one column per character.
        table.set_width(160);
    }
    table
}

/// Shortens text for table cells; full text stays in JSON and CSV.
pub fn clip(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut clipped: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    clipped.push('…');
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample {
        name: String,
        count: u32,
        note: Option<String>,
    }

    impl TableRow for Sample {
        const COLUMNS: &'static [&'static str] = &["name", "count", "note"];
        fn table_headers() -> Vec<&'static str> {
            vec!["name", "count"]
        }
        fn table_cells(&self) -> Vec<String> {
            vec![self.name.clone(), self.count.to_string()]
        }
    }

    fn rows() -> Vec<Sample> {
        vec![
            Sample {
                name: "a, b".into(),
                count: 1,
                note: None,
            },
            Sample {
                name: "c".into(),
                count: 2,
                note: Some("x".into()),
            },
        ]
    }

    fn render(format: Format) -> String {
        let mut out = Vec::new();
        write_rows(&rows(), format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_and_has_header() {
        assert_eq!(render(Format::Csv), "name,count,note\n\"a, b\",1,\nc,2,x\n");
    }

    #[test]
    fn empty_csv_still_has_its_header() {
        let mut out = Vec::new();
        write_rows::<Sample>(&[], Format::Csv, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "name,count,note\n");
    }

    #[test]
    fn ndjson_is_one_object_a_line() {
        let text = render(Format::Ndjson);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        let second: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(second["count"], 2);
    }

    #[test]
    fn json_is_one_array() {
        let value: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
        assert_eq!(value.as_array().unwrap().len(), 2);
    }

    #[test]
    fn clip_marks_cut_text() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}
