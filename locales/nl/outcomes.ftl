# After the letter: advocates tell what happened (no account), coordinators decide on
# their reports, and everyone sees the counts. $body is a body's acronym with its
# country ("ABNT (Brazil)"); $date a formatted date; $answer one of the
# outcome-stance-* phrases.

## "I sent it"

outcome-sent-heading = Hebt u de brief verstuurd?
outcome-sent-intro = Laat het ons weten zodra uw brief de deur uit is: hij telt dan mee bij de brieven aan deze instelling, en u krijgt een persoonlijke link om ons later te vertellen wat de instelling heeft geantwoord. Niets van wat u hebt geschreven wordt bewaard.
outcome-sent-email = Uw e-mailadres (optioneel)
outcome-sent-email-hint = We mailen u de persoonlijke link één keer en bewaren het adres niet.
outcome-sent-button = Ik heb hem verstuurd
outcome-error-too-many = Vanaf hier zijn het afgelopen uur te veel meldingen verstuurd. Probeer het later opnieuw.
outcome-error-closed = Deze melding kan niet meer worden gewijzigd: een coördinator heeft haar al verwerkt.
outcome-error-no-position = Deze melding bevat geen antwoord dat als standpunt kan worden vastgelegd.

## The advocate's private page

outcome-title = Uw brief en het antwoord
outcome-new = Hartelijk dank. Deze pagina is uw persoonlijke link: bewaar hem, zodat u ons kunt laten weten wanneer de instelling antwoordt. Iedereen met de link kan de melding wijzigen.
outcome-copy = Link kopiëren
outcome-copied = Link gekopieerd
outcome-thanks = Hartelijk dank: uw melding is bij de coördinatoren aangekomen.
outcome-sent-on = U hebt uw brief op { $date } naar { $body } verstuurd.
outcome-replied-on = Antwoord van { $date }: { $answer }
outcome-reply-heading = De instelling heeft geantwoord
outcome-reply-intro = Wat gaat de instelling volgens haar antwoord doen bij de toetsing? Uw melding gaat naar de coördinatoren, nooit naar het publiek: het publiek ziet alleen hoeveel brieven er zijn verstuurd en beantwoord.
outcome-reply-stance = Antwoord van de instelling
outcome-reply-text = Wat de instelling schreef (optioneel)
outcome-reply-text-hint = Alleen coördinatoren lezen dit; het wordt nooit gepubliceerd.
outcome-reply-button = Antwoord versturen
outcome-unknown = Deze link is niet geldig.
outcome-stance-confirm = ze stemmen voor bevestiging van de norm
outcome-stance-revise = ze stemmen voor herziening
outcome-stance-withdraw = ze stemmen voor intrekking
outcome-stance-undecided = ze hebben nog niet besloten
outcome-stance-no-answer = geen uitspraak over de stemming

## Coordinators

outcome-reports-heading = Meldingen van het publiek
outcome-reports-intro = Wat pleitbezorgers meldden nadat ze deze instelling hadden aangeschreven. Lage betrouwbaarheid: leg alleen een standpunt vast als het antwoord geloofwaardig is; de melding wordt dan de bron ervan.
outcome-reports-decided = De melding is verwerkt.
outcome-reports-none = In deze toetsing heeft nog geen pleitbezorger een brief aan deze instelling gemeld.
outcome-reports-no-reply = geen antwoord gemeld
outcome-via-letter = Brief uit de briefeditor
outcome-via-open-letter = Open brief
outcome-status-open = te beslissen
outcome-status-recorded = vastgelegd als standpunt
outcome-status-dismissed = afgewezen
outcome-reports-open = { $count ->
    [one] één melding wacht op een beslissing
   *[other] { $count } meldingen wachten op een beslissing
}
outcome-record-button = Vastleggen als standpunt (intentie, lage betrouwbaarheid)
outcome-dismiss-button = Afwijzen

## Public counts

outcome-counts-heading = Brieven aan de instellingen
outcome-counts = { $letters ->
    [one] Eén brief begonnen
   *[other] { $letters } brieven begonnen
}, { $sent ->
    [one] één gemeld als verstuurd
   *[other] { $sent } gemeld als verstuurd
}, { $replies ->
    [one] één antwoord
   *[other] { $replies } antwoorden
}.
outcome-counts-hint = Brieven die in de briefeditor van Quorum zijn begonnen terwijl de toetsing openstond, en wat pleitbezorgers ons daarna hebben laten weten. Alleen aantallen: wie er schreef en wat, blijft privé.
outcome-counts-country = Land
outcome-counts-letters = Begonnen brieven
outcome-counts-sent = Gemeld als verstuurd
outcome-counts-replies = Antwoorden

## E-mail

mail-outcome-subject = Uw persoonlijke link: de brief aan { $body }
mail-outcome-body = Hartelijk dank dat u { $body } hebt aangeschreven. Gebruik deze link wanneer de instelling antwoordt, om ons te laten weten wat ze heeft gezegd. Houd de link voor uzelf: iedereen die hem heeft, kan de melding wijzigen.
mail-outcome-action = Laat ons weten wat de instelling antwoordde

## The letters layer of a review's map

outcome-map-description = Wereldkaart: elk land is gekleurd naar de brieven aan zijn nationale instelling die gebruikers van Quorum in deze toetsing zijn begonnen of als verstuurd hebben gemeld.
outcome-map-layer = Kaart kleuren naar
outcome-map-positions = standpunten
outcome-map-letters = brieven
outcome-map-bucket-0 = geen brief
outcome-map-bucket-1 = 1–2 brieven
outcome-map-bucket-2 = 3–9 brieven
outcome-map-bucket-3 = 10 brieven of meer
