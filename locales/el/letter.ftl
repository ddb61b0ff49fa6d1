# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = Ελληνικά
# Writing direction: ltr or rtl.
locale-direction = ltr

## The letters. A formal register fit for writing to a national institution.
## Every placeable is inserted as it is, never inflected: each note below says the form
## (case, article) the value comes in. Write each sentence so that this form is
## grammatical where it stands; where your grammar needs another case, use the placeable
## made for it ($in_country) or a construction that takes the form as it is (an
## apposition, a colon).
## $body: the body's full name as the body writes it (nominative, no article added).
## $acronym: its short name (nominative), or the full name when no acronym is known.
## $country: the country as it stands in a sentence, nominative, with the article your
##   language puts before it ("the United Kingdom", "Brazil"; countries.ftl).
## $in_country: "in <the country>", preposition and case included ("in the United
##   Kingdom"; countries.ftl, attribute .in). Use it for every "in <country>".
## $country_kind: country, or territory for Hong Kong and Macao, which are not states:
##   never call what a territory publishes a *national* standard.
## $standard: the reference, invariable (ISO 20400:2017).
## $edition: the national edition's designation, invariable (NBR ISO 20400).
## $title: the standard's title as published in this language (a quotation); blank when
##   no title in this language is recorded: then $has_title is no, and the letter names
##   the standard by $standard alone (never a title in another language).
## $has_title: yes or no.
## $language: the country's main language named in this language, in its dictionary form
##   (CLDR: "portugais", "polski"): write "the { $language } language" style
##   constructions where your grammar would inflect it.
## $adopted: how many national adoptions Quorum records (a number: plural categories).
## $confirmed: the date the last systematic review was completed (a formatted date, as it
##   stands after "on": French "1er mars 2027").
## $deadline: the date the current ballot closes (a formatted date).
## $due_by: with no ballot open, the date the next systematic review is due by, five years
##   after the last confirmation (a formatted date).
## $has_deadline: yes (a ballot is open), due (none is; the review is due by $due_by), or
##   no (neither is known).
letter-subject-review = Αίτημα για ψήφο υπέρ της επιβεβαίωσης του προτύπου { $standard } στη συστηματική επανεξέταση
letter-subject-adopt = { $country_kind ->
    [territory] Αίτημα για την υιοθέτηση του προτύπου { $standard } ως προτύπου για { $country }
   *[country] Αίτημα να υιοθετήσει η χώρα σας, { $country }, το πρότυπο { $standard } ως εθνικό πρότυπο
}
letter-subject-translate = Αίτημα για την έκδοση του προτύπου { $standard } στα { $language }
letter-subject-translate-exists = Αίτημα για την ευρεία προβολή της έκδοσης { $edition }, δηλαδή του προτύπου { $standard } στα { $language }
letter-greeting = Αξιότιμες κυρίες, αξιότιμοι κύριοι,
letter-review-opening = Σας απευθύνομαι σχετικά με το πρότυπο { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} και την ψήφο που δίνει ο οργανισμός σας ({ $body }) στη συστηματική επανεξέτασή του. Θα ήθελα να σας ζητήσω να ψηφίσετε υπέρ της επιβεβαίωσης του προτύπου στην παρούσα μορφή του.
letter-review-why = Το ISO 20400 παρέχει σε οργανισμούς κάθε μεγέθους και κάθε τομέα ένα κοινό πλαίσιο για βιώσιμες προμήθειες: δείχνει πώς μπορούν να σταθμίζουν τις περιβαλλοντικές, κοινωνικές και οικονομικές επιπτώσεις όσων αγοράζουν σε ολόκληρη την αλυσίδα εφοδιασμού και πώς να τις ενσωματώνουν στην πολιτική, στις διαδικασίες και στην καθημερινή τους πρακτική. Από τη δημοσίευσή του, η κλιματική αλλαγή, η κυκλική οικονομία, τα ανθρώπινα δικαιώματα και η επιχειρηματική δεοντολογία έχουν βρεθεί στην κορυφή της ατζέντας, και μεγάλο μέρος αυτής της δουλειάς γίνεται ακριβώς στις αλυσίδες εφοδιασμού. Το πρότυπο γράφτηκε ακριβώς για τέτοια ζητήματα και εξακολουθεί να αποτελεί στέρεο πλαίσιο για την αντιμετώπισή τους.
letter-review-evidence = { $adopted ->
    [0] Κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }, ο ISO επιβεβαίωσε το πρότυπο χωρίς αλλαγές.
    [one] Τουλάχιστον { $adopted } εθνικός οργανισμός τυποποίησης έχει υιοθετήσει το πρότυπο ως εθνικό πρότυπο, και η τελευταία συστηματική επανεξέτασή του, που ολοκληρώθηκε στις { $confirmed }, το επιβεβαίωσε χωρίς αλλαγές.
   *[other] Τουλάχιστον { $adopted } εθνικοί οργανισμοί τυποποίησης έχουν υιοθετήσει το πρότυπο ως εθνικό πρότυπο, και η τελευταία συστηματική επανεξέτασή του, που ολοκληρώθηκε στις { $confirmed }, το επιβεβαίωσε χωρίς αλλαγές.
}
letter-review-ask = { $has_deadline ->
    [yes] Η τρέχουσα ψηφοφορία λήγει στις { $deadline }. Η αναθεώρηση του προτύπου θα απαιτούσε χρόνια εργασίας σε επιτροπές· ο χρόνος αυτός θα αξιοποιούνταν πολύ καλύτερα για να βοηθηθούν οι οργανισμοί να εφαρμόσουν την καθοδήγηση που ήδη παρέχει το πρότυπο. Για τον λόγο αυτό, ζητώ με σεβασμό από τον οργανισμό σας ({ $acronym }) να ψηφίσει υπέρ της επιβεβαίωσης του προτύπου { $standard }.
    [due] Η επόμενη συστηματική επανεξέταση του προτύπου πρέπει να πραγματοποιηθεί έως τις { $due_by }. Η αναθεώρηση του προτύπου θα απαιτούσε χρόνια εργασίας σε επιτροπές· ο χρόνος αυτός θα αξιοποιούνταν πολύ καλύτερα για να βοηθηθούν οι οργανισμοί να εφαρμόσουν την καθοδήγηση που ήδη παρέχει το πρότυπο. Για τον λόγο αυτό, ζητώ με σεβασμό από τον οργανισμό σας ({ $acronym }) να ψηφίσει υπέρ της επιβεβαίωσης του προτύπου { $standard } όταν ανοίξει η ψηφοφορία.
   *[other] Η αναθεώρηση του προτύπου θα απαιτούσε χρόνια εργασίας σε επιτροπές· ο χρόνος αυτός θα αξιοποιούνταν πολύ καλύτερα για να βοηθηθούν οι οργανισμοί να εφαρμόσουν την καθοδήγηση που ήδη παρέχει το πρότυπο. Για τον λόγο αυτό, ζητώ με σεβασμό από τον οργανισμό σας ({ $acronym }) να ψηφίσει υπέρ της επιβεβαίωσης του προτύπου { $standard } όταν ανοίξει η ψηφοφορία.
}
letter-review-closing = Σας ευχαριστώ που εξετάζετε το αίτημά μου. Θα ήθελα πολύ να μάθω πώς προτίθεται να ψηφίσει ο οργανισμός σας ({ $acronym }) και θα χαρώ να σας μεταφέρω όσα γνωρίζω για τη χρήση του προτύπου { $in_country }.
letter-adopt-opening = Σας απευθύνομαι για να ζητήσω από τον οργανισμό σας ({ $body }) να υιοθετήσει το πρότυπο { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} { $country_kind ->
    [territory] ως πρότυπο για { $country }.
   *[country] ως εθνικό πρότυπο, ώστε να το διαθέτει και η χώρα σας, { $country }.
}
letter-adopt-why = Οι δημόσιοι φορείς και οι επιχειρήσεις δαπανούν μεγάλο μέρος του εθνικού εισοδήματος για αγαθά, έργα και υπηρεσίες, και ο τρόπος με τον οποίο αγοράζουν επηρεάζει τις συνθήκες εργασίας, τις εκπομπές και τις τοπικές οικονομίες σε όλο το μήκος των αλυσίδων εφοδιασμού τους. Το ISO 20400 τους παρέχει διεθνώς συμφωνημένη καθοδήγηση για να λαμβάνουν υπόψη αυτές τις επιπτώσεις: από την πολιτική προμηθειών και τη δέσμευση της διοίκησης έως την επιλογή προμηθευτών και τη διαχείριση των συμβάσεων. Εφαρμόζεται σε οργανισμούς κάθε μεγέθους και κάθε τομέα, δημόσιους ή ιδιωτικούς.
letter-adopt-evidence = { $adopted ->
    [0] Ο ISO επιβεβαίωσε το πρότυπο κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, είναι επίκαιρο και σταθερό.
    [one] Τουλάχιστον { $adopted } εθνικός οργανισμός τυποποίησης έχει ήδη υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, είναι επίκαιρο και σταθερό.
   *[other] Τουλάχιστον { $adopted } εθνικοί οργανισμοί τυποποίησης έχουν ήδη υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, είναι επίκαιρο και σταθερό.
}
letter-adopt-ask = Μια υιοθέτηση ταυτόσημη με το διεθνές κείμενο θα έδινε στους αγοραστές και στους προμηθευτές που δραστηριοποιούνται { $in_country } ένα αναγνωρισμένο σημείο αναφοράς, στο οποίο θα μπορούσαν να παραπέμπουν οι δημόσιοι διαγωνισμοί και οι πολιτικές των επιχειρήσεων, και θα διευκόλυνε την εναρμόνιση με εμπορικούς εταίρους που ήδη το χρησιμοποιούν. Ζητώ με σεβασμό από τον οργανισμό σας ({ $acronym }) να ξεκινήσει τη διαδικασία υιοθέτησης του προτύπου { $standard } και, όπου είναι δυνατόν, να το εκδώσει στα { $language }.
letter-adopt-ask-in-progress = Εξ όσων γνωρίζω, ο οργανισμός σας ({ $acronym }) έχει ήδη ξεκινήσει τη διαδικασία υιοθέτησης του προτύπου { $standard }. Μια έκδοση ταυτόσημη με το διεθνές κείμενο θα έδινε στους αγοραστές και στους προμηθευτές που δραστηριοποιούνται { $in_country } ένα αναγνωρισμένο σημείο αναφοράς, στο οποίο θα μπορούσαν να παραπέμπουν οι δημόσιοι διαγωνισμοί και οι πολιτικές των επιχειρήσεων. Σας ζητώ με σεβασμό να ολοκληρώσετε την υιοθέτηση και να εκδώσετε το πρότυπο, όπου είναι δυνατόν στα { $language }, και να ενημερώσετε όσους θα το χρησιμοποιήσουν μόλις αυτό διατεθεί.
letter-adopt-closing = Σας ευχαριστώ που εξετάζετε το αίτημά μου. Θα χαρώ να σας πω περισσότερα για το ενδιαφέρον που υπάρχει για το πρότυπο { $in_country } και να μάθω ποια θα μπορούσαν να είναι τα επόμενα βήματα.
letter-translate-opening = Σας απευθύνομαι για να ζητήσω από τον οργανισμό σας ({ $body }) να διαθέσει το πρότυπο { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} στα { $language }.
letter-translate-opening-exists = Σας απευθύνομαι σχετικά με την έκδοση { $edition }, δηλαδή το πρότυπο { $has_title ->
    [yes] { $standard }, «{ $title }»,
   *[no] { $standard }
} στα { $language }, την οποία εκδίδει ο οργανισμός σας ({ $acronym }).
letter-translate-why = Οι βιώσιμες προμήθειες αποτελούν την καθημερινή δουλειά αγοραστών, προμηθευτών, υπευθύνων διαχείρισης συμβάσεων και δημοσίων υπαλλήλων, πολλοί από τους οποίους διαβάζουν οδηγίες μόνο στη δική τους γλώσσα. Το ISO 20400 υπάρχει στις επίσημες εκδόσεις του ISO στα αγγλικά και στα γαλλικά, καθώς και σε επίσημη μετάφραση στα ισπανικά· για όσους, { $in_country }, εργάζονται στα { $language }, μια εθνική έκδοση θα μετέτρεπε ένα διεθνές κείμενο σε πρακτικό εργαλείο, το οποίο θα μπορούσαν να μοιραστούν με τις ομάδες και τους προμηθευτές τους.
letter-translate-why-exists = Οι βιώσιμες προμήθειες αποτελούν την καθημερινή δουλειά αγοραστών, προμηθευτών, υπευθύνων διαχείρισης συμβάσεων και δημοσίων υπαλλήλων, πολλοί από τους οποίους διαβάζουν οδηγίες μόνο στη δική τους γλώσσα. Χάρη στην έκδοση { $edition }, όσοι, { $in_country }, εργάζονται στα { $language } διαθέτουν ήδη το πρότυπο στη δική τους γλώσσα· αυτό που έχει σημασία τώρα είναι να γνωρίζουν ότι υπάρχει και να το αξιοποιούν με τις ομάδες και τους προμηθευτές τους.
letter-translate-evidence = { $adopted ->
    [0] Ο ISO επιβεβαίωσε το πρότυπο κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, μια μετάφραση που θα γίνει τώρα θα παραμείνει χρήσιμη για πολλά χρόνια.
    [one] Τουλάχιστον { $adopted } εθνικός οργανισμός τυποποίησης έχει υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, μια μετάφραση που θα γίνει τώρα θα παραμείνει χρήσιμη για πολλά χρόνια.
   *[other] Τουλάχιστον { $adopted } εθνικοί οργανισμοί τυποποίησης έχουν υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, μια μετάφραση που θα γίνει τώρα θα παραμείνει χρήσιμη για πολλά χρόνια.
}
letter-translate-evidence-exists = { $adopted ->
    [0] Ο ISO επιβεβαίωσε το πρότυπο κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, η έκδοση { $edition } θα παραμείνει επίκαιρη για πολλά χρόνια.
    [one] Τουλάχιστον { $adopted } εθνικός οργανισμός τυποποίησης έχει υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, η έκδοση { $edition } θα παραμείνει επίκαιρη για πολλά χρόνια.
   *[other] Τουλάχιστον { $adopted } εθνικοί οργανισμοί τυποποίησης έχουν υιοθετήσει το πρότυπο, και ο ISO το επιβεβαίωσε κατά την τελευταία συστηματική επανεξέταση, που ολοκληρώθηκε στις { $confirmed }· επομένως, η έκδοση { $edition } θα παραμείνει επίκαιρη για πολλά χρόνια.
}
letter-translate-ask = Ζητώ με σεβασμό από τον οργανισμό σας ({ $acronym }) να προετοιμάσει και να εκδώσει το πρότυπο { $standard } στα { $language }, είτε ως εθνική υιοθέτηση είτε ως μετάφραση που θα διατίθεται παράλληλα με το διεθνές κείμενο, και να ενημερώσει όσους θα το χρησιμοποιήσουν μόλις αυτό διατεθεί.
letter-translate-ask-exists = Ευχαριστώ τον οργανισμό σας ({ $acronym }) που διέθεσε την έκδοση { $edition } στα { $language }. Σας παρακαλώ να τη γνωστοποιήσετε ευρέως σε αγοραστές, προμηθευτές και δημοσίους υπαλλήλους { $in_country } και να τη διατηρείτε εναρμονισμένη με το διεθνές κείμενο την επόμενη φορά που ο ISO θα αναθεωρήσει το πρότυπο.
letter-translate-closing = Σας ευχαριστώ που εξετάζετε το αίτημά μου. Θα χαρώ να βοηθήσω ώστε η μετάφραση να γίνει γνωστή { $in_country } μόλις εκδοθεί.
letter-sign-off = Με εκτίμηση,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = στη χώρα σας ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ο εθνικός οργανισμός τυποποίησης της χώρας σας
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = η χώρα σας
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = στη χώρα σας
open-letter-generic-deadline = η ημερομηνία λήξης της ψηφοφορίας
open-letter-generic-committee = η αρμόδια για το πρότυπο επιτροπή του ISO
