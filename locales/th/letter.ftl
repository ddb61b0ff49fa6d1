# Letter texts: everything a letter in this language needs, and nothing of the interface.
# A language with only this file (and status.toml, terms.toml) is a letter language; the
# interface languages are listed in app/src/i18n.rs. See locales/README.md.

## The language: every letter language (and so every interface language) defines these two.
# The language's name in the language itself, shown in the language switcher.
language-name = ไทย
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
letter-subject-review = ขอความอนุเคราะห์ลงคะแนนเสียงยืนยัน { $standard } ในการทบทวนอย่างเป็นระบบ
letter-subject-adopt = { $country_kind ->
    [territory] ขอความอนุเคราะห์นำ { $standard } มาใช้เป็นมาตรฐานของ{ $country }
   *[country] ขอความอนุเคราะห์นำ { $standard } มาใช้เป็นมาตรฐานแห่งชาติของ{ $country }
}
letter-subject-translate = ขอความอนุเคราะห์จัดพิมพ์ { $standard } เป็นภาษา{ $language }
letter-subject-translate-exists = ขอความอนุเคราะห์เผยแพร่ { $edition } ซึ่งเป็น { $standard } ฉบับภาษา{ $language } ให้เป็นที่รู้จักอย่างกว้างขวาง
letter-greeting = เรียน ท่านผู้เกี่ยวข้อง
letter-review-opening = ข้าพเจ้าขอเรียนมายังท่านเกี่ยวกับ { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} และการลงคะแนนเสียงของ { $body } ในการทบทวนอย่างเป็นระบบของมาตรฐานฉบับนี้ ข้าพเจ้าใคร่ขอให้ท่านลงคะแนนเสียงยืนยันมาตรฐานฉบับนี้ตามที่เป็นอยู่ในปัจจุบัน
letter-review-why = ISO 20400 เป็นกรอบการดำเนินงานร่วมสำหรับการจัดซื้อจัดจ้างที่ยั่งยืนขององค์กรทุกขนาดและทุกภาคส่วน โดยแสดงวิธีชั่งน้ำหนักผลกระทบด้านสิ่งแวดล้อม สังคม และเศรษฐกิจของสิ่งที่องค์กรจัดซื้อตลอดทั้งห่วงโซ่อุปทาน และวิธีผนวกข้อพิจารณาเหล่านี้เข้ากับนโยบาย กระบวนการ และการปฏิบัติงานประจำวัน นับตั้งแต่มาตรฐานนี้ได้รับการเผยแพร่ การเปลี่ยนแปลงสภาพภูมิอากาศ เศรษฐกิจหมุนเวียน สิทธิมนุษยชน และจริยธรรมทางธุรกิจได้กลายเป็นประเด็นสำคัญอันดับต้น ๆ และงานด้านเหล่านี้จำนวนมากเกิดขึ้นในห่วงโซ่อุปทาน มาตรฐานนี้จัดทำขึ้นเพื่อประเด็นเหล่านี้โดยเฉพาะ และยังคงเป็นกรอบการดำเนินงานที่มั่นคงสำหรับประเด็นดังกล่าว
letter-review-evidence = { $adopted ->
    [0] ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } ISO ได้ยืนยันมาตรฐานนี้โดยไม่มีการเปลี่ยนแปลง
   *[other] หน่วยงานมาตรฐานแห่งชาติอย่างน้อย { $adopted } แห่งได้นำมาตรฐานนี้ไปใช้เป็นมาตรฐานแห่งชาติแล้ว และการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } ได้ยืนยันมาตรฐานนี้โดยไม่มีการเปลี่ยนแปลง
}
letter-review-ask = { $has_deadline ->
    [yes] การลงคะแนนเสียงรอบปัจจุบันจะปิดในวันที่ { $deadline } การแก้ไขมาตรฐานจะต้องอาศัยการทำงานของคณะกรรมการวิชาการเป็นเวลาหลายปี ซึ่งเวลาดังกล่าวจะเกิดประโยชน์มากกว่าหากนำไปใช้ช่วยให้องค์กรต่าง ๆ นำแนวทางที่มาตรฐานนี้ให้ไว้แล้วไปปฏิบัติ ด้วยเหตุนี้ ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } ลงคะแนนเสียงยืนยัน { $standard }
    [due] การทบทวนอย่างเป็นระบบครั้งถัดไปของมาตรฐานนี้มีกำหนดต้องดำเนินการภายในวันที่ { $due_by } การแก้ไขมาตรฐานจะต้องอาศัยการทำงานของคณะกรรมการวิชาการเป็นเวลาหลายปี ซึ่งเวลาดังกล่าวจะเกิดประโยชน์มากกว่าหากนำไปใช้ช่วยให้องค์กรต่าง ๆ นำแนวทางที่มาตรฐานนี้ให้ไว้แล้วไปปฏิบัติ ด้วยเหตุนี้ ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } ลงคะแนนเสียงยืนยัน { $standard } เมื่อเปิดการลงคะแนนเสียง
   *[other] การแก้ไขมาตรฐานจะต้องอาศัยการทำงานของคณะกรรมการวิชาการเป็นเวลาหลายปี ซึ่งเวลาดังกล่าวจะเกิดประโยชน์มากกว่าหากนำไปใช้ช่วยให้องค์กรต่าง ๆ นำแนวทางที่มาตรฐานนี้ให้ไว้แล้วไปปฏิบัติ ด้วยเหตุนี้ ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } ลงคะแนนเสียงยืนยัน { $standard } เมื่อเปิดการลงคะแนนเสียง
}
letter-review-closing = ข้าพเจ้าจะยินดีอย่างยิ่งหากได้ทราบว่า { $acronym } มีความประสงค์จะลงคะแนนเสียงอย่างไร และยินดีแบ่งปันข้อมูลเท่าที่ข้าพเจ้าทราบเกี่ยวกับการใช้มาตรฐานนี้{ $in_country } จึงเรียนมาเพื่อโปรดพิจารณา และขอขอบคุณมา ณ โอกาสนี้
letter-adopt-opening = ข้าพเจ้าขอเรียนมาเพื่อขอให้ { $body } นำ { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} { $country_kind ->
    [territory] มาใช้เป็นมาตรฐานของ{ $country }
   *[country] มาใช้เป็นมาตรฐานแห่งชาติของ{ $country }
}
letter-adopt-why = หน่วยงานภาครัฐและบริษัทต่าง ๆ ใช้จ่ายเงินคิดเป็นสัดส่วนสูงของรายได้ประชาชาติไปกับการจัดซื้อจัดจ้างพัสดุ งานก่อสร้าง และบริการ และวิธีการจัดซื้อจัดจ้างขององค์กรเหล่านี้ส่งผลต่อสภาพการทำงาน การปล่อยก๊าซเรือนกระจก และเศรษฐกิจท้องถิ่นไปจนถึงปลายห่วงโซ่อุปทาน ISO 20400 ให้แนวทางที่ได้รับความเห็นพ้องในระดับระหว่างประเทศสำหรับการคำนึงถึงผลกระทบเหล่านี้ ตั้งแต่นโยบายการจัดซื้อจัดจ้างและความมุ่งมั่นของผู้บริหาร ไปจนถึงการคัดเลือกผู้ขายและการบริหารสัญญา มาตรฐานนี้ใช้ได้กับองค์กรทุกขนาดและทุกภาคส่วน ทั้งภาครัฐและภาคเอกชน
letter-adopt-evidence = { $adopted ->
    [0] ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } มาตรฐานนี้จึงยังคงเป็นฉบับปัจจุบันและมีความเสถียร
   *[other] หน่วยงานมาตรฐานแห่งชาติอย่างน้อย { $adopted } แห่งได้นำมาตรฐานนี้ไปใช้แล้ว และ ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } มาตรฐานนี้จึงยังคงเป็นฉบับปัจจุบันและมีความเสถียร
}
letter-adopt-ask = การนำมาตรฐานนี้มาใช้ในระดับเหมือนกันทุกประการกับฉบับระหว่างประเทศ จะทำให้ผู้ซื้อและผู้ขาย{ $in_country } มีเอกสารอ้างอิงที่ได้รับการยอมรับ ซึ่งเอกสารประกวดราคาของภาครัฐและนโยบายของบริษัทสามารถอ้างถึงได้ และจะช่วยให้การปรับแนวปฏิบัติให้สอดคล้องกับคู่ค้าที่ใช้มาตรฐานนี้อยู่แล้วทำได้ง่ายขึ้น ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } เริ่มดำเนินการนำ { $standard } มาใช้ และหากเป็นไปได้ ขอให้จัดพิมพ์เป็นภาษา{ $language }
letter-adopt-ask-in-progress = ข้าพเจ้าทราบว่า { $acronym } ได้เริ่มดำเนินการนำ { $standard } มาใช้แล้ว มาตรฐานฉบับที่เหมือนกันทุกประการกับฉบับระหว่างประเทศจะทำให้ผู้ซื้อและผู้ขาย{ $in_country } มีเอกสารอ้างอิงที่ได้รับการยอมรับ ซึ่งเอกสารประกวดราคาของภาครัฐและนโยบายของบริษัทสามารถอ้างถึงได้ ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } ดำเนินการนำมาตรฐานนี้มาใช้ให้แล้วเสร็จ และประกาศใช้มาตรฐานดังกล่าว โดยหากเป็นไปได้ขอให้เป็นภาษา{ $language } รวมทั้งแจ้งให้ผู้ที่จะใช้มาตรฐานทราบเมื่อมาตรฐานพร้อมให้บริการ
letter-adopt-closing = ข้าพเจ้าจะยินดีอย่างยิ่งหากมีโอกาสได้เรียนให้ท่านทราบเพิ่มเติมเกี่ยวกับความสนใจในมาตรฐานนี้{ $in_country } และได้รับทราบว่าขั้นตอนต่อไปอาจเป็นอย่างไร จึงเรียนมาเพื่อโปรดพิจารณา และขอขอบคุณมา ณ โอกาสนี้
letter-translate-opening = ข้าพเจ้าขอเรียนมาเพื่อขอให้ { $body } จัดทำ { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} เป็นภาษา{ $language }
letter-translate-opening-exists = ข้าพเจ้าขอเรียนมายังท่านเกี่ยวกับ { $edition } ซึ่งเป็น { $has_title ->
    [yes] { $standard } “{ $title }”
   *[no] { $standard }
} ฉบับภาษา{ $language } ที่ { $acronym } จัดพิมพ์
letter-translate-why = การจัดซื้อจัดจ้างที่ยั่งยืนเป็นงานประจำวันของผู้ซื้อ ผู้ขาย ผู้บริหารสัญญา และเจ้าหน้าที่ของรัฐ ซึ่งหลายคนอ่านเอกสารแนวทางเฉพาะที่เป็นภาษาของตนเองเท่านั้น ISO 20400 มีฉบับทางการของ ISO เป็นภาษาอังกฤษและภาษาฝรั่งเศส และมีฉบับแปลทางการเป็นภาษาสเปน สำหรับผู้ที่ทำงานด้วยภาษา{ $language }{ $in_country } ฉบับระดับชาติจะเปลี่ยนเอกสารระหว่างประเทศให้เป็นเครื่องมือที่ใช้ได้จริง ซึ่งสามารถแบ่งปันกับทีมงานและผู้ขายของตนได้
letter-translate-why-exists = การจัดซื้อจัดจ้างที่ยั่งยืนเป็นงานประจำวันของผู้ซื้อ ผู้ขาย ผู้บริหารสัญญา และเจ้าหน้าที่ของรัฐ ซึ่งหลายคนอ่านเอกสารแนวทางเฉพาะที่เป็นภาษาของตนเองเท่านั้น เมื่อมี { $edition } แล้ว ผู้ที่ทำงานด้วยภาษา{ $language }{ $in_country } ก็มีมาตรฐานนี้เป็นภาษาของตนเองแล้ว สิ่งสำคัญในขณะนี้คือการทำให้บุคคลเหล่านี้รู้ว่ามีฉบับนี้อยู่ และนำไปใช้ร่วมกับทีมงานและผู้ขายของตน
letter-translate-evidence = { $adopted ->
    [0] ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } ฉบับแปลที่จัดทำขึ้นในขณะนี้จึงจะยังคงเป็นประโยชน์ไปอีกหลายปี
   *[other] หน่วยงานมาตรฐานแห่งชาติอย่างน้อย { $adopted } แห่งได้นำมาตรฐานนี้ไปใช้แล้ว และ ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } ฉบับแปลที่จัดทำขึ้นในขณะนี้จึงจะยังคงเป็นประโยชน์ไปอีกหลายปี
}
letter-translate-evidence-exists = { $adopted ->
    [0] ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } { $edition } จึงจะยังคงเป็นฉบับปัจจุบันไปอีกหลายปี
   *[other] หน่วยงานมาตรฐานแห่งชาติอย่างน้อย { $adopted } แห่งได้นำมาตรฐานนี้ไปใช้แล้ว และ ISO ได้ยืนยันมาตรฐานนี้ในการทบทวนอย่างเป็นระบบครั้งล่าสุด ซึ่งแล้วเสร็จเมื่อวันที่ { $confirmed } { $edition } จึงจะยังคงเป็นฉบับปัจจุบันไปอีกหลายปี
}
letter-translate-ask = ข้าพเจ้าจึงใคร่ขอความกรุณาให้ { $acronym } จัดทำและจัดพิมพ์ { $standard } ฉบับภาษา{ $language } ไม่ว่าจะในรูปแบบการนำมาใช้เป็นมาตรฐานแห่งชาติ หรือเป็นฉบับแปลที่จำหน่ายควบคู่กับฉบับระหว่างประเทศ รวมทั้งแจ้งให้ผู้ที่จะใช้ทราบเมื่อฉบับดังกล่าวพร้อมให้บริการ
letter-translate-ask-exists = ข้าพเจ้าขอขอบคุณ { $acronym } ที่ได้จัดทำ { $edition } เป็นภาษา{ $language } และใคร่ขอความกรุณาให้ท่านเผยแพร่ฉบับนี้ให้เป็นที่รู้จักอย่างกว้างขวางในหมู่ผู้ซื้อ ผู้ขาย และเจ้าหน้าที่ของรัฐ{ $in_country } รวมทั้งปรับปรุงให้สอดคล้องกับฉบับระหว่างประเทศเมื่อ ISO แก้ไขมาตรฐานนี้ในครั้งต่อไป
letter-translate-closing = ข้าพเจ้ายินดีช่วยเผยแพร่ฉบับแปลให้เป็นที่รู้จัก{ $in_country } เมื่อได้รับการจัดพิมพ์แล้ว จึงเรียนมาเพื่อโปรดพิจารณา และขอขอบคุณมา ณ โอกาสนี้
letter-sign-off = ขอแสดงความนับถือ
# "in <country>" for a country whose name countries.ftl does not give yet: $country is
# CLDR's name standing alone, so put it where no article or case is needed.
letter-in-your-country = ในประเทศของท่าน ({ $country })
# $role and $organisation joined on the signature's second line.
letter-role-organisation = { $role } { $organisation }
# The place and date line above the recipient on the printed letter.
letter-place-date = { $city } วันที่ { $date }

## Open letters: what fills a placeable when the letter is read by everyone, not one body.
open-letter-generic-body = หน่วยงานมาตรฐานแห่งชาติของท่าน
# $country where a letter is read by everyone: nominative, as a writer's { $country } stands.
open-letter-generic-country = ประเทศของท่าน
# $in_country where a letter is read by everyone.
open-letter-generic-in-country = ในประเทศของท่าน
open-letter-generic-deadline = วันปิดการลงคะแนนเสียง
open-letter-generic-committee = คณะกรรมการวิชาการของ ISO ที่รับผิดชอบมาตรฐานนี้
