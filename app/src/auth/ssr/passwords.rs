//! Passwords: Argon2id hashes made at most one per core at a time, and the check of a
//! sign-in, counted against its rate limits before the password is checked.

use std::sync::LazyLock;

use chrono::Utc;
use sqlx::AnyPool;

use super::normalize_email;
use crate::auth::{Role, SignedInUser};
use crate::error::AppError;

/// Failed sign-ins allowed per account, and per client address, within the window.
pub const ACCOUNT_FAILURES: i64 = crate::limits::SIGN_IN_ACCOUNT.max;
pub const ADDRESS_FAILURES: i64 = crate::limits::SIGN_IN_ADDRESS.max;
pub const FAILURE_WINDOW_MINUTES: i64 = crate::limits::SIGN_IN_ACCOUNT.window_minutes;
/// Longest password checked; anything longer is wrong without being hashed.
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// How long a sign-in waits for a free hashing slot before it is told to try again.
pub const HASH_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Argon2id needs about 19 MiB and a core for a fraction of a second per hash: only as
/// many run at once as there are cores, so a burst of sign-ins queues instead of taking
/// the server's memory.
static HASHING: LazyLock<tokio::sync::Semaphore> = LazyLock::new(|| {
    tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 4))
});

/// Runs `work` (a hash or a verification) on a blocking thread once a hashing slot is
/// free; `None` when no slot came free within [`HASH_WAIT`].
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<Option<T>, AppError> {
    let Ok(Ok(slot)) = tokio::time::timeout(HASH_WAIT, HASHING.acquire()).await else {
        return Ok(None);
    };
    // The slot goes with the work: a request dropped while it runs does not free it early.
    let work = move || {
        let _slot = slot;
        work()
    };
    tokio::task::spawn_blocking(work).await.map(Some).map_err(|error| {
        tracing::error!(%error, "password hashing task failed");
        AppError::Storage
    })
}

pub(super) async fn hash_password(password: String) -> Result<String, AppError> {
    hashing(move || password_auth::generate_hash(password)).await?.ok_or(AppError::Busy)
}

/// A hash to verify against when the account does not exist, so that a wrong e-mail
/// takes as long as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| password_auth::generate_hash("not a real password"));

/// Checks e-mail and password. Each attempt first takes one use of the account's and
/// the client address's allowance of failures, atomically (`limits::take`), and is
/// refused without checking the password when either is spent; a successful sign-in
/// gives its uses back and clears the account's count.
pub async fn authenticate(
    pool: &AnyPool,
    email: &str,
    password: &str,
    address: &str,
) -> Result<SignedInUser, AppError> {
    use crate::limits::{SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, clear, give_back, take};
    let email = normalize_email(email);
    let now = Utc::now();
    let mut tx = crate::db::begin_write(pool).await?;
    for (limit, subject) in [(&SIGN_IN_ACCOUNT, email.as_str()), (&SIGN_IN_ADDRESS, address)] {
        if let Err(refused) = take(&mut tx, limit, subject, now).await? {
            tx.rollback().await?;
            return Err(AppError::RateLimited(refused.minutes()));
        }
    }
    tx.commit().await?;

    let row: Option<(String, String, String, i64)> =
        sqlx::query_as("SELECT id, password_hash, role, disabled FROM account WHERE email = $1")
            .bind(&email)
            .fetch_optional(pool)
            .await?;
    let (hash, account) = match &row {
        Some((id, hash, role, disabled)) => {
            (Some(hash.clone()), Role::from_db(role).filter(|_| *disabled == 0).map(|r| (id, r)))
        }
        None => (None, None),
    };
    let password_ok = if password.len() > MAX_PASSWORD_BYTES {
        Some(false)
    } else {
        let password = password.to_string();
        hashing(move || password_auth::verify_password(password, hash.as_deref().unwrap_or(&DUMMY_HASH)).is_ok())
            .await?
    };
    match (account, password_ok) {
        (Some((id, role)), Some(true)) => {
            let mut conn = pool.acquire().await?;
            clear(&mut conn, &SIGN_IN_ACCOUNT, &email).await?;
            give_back(&mut conn, &SIGN_IN_ADDRESS, address).await?;
            Ok(SignedInUser { id: id.clone(), email, role })
        }
        // No hashing slot came free: this attempt was not checked and does not count.
        (_, None) => {
            let mut tx = crate::db::begin_write(pool).await?;
            give_back(&mut tx, &SIGN_IN_ACCOUNT, &email).await?;
            give_back(&mut tx, &SIGN_IN_ADDRESS, address).await?;
            tx.commit().await?;
            Err(AppError::Busy)
        }
        _ => Err(AppError::BadCredentials),
    }
}
