//! E-mail: alerts anyone can ask for (a standard's reviews, a body's public changes, a
//! review's closing reminders) with double opt-in and one-click unsubscribe, and what the
//! server sends on its own (invitations, password resets, co-signature confirmations, the
//! coordinators' weekly digest). Every message goes through the outbox (`ssr::enqueue`,
//! in the transaction of the action that causes it) and is sent by `ssr::worker`.
//!
//! Mail is on when `QUORUM_SMTP_URL` is set (`Config::smtp_url`); without it nothing is
//! written to the outbox, links are shown to the admin as before and the alert forms say
//! that this site sends no e-mail.

pub mod alerts;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod ssr;

/// Whether this site sends e-mail, for a page rendered on the server (pages render only
/// there; islands never ask).
pub fn enabled() -> bool {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<crate::state::AppState>().is_some_and(|s| s.config.smtp_url.is_some())
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}

/// The outbox as admins see it: counts per state and the newest messages (no bodies).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxState {
    pub queued: u32,
    pub sent: u32,
    pub failed: u32,
    pub recent: Vec<OutboxRow>,
}

/// One message in the admins' view; the address is shown masked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxRow {
    pub kind: String,
    pub recipient: String,
    pub status: String,
    pub attempts: i64,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub last_error: Option<String>,
}
