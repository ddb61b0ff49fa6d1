//! E-mail through a real SMTP server (aiosmtpd, `tests/smtp_sink.py`): invitations,
//! alerts with double opt-in and one-click unsubscribe, review reminders, co-signature
//! confirmation, the weekly digest, a server that is down and one killed mid-send.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use app::mail::ssr::worker::{Sender, deliver_due};

use super::*;

/// What a browser without JavaScript says it accepts: a plain form's answer is a redirect.
pub(super) const HTML: (&str, &str) = ("accept", "text/html,application/xhtml+xml");

/// The real SMTP server, started by the test and killed when dropped.
struct Sink {
    child: Child,
}

impl Sink {
    fn start(port: u16, folder: &Path, die_after_first: bool) -> Sink {
        let python = quorum_tests::workspace_root().join("target/mail-venv/bin/python");
        assert!(python.exists(), "aiosmtpd missing: run scripts/setup.sh --test (make test does)");
        let mut command = Command::new(python);
        command
            .arg(quorum_tests::workspace_root().join("tests/smtp_sink.py"))
            .arg(port.to_string())
            .arg(folder)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if die_after_first {
            command.arg("--die-after-first");
        }
        let mut child = command.spawn().expect("start the SMTP server");
        let mut ready = String::new();
        use std::io::BufRead;
        std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut ready).unwrap();
        assert_eq!(ready.trim(), "ready");
        Sink { child }
    }

    /// Waits for the server to exit on its own (`--die-after-first`).
    fn wait_dead(&mut self) {
        let _ = self.child.wait();
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One received message, read by an independent parser.
#[derive(Debug)]
struct Received {
    to: String,
    message_id: String,
    subject: String,
    text: String,
    html: String,
    raw_headers: String,
}

impl Received {
    fn header(&self, name: &str) -> Option<String> {
        self.raw_headers.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim().to_string())
        })
    }

    /// The first address in the text under `path` (`/mail/alerts/`), as a site path.
    fn link(&self, path: &str) -> String {
        let start = self.text.find(path).unwrap_or_else(|| panic!("no {path} in {}", self.text));
        let end = self.text[start..].find(|c: char| c.is_whitespace()).map_or(self.text.len(), |n| start + n);
        self.text[start..end].to_string()
    }
}

fn mailbox(folder: &Path) -> Vec<Received> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|dir| {
            dir.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "eml")).collect()
        })
        .unwrap_or_default();
    files.sort_by_key(|p| p.file_stem().and_then(|s| s.to_str()).and_then(|s| s.parse::<u32>().ok()));
    files
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            let message = mail_parser::MessageParser::default().parse(&bytes).expect("a message");
            let raw = String::from_utf8_lossy(&bytes).to_string();
            let raw_headers = raw.split("\r\n\r\n").next().unwrap_or_default().replace("\r\n ", " ");
            Received {
                to: raw_headers.lines().next().unwrap_or_default().trim_start_matches("X-Envelope-To: ").to_string(),
                message_id: message.message_id().unwrap_or_default().to_string(),
                subject: message.subject().unwrap_or_default().to_string(),
                text: message.body_text(0).map(|t| t.to_string()).unwrap_or_default(),
                html: message.body_html(0).map(|t| t.to_string()).unwrap_or_default(),
                raw_headers,
            }
        })
        .collect()
}

/// Everything due, sent now (as the worker does every few seconds).
async fn send_due(app: &TestApp, sender: &Sender) -> usize {
    sqlx::query("UPDATE mail_outbox SET next_attempt_at = '2000-01-01T00:00:00.000000Z' WHERE status = 'queued'")
        .execute(&app.pool)
        .await
        .unwrap();
    deliver_due(&app.pool, sender).await.unwrap()
}

async fn outbox(app: &TestApp, status: &str) -> i64 {
    count(app, &format!("SELECT COUNT(*) FROM mail_outbox WHERE status = '{status}'")).await
}

async fn mail_app(backend: Backend, port: u16) -> (TestApp, Sender) {
    let app = TestApp::with_config(backend, |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
        config.public_url = Some("https://quorum.example.org".into());
        config.mail_reply_to = Some("team@example.org".into());
    })
    .await;
    let sender = Sender::from_config(&app.state.config, &app.state.public_origin).unwrap().unwrap();
    (app, sender)
}

pub(super) async fn mail_reaches_a_real_smtp_server_once_even_when_it_is_down_or_killed(backend: Backend) {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let (app, sender) = mail_app(backend, port).await;
    let admin = signed_in_admin(&app).await;

    // The server is down: the invitation waits in the outbox; nothing is lost.
    let invite = [("email", "Bea@Example.org"), ("role", "coordinator")];
    let invited = app.fill_in("/admin/accounts", "/api/invite_account", &invite, &admin).await;
    assert_eq!(invited.header("location"), Some("/admin/accounts?mailed=1"), "no link handed to the admin");
    assert!(invited.header("set-cookie").is_none_or(|c| !c.contains("quorum_new_link=")));
    let page = app.get_with("/admin/accounts?mailed=1", &[("cookie", &admin)]).await;
    assert!(page.body.contains("The link was sent by e-mail to the address."));
    assert!(page.body.contains("E-mail is configured"), "admins see the outbox");
    assert_eq!(send_due(&app, &sender).await, 0);
    let (attempts, error): (i64, Option<String>) =
        sqlx::query_as("SELECT attempts, last_error FROM mail_outbox").fetch_one(&app.pool).await.unwrap();
    assert_eq!((attempts, error.is_some()), (1, true));
    assert_eq!(outbox(&app, "queued").await, 1);
    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    assert!(page.body.contains("Outbox: 1 waiting, 0 sent, 0 failed."), "admins see what waits");

    // Up again: delivered, once, in the admin's language, text and HTML.
    let sink = Sink::start(port, folder.path(), false);
    assert_eq!(send_due(&app, &sender).await, 1);
    assert_eq!(send_due(&app, &sender).await, 0, "a sent message is not sent again");
    let mails = mailbox(folder.path());
    assert_eq!(mails.len(), 1);
    let invitation = &mails[0];
    assert_eq!(invitation.to, "bea@example.org");
    assert_eq!(invitation.subject, "Your invitation to Quorum");
    assert_eq!(invitation.header("Reply-To").as_deref(), Some("team@example.org"));
    assert_eq!(invitation.header("Content-Language").as_deref(), Some("en"));
    assert!(invitation.html.contains("<a href=\"https://quorum.example.org/invitation/"), "{}", invitation.html);
    let link = invitation.link("/invitation/");
    let welcome = app.get(&link).await;
    assert_eq!(welcome.status, 200, "the e-mailed link opens the invitation");
    assert!(welcome.body.contains("bea@example.org"));

    // A server killed after it received a message but before it answered: the message
    // stays queued, is sent again with the same Message-ID, and the mailbox keeps one.
    drop(sink);
    let mut conn = app.pool.acquire().await.unwrap();
    let mail = app::mail::ssr::Mail::new(
        app::mail::ssr::Kind::Alert,
        "carla@example.org",
        app::i18n::Locale::default(),
        "Subject\r\nBcc: mallory@example.org".into(),
    )
    .paragraph("Body".into());
    let id = app::mail::ssr::enqueue(&mut conn, &mail, "https://quorum.example.org").await.unwrap();
    drop(conn);
    let mut dying = Sink::start(port, folder.path(), true);
    assert_eq!(send_due(&app, &sender).await, 0, "no answer: not counted as sent");
    dying.wait_dead();
    assert_eq!(outbox(&app, "queued").await, 1);
    let _sink = Sink::start(port, folder.path(), false);
    assert_eq!(send_due(&app, &sender).await, 1);
    let mails = mailbox(folder.path());
    assert_eq!(mails.len(), 2, "delivered once: the copy was dropped by its Message-ID");
    let duplicates = std::fs::read_to_string(folder.path().join("duplicates")).unwrap();
    assert_eq!(duplicates.trim(), format!("<{id}>"));
    // A header cannot be injected through a subject.
    assert_eq!(mails[1].message_id, id);
    assert_eq!(mails[1].subject, "Subject Bcc: mallory@example.org");
    assert!(mails[1].header("Bcc").is_none() && mails[1].to == "carla@example.org");

    // Quorum killed mid-send: the message it held is sent once the hold has passed.
    let mut conn = app.pool.acquire().await.unwrap();
    let mail = app::mail::ssr::Mail::new(
        app::mail::ssr::Kind::Alert,
        "dora@example.org",
        app::i18n::Locale::default(),
        "Held".into(),
    );
    app::mail::ssr::enqueue(&mut conn, &mail, "https://quorum.example.org").await.unwrap();
    drop(conn);
    sqlx::query("UPDATE mail_outbox SET claimed_until = '2999-01-01T00:00:00.000000Z' WHERE subject = 'Held'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(send_due(&app, &sender).await, 0, "held by a worker that is still sending");
    sqlx::query("UPDATE mail_outbox SET claimed_until = '2000-01-01T00:00:00.000000Z' WHERE subject = 'Held'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(send_due(&app, &sender).await, 1, "the dead worker's hold ran out");
    assert_eq!(mailbox(folder.path()).len(), 3);
    assert_eq!(outbox(&app, "sent").await, 3);
}

pub(super) async fn alerts_are_confirmed_sent_once_and_end_in_one_click(backend: Backend) {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let (app, sender) = mail_app(backend, port).await;
    let _sink = Sink::start(port, folder.path(), false);

    // A malformed address or an injection attempt is refused at the form; nothing stored.
    for bad in ["not an address", "ana@example.org\r\nBcc: mallory@example.org", "ana@example.org, b@example.org"] {
        let refused = app.fill_in("/nsbs/BR", "/api/subscribe_alert", &[("email", bad)], "").await;
        assert_ne!(refused.header("location").unwrap_or_default(), "/nsbs/BR?alert=sent#alerts", "{bad}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_subscription").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, 0);

    // The form as rendered, in Portuguese: a confirmation in Portuguese, nothing else yet.
    let page = app.get("/nsbs/BR?lang=pt").await;
    let mut form = page.form("/api/subscribe_alert");
    form.set("email", "Ana@Example.org");
    let asked = app.submit(&form, &[("cookie", "quorum_lang=pt"), HTML]).await;
    assert_eq!(asked.header("location"), Some("/nsbs/BR?alert=sent#alerts"));
    assert_eq!(send_due(&app, &sender).await, 1);
    let confirm = &mailbox(folder.path())[0];
    assert_eq!(confirm.header("Content-Language").as_deref(), Some("pt"));
    assert!(confirm.header("List-Unsubscribe").is_none(), "a confirmation is not a list message");
    let alert_page = confirm.link("/mail/alerts/");
    // Unconfirmed: a change is not told.
    let today = chrono::Utc::now().date_naive();
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, "https://quorum.example.org", today).await.unwrap(), 0);
    // The page the link opens asks; its button confirms.
    let shown = app.get(&alert_page).await;
    assert_eq!(shown.status, 200);
    assert!(shown.body.contains("ana@example.org"));
    assert_eq!(shown.header("cache-control"), Some("no-store"));
    let confirmed = app.submit(&shown.form("/api/confirm_alert"), &[HTML]).await;
    assert!(confirmed.header("location").is_some_and(|l| l.ends_with("?confirmed=1")));
    // A public change to Brazil's body: one alert, once.
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    sqlx::query(
        "INSERT INTO audit_log (id, at, entity, entity_key, field, before_value, after_value, source, action) \
         VALUES ('mail-test-1', $1, 'nsb', 'BR', 'website', 'http://old.example', 'https://www.abnt.org.br', 'test', 'edit')",
    )
    .bind(&now)
    .execute(&app.pool)
    .await
    .unwrap();
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, "https://quorum.example.org", today).await.unwrap(), 1);
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, "https://quorum.example.org", today).await.unwrap(), 0);
    assert_eq!(send_due(&app, &sender).await, 1);
    let alert = &mailbox(folder.path())[1];
    assert_eq!(alert.to, "ana@example.org");
    assert!(
        alert.text.contains("https://www.abnt.org.br") && alert.text.contains("https://quorum.example.org/nsbs/BR")
    );
    let one_click = alert.header("List-Unsubscribe").unwrap();
    assert_eq!(alert.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    let path = one_click.trim_matches(['<', '>']).trim_start_matches("https://quorum.example.org").to_string();
    assert!(path.starts_with("/mail/one-click/"), "{path}");
    // The mail program's one-click POST (no Origin, RFC 8058): the address is deleted.
    let gone = app.post_form(&path, "List-Unsubscribe=One-Click", &[]).await;
    assert_eq!(gone.status, 200);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_subscription").await, 0);
    assert_eq!(app.post_form(&path, "List-Unsubscribe=One-Click", &[]).await.status, 404);
    // A person who opens the address is asked first.
    let asked = app.get(&path).await;
    assert!(asked.header("location").is_some_and(|l| l.starts_with("/mail/unsubscribe/")));

    // A review's reminders: 7 days before and 1 day before, each once.
    let (cycle,): (String,) =
        sqlx::query_as("SELECT id FROM review_cycle ORDER BY id LIMIT 1").fetch_one(&app.pool).await.unwrap();
    let closes = (today + chrono::Duration::days(7)).to_string();
    sqlx::query("UPDATE review_cycle SET closes_on = $1, status = 'open' WHERE id = $2")
        .bind(&closes)
        .bind(&cycle)
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE data_version SET version = version + 1 WHERE id = 1").execute(&app.pool).await.unwrap();
    let review = format!("/reviews/{cycle}");
    let page = app.get_until(&review, |r| r.body.contains("/api/subscribe_alert")).await;
    let mut form = page.form("/api/subscribe_alert");
    form.set("email", "eva@example.org");
    app.submit(&form, &[HTML]).await;
    assert_eq!(send_due(&app, &sender).await, 1);
    let confirm = mailbox(folder.path()).pop().unwrap();
    let token = confirm.link("/mail/alerts/").trim_start_matches("/mail/alerts/").to_string();
    app::mail::ssr::alerts::confirm(&app.pool, &token).await.unwrap();
    let origin = "https://quorum.example.org";
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, origin, today).await.unwrap(), 1);
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, origin, today).await.unwrap(), 0);
    let last_day = today + chrono::Duration::days(6);
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, origin, last_day).await.unwrap(), 1);
    assert_eq!(app::mail::ssr::alerts::dispatch(&app.pool, origin, last_day).await.unwrap(), 0);
    assert_eq!(send_due(&app, &sender).await, 2);
    let mails = mailbox(folder.path());
    let week = &mails[mails.len() - 2];
    assert!(week.subject.starts_with("Ballot closes in 7 days"), "{}", week.subject);
    assert!(mails[mails.len() - 1].subject.starts_with("Ballot closes tomorrow"));
    assert!(week.html.contains(&format!("https://quorum.example.org{review}")));

    // "I sent it" with an address: the private link is e-mailed; the address is not kept.
    let composer = app.get("/letters/new?nsb=BR&purpose=review").await;
    let mut sent = composer.form("/api/report_sent");
    sent.set("email", "writer@example.org");
    let location = app.submit(&sent, &[HTML]).await.header("location").unwrap().to_string();
    assert_eq!(send_due(&app, &sender).await, 1);
    let private = mailbox(folder.path()).pop().unwrap();
    assert_eq!(private.to, "writer@example.org");
    assert_eq!(private.link("/outcomes/"), location.trim_end_matches("?new=1"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outreach_report").await, 1);
    let kept: (String,) =
        sqlx::query_as("SELECT recipient FROM mail_outbox WHERE kind = 'outcome'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(kept.0, "writer@example.org", "only the outbox holds it, as for any message");
    // Sent messages leave the outbox, with their addresses, after thirty days.
    let later = chrono::Utc::now() + chrono::Duration::days(31);
    assert!(app::mail::ssr::forget_old(&app.pool, later).await.unwrap() >= 6);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'writer@example.org'").await, 0);
}

pub(super) async fn co_signatures_count_after_their_email_is_confirmed(backend: Backend) {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let (app, sender) = mail_app(backend, port).await;
    let _sink = Sink::start(port, folder.path(), false);
    // The server's own worker sends it.
    let worker = tokio::spawn(app::mail::ssr::worker::run(app.pool.clone(), sender));
    let letter = "/open-letters/iso-20400-next-review";
    let page = app.get(letter).await;
    assert!(page.body.contains("Needed to confirm your signature"));
    // Without an address, refused: it is how the signature is confirmed.
    let typed = [("name", "Maria Silva"), ("organisation", "Compras"), ("country", "BR"), ("email", "")];
    app.fill_in(letter, "/api/sign_open_letter", &typed, "").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature").await, 0);
    let typed =
        [("name", "Maria Silva"), ("organisation", "Compras"), ("country", "BR"), ("email", "maria@example.org")];
    app.fill_in(letter, "/api/sign_open_letter", &typed, "").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature WHERE status = 'unconfirmed'").await, 1);
    assert_eq!(app::open_letters::ssr::signatures::pending_count(&app.pool).await.unwrap(), 0, "not moderated yet");
    let mut mails = Vec::new();
    for _ in 0..100 {
        mails = mailbox(folder.path());
        if !mails.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    worker.abort();
    assert_eq!(mails.len(), 1, "the worker sent the confirmation");
    let link = mails[0].link("/mail/signature/");
    let shown = app.get(&link).await;
    let done = app.submit(&shown.form("/api/confirm_signature"), &[HTML]).await;
    assert_eq!(done.header("location"), Some("/mail/signature-confirmed"));
    assert_eq!(app::open_letters::ssr::signatures::pending_count(&app.pool).await.unwrap(), 1, "now moderated");
    // The link works once.
    let again = app.submit(&shown.form("/api/confirm_signature"), &[HTML]).await;
    assert_ne!(again.header("location"), Some("/mail/signature-confirmed"));
    // An expired, unconfirmed signature is deleted with its address.
    app.fill_in(
        letter,
        "/api/sign_open_letter",
        &[("name", "Late"), ("organisation", "O"), ("country", "FR"), ("email", "late@example.org")],
        "",
    )
    .await;
    sqlx::query("UPDATE open_letter_signature SET confirm_expires_at = '2000-01-01T00:00:00.000000Z' WHERE status = 'unconfirmed'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(app::open_letters::ssr::signatures::forget_unconfirmed(&app.pool).await.unwrap(), 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM open_letter_signature WHERE email = 'late@example.org'").await, 0);
}

pub(super) async fn coordinators_get_a_weekly_digest_they_can_stop(backend: Backend) {
    let folder = tempfile::tempdir().unwrap();
    let port = free_port();
    let (app, sender) = mail_app(backend, port).await;
    let _sink = Sink::start(port, folder.path(), false);
    coordinator(&app, "cora@example.org").await;
    sign_in(&app, "cora@example.org", PASSWORD).await;
    sqlx::query("UPDATE account SET lang = 'fr'").execute(&app.pool).await.unwrap();
    let origin = "https://quorum.example.org";
    let monday = chrono::DateTime::parse_from_rfc3339("2026-12-07T08:00:00Z").unwrap().to_utc();
    let tuesday = monday + chrono::Duration::days(1);
    assert_eq!(app::mail::ssr::digest::weekly(&app.pool, origin, tuesday).await.unwrap(), 0, "Mondays only");
    assert_eq!(app::mail::ssr::digest::weekly(&app.pool, origin, monday).await.unwrap(), 1);
    assert_eq!(app::mail::ssr::digest::weekly(&app.pool, origin, monday).await.unwrap(), 0, "once a week");
    assert_eq!(send_due(&app, &sender).await, 1);
    let digest = &mailbox(folder.path())[0];
    assert_eq!(digest.to, "cora@example.org");
    assert_eq!(digest.header("Content-Language").as_deref(), Some("fr"));
    assert!(digest.text.contains("https://quorum.example.org/coordinate"));
    let one_click = digest.header("List-Unsubscribe").unwrap();
    let path = one_click.trim_matches(['<', '>']).trim_start_matches(origin).to_string();
    assert_eq!(app.post_form(&path, "List-Unsubscribe=One-Click", &[]).await.status, 200);
    let next_monday = monday + chrono::Duration::days(7);
    assert_eq!(app::mail::ssr::digest::weekly(&app.pool, origin, next_monday).await.unwrap(), 0, "stopped");
    // The coordinator turns it back on from the account page.
    let (_, session) = sign_in(&app, "cora@example.org", PASSWORD).await;
    let session = session.unwrap();
    let page = app.get_with("/account", &[("cookie", &session)]).await;
    assert!(page.body.contains("You do not receive the weekly digest."));
    let on = app.submit(&page.form("/api/set_digest"), &[("cookie", &session), HTML]).await;
    assert_eq!(on.header("location"), Some("/account?digest=1"));
    assert_eq!(app::mail::ssr::digest::weekly(&app.pool, origin, next_monday).await.unwrap(), 1, "on again");
}

pub(super) async fn without_smtp_nothing_is_mailed_and_pages_say_so(backend: Backend) {
    let app = TestApp::new(backend).await;
    let admin = signed_in_admin(&app).await;
    let page = app.get_with("/admin/accounts", &[("cookie", &admin)]).await;
    assert!(page.body.contains("E-mail is not configured"));
    let body = app.get("/nsbs/BR").await;
    assert!(body.body.contains("This site does not send e-mail."));
    assert!(body.forms("/api/subscribe_alert").is_empty());
    let refused = app
        .post_form(
            "/api/subscribe_alert",
            &form(&[("topic", "body"), ("key", "BR"), ("email", "a@example.org"), ("website", "")]),
            &[],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM mail_outbox").await, 0);
}
