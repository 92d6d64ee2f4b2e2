package pii

import "strings"

// set builds a lookup set from space-separated words.
func set(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// notNameWords are capitalised words that are no one's name: sentence
// starts, roles, greetings and closings, days and months, carriers, the
// marketplace. Lower-cased.
var notNameWords = set(
	// English
	`i i'm i've i'd we you he she it they my our your his her their the a an this that these those
	there here please thanks thank hi hello hey dear regards best kind cheers sincerely yours
	sir madam madame sirs team seller sellers customer customers support service services shop store
	staff company manager department buyer order orders item items product package parcel delivery
	amazon prime marketplace seller-central dhl ups usps fedex dpd gls hermes tnt royal mail post
	evri yodel colissimo chronopost correos seur mrw brt sda poste italiane yamato sagawa jp sf ems
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december today tomorrow yesterday
	hope also still just not no yes ok okay sorry again great good very
	mr mrs ms miss mx dr prof hr fr mme mlle sr sra srta sig dott`,
	// German
	`ich wir sie du er es mein meine meinen unser unsere ihr ihre der die das dem den ein eine
	hallo liebe lieber sehr geehrte geehrter damen herren herr frau team verkäufer verkäuferin händler
	kundenservice kundendienst service support bestellung paket lieferung artikel ware kunde kundin
	danke vielen grüße gruß freundlichen mfg lg vg montag dienstag mittwoch donnerstag freitag
	samstag sonntag januar februar märz mai juni juli oktober dezember heute morgen gestern leider
	bitte`,
	// French
	`je nous vous il elle on mon ma mes notre votre le la les un une bonjour bonsoir cher chère
	monsieur mademoiselle messieurs mesdames équipe vendeur vendeuse service commande colis client
	cliente merci cordialement salutations lundi mardi mercredi jeudi vendredi samedi dimanche
	janvier février avril juin juillet août septembre octobre novembre décembre`,
	// Spanish
	`yo nosotros usted ustedes mi mis el los las hola estimado estimada señor señora señores equipo
	vendedor vendedora servicio pedido paquete cliente gracias saludos atentamente lunes martes
	miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
	septiembre octubre noviembre diciembre`,
	// Italian
	`io noi lei voi il lo gli buongiorno salve gentile gentili signor signore signora signori staff
	venditore servizio ordine pacco cliente grazie cordiali saluti distinti lunedì martedì mercoledì
	giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio agosto settembre
	ottobre novembre dicembre`,
	// Other marketplace languages
	`ik mijn wij u bedankt groeten met vriendelijke groet verkoper jag vi hej tack hälsningar ja
	my mój moja pozdrawiam dziękuję sprzedawca ben biz merhaba teşekkürler saygılarımla satıcı eu
	nós olá obrigado obrigada atenciosamente vendedor`,
)

// firstNames are common first names in the marketplaces' languages, lower-
// cased; names that are also common words ("Will", "Mark", "May", "Rose",
// "Frank") are left out, because a capitalised word at the start of a
// sentence would be taken for them.
var firstNames = set(
	// English
	`james john robert michael william david richard joseph thomas charles christopher daniel matthew
	anthony donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
	jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
	gregory alexander patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas
	zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
	austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
	juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny tom tommy mike
	jim bob steve dave chris matt dan tim  sam nick alex pete liam oliver harry oscar charlie
	mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
	sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
	sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
	katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
	joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah
	jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
	sophia denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
	charlotte marie kayla alexis lori jane kate katie sophie lucy chloe   jenny `,
	// German
	`hans peter klaus jürgen wolfgang michael thomas andreas stefan frank uwe dieter bernd horst
	günter gerhard manfred werner helmut heinz karl walter markus sebastian tobias florian jan lukas
	leon finn jonas felix maximilian niklas moritz tim timo dennis sven jens lars dirk holger ralf
	rainer matthias christian torsten kai björn jörg ulrich volker norbert reinhard detlef siegfried
	ursula monika petra sabine renate helga karin brigitte ingrid erika andrea gabriele claudia
	susanne birgit christine nicole stefanie katrin anja kerstin heike silke martina tanja sandra
	melanie julia lena laura lea hanna leonie sophie marie johanna katharina anke jutta gisela
	elke annette heidi barbara doris christa angelika ute bärbel ilse inge gertrud hildegard`,
	// French
	`jean pierre michel philippe alain bernard jacques françois patrick nicolas christophe daniel
	frédéric laurent stéphane david éric olivier sébastien julien thierry pascal gilles didier
	christian dominique vincent antoine mathieu guillaume romain thomas hugo lucas louis théo
	marie nathalie isabelle sylvie catherine françoise monique christine valérie sandrine véronique
	sophie céline stéphanie chantal nicole martine brigitte julie aurélie émilie camille léa manon
	chloé inès clémence élodie margaux mathilde juliette amandine`,
	// Spanish
	`josé antonio manuel francisco juan javier jesús carlos alejandro miguel rafael pedro ángel pablo
	sergio fernando jorge luis alberto álvaro diego adrián raúl enrique ramón vicente andrés joaquín
	santiago eduardo víctor mario roberto marcos iván rubén óscar gonzalo ignacio
	carmen josefa isabel dolores pilar teresa ana laura cristina marta antonia  lucía elena
	rosa concepción paula raquel manuela beatriz sara patricia silvia nuria irene alba andrea
	montserrat rocío sonia inmaculada yolanda esther ainhoa noelia lorena`,
	// Italian
	`giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco
	domenico bruno paolo michele giorgio aldo sergio luciano alessandro andrea marco stefano roberto
	massimo fabio matteo lorenzo davide simone luca riccardo federico gianluca giacomo emanuele
	maria anna giuseppina rosa angela giovanna teresa lucia carmela caterina francesca rita
	antonietta concetta paola laura giulia chiara sara valentina alessia martina federica elisa
	silvia elena francesca serena cristina roberta monica daniela barbara simona giorgia`,
	// Dutch, Swedish, Polish, Turkish, Portuguese
	`jan pieter kees henk johan willem sander bas thijs daan sem ruben bram joost maarten eva sanne
	lotte anouk femke fleur inge marieke lars erik anders johan karl nils olof sven lars mikael
	astrid ingrid karin elin maja ebba saga tomasz piotr krzysztof andrzej paweł michał marcin
	łukasz jakub kamil agnieszka katarzyna małgorzata magdalena joanna monika ewa zofia mehmet mustafa
	ahmet ali hüseyin hasan ibrahim murat emre burak zeynep elif ayşe fatma emine merve büşra
	joão pedro lucas gabriel rafael tiago bruno rodrigo ana beatriz mariana juliana fernanda camila`,
)

// zhSurnames are the common Chinese family names (one character each).
const zhSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"

// jaNotName: words before 様 or さん that are no one's name.
var jaNotName = set(`客 皆 神 王 殿 担当 店長 出品者 販売者 ご担当者 担当者 配達員 運転手 業者 会社 店舗 ショップ 御社 貴社 アマゾン`)

// zhNotName: words after 我是 that are no name.
var zhNotName = set(`买家 顾客 客户 消费者 老客户 新客户 本人 卖家`)

// cjkNotName: short Han or Katakana lines that close a mail, not a name.
var cjkNotName = set(`敬具 草々 以上 宜敷 感謝 謝謝 谢谢 感谢 多谢 祝好 此致 敬礼 此致敬礼 拜托 麻烦 辛苦 宜しく お願い 失礼 ありがとう 再见 顺祝 商祺`)
