//! Finding articles and photos: the search syntax ([`syntax`]), structured filters
//! ([`filter`]), the paged list and ranked search ([`list`]), facet counts ([`facets`],
//! and [`facet_walk`] for large filtered sets),
//! the photo gallery ([`photos`]), the full-text index rows ([`index`]) and the ranking
//! function searches are ordered by ([`rank`]).
//!
//! Everything takes a [`crate::model::ListQuery`], so the list, the facets beside it and
//! the gallery always agree on what "the current filter" means.

pub mod dates;
pub mod facet_walk;
pub mod facets;
pub(crate) mod filter;
pub(crate) mod index;
pub mod list;
pub mod photos;
pub mod rank;
pub mod syntax;

pub use list::{MARK_END, MARK_START, MAX_PAGE, RANK_WINDOW};
pub use syntax::{parse, Parsed, QueryError};
