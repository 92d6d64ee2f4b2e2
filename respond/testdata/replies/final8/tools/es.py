from base import *

S('es','es','Lucía','Funda nórdica 150 cm, lino lavado',
"""Hola! Acabo de ver que puse la dirección de mis padres sin querer. ¿Me lo podéis mandar a C/ Alfonso X el Sabio 23, 3ºB, 30008 Murcia? Todavía no se ha enviado. Gracias!!""",
O('unshipped','fbm',39.95,purchase=0,latest=4),
X('no enviado (FBM), nueva dirección indicada: cancelar y volver a pedir, sin cambiar la dirección', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('es','es','Javier','Cargador USB-C 65W GaN',
"""Buenas, el paquete ya salió pero me he mudado esta semana. La dirección nueva es Avda. de la Constitución 8, 2º izq, 41001 Sevilla. ¿Se puede hacer algo?""",
O('shipped','fbm',24.99,purchase=-3,ship=-1,carrier='Correos',trk='PQ4A2B0012345670141001X',latest=2),
X('enviado, valor por debajo de 30 EUR, dirección nueva dada: reenviar a la nueva dirección', o=['reship_new_address'], fr=['address'], t=['reship']))

S('es','es','Carmen','Olla a presión 6 L, acero inoxidable',
"""Hola, quiero cancelar el pedido, lo he pedido dos veces por error.""",
O('unshipped','fbm',59.90,purchase=0,latest=4),
X('cancelación no oficial, no enviado, motivo dado: indicar Mis pedidos > Solicitar cancelación, no cancelar', o=['cancel_via_amazon'], fo=['cancel'], fr=['reason']))

S('es','es','Andrés','Mochila para portátil 15,6", gris',
"""Me he equivocado de modelo""",
O('unshipped','fbm',34.99,purchase=0,latest=5),
X('solicitud oficial de cancelación, pedido FBM no enviado: cancelar en Seller Central y confirmar', o=['cancel'], t=['cancel_order']), kind='cancel_official')

S('es','es','Marta','Sartén antiadherente 28 cm',
"""Hola, ¿cuándo me llega la sartén? Pone que ya está enviada pero no veo el número de seguimiento por ningún lado.""",
O('shipped','fbm',22.50,purchase=-5,ship=-3,latest=1),
X('FBM enviado sin número de seguimiento en el registro: marcar para añadir seguimiento', t=['add_tracking']))

S('es','es','Pablo','Estantería metálica 5 baldas',
"""Hola, me ha llegado la estantería pero faltan 4 tornillos de los pequeños y una de las baldas viene sin los clips. ¿Me los podéis enviar? Gracias""",
O('delivered','fbm',45.90,purchase=-6,ship=-4,deliv=-1,carrier='SEUR',trk='SEUR1234567890',latest=0),
X('faltan piezas concretas (4 tornillos pequeños, clips de una balda): enviar las piezas', o=['send_parts'], fr=['missing_part'], t=['ship_parts']))

S('es','es','Elena','Vestido midi estampado, talla M',
"""Pedí la talla M y me ha llegado una L, me queda enorme. Quiero la M, ¿cómo lo hacemos?""",
O('delivered','fbm',32.99,purchase=-5,ship=-3,deliv=-1,carrier='Correos',trk='PQ4A2B0012345671111',latest=0),
X('talla equivocada, talla deseada (M) indicada: enviar la talla correcta', o=['replacement'], fr=['variant'], t=['reship']))

S('es','es','Raúl','Auriculares inalámbricos deportivos',
"""El auricular izquierdo no carga, cuando lo meto en la caja no se enciende la lucecita y al rato se apaga. El derecho va bien. Prefiero que me devolváis el dinero, no quiero otros.""",
O('delivered','fbm',29.99,purchase=-10,ship=-8,deliv=-6,carrier='Correos',trk='PQ4A2B0012345672222',latest=-5),
X('defecto descrito, pide reembolso y rechaza reemplazo', o=['refund'], fo=['replacement'], fr=['symptom']))

S('es','es','Rocío','Jarrón de cerámica blanco, 30 cm',
"""Buenos días, el jarrón ha llegado roto en varios trozos. Os adjunto foto de cómo venía.""",
O('delivered','fbm',27.00,purchase=-4,ship=-2,deliv=0,carrier='SEUR',trk='SEUR1234500000',latest=1),
X('llegó roto, foto adjunta: disculparse (daño en transporte), no pedir foto otra vez', fr=['photo','symptom']), photo='jarron.jpg')

S('es','es','Sergio','Reloj deportivo GPS',
"""Hola, ya no lo necesito, me regalaron uno igual. ¿Puedo devolverlo?""",
O('delivered','fba',89.00,purchase=-9,ship=-8,deliv=-6,latest=-6),
X('devolución sin defecto en pedido FBA: explicar la devolución a través de Amazon', o=['return'], fr=['reason']))

S('es','es','Pilar','Lámpara de pie de arco, negra',
"""Me devolvisteis el dinero? Devolví la lámpara hace 2 semanas""",
O('returned','fbm',79.00,purchase=-35,ship=-33,deliv=-30,carrier='SEUR',trk='SEUR1234511111',refund=79.00,refund_d=-5,latest=-30,ret=-7),
X('estado del reembolso: reembolso registrado, dar importe, fecha y plazo bancario', o=['refund_info'], fo=['refund']))

S('es','es','Miguel','Batidora de vaso 1000 W',
"""Vaya porquería, se ha quemado el motor a la segunda vez de usarla, olía a quemado y ya no arranca. Si no me solucionáis esto os pongo una estrella y lo cuento en las opiniones.""",
O('delivered','fbm',49.90,purchase=-12,ship=-10,deliv=-7,carrier='Correos',trk='PQ4A2B0012345673333',latest=-6),
X('amenaza de valoración con defecto claro (motor quemado): ofrecer solución sin vincularla a la valoración', fr=['symptom']))

S('es','es','Ana','Organizador de cajones, 8 piezas',
"""Hola, el pedido debía llegar hace más de 15 días y nada. ¿Me podéis enviar otro o devolverme el dinero? Lo que os venga mejor.""",
O('shipped','fbm',14.99,purchase=-25,ship=-23,carrier='Correos',trk='PQ4A2B0012345674444',latest=-16),
X('no recibido, muy retrasado: ofrecer reenvío o reembolso', o=['refund','replacement']))

S('es','es','Luis','Termo de café 750 ml',
"""Hola, ¿dónde está mi pedido? Gracias""",
O('shipped','fba',24.00,purchase=-4,ship=-3,carrier='SEUR',trk='SEUR1234522222',latest=0),
X('consulta de envío FBA: remitir al servicio de atención al cliente de Amazon', o=['amazon_support']))
