add("es", "Javier", "Sartén antiadherente 28 cm", """Hola, puse mal la dirección, falta el número de piso. Es Calle Alcalá 245, 3º B, 28027 Madrid. Todavía no ha salido el pedido, ¿lo podéis corregir?""",
    X("sin enviar, FBM, dirección nueva dada: cancelar y volver a pedir (cambio de dirección desactivado)", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 24.95, p=0, ld=4), date="2026-03-05 10:25")
add("es", "Carmen", "Cojín ortopédico para coche", """Buenas tardes. El pedido ya está enviado pero me he mudado hace dos días. Mi nueva dirección es Avenida de la Constitución 18, 2ºA, 41001 Sevilla. ¿Me lo podéis mandar allí? Gracias""",
    X("enviado FBM, valor 17,99 EUR bajo el umbral, dirección nueva dada: reenviar a la nueva dirección", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 17.99, p=-3, s=-1, carrier="Correos", trk="PQ4B2C0123456780128001L", ld=3), date="2026-05-12 16:50")
add("es", "Alejandro", "Monitor 27 pulgadas IPS", """Quiero cancelar el pedido, me he equivocado de modelo.""",
    X("cancelación no oficial, sin enviar, FBA: indicar Mis pedidos > Solicitar cancelación; no cancelar", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fba", 189.00, p=0), date="2026-08-09 23:05")
add("es", "Rosa", "Tostadora 2 rebanadas acero", """hola buenas, cuando me llega la tostadora?? en amazon pone que entre el martes y el jueves y ya es viernes""",
    X("consulta de envío FBM: dar transportista, número de seguimiento y fecha prevista", o="tracking", fr="order_id"),
    order=O("shipped", "fbm", 29.90, p=-8, s=-6, carrier="SEUR", trk="ES202604170001234", ld=-1), date="2026-04-17 12:02")
add("es", "Pablo", "Zapatillas de trail hombre", """Me han llegado unas zapatillas del 42 y pedí un 44. Necesito el 44, ¿cómo hacemos el cambio? Adjunto foto de la etiqueta.""",
    X("talla equivocada, talla deseada 44, foto adjunta: enviar la variante correcta", o="replacement", fr="variant photo"),
    order=O("delivered", "fbm", 74.99, p=-7, s=-5, d=-1, carrier="MRW", trk="0489123456789"), date="2026-01-26 19:30", photo=True)
add("es", "Marta", "Juego de sábanas 150 cm", """Hola, no me convencen al final, el tacto no es lo que esperaba. ¿Puedo devolverlas?""",
    X("devolución por no querer, FBM entregado: preguntar si prefiere quedárselas con reembolso (parcial) en lugar de devolver", r="keep_item", fr="reason"),
    order=O("delivered", "fbm", 34.90, p=-11, s=-9, d=-6, carrier="Correos", trk="PQ4B2C0123456780999001L"), date="2025-09-30 09:40")
add("es", "Diego", "Auriculares inalámbricos deportivos", """El auricular izquierdo no suena. El derecho va perfecto. Ya lo he reseteado como dice el manual y nada. Quiero que me devolváis el dinero.""",
    X("defectuoso, síntoma descrito, pide reembolso en vez de reemplazo", o="refund", fo="replacement", fr="symptom"),
    order=O("delivered", "fbm", 39.99, p=-12, s=-10, d=-8, carrier="SEUR", trk="ES202601010009876"), date="2026-06-22 21:14")
add("es", "Isabel", "Estantería de baño 3 baldas", """Faltan los tornillos largos (los de tipo A) y una de las baldas. Lo demás está bien. Por favor mándenme lo que falta.""",
    X("piezas que faltan nombradas (tornillos tipo A y una balda): enviarlas", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 45.50, p=-8, s=-6, d=-2, carrier="Correos Express", trk="3230012345678901"), date="2026-10-03 11:11")
add("es", "Fernando", "Vajilla porcelana 18 piezas", """Vinieron 4 platos rotos, la caja venía aplastada por una esquina. Os mando foto. Me gustaría que me mandarais los platos que faltan, no quiero devolver todo.""",
    X("dañado en el transporte, foto adjunta; pide reponer los platos rotos: explicar daño de transporte, enviar los platos", o="send_parts", fr="photo symptom missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 59.90, p=-6, s=-4, d=-1, carrier="SEUR", trk="ES202602020002222"), date="2026-02-02 13:45", photo=True)
add("es", "Lorena", "Cargador rápido USB-C 65W", """Llevo una semana esperando el reembolso del cargador que devolví, ¿qué pasa?""",
    X("estado del reembolso: nada en el registro (ni devolución recibida ni reembolso): pedir paciencia y revisar", t="check_order", fo="refund_info"),
    order=O("delivered", "fbm", 32.99, p=-25, s=-23, d=-20, carrier="Correos", trk="PQ4B2C0123456780777001L"), date="2026-07-25 18:00")
add("es", "Sergio", "Mochila escolar infantil", """Pedido 171-4455667-8899001: la cremallera se rompió al segundo día. Mi hijo está disgustado. Quiero una solución ya, si no pondré una reseña negativa.""",
    X("pedido desconocido en el registro, amenaza de reseña con defecto descrito: revisar el pedido", t="check_order", fr="symptom order_id"),
    order=None, oid="171-4455667-8899001", date="2026-09-07 08:30")
add("es", "Ana", "Lámpara de pie LED regulable", """Pedí la lámpara hace 5 semanas y nunca llegó. El seguimiento pone "en tránsito" desde hace un mes. Mándenme otra por favor, la necesito.""",
    X("no recibido, muy retrasado FBM, pide reenvío: ofrecer reenvío (o reembolso)", o="replacement", t="reship"),
    order=O("shipped", "fbm", 54.00, p=-35, s=-33, carrier="Correos", trk="PQ4B2C0123456780555001L", ld=-20), date="2026-03-31 17:40")
