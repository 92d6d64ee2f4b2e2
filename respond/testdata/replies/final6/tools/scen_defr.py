from frame import *
D="de"; F="fr"
S("de",D,"Jürgen","Akku-Rasenmäher 36V","Guten Tag, wir sind umgezogen und ich habe vergessen die Adresse zu ändern. Bitte an Lindenstraße 14, 50674 Köln liefern statt an die alte Adresse. Danke",
  O("unshipped","fbm",189.00,purch=0,latest=5),E("unshipped FBM, new address given -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("de",D,"Sabine","Thermoskanne 1L Edelstahl","Hallo, das Paket ist schon unterwegs, aber an meine alte Adresse. Neue Adresse: Sabine Krüger, Am Mühlbach 3, 83022 Rosenheim. Könnten Sie mir bitte eine neue schicken? Ich zahl auch gern den Versand",
  O("shipped","fbm",19.90,ship=-1,latest=3),E("shipped FBM under EUR 30, address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("de",D,"Tobias","Gaming Monitor 27 Zoll","Bitte stornieren Sie meine Bestellung, ich habe mich beim Modell vertan.",
  O("unshipped","fbm",249.00,purch=0,latest=4),E("unofficial cancel unshipped -> Meine Bestellungen",offers=["cancel_via_amazon"],fo=["cancel"],fr=["reason"]),state="unshipped-fbm",case="cancel_order")
S("de",D,"Heike","Kaffeemühle elektrisch","Wo bleibt meine Lieferung? Sollte laut Amazon gestern kommen.",
  O("shipped","fbm",34.95,ship=-4,latest=-1),E("FBM shipping inquiry -> tracking",offers=["tracking"]),state="shipped-fbm-over",case="shipping_inquiry")
S("de",D,"Marco","Fahrradhelm Erwachsene L","Hallo, wann kommt der Helm? Sendungsverfolgung geht nicht.",
  O("shipped","fba",39.99,ship=-2,latest=1),E("FBA -> Amazon Kundenservice",offers=["amazon_support"]),state="shipped-fba",case="shipping_inquiry")
S("de",D,"Petra","Duschkopf mit Filter","Beim Duschkopf fehlt die Dichtung und der Adapter für den Schlauch (steht in der Anleitung drin, ist aber nicht in der Packung). Können Sie mir die Teile schicken?",
  O("delivered","fbm",24.99,ship=-5,deliv=-2),E("missing parts named (seal + adapter)",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-under",case="return_dissatisfied:missing_parts")
S("de",D,"Lukas","Laufschuhe Herren","Hab die Schuhe in 44 bestellt, bekommen hab ich 42. Bitte tauschen gegen 44, die brauch ich für nen Lauf am Sonntag",
  O("delivered","fbm",69.00,ship=-4,deliv=-1),E("wrong size, wanted size stated -> replacement",offers=["replacement"],fr=["variant"],tasks=["reship"]),state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("de",D,"Ingrid","Porzellan Teeservice 12-tlg","Leider sind zwei Tassen zerbrochen angekommen, der Karton war aussen unbeschädigt. Foto anbei. Ich möchte lieber das Geld für die zwei Tassen zurück, kein neues Set.",
  O("delivered","fbm",59.90,ship=-6,deliv=-2),E("damaged, photo attached; wants money for two cups, not a new set",offers=["partial_refund"],fo=["replacement"],fr=["photo","symptom"]),photo=True,state="delivered-fbm-over",case="return_dissatisfied:damaged")
S("de",D,"Kevin","Bluetooth Kopfhörer Over-Ear","Linke Seite geht nach 5 min aus, rechte spielt weiter. Zurückgesetzt hab ich sie schon. Bitte Ersatz.",
  O("delivered","fba",54.99,ship=-14,deliv=-12),E("defective FBA, symptom given, replacement asked",offers=["replacement"],fr=["symptom"]),state="delivered-fba",case="return_dissatisfied:defective")
S("de",D,"Monika","Wanduhr Holz 40cm","Ich brauche die Uhr doch nicht mehr, die Wand ist zu klein. Wie kann ich sie zurückschicken?",
  O("delivered","fbm",44.00,ship=-7,deliv=-4),E("FBM unwanted -> ask to keep with partial refund",req=["keep_item"],fr=["reason"]),state="delivered-fbm-over",case="return_unwanted")
S("de",D,"Dieter","Werkzeugkoffer 108-teilig","Habe die Ware vor 10 Tagen zurückgeschickt (DHL sagt zugestellt am Montag). Wann bekomme ich mein Geld?",
  O("returned","fbm",79.00,ship=-30,deliv=-27,ret=-4),E("return received, no refund -> refund task",tasks=["refund"]),state="returned-fbm",case="refund_status")
S("de",D,"Anja","LED Lichterkette 20m","Wenn ich bis morgen keine Antwort habe gibts 1 Stern. Die halbe Kette leuchtet nicht, nur die ersten 10 Meter.",
  O("delivered","fbm",22.99,ship=-8,deliv=-5),E("review threat + defect described; solve, never tie to review",fr=["symptom"]),state="delivered-fbm-under",case="negative_review")
N("de",D,"return_auth","Wanduhr Holz 40cm",O("delivered","fbm",44.00,ship=-9,deliv=-6),E("Rücksendegenehmigung (No longer needed) -> no reply",draft=False),reason="Wird nicht mehr benötigt",comment="",state="delivered-fbm-over",case="notice")
S("de",D,"Stefan","Rucksack Wasserdicht 30L","Hallo, Bestellung ist nicht angekommen und ich finde sie auch nicht unter meinen Bestellungen. Können Sie nachsehen?",
  None,E("unknown order (order id only in the relay subject) -> check_order, no tracking invented",tasks=["check_order"],fo=["tracking"]),state="none",case="shipping_inquiry")
# fr
S("fr",F,"Camille","Robot pâtissier 1200W","Bonjour, j'ai fait une erreur d'adresse, le code postal est 69007 et pas 69700. Est-ce possible de corriger avant l'envoi ? Merci d'avance",
  O("unshipped","fbm",129.00,purch=0,latest=5),E("unshipped FBM, corrected postcode given -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("fr",F,"Julien","Coque iPhone 15 silicone","Le colis est parti à mon ancienne adresse... je viens de déménager au 8 rue des Tanneurs, 35000 Rennes. vous pouvez m'en renvoyer une ?",
  O("shipped","fbm",12.90,ship=-1,latest=3),E("shipped FBM under EUR 30, address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("fr",F,"Nathalie","Aspirateur balai sans fil","Bonjour, le colis a été expédié à l'adresse de mon travail alors que je suis en congé trois semaines. Pouvez-vous le faire livrer chez moi, 14 allée des Peupliers 44300 Nantes ?",
  O("shipped","fbm",159.00,ship=-1,latest=2),E("shipped FBM over threshold -> cannot change",fo=["reship_new_address","cancel"],fr=["address"]),state="shipped-fbm-over",case="address_change")
S("fr",F,"Hugo","Tapis de souris XXL","annulez ma commande svp",
  O("unshipped","fbm",15.99,purch=0,latest=3),E("unofficial cancel unshipped",offers=["cancel_via_amazon"],fo=["cancel"]),state="unshipped-fbm",case="cancel_order")
S("fr",F,"Sylvie","Bouilloire électrique verre","Je souhaite annuler, j'ai vu qu'elle est déjà expédiée mais je n'en veux plus, mon fils m'en a offert une.",
  O("shipped","fbm",32.00,ship=-1,latest=3),E("cancel shipped FBM: cannot recall; ask if keep; reason given",req=["keep_item"],fo=["cancel"],fr=["reason"]),state="shipped-fbm-over",case="cancel_order")
S("fr",F,"Antoine","Chargeur voiture USB-C 60W","Bonjour, avez vous un numéro de suivi ? Ça fait 6 jours",
  O("shipped","fbm",18.99,ship=-5,latest=1),E("FBM tracking request",offers=["tracking"]),state="shipped-fbm-under",case="shipping_inquiry")
S("fr",F,"Élodie","Lampe de chevet tactile","La lampe clignote dès qu'on la touche et ne reste jamais allumée. Très déçue. Je voudrais être remboursée, pas d'échange merci.",
  O("delivered","fbm",27.50,ship=-7,deliv=-4),E("defect described, refund asked instead of replacement",offers=["refund"],fo=["replacement"],fr=["symptom"]),state="delivered-fbm-under",case="return_dissatisfied:defective")
S("fr",F,"Pierre","Étagère métal 5 niveaux","Il manque 4 équerres et les vis qui vont avec (pièce D sur la notice). Impossible de monter l'étagère. Merci de les envoyer rapidement.",
  O("delivered","fbm",64.90,ship=-5,deliv=-2),E("missing parts named",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("fr",F,"Manon","Robe d'été fleurie","J'ai commandé la robe en bleu taille S et j'ai reçu une robe rouge. Photo jointe. Je voudrais la bleue s'il vous plait.",
  O("delivered","fbm",34.99,ship=-5,deliv=-1),E("wrong colour, photo, wanted colour stated",offers=["replacement"],fr=["photo","variant"],tasks=["reship"]),photo=True,state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("fr",F,"Bernard","Cafetière à piston 1L","Le verre de la cafetière est arrivé fendu.",
  O("delivered","fba",21.90,ship=-3,deliv=-1),E("damaged FBA, no photo -> apologise, transit damage, ask photo",req=["photo"],fr=["symptom"]),state="delivered-fba",case="return_dissatisfied:damaged")
S("fr",F,"Chloé","Plaid polaire 150x200","Bonjour, j'ai retourné le plaid il y a deux semaines, toujours pas de remboursement ??",
  O("returned","fbm",24.90,ship=-35,deliv=-32,ret=-9,refund=24.90,refund_d=-7),E("refund on record -> amount/date/bank time",offers=["refund_info"]),state="returned-fbm",case="refund_status")
S("fr",F,"Olivier","Perceuse visseuse 18V","Je n'en ai plus besoin finalement, le voisin m'en prête une. Je peux la renvoyer ? Jamais ouverte.",
  O("delivered","fba",59.00,ship=-6,deliv=-3),E("FBA unwanted: return through Amazon within 30 days",offers=["return"],fr=["reason"]),state="delivered-fba",case="return_unwanted")
N("fr",F,"feedback","Lampe de chevet tactile",O("delivered","fbm",27.50,ship=-12,deliv=-9),E("negative feedback alert -> contact_buyer, no draft",draft=False,tasks=["contact_buyer"]),comment="Lampe défectueuse, vendeur injoignable.",state="delivered-fbm-under",case="negative_review")
