//! The flat claim list (`stancelog claims`): the one order every listing uses.

use crate::model::ClaimRow;

/// Sorts rows by `said_on`, then `seq` (the order of DESIGN.md's claim listings and of periods).
pub(crate) fn sort_rows(rows: &mut [ClaimRow]) {
    rows.sort_by_key(|row| (row.said_on, row.seq));
}
