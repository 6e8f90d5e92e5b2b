//! The six measures of issue 6, one module each, and the PostgreSQL rows of issue 8 (`pg`);
//! `scale` runs measures 2, 3 and 5 at each event count and `main` assembles the rows.

pub mod append;
pub mod disk;
pub mod extract;
pub mod pg;
pub mod query;
pub mod replay;
