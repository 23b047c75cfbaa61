//! Mounting into a host page.
