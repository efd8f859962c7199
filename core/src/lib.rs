//! Redress's rules, free of any browser dependency so that they build and
//! test natively in seconds and a council's own server can reuse them.
