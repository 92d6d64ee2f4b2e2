from frame import *
P="es"; I="it"
S("es",P,"Lucía","Freidora de aire 4L","Hola, me he mudado y el pedido todavía no ha salido. La nueva dirección es Calle Alcalá 212, 3ºB, 28028 Madrid. ¿Pueden cambiarla?",
  O("unshipped","fbm",69.99,purch=0,latest=5),E("unshipped FBM address given -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("es",P,"Javier","Funda tablet 10 pulgadas","buenas, el paquete va a casa de mis padres en sevilla y yo ya no vivo alli. Me lo podeis mandar a Av. del Puerto 45, 46023 Valencia?? gracias",
  O("shipped","fbm",15.99,ship=-1,latest=3),E("shipped FBM under EUR 30 address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("es",P,"Carmen","Cafetera superautomática","Quiero cancelar el pedido, encontré la misma cafetera más barata en una tienda.",
  O("unshipped","fbm",329.00,purch=0,latest=4),E("unofficial cancel unshipped",offers=["cancel_via_amazon"],fo=["cancel"],fr=["reason"]),state="unshipped-fbm",case="cancel_order")
S("es",P,"Diego","Zapatillas running hombre","¿Cuándo llega mi pedido? Llevo una semana esperando",
  O("shipped","fbm",49.95,ship=-6,latest=0),E("FBM tracking",offers=["tracking"]),state="shipped-fbm-over",case="shipping_inquiry")
S("es",P,"Marta","Cepillo eléctrico facial","Hola donde está mi paquete? Pone en reparto desde hace 3 dias",
  O("shipped","fba",29.99,ship=-5,latest=-1),E("FBA -> atención al cliente de Amazon",offers=["amazon_support"]),state="shipped-fba",case="shipping_inquiry")
S("es",P,"Raúl","Mesa plegable camping","Faltan las 2 patas traseras cortas y el tornillo de bloqueo. Sin eso no se puede usar. Mandádmelos por favor.",
  O("delivered","fbm",42.00,ship=-6,deliv=-2),E("missing parts named",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("es",P,"Isabel","Sábanas bajeras 150 cm","Pedí para cama de 150 y me han mandado de 90. Necesito la de 150, ¿me la podéis cambiar?",
  O("delivered","fbm",24.90,ship=-4,deliv=-1),E("wrong size, wanted size named",offers=["replacement"],fr=["variant"],tasks=["reship"]),state="delivered-fbm-under",case="return_dissatisfied:wrong_item")
S("es",P,"Andrés","Auriculares inalámbricos","El estuche de carga no carga. La luz ni se enciende con varios cables. Adjunto foto. Prefiero devolución del dinero.",
  O("delivered","fbm",39.00,ship=-9,deliv=-6),E("defective, symptom, photo, refund wanted",offers=["refund"],fo=["replacement"],fr=["symptom","photo"]),photo=True,state="delivered-fbm-over",case="return_dissatisfied:defective")
S("es",P,"Pilar","Jarrón cerámica blanco","Ha llegado roto en trozos.",
  O("delivered","fbm",26.00,ship=-4,deliv=0),E("damaged, no photo -> apologise, transit, ask photo",req=["photo"],fr=["symptom"]),state="delivered-fbm-under",case="return_dissatisfied:damaged")
S("es",P,"Sergio","Silla gaming","Ya no la necesito, me han regalado una en el trabajo. Cómo la devuelvo? Es muy grande para enviar",
  O("delivered","fbm",179.00,ship=-8,deliv=-5),E("FBM unwanted, bulky -> ask keep with partial refund",req=["keep_item"],fr=["reason"]),state="delivered-fbm-over",case="return_unwanted")
S("es",P,"Elena","Lámpara de pie LED","Devolví la lámpara y Amazon dice que la recibisteis hace 5 días. Aún no tengo el reembolso.",
  O("returned","fbm",58.00,ship=-30,deliv=-27,ret=-5),E("return received no refund -> refund task",tasks=["refund"]),state="returned-fbm",case="refund_status")
S("es",P,"Fernando","Báscula de baño digital","Un mes esperando y nada. Si no me devolvéis el dinero os pongo una estrella y abro reclamación.",
  O("shipped","fbm",19.99,ship=-30,latest=-16),E("not received long overdue, review + claim threat -> refund (needs human)",offers=["refund"]),state="shipped-fbm-under",case="negative_review")
N("es",P,"cancel_official","Cafetera superautomática",O("unshipped","fbm",329.00,purch=0,latest=4),E("official cancellation request on unshipped -> cancel & confirm",offers=["cancel"],tasks=["cancel_order"]),comment="Encontré un precio mejor",name="Carmen",state="unshipped-fbm",case="cancel_order")
N("es",P,"return_received","Silla gaming",O("returned","fbm",179.00,ship=-30,deliv=-27,ret=0),E("return received -> inspect + refund",draft=False,tasks=["inspect_return","refund"]),state="returned-fbm")
# it
S("it",I,"Giulia","Set pentole antiaderenti 10 pz","Buongiorno, ho sbagliato il civico: è via Garibaldi 27, non 72, 10122 Torino. L'ordine non è ancora partito, si può correggere?",
  O("unshipped","fbm",89.00,purch=0,latest=4),E("unshipped FBM corrected address -> cancel & reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("it",I,"Marco","Tappetino auto universale","ciao, il pacco è già in viaggio verso il mio vecchio indirizzo. potete spedirne un altro a Via Roma 5, 40121 Bologna?",
  O("shipped","fbm",22.50,ship=-1,latest=3),E("shipped FBM under threshold address given -> reship",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("it",I,"Francesca","Macchina per pasta elettrica","Salve, l'ordine è partito ma devo cambiare indirizzo, sono in trasferta a Milano per un mese.",
  O("shipped","fbm",119.00,ship=-1,latest=2),E("shipped FBM over threshold -> cannot change",fo=["reship_new_address","cancel"]),state="shipped-fbm-over",case="address_change")
S("it",I,"Alessandro","Cover Samsung S24","vorrei annullare l'ordine grazie",
  O("unshipped","fbm",11.99,purch=0,latest=3),E("unofficial cancel unshipped",offers=["cancel_via_amazon"],fo=["cancel"]),state="unshipped-fbm",case="cancel_order")
S("it",I,"Chiara","Zaino scuola","Quando arriva? Serve per lunedì che inizia la scuola",
  O("shipped","fbm",35.00,ship=-2,latest=2),E("FBM tracking",offers=["tracking"]),state="shipped-fbm-over",case="shipping_inquiry")
S("it",I,"Roberto","Trapano a percussione","Nella valigetta mancano le punte da muro, ci sono solo quelle per legno. Me le potete mandare?",
  O("delivered","fbm",49.00,ship=-6,deliv=-3),E("missing parts named (masonry bits)",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("it",I,"Valentina","Maglione lana donna","Ho ordinato il grigio chiaro e mi è arrivato nero. Vorrei il grigio, taglia M come da ordine.",
  O("delivered","fbm",39.90,ship=-5,deliv=-2),E("wrong colour, wanted named",offers=["replacement"],fr=["variant"],tasks=["reship"]),state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("it",I,"Luca","Frullatore a immersione","Il frullatore si spegne da solo dopo pochi secondi e puzza di bruciato. Vi allego la foto del motore. Vorrei un prodotto nuovo.",
  O("delivered","fbm",29.00,ship=-10,deliv=-7),E("defective described, photo, replacement asked",offers=["replacement"],fr=["symptom","photo"],tasks=["reship"]),photo=True,state="delivered-fbm-under",case="return_dissatisfied:defective")
S("it",I,"Sara","Specchio da parete 60x80","Lo specchio è arrivato con un angolo scheggiato.",
  O("delivered","fba",45.00,ship=-3,deliv=-1),E("damaged FBA -> apologise transit, ask photo",req=["photo"],fr=["symptom"]),state="delivered-fba",case="return_dissatisfied:damaged")
S("it",I,"Paolo","Cuffie gaming RGB","Non mi servono più, posso restituirle?",
  O("delivered","fbm",59.99,ship=-7,deliv=-4),E("FBM unwanted -> keep with partial refund?",req=["keep_item"]),state="delivered-fbm-over",case="return_unwanted")
S("it",I,"Elisa","Bollitore elettrico","Ho restituito il bollitore ma non vedo ancora il rimborso, potete controllare?",
  O("returned","fbm",27.90,ship=-28,deliv=-25,ret=-8,refund=27.90,refund_d=-6),E("refund on record",offers=["refund_info"]),state="returned-fbm",case="refund_status")
N("it",I,"return_auth","Specchio da parete 60x80",O("delivered","fba",45.00,ship=-6,deliv=-4),E("Richiesta di reso (prodotto danneggiato) -> no reply",draft=False),reason="Prodotto danneggiato, ma confezione di spedizione intatta",comment="angolo rotto",state="delivered-fba")
N("it",I,"feedback","Frullatore a immersione",O("delivered","fbm",29.00,ship=-12,deliv=-9),E("negative feedback alert -> contact buyer",draft=False,tasks=["contact_buyer"]),comment="Si è rotto subito",state="delivered-fbm-under",case="negative_review")
