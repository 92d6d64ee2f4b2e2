from lib import S, O

S("es","es","Lucía","B0C4WM7QTZ","Freidora de aire 5,5 L","2026-02-06 12:41",
"""Hola, me he equivocado de dirección al hacer el pedido. La correcta es Calle Alcalá 215, 3º B, 28028 Madrid. ¿Podéis cambiarla antes de enviarlo? Gracias!!""",
"no enviado FBM, nueva dirección ya dada; cambios de dirección desactivados: cancelar y volver a pedir",
order=O("unshipped","fbm",69.99,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("es","es","Álvaro","B0BT9PX2KM","Funda nórdica 150 cm, gris","2025-10-09 18:26",
"""buenas, el paquete ya salio pero lo puse a casa de mi novia y ya no vivo ahi jaja. mi direccion es Av. de la Constitución 48, 2ºA, 41001 Sevilla. me lo podeis mandar ahi?""",
"enviado FBM, 12,95 EUR bajo el umbral, nueva dirección dada: reenviar a la nueva dirección",
order=O("shipped","fbm",12.95,ship=-1,carrier="Correos",trk="PQ4B7C0123456780128001A",purchase=-2,latest=3),
offers=["reship_new_address"], freq=["address"], tasks=["reship"], case="address_change")

S("es","us","Guadalupe","B0D2RK8WNX","Licuadora de alta potencia 1400W","2026-04-15 15:20",
"""Buenas tardes, me equivoqué en el número de apartamento, es el 12C y no el 21C. Ya dice enviado. ¿Lo pueden corregir? Gracias, Lupita""",
"hispanohablante en amazon.com, enviado FBM, 45 USD sobre el umbral: ya no se puede cambiar, no reenviar; responder en español",
order=O("shipped","fbm",45.00,ship=-1,carrier="UPS",trk="1Z84V1730377889911",purchase=-2,latest=3),
fo=["reship_new_address"], case="address_change")

S("es","es","Javier","B0CQ3NV7LA","Ratón ergonómico vertical","2025-08-19 09:05",
"""Quiero cancelar el pedido porque me ha llegado uno igual de la empresa. Gracias.""",
"cancelación no oficial, no enviado FBA, motivo dado: indicar Mis pedidos > Solicitar cancelación",
order=O("unshipped","fba",24.99,purchase=0,latest=2),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("es","es","Carmen","B0D8TZ4HWQ","Batidora de vaso","2026-05-02 20:33",
"""Necesito anular este pedido urgentemente""",
"cancelación en pedido FBM ya enviado, sin motivo: preguntar motivo y si lo aceptaría",
order=O("shipped","fbm",39.90,ship=-1,carrier="SEUR",trk="ES2044877123",purchase=-2,latest=2),
fo=["cancel","cancel_via_amazon"], req=["reason","keep_item"], case="cancel_order")

S("es","es","Marta","B0BY5KC1RP","Organizador de maquillaje acrílico","2026-01-27 11:11",
"""Hola, quisiera cancelar el pedido. Ya me llegó ayer pero es mucho más pequeño de lo que pensaba y no me sirve.""",
"'cancelar' pedido FBM ya entregado: devolución costosa, preferir reembolso acordado sin devolución",
order=O("delivered","fbm",18.99,ship=-4,deliv=-1,carrier="Correos",trk="PQ4B7C0123456780128099A",purchase=-5,latest=-1),
offers=["keep_with_refund"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("es","es","Sergio","B0C5XL2QMD","Zapatillas de running hombre, 43","2025-12-12 08:58",
"""¿Cuándo llega mi pedido? Lo necesito antes del domingo para una carrera""",
"FBM enviado con seguimiento: dar transportista, número y fecha prevista",
order=O("shipped","fbm",59.95,ship=-2,carrier="SEUR",trk="ES2044877999",purchase=-3,latest=1),
offers=["tracking"], freq=["order_id"], case="shipping_inquiry")

S("es","es","Rosa","B0D1KJ6TVE","Manta eléctrica 160x140","2026-02-28 17:47",
"""Buenas, pedido 402-7781234-5566123, no me ha llegado nada y ya pasó la fecha. ¿Me decís algo?""",
"sin registro del pedido: revisar",
order=None, oid="402-7781234-5566123", tasks=["check_order"], freq=["order_id"], case="shipping_inquiry")

S("es","es","Pablo","B0BN4WP8ZH","Auriculares deportivos Bluetooth","2025-09-25 22:02",
"""Hola, he cambiado de opinión y ya no los quiero, ¿puedo devolverlos? Están sin abrir.""",
"ya no lo quiere, FBM entregado: proponer quedárselo con reembolso (parcial) antes que devolver",
order=O("delivered","fbm",29.99,ship=-6,deliv=-3,carrier="Correos",trk="PQ4B7C0123456780128011A",purchase=-7,latest=-3),
offers=["keep_with_refund"], case="return_unwanted")

S("es","es","Elena","B0CH7RM3WX","Juego de tazas de café 6 piezas","2026-06-18 13:27",
"""Os mando foto, han llegado dos tazas rotas.""",
"dañado en el transporte, foto adjunta, sin preferencia: disculparse y explicar",
order=O("delivered","fbm",21.50,ship=-4,deliv=-1,carrier="MRW",trk="MRW0550123987",purchase=-5,latest=-1),
freq=["photo","symptom"], photo=True, case="return_dissatisfied/damaged")

S("es","es","Andrés","B0D6QT1ZKN","Cargador rápido USB-C 65W","2026-03-16 10:50",
"""Me ha llegado un cable HDMI en vez del cargador que pedí!! Quiero que me mandéis el cargador correcto, lo necesito para el portátil.""",
"artículo equivocado, quiere el correcto; sin foto: enviar el correcto y pedir foto",
order=O("delivered","fbm",32.99,ship=-4,deliv=-1,carrier="SEUR",trk="ES2044871122",purchase=-5,latest=-1),
offers=["replacement"], req=["photo"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("es","es","Noelia","B0BK2HX9TS","Plancha de pelo iónica","2025-11-24 16:39",
"""La plancha no calienta casi nada, a los 5 minutos sigue fría por un lado. No quiero otra, prefiero que me devolváis el dinero.""",
"defectuoso con síntoma, reembolso en lugar de sustitución",
order=O("delivered","fbm",26.90,ship=-9,deliv=-6,carrier="Correos",trk="PQ4B7C0123456780128055A",purchase=-10,latest=-6),
offers=["refund"], fo=["replacement"], freq=["symptom"], case="return_dissatisfied/defective")

S("es","es","Francisco","B0C8VN5LQM","Taladro percutor 800W con maletín","2026-07-22 12:16",
"""Pedí el taladro con cargador y batería y en la caja no viene el cargador. Si no me lo mandáis pongo una reseña negativa, que lo sepáis.""",
"amenaza de reseña, pieza nombrada (cargador): enviarla sin vincularlo a la reseña",
order=O("delivered","fbm",54.99,ship=-5,deliv=-2,carrier="SEUR",trk="ES2044879090",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="negative_review")

S("es","es","Inés","B0D3WF8KRB","Cojín lumbar viscoelástico","2026-04-30 19:04",
"""Hola, ¿me podéis decir cuándo me devolvéis el dinero? Gracias""",
"nada registrado sobre devolución o reembolso: pedir paciencia y marcar para el vendedor",
order=O("delivered","fbm",19.99,ship=-15,deliv=-12,carrier="Correos",trk="PQ4B7C0123456780128077A",purchase=-16,latest=-12),
tasks=["check_order"], fo=["refund_info"], case="refund_status")

S("es","es","Ramón","B0BW6TK3QP","Set de sartenes antiadherentes 3 piezas","2025-06-11 07:22", None,
"solicitud oficial de cancelación (en español), no enviado FBM: cancelar en Seller Central y confirmar en español",
order=O("unshipped","fbm",49.95,purchase=0,latest=3),
offers=["cancel"], fo=["cancel_via_amazon"], tasks=["cancel_order"], case="cancel_order (official)",
raw=dict(frm=None, subject="Solicitud de cancelación de pedido del cliente de Amazon Ramón (Pedido: {o})",
body="""Hola:

El comprador ha enviado una solicitud de cancelación para el siguiente pedido. Si todavía no lo has enviado, cancélalo.

Número de pedido: {o}
1 | {a} | {p}
Motivo: Pedido por error
Comentario del comprador: Me equivoqué de modelo, lo siento.

Buyer Cancellation Request for Order ID: {o}"""))
