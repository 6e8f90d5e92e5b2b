//! `stancelog compare --topic T`: every actor's position on one topic side by side, on one day
//! (`--at`) or as a matrix over time (a row per day on which a position changed).
//!
//! Not here: how positions are computed (stancelog-projection).

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use stancelog_projection::{Comparison, Position};

use super::queries::topic_id;
use super::{parse_day_opt, view};
use crate::args::{Format, ViewArgs};
use crate::context::Context;
use crate::output::{new_table, print_rows};
use crate::rows::PositionOut;

/// `stancelog compare --topic T`: every actor's position side by side, at a day or over time.
pub fn run(ctx: &Context, topic: &str, view_args: &ViewArgs) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let topic = topic_id(&knowledge, topic)?;
    let at = parse_day_opt(view_args.at.as_deref(), "--at")?;
    let projection = view::load(ctx, view_args.as_of.as_deref())?;
    let comparison = projection.compare(&topic, at)?;
    if let Some(at) = at {
        let rows: Vec<PositionOut> = comparison
            .rows
            .iter()
            .flat_map(|row| row.positions.iter().flatten())
            .map(|position| PositionOut::new(at, position, &knowledge))
            .collect();
        print_rows(&rows, view_args.format)?;
    } else {
        print_matrix(&comparison, view_args.format)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The matrix over time: a row per day on which a position changed, a column per actor.
fn print_matrix(comparison: &Comparison, format: Format) -> Result<()> {
    let stdout = std::io::stdout();
    let mut sink = stdout.lock();
    let cell = |position: &Option<Position>| {
        position
            .as_ref()
            .map(|p| p.stance.to_string())
            .unwrap_or_default()
    };
    match format {
        Format::Json | Format::Ndjson => {
            let rows: Vec<serde_json::Value> = comparison
                .rows
                .iter()
                .map(|row| {
                    let mut object = serde_json::Map::new();
                    object.insert("on".into(), row.on.to_string().into());
                    object.insert("topic".into(), comparison.topic.to_string().into());
                    for (actor, position) in comparison.actors.iter().zip(&row.positions) {
                        let value = position
                            .as_ref()
                            .map_or(serde_json::Value::Null, |p| p.stance.to_string().into());
                        object.insert(actor.to_string(), value);
                    }
                    serde_json::Value::Object(object)
                })
                .collect();
            if format == Format::Json {
                serde_json::to_writer_pretty(&mut sink, &rows)?;
                writeln!(sink)?;
            } else {
                for row in rows {
                    serde_json::to_writer(&mut sink, &row)?;
                    writeln!(sink)?;
                }
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(&mut sink);
            let mut header = vec!["on".to_string()];
            header.extend(comparison.actors.iter().map(ToString::to_string));
            writer.write_record(&header)?;
            for row in &comparison.rows {
                let mut record = vec![row.on.to_string()];
                record.extend(row.positions.iter().map(cell));
                writer.write_record(&record)?;
            }
            writer.flush()?;
        }
        Format::Table => {
            writeln!(sink, "{}: positions over time", comparison.topic)?;
            let mut table = new_table();
            let mut header = vec!["from".to_string()];
            header.extend(comparison.actors.iter().map(ToString::to_string));
            table.set_header(header);
            for row in &comparison.rows {
                let mut cells = vec![row.on.to_string()];
                cells.extend(row.positions.iter().map(cell));
                table.add_row(cells);
            }
            writeln!(sink, "{table}")?;
        }
    }
    sink.flush()?;
    Ok(())
}
