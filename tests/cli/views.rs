//! Every view pinned.
