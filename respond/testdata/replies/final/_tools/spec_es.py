from spec_common import add, U, SH, DL, RT, CX

L = "es"

add(L, "es", "address_change", "Lucía", "Lámpara de pie LED regulable, 165 cm, Negro", """
Hola, me he equivocado de dirección al hacer el pedido. ¿Podéis cambiarla antes de enviarlo? Os la paso si hace falta.
""", U("fbm", 49.99, p=0, l=6),
    note="unshipped FBM order, wrong address, no new address given: Amazon's rule (updates off) is cancel and reorder with the right address; no reship",
    offers=["reorder"], forbid_offers=["reship_new_address"])

add(L, "es", "address_change", "Javier", "Silla de escritorio ergonómica con reposacabezas, Gris", """
Buenas, necesito que el pedido llegue a otra dirección: Calle de Alcalá 120, 3º B, 28009 Madrid. Ya veo que está enviado, ¿se puede cambiar?
""", SH("fbm", 129.00, "SEUR", "SE2418830091245", s=-1, l=3),
    note="shipped FBM, EUR 129 far above the threshold, new address given: explain it has shipped and can no longer be changed; no reship, don't ask for the address",
    forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "es", "cancel_order", "Marta", "Freidora de aire 4 L, sin aceite, digital", """
Hola, quiero cancelar el pedido.
""", U("fbm", 69.99, p=0, l=5),
    note="unofficial cancellation in a normal inquiry, unshipped FBM, no reason: point to Mis pedidos > Solicitar cancelación; the seller does not cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"])

add(L, "es", "cancel_order", "Alejandro", "Mochila de senderismo 40 L, impermeable, Azul", "", U("fbm", 42.50, p=-1, l=5),
    kind="cancel", reason="Ya no lo necesito",
    note="official cancellation request (Spanish), FBM order not shipped: cancel in Seller Central and confirm to the buyer",
    offers=["cancel"], forbid_offers=["cancel_via_amazon"], forbid_requests=["reason"], tasks=["cancel_order"])

add(L, "es", "cancel_order", "Carmen", "Juego de sábanas 150 cm, algodón 100 %, Blanco", "", SH("fbm", 38.90, "Correos", "PK5X8L0712345670128001C", p=-3, s=-1, l=3),
    kind="cancel", reason="Pedido por error",
    note="official cancellation request but the FBM order has already shipped: no cancel; explain it can't be recalled and ask whether they'd accept it, otherwise refuse delivery and be refunded",
    forbid_offers=["cancel", "cancel_via_amazon"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "es", "shipping_inquiry", "Pablo", "Auriculares deportivos inalámbricos con gancho", """
Hola, ¿cuándo me llega el pedido? En el seguimiento no aparece nada.
""", SH("fbm", 25.99, "", "", p=-4, s=-2, l=4),
    note="FBM marked shipped but no tracking on record: give the expected delivery from the record and flag the missing tracking",
    offers=["tracking"], forbid_requests=["order_id"], tasks=["add_tracking"])

add(L, "es", "return_dissatisfied", "Isabel", "Cafetera italiana de inducción, 6 tazas", """
El pedido tenía que llegar hace más de diez días y no ha llegado. ¿Qué pasa?
""", SH("fba", 24.90, "Amazon Logistics", "ES0184471123", p=-20, s=-18, l=-11), sub="not_received",
    note="FBA order overdue: Amazon handles delivery problems for FBA, point the buyer to Amazon customer service",
    offers=["amazon_support"], forbid_requests=["order_id"])

add(L, "es", "return_dissatisfied", "Raúl", "Espejo de pared redondo 60 cm, marco metálico dorado", """
El espejo ha llegado roto, os adjunto la foto. Prefiero que me devolváis el dinero, no quiero otro.
""", DL("fbm", 45.99, "SEUR", "SE2418830095512", d=-1), photo=True, sub="damaged",
    note="arrived broken, photo attached, buyer prefers a refund and refuses another unit",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["photo"])

add(L, "es", "return_dissatisfied", "Elena", "Set de 3 sartenes antiadherentes, 20/24/28 cm", """
Me ha llegado un juego de cuchillos en vez de las sartenes. Quiero el reembolso, gracias.
""", DL("fbm", 36.95, "Correos", "PK5X8L0712345670128002D", d=-2), sub="wrong_item",
    note="completely wrong item, buyer wants a refund (not a replacement); a photo of what arrived may be asked",
    offers=["refund"], forbid_offers=["replacement"], requests=["photo"])

add(L, "es", "return_dissatisfied", "Sergio", "Báscula de baño digital con app, bioimpedancia", """
La báscula marca siempre 0,0 kg aunque me suba encima, y con pilas nuevas igual. Por favor, enviadme otra.
""", DL("fbm", 27.99, "Correos", "PK5X8L0712345670128003E", d=-5), sub="defective",
    note="defect described (always shows 0.0 kg, new batteries tried), buyer asks for another unit: send it; don't ask for symptoms",
    offers=["replacement"], forbid_requests=["symptom"], tasks=["reship"])

add(L, "es", "return_dissatisfied", "Nuria", "Estantería metálica 5 baldas, 180 x 90 cm", """
Falta una de las cinco baldas, solo han venido cuatro. Adjunto foto del contenido de la caja. ¿Me podéis mandar la que falta?
""", DL("fbm", 54.90, "SEUR", "SE2418830098831", d=-2), photo=True, sub="missing_parts",
    note="one of five shelves missing, photo attached, asked for: send the missing shelf; don't ask which part or for a photo",
    offers=["send_parts"], forbid_requests=["missing_part", "photo"], tasks=["ship_parts"])

add(L, "es", "return_unwanted", "Beatriz", "Cojín lumbar de espuma viscoelástica, Negro", """
Hola, quiero devolverlo porque al final no me hace falta, me han regalado uno igual.
""", DL("fbm", 19.99, "Correos", "PK5X8L0712345670128004F", d=-4),
    note="FBM delivered, buyer no longer needs it (reason given): returns are costly, ask whether they'd keep it with a refund instead",
    offers=["keep_with_refund"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "es", "refund_status", "Diego", "Mando inalámbrico para PC y consola, Negro", """
¿Cuándo me vais a devolver el dinero?
""", DL("fbm", 29.99, "Correos", "PK5X8L0712345670128005G", p=-25, s=-23, d=-19, l=-18),
    note="no return received and no refund on record: ask for patience and flag for the seller; nothing to quote",
    forbid_offers=["refund_info"], tasks=["check_order"])

add(L, "es", "negative_review", "Rocío", "Lámpara colgante de ratán, 40 cm", """
Hace un mes que compré esto y no ha llegado nunca. Quiero que me devolváis el dinero ya o pondré una valoración negativa.
""", SH("fbm", 33.50, "YunExpress", "YT2418562099910044", p=-31, s=-29, l=-10), sub="not_received",
    note="negative-feedback threat, FBM order long overdue, buyer wants a refund: refund, never tie it to the feedback; needs human",
    offers=["refund"], forbid_offers=["replacement"])

add(L, "es", "returned_goods", "Andrés", "Plancha de pelo de cerámica, 230 °C", """
Hola:

La devolución del siguiente pedido se ha entregado en tu dirección de devolución.

Número de pedido: # {o}
ASIN: {asin}
SKU: {sku}
Cantidad devuelta: 1
Motivo de la devolución: El producto está defectuoso o no funciona
Fecha de recepción: hoy

Revisa el producto y emite el reembolso en un plazo de dos días hábiles desde la recepción.

Amazon Services Europe
""", RT("fbm", 28.99, "Correos", "PK5X8L0712345670128006H", r=0), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Devolución recibida para el pedido # {o}",
    note="FBM return received today (Spanish notice), no refund on record: no reply; inspect the item and refund within two business days",
    tasks=["inspect_return", "refund"])
