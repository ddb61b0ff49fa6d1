# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = ខ្មែរ
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
letter-subject-review = សំណើសុំឱ្យបោះឆ្នោតគាំទ្រការបញ្ជាក់ស្តង់ដារ { $standard } ក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធ
letter-subject-adopt = { $country_kind ->
    [territory] សំណើសុំឱ្យអនុម័តយកស្តង់ដារ { $standard } ធ្វើជាស្តង់ដាររបស់{ $country }
   *[country] សំណើសុំឱ្យអនុម័តយកស្តង់ដារ { $standard } ធ្វើជាស្តង់ដារជាតិរបស់{ $country }
}
letter-subject-translate = សំណើសុំឱ្យបោះពុម្ពផ្សាយស្តង់ដារ { $standard } ជាភាសា{ $language }
letter-subject-translate-exists = សំណើសុំឱ្យផ្សព្វផ្សាយឱ្យបានទូលំទូលាយនូវ { $edition } ដែលជាកំណែភាសា{ $language } នៃស្តង់ដារ { $standard }
letter-greeting = សូមគោរពជូន លោក លោកស្រី
letter-review-opening = ខ្ញុំសូមសរសេរលិខិតនេះជូនលោក លោកស្រី ទាក់ទងនឹងស្តង់ដារ { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} និងការបោះឆ្នោតរបស់ { $body } ក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធនៃស្តង់ដារនេះ។ ខ្ញុំសូមស្នើឱ្យលោក លោកស្រី បោះឆ្នោតគាំទ្រការបញ្ជាក់ស្តង់ដារនេះតាមសភាពដែលមានស្រាប់។
letter-review-why = ISO 20400 ផ្តល់ឱ្យអង្គភាពគ្រប់ទំហំ និងគ្រប់វិស័យ នូវក្របខ័ណ្ឌរួមមួយសម្រាប់លទ្ធកម្មប្រកបដោយចីរភាព៖ ស្តង់ដារនេះបង្ហាញពីរបៀបថ្លឹងថ្លែងផលប៉ះពាល់ផ្នែកបរិស្ថាន សង្គម និងសេដ្ឋកិច្ច នៃអ្វីដែលអង្គភាពទាំងនោះទិញ នៅទូទាំងខ្សែសង្វាក់ផ្គត់ផ្គង់ និងរបៀបបញ្ចូលការពិចារណាទាំងនេះទៅក្នុងគោលនយោបាយ នីតិវិធី និងការអនុវត្តការងារប្រចាំថ្ងៃ។ ចាប់តាំងពីស្តង់ដារនេះត្រូវបានបោះពុម្ពផ្សាយមក ការប្រែប្រួលអាកាសធាតុ សេដ្ឋកិច្ចវិលជុំ សិទ្ធិមនុស្ស និងក្រមសីលធម៌អាជីវកម្ម បានក្លាយជាបញ្ហាអាទិភាពកំពូល ហើយការងារភាគច្រើនលើបញ្ហាទាំងនេះ ត្រូវបានធ្វើឡើងនៅក្នុងខ្សែសង្វាក់ផ្គត់ផ្គង់។ ស្តង់ដារនេះត្រូវបានរៀបចំឡើងសម្រាប់បញ្ហាទាំងនេះយ៉ាងពិតប្រាកដ ហើយនៅតែជាក្របខ័ណ្ឌដ៏រឹងមាំសម្រាប់បញ្ហាទាំងនោះ។
letter-review-evidence = { $adopted ->
    [0] ក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ISO បានបញ្ជាក់ស្តង់ដារនេះដោយគ្មានការកែប្រែ។
   *[other] យ៉ាងហោចណាស់មានស្ថាប័នស្តង់ដារជាតិចំនួន { $adopted } បានអនុម័តយកស្តង់ដារនេះធ្វើជាស្តង់ដារជាតិ ហើយការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } បានបញ្ជាក់ស្តង់ដារនេះដោយគ្មានការកែប្រែ។
}
letter-review-ask = { $has_deadline ->
    [yes] ការបោះឆ្នោតបច្ចុប្បន្ននឹងបិទនៅថ្ងៃទី { $deadline }។ ការកែសម្រួលស្តង់ដារនេះនឹងតម្រូវឱ្យមានការងាររបស់គណៈកម្មាធិការអស់រយៈពេលជាច្រើនឆ្នាំ ខណៈដែលពេលវេលានោះនឹងមានប្រយោជន៍ច្រើនជាង ប្រសិនបើប្រើប្រាស់ដើម្បីជួយអង្គភាពនានាឱ្យអនុវត្តការណែនាំដែលស្តង់ដារនេះបានផ្តល់ជូនរួចហើយ។ ហេតុនេះ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } បោះឆ្នោតគាំទ្រការបញ្ជាក់ស្តង់ដារ { $standard }។
    [due] ការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកក្រោយនៃស្តង់ដារនេះ ត្រូវធ្វើឡើងយ៉ាងយូរបំផុតត្រឹមថ្ងៃទី { $due_by }។ ការកែសម្រួលស្តង់ដារនេះនឹងតម្រូវឱ្យមានការងាររបស់គណៈកម្មាធិការអស់រយៈពេលជាច្រើនឆ្នាំ ខណៈដែលពេលវេលានោះនឹងមានប្រយោជន៍ច្រើនជាង ប្រសិនបើប្រើប្រាស់ដើម្បីជួយអង្គភាពនានាឱ្យអនុវត្តការណែនាំដែលស្តង់ដារនេះបានផ្តល់ជូនរួចហើយ។ ហេតុនេះ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } បោះឆ្នោតគាំទ្រការបញ្ជាក់ស្តង់ដារ { $standard } នៅពេលដែលការបោះឆ្នោតត្រូវបានបើក។
   *[other] ការកែសម្រួលស្តង់ដារនេះនឹងតម្រូវឱ្យមានការងាររបស់គណៈកម្មាធិការអស់រយៈពេលជាច្រើនឆ្នាំ ខណៈដែលពេលវេលានោះនឹងមានប្រយោជន៍ច្រើនជាង ប្រសិនបើប្រើប្រាស់ដើម្បីជួយអង្គភាពនានាឱ្យអនុវត្តការណែនាំដែលស្តង់ដារនេះបានផ្តល់ជូនរួចហើយ។ ហេតុនេះ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } បោះឆ្នោតគាំទ្រការបញ្ជាក់ស្តង់ដារ { $standard } នៅពេលដែលការបោះឆ្នោតត្រូវបានបើក។
}
letter-review-closing = សូមអរគុណលោក លោកស្រី ចំពោះការពិចារណាលើសំណើនេះ។ ខ្ញុំពិតជារីករាយ ប្រសិនបើបានជ្រាបពីរបៀបដែល { $acronym } គ្រោងនឹងបោះឆ្នោត ហើយខ្ញុំក៏រីករាយចែករំលែកនូវអ្វីដែលខ្ញុំដឹងអំពីការប្រើប្រាស់ស្តង់ដារនេះ{ $in_country }។
letter-adopt-opening = ខ្ញុំសូមសរសេរលិខិតនេះ ដើម្បីស្នើសុំឱ្យ { $body } អនុម័តយកស្តង់ដារ { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} { $country_kind ->
    [territory] ធ្វើជាស្តង់ដាររបស់{ $country }។
   *[country] ធ្វើជាស្តង់ដារជាតិរបស់{ $country }។
}
letter-adopt-why = ស្ថាប័នសាធារណៈ និងក្រុមហ៊ុននានា ចំណាយចំណែកដ៏ធំនៃប្រាក់ចំណូលជាតិលើទំនិញ សំណង់ និងសេវាកម្ម ហើយរបៀបដែលពួកគេធ្វើលទ្ធកម្ម មានឥទ្ធិពលលើលក្ខខណ្ឌការងារ ការបញ្ចេញឧស្ម័ន និងសេដ្ឋកិច្ចមូលដ្ឋាន រហូតដល់ចុងខ្សែសង្វាក់ផ្គត់ផ្គង់របស់ពួកគេ។ ISO 20400 ផ្តល់ឱ្យពួកគេនូវការណែនាំដែលបានឯកភាពគ្នាជាអន្តរជាតិ សម្រាប់យកផលប៉ះពាល់ទាំងនេះមកពិចារណា ចាប់ពីគោលនយោបាយលទ្ធកម្ម និងការប្តេជ្ញាចិត្តរបស់ថ្នាក់ដឹកនាំ រហូតដល់ការជ្រើសរើសអ្នកផ្គត់ផ្គង់ និងការគ្រប់គ្រងកិច្ចសន្យា។ ស្តង់ដារនេះអាចអនុវត្តបានចំពោះអង្គភាពគ្រប់ទំហំ និងគ្រប់វិស័យ ទាំងវិស័យសាធារណៈ និងវិស័យឯកជន។
letter-adopt-evidence = { $adopted ->
    [0] ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះស្តង់ដារនេះនៅតែជាធរមាន និងមានស្ថិរភាព។
   *[other] យ៉ាងហោចណាស់មានស្ថាប័នស្តង់ដារជាតិចំនួន { $adopted } បានអនុម័តយកស្តង់ដារនេះរួចហើយ ហើយ ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះស្តង់ដារនេះនៅតែជាធរមាន និងមានស្ថិរភាព។
}
letter-adopt-ask = ការអនុម័តយកស្តង់ដារនេះ ក្នុងទម្រង់ដែលដូចគ្នាទាំងស្រុងនឹងអត្ថបទអន្តរជាតិ នឹងផ្តល់ឱ្យអ្នកទិញ និងអ្នកផ្គត់ផ្គង់{ $in_country } នូវឯកសារយោងដែលត្រូវបានទទួលស្គាល់ ដែលការដេញថ្លៃសាធារណៈ និងគោលនយោបាយរបស់ក្រុមហ៊ុនអាចយោងបាន ហើយនឹងធ្វើឱ្យកាន់តែងាយស្រួលក្នុងការធ្វើឱ្យស្របគ្នាជាមួយដៃគូពាណិជ្ជកម្មដែលកំពុងប្រើប្រាស់ស្តង់ដារនេះរួចហើយ។ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } ចាប់ផ្តើមដំណើរការអនុម័តយកស្តង់ដារ { $standard } ហើយប្រសិនបើអាចធ្វើបាន សូមបោះពុម្ពផ្សាយស្តង់ដារនេះជាភាសា{ $language }។
letter-adopt-ask-in-progress = ខ្ញុំបានជ្រាបថា { $acronym } បានចាប់ផ្តើមដំណើរការអនុម័តយកស្តង់ដារ { $standard } រួចហើយ។ កំណែដែលដូចគ្នាទាំងស្រុងនឹងអត្ថបទអន្តរជាតិ នឹងផ្តល់ឱ្យអ្នកទិញ និងអ្នកផ្គត់ផ្គង់{ $in_country } នូវឯកសារយោងដែលត្រូវបានទទួលស្គាល់ ដែលការដេញថ្លៃសាធារណៈ និងគោលនយោបាយរបស់ក្រុមហ៊ុនអាចយោងបាន។ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } បញ្ចប់ដំណើរការអនុម័តយក និងបោះពុម្ពផ្សាយស្តង់ដារនេះ ជាភាសា{ $language } ប្រសិនបើអាចធ្វើបាន ព្រមទាំងជូនដំណឹងដល់អ្នកដែលនឹងប្រើប្រាស់ស្តង់ដារនេះ នៅពេលដែលស្តង់ដារនេះអាចរកបាន។
letter-adopt-closing = សូមអរគុណលោក លោកស្រី ចំពោះការពិចារណាលើសំណើនេះ។ ខ្ញុំពិតជារីករាយ ប្រសិនបើមានឱកាសជម្រាបជូនលោក លោកស្រី បន្ថែមទៀតអំពីចំណាប់អារម្មណ៍លើស្តង់ដារនេះ{ $in_country } និងបានជ្រាបពីជំហានបន្ទាប់ដែលអាចធ្វើទៅបាន។
letter-translate-opening = ខ្ញុំសូមសរសេរលិខិតនេះ ដើម្បីស្នើសុំឱ្យ { $body } រៀបចំឱ្យមានស្តង់ដារ { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} ជាភាសា{ $language }។
letter-translate-opening-exists = ខ្ញុំសូមសរសេរលិខិតនេះជូនលោក លោកស្រី ទាក់ទងនឹង { $edition } ដែលជាកំណែភាសា{ $language } នៃស្តង់ដារ { $has_title ->
    [yes] { $standard } «{ $title }»
   *[no] { $standard }
} ដែល { $acronym } បានបោះពុម្ពផ្សាយ។
letter-translate-why = លទ្ធកម្មប្រកបដោយចីរភាព គឺជាការងារប្រចាំថ្ងៃរបស់អ្នកទិញ អ្នកផ្គត់ផ្គង់ អ្នកគ្រប់គ្រងកិច្ចសន្យា និងមន្ត្រីរាជការ ដែលក្នុងចំណោមពួកគេ មានមនុស្សជាច្រើនអានឯកសារណែនាំតែជាភាសារបស់ខ្លួនប៉ុណ្ណោះ។ ISO 20400 មានកំណែផ្លូវការរបស់ ISO ជាភាសាអង់គ្លេស និងភាសាបារាំង ព្រមទាំងការបកប្រែផ្លូវការជាភាសាអេស្ប៉ាញ។ សម្រាប់អ្នក{ $in_country } ដែលធ្វើការជាភាសា{ $language } កំណែជាតិមួយនឹងប្រែក្លាយអត្ថបទអន្តរជាតិនេះ ទៅជាឧបករណ៍ជាក់ស្តែងដែលពួកគេអាចចែករំលែកជាមួយក្រុមការងារ និងអ្នកផ្គត់ផ្គង់របស់ពួកគេ។
letter-translate-why-exists = លទ្ធកម្មប្រកបដោយចីរភាព គឺជាការងារប្រចាំថ្ងៃរបស់អ្នកទិញ អ្នកផ្គត់ផ្គង់ អ្នកគ្រប់គ្រងកិច្ចសន្យា និងមន្ត្រីរាជការ ដែលក្នុងចំណោមពួកគេ មានមនុស្សជាច្រើនអានឯកសារណែនាំតែជាភាសារបស់ខ្លួនប៉ុណ្ណោះ។ ដោយមាន { $edition } អ្នក{ $in_country } ដែលធ្វើការជាភាសា{ $language } មានស្តង់ដារនេះជាភាសារបស់ខ្លួនរួចហើយ។ អ្វីដែលសំខាន់នៅពេលនេះ គឺធ្វើឱ្យពួកគេដឹងថាមានកំណែនេះ ហើយយកទៅប្រើប្រាស់ជាមួយក្រុមការងារ និងអ្នកផ្គត់ផ្គង់របស់ពួកគេ។
letter-translate-evidence = { $adopted ->
    [0] ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះការបកប្រែដែលធ្វើឡើងនៅពេលនេះ នឹងនៅតែមានប្រយោជន៍អស់រយៈពេលជាច្រើនឆ្នាំ។
   *[other] យ៉ាងហោចណាស់មានស្ថាប័នស្តង់ដារជាតិចំនួន { $adopted } បានអនុម័តយកស្តង់ដារនេះរួចហើយ ហើយ ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះការបកប្រែដែលធ្វើឡើងនៅពេលនេះ នឹងនៅតែមានប្រយោជន៍អស់រយៈពេលជាច្រើនឆ្នាំ។
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះ { $edition } នឹងនៅតែជាធរមានអស់រយៈពេលជាច្រើនឆ្នាំ។
   *[other] យ៉ាងហោចណាស់មានស្ថាប័នស្តង់ដារជាតិចំនួន { $adopted } បានអនុម័តយកស្តង់ដារនេះរួចហើយ ហើយ ISO បានបញ្ជាក់ស្តង់ដារនេះក្នុងការពិនិត្យឡើងវិញជាប្រព័ន្ធលើកចុងក្រោយ ដែលបានបញ្ចប់នៅថ្ងៃទី { $confirmed } ដូច្នេះ { $edition } នឹងនៅតែជាធរមានអស់រយៈពេលជាច្រើនឆ្នាំ។
}
letter-translate-ask = ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យ { $acronym } រៀបចំ និងបោះពុម្ពផ្សាយកំណែភាសា{ $language } នៃស្តង់ដារ { $standard } ទោះជាក្នុងទម្រង់ជាការអនុម័តយកជាស្តង់ដារជាតិ ឬជាការបកប្រែដែលលក់រួមជាមួយអត្ថបទអន្តរជាតិក្តី ព្រមទាំងជូនដំណឹងដល់អ្នកដែលនឹងប្រើប្រាស់ នៅពេលដែលកំណែនេះអាចរកបាន។
letter-translate-ask-exists = ខ្ញុំសូមថ្លែងអំណរគុណដល់ { $acronym } ដែលបានរៀបចំឱ្យមាន { $edition } ជាភាសា{ $language }។ ខ្ញុំសូមស្នើដោយក្តីគោរពឱ្យលោក លោកស្រី ផ្សព្វផ្សាយកំណែនេះឱ្យបានទូលំទូលាយដល់អ្នកទិញ អ្នកផ្គត់ផ្គង់ និងមន្ត្រីរាជការ{ $in_country } និងធ្វើបច្ចុប្បន្នភាពកំណែនេះឱ្យស្របនឹងអត្ថបទអន្តរជាតិ នៅពេលដែល ISO កែសម្រួលស្តង់ដារនេះលើកក្រោយ។
letter-translate-closing = សូមអរគុណលោក លោកស្រី ចំពោះការពិចារណាលើសំណើនេះ។ ខ្ញុំពិតជារីករាយក្នុងការជួយផ្សព្វផ្សាយការបកប្រែនេះ{ $in_country } នៅពេលដែលការបកប្រែនេះត្រូវបានបោះពុម្ពផ្សាយ។
letter-sign-off = ដោយក្តីគោរព
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = នៅប្រទេសរបស់លោក លោកស្រី ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role }, { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city } ថ្ងៃទី { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = ស្ថាប័នស្តង់ដារជាតិនៃប្រទេសរបស់លោកអ្នក
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ប្រទេសរបស់លោកអ្នក
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = នៅប្រទេសរបស់លោកអ្នក
open-letter-generic-deadline = កាលបរិច្ឆេទបិទការបោះឆ្នោត
open-letter-generic-committee = គណៈកម្មាធិការ ISO ដែលទទួលបន្ទុកស្តង់ដារនេះ
