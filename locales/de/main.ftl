## Site frame
app-name = Quorum
page-title = { $page } · Quorum
# What search engines and link previews show under a page's title (meta description).
site-description = Quorum verfolgt alle nationalen Normungsinstitute: Normübernahmen, Sprachfassungen, ihre Stimmen in den systematischen Überprüfungen der ISO und Briefe in ihrer Sprache.
meta-body = { $body } ({ $country }): Kontakt, ISO-Mitgliedschaft, Übernahmen und Positionen in Überprüfungen, jeweils mit Quelle und Datum, und ein Brief an das Institut.
meta-standard = { $reference }: welche nationalen Normungsinstitute die Norm übernommen haben, in welchen Sprachen sie vorliegt und wie sie systematisch überprüft wird.
meta-review = Systematische Überprüfung von { $reference }: die erfasste Position jedes nationalen Normungsinstituts, das voraussichtliche Ergebnis und wer es noch ändern kann.
meta-open-letter = Ein offener Brief an die nationalen Normungsinstitute: Lesen Sie ihn, unterzeichnen Sie ihn oder senden Sie ihn an das Normungsinstitut Ihres Landes.
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Startseite
nav-directory = Normungsinstitute
language-switcher-label = Sprache
footer-provenance = Zu jeder Angabe nennen wir die Quelle und das Datum der letzten Prüfung. Ein leeres Feld bedeutet „unbekannt“ – geraten wird nie.
footer-licence = Quorum ist freie Software. Die Kontaktdaten stammen von den Mitgliederseiten auf iso.org (StanDat, ausgelesen 2021/22), aus ISO Open Data (2026) und aus den weiteren Quellen, die neben jedem Wert genannt sind.
loading = Wird geladen …
back-to-directory = Zurück zum Verzeichnis
breadcrumb-label = Brotkrümelnavigation

## Errors
error-not-found = Diese Seite wurde nicht gefunden.
error-invalid-input = Einige Eingaben konnten nicht verwendet werden. Bitte prüfen Sie sie und versuchen Sie es erneut.
error-storage = Quorum konnte seine Daten gerade nicht lesen. Bitte versuchen Sie es in einem Moment noch einmal.
error-transport = Die Anfrage hat Quorum nicht erreicht. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
error-body-too-large = Diese Anfrage ist für Quorum zu groß (mehr als { $size } KB). Bitte kürzen Sie Ihre Eingaben und versuchen Sie es erneut.
not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es keine Seite. Wenn Sie einem Link zu einem Normungsinstitut gefolgt sind, ist der Ländercode vielleicht falsch geschrieben: Ländercodes bestehen aus zwei Buchstaben, etwa BR für Brasilien.
not-found-standard = Unter dieser Adresse verfolgt Quorum keine Norm. Die Adresse einer Norm enthält ihre Nummer, etwa /standards/iso-20400 für ISO 20400; die Liste zeigt alle Normen, die Quorum verfolgt.
not-found-review = Unter dieser Adresse hat Quorum keine Überprüfung erfasst. Die Adresse einer Überprüfung nennt ihre Norm und ihr Jahr, etwa /reviews/iso-20400-2022; die Liste zeigt alle Überprüfungen, die Quorum erfasst.
not-found-open-letter = Unter dieser Adresse ist kein offener Brief veröffentlicht. Vielleicht wurde er zurückgezogen oder noch nicht veröffentlicht; die Liste zeigt alle offenen Briefe.

## Home
home-title = Finden Sie Ihr nationales Normungsinstitut
home-heading = Finden Sie Ihr nationales Normungsinstitut und tragen Sie Ihr Anliegen vor
home-intro = Quorum verzeichnet alle nationalen Normungsinstitute, die Mitglied der ISO sind, mit ihren Kontaktdaten und der Herkunft jeder einzelnen Angabe. So hilft es allen, die sich für Normen wie ISO 20400 zur nachhaltigen Beschaffung einsetzen, die Stelle zu erreichen, die in ihrem Land darüber entscheidet.
search-label = Land, Ländercode oder Normungsinstitut
search-placeholder = z. B. Brasil, BR, ABNT
search-button = Suchen
home-stats-heading = ISO-Mitglieder im Verzeichnis
home-stats-total = { $count ->
    [one] { $count } Normungsinstitut im Verzeichnis, nach ISO-Mitgliedskategorie:
   *[other] { $count } Normungsinstitute im Verzeichnis, nach ISO-Mitgliedskategorie:
}
home-browse-all = Alle Normungsinstitute anzeigen
home-next-heading = Was Sie jetzt tun können
home-step-find = Finden Sie mit der Suche oben das Normungsinstitut Ihres Landes.
home-step-write = Schreiben Sie dem Institut
home-step-write-note = – Quorum entwirft den Brief in der Sprache des Instituts, mit seiner Anschrift.
home-step-review = Die nächste Überprüfung:
home-review-closes = – die Abstimmung endet am { $date }.
home-review-undated = – das Ende der Abstimmung ist noch nicht erfasst.
home-step-no-review = Zurzeit ist keine Überprüfung offen oder geplant.
home-step-reviews-link = Alle Überprüfungen ansehen

## ISO membership categories
category-member-body = Vollmitglied
category-correspondent = Korrespondierendes Mitglied
category-subscriber = Abonnentenmitglied
category-unknown = Kategorie unbekannt
category-member-body-count = { $count ->
    [one] Vollmitglied
   *[other] Vollmitglieder
}
category-correspondent-count = { $count ->
    [one] korrespondierendes Mitglied
   *[other] korrespondierende Mitglieder
}
category-subscriber-count = { $count ->
    [one] Abonnentenmitglied
   *[other] Abonnentenmitglieder
}
category-unknown-count = { $count ->
    [one] Institut, dessen Kategorie keine Quelle angibt
   *[other] Institute, deren Kategorie keine Quelle angibt
}
category-member-body-rights = Stimmt über ISO-Normen ab und darf sie in seinem Land übernehmen und verkaufen.
category-correspondent-rights = Verfolgt die Arbeit als Beobachter ohne Stimmrecht und darf ISO-Normen in seinem Land übernehmen und verkaufen.
category-subscriber-rights = Wird über die Arbeit der ISO auf dem Laufenden gehalten; hat kein Stimmrecht und darf ISO-Normen weder übernehmen noch verkaufen.
category-unknown-note = Keine unserer Quellen nennt bisher die Kategorie dieser Institute.

## Directory
directory-title = Normungsinstitute
directory-heading = Nationale Normungsinstitute
directory-intro = Suchen Sie nach dem Ländernamen in beliebiger Sprache, dem ISO-Ländercode, dem Kürzel oder dem Namen des Instituts. Wählen Sie ein Institut aus, um zu sehen, wie Sie es erreichen.
filter-category = ISO-Kategorie
filter-category-all = Alle Kategorien
filter-region = Region
filter-region-all = Alle Regionen
filter-apply = Ergebnisse anzeigen
search-truncated = Ihre Suchanfrage war sehr lang, daher wurden nur die ersten 100 Zeichen verwendet.
directory-count = { $total ->
    [one] { $shown } von { $total } Normungsinstitut angezeigt.
   *[other] { $shown } von { $total } Normungsinstituten angezeigt.
}
directory-no-match = Kein Normungsinstitut entspricht Ihrer Suche. Prüfen Sie die Schreibweise, versuchen Sie es mit dem zweistelligen Ländercode oder setzen Sie die Filter zurück.
directory-clear-filters = Suche und Filter zurücksetzen
column-country = Land
column-acronym = Kürzel
column-body-name = Normungsinstitut
column-category = ISO-Kategorie
column-region = Region

## Body page
body-page-title = { $body } – { $country }
body-name-with-acronym = { $name } ({ $acronym })
contact-line = { $label }: { $value }
value-unknown = unbekannt
field-source-dated = Quelle: { $source }, Stand: { $date }
field-source-undated = Quelle: { $source } (Datum nicht erfasst)
body-name-unknown = Name des Normungsinstituts unbekannt
field-body-name-en = Name auf Englisch
field-body-name-native = Name in der Landessprache
field-acronym = Kürzel
field-country = Land
field-category = ISO-Mitgliedschaft
dataset-note = Hinweis aus dem Datensatz:
field-website = Website
field-email = E-Mail
field-phone = Telefon
field-fax = Fax
field-address = Postanschrift
field-iso-member-id = ISO-Mitglieds-ID
card-footnote = Kontaktdaten ändern sich. Bitte prüfen Sie sie auf der Website des Instituts, bevor Sie einen wichtigen Brief absenden.
copy-contact = Kontakt kopieren
contact-copied = Kontakt kopiert
download-vcard = vCard herunterladen
write-letter = An dieses Institut schreiben
write-letter-hint = Quorum entwirft einen formellen Brief an { $body } in der Sprache des Instituts – bereit zum Kopieren, zum Versand per E-Mail oder zum Drucken.

## Letter composer page
nav-letters = Brief schreiben
letters-title = An ein Normungsinstitut schreiben
letters-heading = An ein nationales Normungsinstitut schreiben
letters-intro = Wählen Sie das Institut, Ihr Anliegen und die Sprache. Quorum entwirft einen formellen Brief, den Sie kopieren, per E-Mail senden, herunterladen oder drucken können.
letters-privacy = Ihr Name und Ihre Angaben dienen nur dazu, den Brief auszufüllen. Quorum speichert sie nicht; in den Link werden sie nur aufgenommen, wenn Sie das unten ausdrücklich wünschen.
letter-field-recipient = Normungsinstitut
letter-field-recipient-choose = Land auswählen
letter-field-purpose = Anliegen des Briefs
letter-purpose-review = Bei der systematischen Überprüfung für die Bestätigung der Norm stimmen
letter-purpose-adopt = Die Norm als nationale Norm übernehmen
letter-purpose-translate = Die Norm in der Landessprache veröffentlichen
letter-purpose-suggested = Für dieses Institut empfohlen, auf Grundlage der in Quorum erfassten Angaben.
letter-field-language = Sprache des Briefs
letter-language-automatic = Hauptsprache des Landes
letter-field-second-language = Zweite Sprache, nebeneinander (optional)
letter-second-language-none = Keine
letter-language-default = Voreingestellt ist die Hauptsprache des Landes ({ $country }), sofern Quorum Briefe in dieser Sprache hat, andernfalls Englisch.
# $language: the country's first language, named in the page's language.
letter-language-missing = Quorum hat noch keine Briefe auf { $language }, daher ist dieser Brief auf Englisch. Unter „Sprache des Briefs“ können Sie eine andere Sprache für ihn wählen.
# $language: the letter's language, in its own name.
letter-drafted-notice = Diese Übersetzung ({ $language }) wurde noch nicht von einem Muttersprachler geprüft.
letter-drafted-help = Helfen Sie bei der Prüfung.
letter-sender-heading = Über Sie (alle Angaben freiwillig)
letter-field-sender-name = Ihr Name
letter-field-organisation = Organisation
letter-field-role = Funktion oder Titel
letter-field-city = Ort
letter-field-email = Ihre E-Mail-Adresse
letter-field-personal = Ein Absatz in Ihren eigenen Worten
letter-field-personal-hint = Warum das Anliegen Ihnen oder Ihrer Organisation wichtig ist. Der Absatz wird genau so in den Brief übernommen, wie Sie ihn schreiben, und in der Sprache, in der Sie ihn schreiben.
letter-field-share-details = Meinen Namen und meine Angaben ebenfalls in den Link aufnehmen
letter-field-limit = Höchstens { $max } Zeichen.
letter-update = Brief aktualisieren
letter-preview-heading = Ihr Brief
letter-preview-live = Der Brief wird während der Eingabe aktualisiert.
letter-to = An: { $recipient }
letter-subject = Betreff: { $subject }
letter-copy = Brief kopieren
letter-copied = Brief kopiert
letter-mailto = In meinem E-Mail-Programm öffnen
letter-mailto-no-address = Für dieses Institut ist keine E-Mail-Adresse erfasst, daher kann der Brief nicht in Ihrem E-Mail-Programm geöffnet werden. Kopieren Sie ihn stattdessen oder laden Sie ihn herunter.
letter-mailto-too-long = Dieser Brief ergibt einen Link mit { $length } Zeichen – mehr, als manche E-Mail-Programme verarbeiten. Falls die Nachricht gekürzt ankommt, kopieren Sie den Brief und fügen Sie ihn in eine neue E-Mail ein.
letter-download = Als Text herunterladen
letter-print = Druckansicht
letter-share = Link zu diesem Brief
letter-share-hint = Öffnet den Briefassistenten mit demselben Institut, demselben Anliegen und denselben Sprachen. Auf dem Server von Quorum wird nichts gespeichert.
letter-facts-heading = Worauf sich der Brief stützt
letter-fact-adopted = { $count ->
    [one] { $count } nationale Übernahme von { $standard } in Quorum erfasst.
   *[other] { $count } nationale Übernahmen von { $standard } in Quorum erfasst.
}
letter-fact-confirmed = Letzte systematische Überprüfung abgeschlossen am { $date }: bestätigt.
letter-fact-ballot = Die Abstimmung zur systematischen Überprüfung endet am { $date }.
letter-fact-no-ballot = Es ist keine laufende Abstimmung zur Überprüfung erfasst, daher nennt der Brief kein Abstimmungsende.
letter-fact-title = Verwendeter Titel: { $title }
letter-choose-body = Wählen Sie oben ein Normungsinstitut aus, um Ihren Brief zu sehen.

## Letter input errors. $field is the label of the field.
letter-error-too-long = { $field }: bitte höchstens { $max } Zeichen. Derzeit sind es { $length }.
letter-error-control = { $field }: bitte nur eine Zeile, ohne Tabulatoren oder Steuerzeichen.
letter-error-email = Ihre E-Mail-Adresse sollte die Form name@example.org haben.
letter-error-purpose = Bitte wählen Sie das Anliegen des Briefs: Bestätigung bei der Überprüfung, Übernahme oder Übersetzung.
letter-error-language = In dieser Sprache hat Quorum keine Briefe. Bitte wählen Sie eine Sprache aus der Liste.
letter-error-body = Zu diesem Ländercode gibt es kein Normungsinstitut. Bitte wählen Sie eines aus der Liste.
letter-error-summary = Der Brief wurde nicht aktualisiert. Bitte korrigieren Sie die unten markierten Angaben.

## Print page
letter-print-title = Brief an { $body }
letter-print-back = Zurück zum Briefassistenten
letter-print-button = Drucken
letter-print-hint = Für A4 formatiert. Unterschreiben Sie bitte von Hand über Ihrem Namen.
letter-signature-line = Unterschrift

## Accounts. The public never needs one; coordinators and admins sign in to record data.
nav-sign-in = Für Koordinatoren: Anmelden
nav-account = Ihr Konto
nav-signed-in-as = Angemeldet als
signin-title = Anmelden
signin-heading = Bei Quorum anmelden
signin-intro = Koordinatoren und Administratoren melden sich an, um zu erfassen, was sie über Normungsinstitute in Erfahrung bringen. Alle anderen können Quorum ohne Konto nutzen.
signin-email = E-Mail-Adresse
signin-password = Passwort
signin-submit = Anmelden
signin-already = Sie sind bereits als { $email } angemeldet.
account-title = Ihr Konto
account-heading = Ihr Konto
account-signed-in-as = Angemeldet als { $email } ({ $role }).
account-sign-out = Abmelden
account-sign-in-needed = Diese Seite ist für Koordinatoren und Administratoren bestimmt. Bitte melden Sie sich zuerst an.
account-go-sign-in = Zur Anmeldung
role-admin = Administrator
role-coordinator = Koordinator
error-unauthorized = Bitte melden Sie sich zuerst an.
error-forbidden = Ihr Konto ist dazu nicht berechtigt.
error-bad-credentials = Die E-Mail-Adresse oder das Passwort ist nicht korrekt.
error-busy = Quorum prüft gerade andere Anmeldungen. Es wurde nichts geprüft; versuchen Sie es in einigen Sekunden erneut.
error-rate-limited = { $minutes ->
    [one] Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele fehlgeschlagene Versuche. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
error-cross-origin = Diese Anfrage kam von einer anderen Website, daher hat Quorum sie nicht ausgeführt.

## Editing the directory (coordinators) and the record's history
nav-changes = Letzte Änderungen
edit-link = Diesen Eintrag bearbeiten
edit-title = { $body } bearbeiten
edit-heading = Eintrag zu { $body } bearbeiten
edit-intro = Ändern Sie, was Sie geprüft haben, und lassen Sie ein Feld leer, wenn der Wert unbekannt ist. Jede Änderung wird mit der von Ihnen angegebenen Quelle und dem Datum gespeichert und erscheint im Verlauf des Eintrags.
edit-source = Quelle der neuen Angaben
edit-source-hint = Eine Webadresse oder eine kurze Beschreibung, etwa „Website der ABNT, Kontaktseite“.
edit-as-of = Datum Ihrer Prüfung
edit-save = Änderungen speichern
edit-category-unknown = Unbekannt
edit-saved = Ihre Änderungen wurden gespeichert.
edit-error-too-long = Bitte höchstens { $max } Zeichen.
edit-error-control = Bitte nur eine Zeile, ohne Tabulatoren oder Steuerzeichen.
edit-error-email = Bitte geben Sie E-Mail-Adressen in der Form name@example.org ein, getrennt durch Semikolons.
edit-error-website = Bitte geben Sie eine Webadresse wie www.example.org ein.
edit-error-category = Bitte wählen Sie eine der ISO-Mitgliedskategorien.
edit-error-source-required = Bitte geben Sie an, woher die neuen Angaben stammen.
edit-error-date = Bitte geben Sie das Datum im Format YYYY-MM-DD ein; es darf nicht in der Zukunft liegen.
edit-error-no-change = Es wurde nichts geändert, daher wurde nichts gespeichert.
error-invalid-fields = Einige Felder müssen korrigiert werden, daher wurde nichts gespeichert. Die Hinweise stehen jeweils neben den Feldern.
error-edit-conflict = Jemand anderes hat diesen Eintrag geändert, während Sie ihn bearbeitet haben, daher wurde nichts gespeichert. Diese Änderungen sind unten aufgeführt; laden Sie die Seite neu, um die aktuelle Fassung zu bearbeiten.
edit-conflict-field = { $field }: jetzt { $value }
history-heading = Verlauf dieses Eintrags
history-empty = Seit dem Import des Datensatzes gab es keine Änderungen.
history-entry = { $field }: { $before } → { $after }
history-by = { $date }, von { $who }
history-by-coordinator = einem Koordinator
history-source = Quelle: { $source }, geprüft: { $date }
changes-title = Letzte Änderungen
changes-heading = Letzte Änderungen im Verzeichnis
changes-filter-nsb = Ländercode
changes-filter-field = Feld
changes-filter-who = E-Mail-Adresse des Koordinators
changes-filter-any = Alle Felder
changes-apply = Filtern
changes-empty = Keine Änderungen entsprechen diesen Filtern.

## Corrections from the public, and the coordinators' queue
report-heading = Korrektur melden
report-intro = Ist hier etwas falsch oder veraltet? Nennen Sie uns den richtigen Wert und woher er stammt. Ein Koordinator prüft ihn, bevor er veröffentlicht wird. Ein Konto ist nicht nötig.
report-field = Welches Feld
report-value = Der richtige Wert (leer lassen, wenn hier „unbekannt“ stehen soll)
report-source = Woher er stammt
report-source-hint = Eine Webadresse oder eine kurze Beschreibung, etwa „Website der ABNT, Kontaktseite“.
report-email = Ihre E-Mail-Adresse (freiwillig, nur falls ein Koordinator Ihnen dazu Fragen stellen darf)
report-submit = Korrektur senden
report-thanks = Vielen Dank. Ein Koordinator prüft Ihre Korrektur, bevor sie veröffentlicht wird.
report-error-too-many = Sie haben in kurzer Zeit mehrere Korrekturen gesendet. Bitte versuchen Sie es in einer Stunde erneut.
report-error-field = Bitte wählen Sie das Feld, das korrigiert werden soll.
corrections-title = Korrekturen
corrections-heading = Von der Öffentlichkeit gemeldete Korrekturen
corrections-open-count = { $count ->
    [one] { $count } offene Korrektur wartet auf einen Koordinator.
   *[other] { $count } offene Korrekturen warten auf einen Koordinator.
}
corrections-empty = Keine offenen Korrekturen. Vielen Dank!
corrections-current = Derzeit: { $value }
corrections-proposed = Vorgeschlagen: { $value }
corrections-source = Angegebene Quelle: { $source }
corrections-reporter = Gemeldet am { $date } von { $email }
corrections-reporter-anonymous = Gemeldet am { $date }, ohne E-Mail-Adresse
corrections-accept = Annehmen
corrections-edit-accept = Bearbeiten, dann annehmen
corrections-reject = Ablehnen
corrections-reason = Grund für die Ablehnung
corrections-error-reason = Bitte geben Sie einen Grund für die Ablehnung an.
corrections-error-closed = Diese Korrektur wurde bereits von jemand anderem bearbeitet.
corrections-accepted = Die Korrektur wurde übernommen und im Verlauf festgehalten.
corrections-rejected = Die Korrektur wurde abgelehnt.

## Managing accounts (admins) and one-time links
nav-accounts = Konten verwalten
accounts-title = Konten
accounts-heading = Koordinatoren und Administratoren
accounts-intro = { $hours ->
    [one] Laden Sie Personen über ihre E-Mail-Adresse ein: Quorum erstellt einen Link, den Sie ihnen selbst senden. Er lässt sich nur einmal verwenden und ist { $hours } Stunde lang gültig.
   *[other] Laden Sie Personen über ihre E-Mail-Adresse ein: Quorum erstellt einen Link, den Sie ihnen selbst senden. Er lässt sich nur einmal verwenden und ist { $hours } Stunden lang gültig.
}
accounts-email = E-Mail-Adresse
accounts-role = Rolle
accounts-status-active = aktiv
accounts-status-disabled = deaktiviert
accounts-invite = Einladungslink erstellen
accounts-link-invite = { $hours ->
    [one] Einladungslink für { $email } (bitte selbst senden; nur einmal verwendbar und { $hours } Stunde lang gültig):
   *[other] Einladungslink für { $email } (bitte selbst senden; nur einmal verwendbar und { $hours } Stunden lang gültig):
}
accounts-link-reset = { $hours ->
    [one] Link zum Zurücksetzen des Passworts für { $email } (bitte selbst senden; nur einmal verwendbar und { $hours } Stunde lang gültig):
   *[other] Link zum Zurücksetzen des Passworts für { $email } (bitte selbst senden; nur einmal verwendbar und { $hours } Stunden lang gültig):
}
accounts-disable = Deaktivieren
accounts-enable = Aktivieren
accounts-reset = Link zum Zurücksetzen des Passworts erstellen
accounts-you = (Sie)
accounts-error-self = Sie können Ihr eigenes Konto nicht deaktivieren.
accounts-error-exists = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
invitation-title = Passwort festlegen
invitation-heading-invite = Willkommen bei Quorum
invitation-heading-reset = Neues Passwort wählen
invitation-intro = Legen Sie ein Passwort für { $email } ({ $role }) fest. Es muss mindestens { $min } Zeichen lang sein.
invitation-password = Neues Passwort
invitation-password-again = Dasselbe Passwort noch einmal
invitation-submit = Passwort speichern und anmelden
invitation-error-invalid = Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen. Bitte fragen Sie einen Administrator nach einem neuen.
invitation-error-mismatch = Die beiden Passwörter stimmen nicht überein.
invitation-error-short = Das Passwort muss mindestens { $min } Zeichen lang sein.

## Sources: each cited source's kind, shown after its name.
source-kind-official = (offiziell)
source-kind-secondary = (sekundär)
source-kind-derived = (von Quorum abgeleitet)
source-secondary-only = Nur Sekundärquellen: weder von der ISO noch vom Normungsinstitut bestätigt.
source-separator = {"; "}
directory-relevance = Die besten Treffer stehen oben. Um stattdessen nach einer Spalte zu sortieren, wählen Sie ihre Überschrift.

## Pages of a long list
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
# $page and $pages are numbers.
pager-position = Seite { $page } von { $pages }

## The composer's facts: the review deadline Quorum derives, the owner committee
# $date is a formatted date.
letter-fact-due-by = Es ist keine Abstimmung zur Überprüfung offen; die nächste systematische Überprüfung ist spätestens zum { $date } fällig (von Quorum abgeleitet: fünf Jahre nach der letzten Bestätigung; die ISO kann sie früher eröffnen). Der Brief nennt kein Abstimmungsende.
# $committee is a committee's reference, such as ISO/TMBG.
letter-fact-committee = Zuständiges Komitee: { $committee }.

## A body's category against ISO's committee data
# $count is a number of committees, $committees some of their references, $recorded the recorded category.
category-evidence = { $count ->
    [one] Laut den Komiteedaten der ISO ist dieses Institut P-Mitglied in einem Komitee ({ $committees }); nur Vollmitglieder können P-Mitglieder sein, erfasst ist aber die Kategorie „{ $recorded }“.
   *[other] Laut den Komiteedaten der ISO ist dieses Institut P-Mitglied in { $count } Komitees ({ $committees }…); nur Vollmitglieder können P-Mitglieder sein, erfasst ist aber die Kategorie „{ $recorded }“.
}
category-evidence-confirm = Als Vollmitglied erfassen, mit diesem Nachweis als Quelle
