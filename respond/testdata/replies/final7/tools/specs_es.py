from common import O, E, S
L = "es"
SPECS = [
S(L, "es", "Lucía", "Organizador de maquillaje giratorio", """
Hola! Me he equivocado al poner la dirección, puse la de mi antiguo piso. ¿Me lo podéis mandar a Calle Alcalá 210, 3ºB, 28028 Madrid? Todavía no ha salido, creo. Gracias!!
""", O("unshipped", "fbm", 19.99, purch=0, latest=4),
 E("sin enviar, FBM, nueva dirección dada: cancelar y volver a pedir", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "es", "Javier", "Auriculares inalámbricos con cancelación de ruido", """
Buenas, el pedido ya está enviado pero a una dirección que no es la mía (era de un regalo del año pasado). La correcta es Avda. de la Constitución 45, 41001 Sevilla. ¿Hay forma de cambiarlo?
""", O("shipped", "fbm", 89.00, ship=-1, carrier="SEUR", trk="SEU1234567890", purch=-2, latest=2),
 E("enviado, valor sobre EUR 30: explicar que ya no se puede cambiar; sin reenvío", fo=["reship_new_address"], fr=["address"])),

S(L, "es", "Carmen", "Juego de sábanas 150 cm, algodón", """
Buenos días, quiero cancelar el pedido porque lo he pedido repetido. Gracias.
""", O("unshipped", "fba", 29.95, purch=0, latest=3),
 E("cancelación no oficial, FBA sin enviar: indicar Mis pedidos > Solicitar cancelación", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "es", "Pablo", "Soporte de pared para TV 32-65\"", """
Hola, necesito cancelarlo, ya no lo necesito. Veo que ya está enviado. Qué hago?
""", O("shipped", "fbm", 34.99, ship=-1, carrier="Correos Express", trk="CE0012345678", purch=-2, latest=3),
 E("cancelación tras envío, motivo dado: explicar que ya salió, preguntar si lo aceptaría o rechazar la entrega; no cancelar", req=["keep_item"], fo=["cancel"], fr=["reason"])),

S(L, "es", "María José", "Freidora de aire 5,5 L", """
Buenas tardes. Quería saber cuándo me llega la freidora. En Amazon pone que se entregaba ayer y no ha llegado nada. Un saludo
""", O("shipped", "fbm", 79.99, ship=-4, carrier="SEUR", trk="SEU9876543210", purch=-6, latest=-1),
 E("consulta de envío FBM con seguimiento en el registro: dar transportista, número y fecha", offers=["tracking"], fr=["order_id"])),

S(L, "es", "Álvaro", "Funda nórdica 135, gris", """
Hola, ¿dónde está mi pedido?
""", None,
 E("pedido sin registro: marcar para revisar, no inventar seguimiento", tasks=["check_order"], fo=["tracking"])),

S(L, "es", "Rocío", "Vestido midi de lino, talla M, verde", """
Hola! Me ha llegado el vestido en color beige y yo lo pedí verde 😕 Os adjunto foto. ¿Me podéis mandar el verde en la M? Muchas gracias
""", O("delivered", "fbm", 35.90, ship=-5, deliv=-1, carrier="Correos", trk="PQ4AB12345678", purch=-6),
 E("color equivocado, color y talla deseados dados, foto adjunta: enviar el correcto", offers=["replacement"], fr=["variant", "photo"], tasks=["reship"]), photo=True),

S(L, "es", "Sergio", "Cafetera italiana inducción 6 tazas", """
La cafetera pierde agua por la junta en cuanto empieza a hervir, sale café por los lados. La he usado tres veces siguiendo las instrucciones. Quiero que me devuelvan el dinero, no quiero otra.
""", O("delivered", "fbm", 24.90, ship=-9, deliv=-6, carrier="Correos", trk="PQ4AB98765432", purch=-10),
 E("defecto descrito, pide reembolso y rechaza otra unidad", offers=["refund"], fo=["replacement"], fr=["symptom"])),

S(L, "es", "Nuria", "Estantería metálica 5 baldas", """
Hola. Faltan tornillos. Me podéis ayudar?
""", O("delivered", "fbm", 42.00, ship=-6, deliv=-2, carrier="SEUR", trk="SEU5555566666", purch=-7),
 E("faltan piezas sin precisar: preguntar cuáles y cuántas", req=["missing_part"], offers=["send_parts"])),

S(L, "es", "Andrés", "Mochila para portátil 15,6\"", """
Buenas, al final no la voy a usar, me han regalado otra. Quiero devolverla, está sin estrenar con las etiquetas.
""", O("delivered", "fba", 32.99, ship=-5, deliv=-3, carrier="AMZL", trk="ES1234567890", purch=-6),
 E("devolución sin defecto, FBA: devolución por Amazon en 30 días, decirlo con honestidad", offers=["return"], fr=["reason"])),

S(L, "es", "Raquel", "Lámpara de pie LED regulable", """
Llegó con la pantalla rota, le adjunto las fotos. La caja venía aplastada. ¿Me mandáis otra?
""", O("delivered", "fbm", 49.99, ship=-4, deliv=-1, carrier="SEUR", trk="SEU7777788888", purch=-5),
 E("dañado en el transporte, fotos adjuntas, pide otra: enviar una nueva", offers=["replacement"], fr=["photo", "symptom"], tasks=["reship"]), photo=True),

S(L, "es", "Francisco", "Báscula de baño digital", """
Devolví la báscula hace dos semanas y todavía no me habéis devuelto el dinero. Ya está bien, eh.
""", O("returned", "fbm", 18.99, ship=-30, deliv=-27, carrier="Correos", trk="PQ4AB00011122", ref=18.99, refd=-2, purch=-31, ret="true"),
 E("reembolso registrado: dar importe, fecha y plazo habitual del banco", offers=["refund_info"], fr=["order_id"])),

S(L, "es", "Elena", "Set de sartenes antiadherentes, 3 piezas", """
Hola, pedí el juego de 3 sartenes y solo ha venido la de 20 y la de 24, falta la de 28 cm. ¿Me la podéis enviar? Gracias.
""", O("delivered", "fbm", 44.90, ship=-5, deliv=-1, carrier="SEUR", trk="SEU3333344444", purch=-6),
 E("falta la sartén de 28 cm, la pide: enviar la pieza que falta", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "es", "Manuel", "Ventilador de torre silencioso", """
Llevo un mes esperando. UN MES. El seguimiento dice lo mismo desde hace 3 semanas. Si no me devolvéis el dinero ya os pongo una estrella y reclamo a Amazon.
""", O("shipped", "fbm", 59.90, ship=-29, carrier="Correos", trk="PQ4AB44455566", purch=-30, latest=-18),
 E("no recibido, muy retrasado, amenaza de valoración y de reclamar: reembolso; sin vincularlo a la valoración", offers=["refund"])),
]
