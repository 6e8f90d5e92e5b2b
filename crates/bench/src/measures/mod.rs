//! The six measures of issue 6, one module each; `scale` runs measures 2, 3 and 5 at each
//! event count and `main` assembles the rows.

pub mod append;
pub mod disk;
pub mod extract;
pub mod query;
pub mod replay;
