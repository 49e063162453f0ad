//! cuttings-core's integration tests: one binary, a module per feature, real libraries in
//! temporary folders.

mod capture;
mod library;
mod search;

/// The seed clipping and what a careful reader takes out of it.
pub const SEED: &str = include_str!("../../../tests/fixtures/clippings/telesur-kosovo-2022.txt");
pub const SEED_EXPECTED: &str =
    include_str!("../../../tests/fixtures/clippings/telesur-kosovo-2022.expected.json");
