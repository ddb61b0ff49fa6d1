# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = עברית
# Writing direction: ltr or rtl.
locale-direction = rtl

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
letter-subject-review = בקשה להצביע בעד אישור התקן { $standard } בסקירה השיטתית
letter-subject-adopt = { $country_kind ->
    [territory] בקשה לאמץ את התקן { $standard } כתקן של { $country }
   *[country] בקשה לאמץ את התקן { $standard } כתקן לאומי של { $country }
}
letter-subject-translate = בקשה לפרסם את התקן { $standard } בשפת המדינה ({ $language })
letter-subject-translate-exists = בקשה להביא לידיעת הציבור הרחב את { $edition }, מהדורת התקן { $standard } בשפת המדינה ({ $language })
letter-greeting = שלום רב,
letter-review-opening = ברצוני לפנות אליכם בעניין התקן { $has_title ->
    [yes] { $standard }, "{ $title }",
   *[no] { $standard }
} ובעניין ההצבעה של { $body } בסקירה השיטתית שלו. אבקש שתצביעו בעד אישור התקן בנוסחו הנוכחי.
letter-review-why = התקן ISO 20400 מעניק לארגונים מכל גודל ומכל מגזר מסגרת משותפת לרכש בר-קיימא: הוא מראה כיצד לשקלל את ההשפעות הסביבתיות, החברתיות והכלכליות של הרכש לאורך שרשרת האספקה כולה, וכיצד לשלב זאת במדיניות, בתהליכים ובעבודה היומיומית. מאז פרסומו עלו שינוי האקלים, הכלכלה המעגלית, זכויות האדם והאתיקה העסקית לראש סדר היום, וחלק ניכר מהעבודה בתחומים אלה נעשה בשרשראות האספקה. התקן נכתב בדיוק עבור שאלות אלה, והוא ממשיך להוות מסגרת איתנה לטיפול בהן.
letter-review-evidence = { $adopted ->
    [0] בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, אישר ארגון ISO את התקן ללא שינויים.
    [one] לפחות { $adopted } גוף תקינה לאומי אימץ אותו כתקן לאומי, והסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, אישרה אותו ללא שינויים.
    [two] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו כתקן לאומי, והסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, אישרה אותו ללא שינויים.
   *[other] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו כתקן לאומי, והסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, אישרה אותו ללא שינויים.
}
letter-review-ask = { $has_deadline ->
    [yes] ההצבעה הנוכחית תסתיים ביום { $deadline }. עדכון התקן ידרוש שנים של עבודת ועדה; את הזמן הזה עדיף בהרבה להקדיש לסיוע לארגונים ביישום ההנחיות שהתקן כבר מספק. לפיכך אבקש בכבוד מאת { $acronym } להצביע בעד אישור התקן { $standard }.
    [due] הסקירה השיטתית הבאה של התקן אמורה להתקיים עד ליום { $due_by }. עדכון התקן ידרוש שנים של עבודת ועדה; את הזמן הזה עדיף בהרבה להקדיש לסיוע לארגונים ביישום ההנחיות שהתקן כבר מספק. לפיכך אבקש בכבוד מאת { $acronym } להצביע בעד אישור התקן { $standard } עם פתיחת ההצבעה.
   *[other] עדכון התקן ידרוש שנים של עבודת ועדה; את הזמן הזה עדיף בהרבה להקדיש לסיוע לארגונים ביישום ההנחיות שהתקן כבר מספק. לפיכך אבקש בכבוד מאת { $acronym } להצביע בעד אישור התקן { $standard } עם פתיחת ההצבעה.
}
letter-review-closing = תודה על שקילת בקשה זו. אשמח לדעת כיצד בכוונת { $acronym } להצביע, ולשתף אתכם במה שידוע לי על השימוש בתקן { $in_country }.
letter-adopt-opening = ברצוני לבקש מאת { $body } לאמץ את התקן { $has_title ->
    [yes] { $standard }, "{ $title }",
   *[no] { $standard }
} { $country_kind ->
    [territory] כתקן של { $country }.
   *[country] כתקן לאומי של { $country }.
}
letter-adopt-why = גופים ציבוריים וחברות מוציאים נתח גדול מההכנסה הלאומית על טובין, עבודות ושירותים, ואופן הרכש שלהם משפיע על תנאי העבודה, על הפליטות ועל הכלכלות המקומיות לאורך שרשראות האספקה, עד לחוליות הרחוקות ביותר. התקן ISO 20400 מספק להם הנחיות מוסכמות ברמה הבינלאומית להתחשבות בהשפעות אלה: ממדיניות הרכש ומחויבות ההנהלה ועד לבחירת הספקים ולניהול החוזים. הוא חל על ארגונים מכל גודל ומכל מגזר, ציבוריים ופרטיים כאחד.
letter-adopt-evidence = { $adopted ->
    [0] ארגון ISO אישר את התקן בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן התקן עדכני ויציב.
    [one] לפחות { $adopted } גוף תקינה לאומי כבר אימץ אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן התקן עדכני ויציב.
    [two] לפחות { $adopted } גופי תקינה לאומיים כבר אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן התקן עדכני ויציב.
   *[other] לפחות { $adopted } גופי תקינה לאומיים כבר אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן התקן עדכני ויציב.
}
letter-adopt-ask = אימוץ בנוסח זהה לנוסח הבינלאומי יעניק לרוכשים ולספקים { $in_country } מסמך ייחוס מוכר שמכרזים ציבוריים ומדיניות של חברות יוכלו להפנות אליו, ויקל על התאמה לשותפי סחר שכבר משתמשים בתקן. אבקש בכבוד מאת { $acronym } להתחיל בתהליך אימוץ התקן { $standard }, ובמידת האפשר לפרסם אותו בשפת המדינה ({ $language }).
letter-adopt-ask-in-progress = ידוע לי כי הליך האימוץ של התקן { $standard } כבר נפתח על ידי { $acronym }. מהדורה זהה לנוסח הבינלאומי תעניק לרוכשים ולספקים { $in_country } מסמך ייחוס מוכר שמכרזים ציבוריים ומדיניות של חברות יוכלו להפנות אליו. אבקש בכבוד מאת { $acronym } להשלים את האימוץ ולפרסם את התקן, במידת האפשר בשפת המדינה ({ $language }), וליידע את המשתמשים הפוטנציאליים כאשר יהיה זמין.
letter-adopt-closing = תודה על שקילת בקשה זו. אשמח לספר לכם עוד על העניין בתקן { $in_country }, ולשמוע מה יכולים להיות הצעדים הבאים.
letter-translate-opening = ברצוני לבקש מאת { $body } להנגיש את התקן { $has_title ->
    [yes] { $standard }, "{ $title }",
   *[no] { $standard }
} בשפת המדינה ({ $language }).
letter-translate-opening-exists = ברצוני לפנות אליכם בעניין { $edition }, מהדורת התקן { $has_title ->
    [yes] { $standard }, "{ $title }",
   *[no] { $standard }
} בשפת המדינה ({ $language }), המתפרסמת על ידי { $acronym }.
letter-translate-why = רכש בר-קיימא הוא עבודתם היומיומית של רוכשים, ספקים, מנהלי חוזים ועובדי ציבור, ורבים מהם קוראים הנחיות בשפתם בלבד. התקן ISO 20400 קיים במהדורות הרשמיות של ISO באנגלית ובצרפתית ובתרגום רשמי לספרדית; עבור מי שעובדים { $in_country } ושפת עבודתם היא { $language }, מהדורה לאומית תהפוך את הטקסט הבינלאומי לכלי מעשי שיוכלו לחלוק עם הצוותים והספקים שלהם.
letter-translate-why-exists = רכש בר-קיימא הוא עבודתם היומיומית של רוכשים, ספקים, מנהלי חוזים ועובדי ציבור, ורבים מהם קוראים הנחיות בשפתם בלבד. הודות למהדורה { $edition }, מי שעובדים { $in_country } ושפת עבודתם היא { $language } כבר יכולים לקרוא את התקן בשפתם; כעת חשוב שיידעו על קיומו ויישמו אותו יחד עם הצוותים והספקים שלהם.
letter-translate-evidence = { $adopted ->
    [0] ארגון ISO אישר את התקן בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן תרגום שייעשה כעת יישאר שימושי במשך שנים רבות.
    [one] לפחות { $adopted } גוף תקינה לאומי אימץ אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן תרגום שייעשה כעת יישאר שימושי במשך שנים רבות.
    [two] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן תרגום שייעשה כעת יישאר שימושי במשך שנים רבות.
   *[other] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן תרגום שייעשה כעת יישאר שימושי במשך שנים רבות.
}
letter-translate-evidence-exists = { $adopted ->
    [0] ארגון ISO אישר את התקן בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן המהדורה { $edition } תישאר עדכנית במשך שנים רבות.
    [one] לפחות { $adopted } גוף תקינה לאומי אימץ אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן המהדורה { $edition } תישאר עדכנית במשך שנים רבות.
    [two] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן המהדורה { $edition } תישאר עדכנית במשך שנים רבות.
   *[other] לפחות { $adopted } גופי תקינה לאומיים אימצו אותו, וארגון ISO אישר אותו בסקירה השיטתית האחרונה, שהסתיימה ביום { $confirmed }, ולכן המהדורה { $edition } תישאר עדכנית במשך שנים רבות.
}
letter-translate-ask = אבקש בכבוד מאת { $acronym } להכין ולפרסם מהדורה של התקן { $standard } בשפת המדינה ({ $language }), בין כאימוץ לאומי ובין כתרגום הנמכר לצד הנוסח הבינלאומי, וליידע את המשתמשים הפוטנציאליים כאשר תהיה זמינה.
letter-translate-ask-exists = תודה על כך שהמהדורה { $edition } הונגשה בשפת המדינה ({ $language }) על ידי { $acronym }. אבקש מכם בכבוד להביא אותה לידיעת הרוכשים, הספקים ועובדי הציבור { $in_country }, ולעדכן אותה בהתאם לנוסח הבינלאומי כאשר ארגון ISO יעדכן את התקן בפעם הבאה.
letter-translate-closing = תודה על שקילת בקשה זו. לאחר פרסום התרגום אשמח לסייע בהפצתו { $in_country }.
letter-sign-off = בכבוד רב,
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = במדינתכם ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city }, { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = גוף התקינה הלאומי שלכם
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = מדינתכם
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = במדינתכם
open-letter-generic-deadline = מועד סיום ההצבעה
open-letter-generic-committee = ועדת ISO האחראית על התקן
