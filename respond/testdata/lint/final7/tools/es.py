L = "es"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

a("email;off_amazon_contact", "'arroba' spelled out", """
Hola Lucía:

Sentimos mucho que la funda del sofá no encaje bien. Para ver qué talla necesitas de verdad, mándanos las medidas y unas fotos a atencion arroba fundashogar punto es y te respondemos hoy mismo.

Un saludo,
Marta
Fundas Hogar
""")
a("off_amazon_payment", "Bizum refund offered", """
Hola Sergio:

Tienes razón, en tu pedido faltaba un tapón de la botella térmica. Para no hacerte esperar, te devolvemos los 4 € por Bizum: dinos el número asociado a tu cuenta y te lo enviamos esta tarde.

Saludos,
Termos del Sur
""")
a("phone;off_amazon_contact", "Spanish mobile for WhatsApp", """
Estimado Sr. Navarro:

Lamentamos que la bicicleta estática haga ruido. Casi siempre es la correa. Si nos escribe por WhatsApp al +34 612 48 90 37 con un vídeo del ruido, nuestro técnico le dirá en cinco minutos cómo ajustarla.

Atentamente,
FitCasa
""")
a("placeholder", "[NOMBRE] and [FECHA] slots", """
Hola [NOMBRE]:

Gracias por tu mensaje. Hemos comprobado tu pedido y el paquete salió de nuestro almacén ayer. La entrega está prevista para el [FECHA]. Recibirás un aviso de la empresa de transporte el mismo día.

Un cordial saludo,
Aceites La Almazara
""")
a("marketing", "bundle: 'compra 2 y llévate 3'", """
Hola Carmen:

El jabón de aceite de oliva que compraste se puede usar también en la cara, ya que no lleva perfume.

Por cierto, este mes en todos nuestros jabones artesanos tenemos la oferta compra 2 y llévate 3, ideal para probar el de lavanda o el de romero.

Un abrazo,
Jabonería Mediterránea
""")
a("review_incentive", "soft deal: gift sent plus 'we would be grateful if you changed your rating'", """
Hola Pablo:

Sentimos que la sartén llegara con el mango flojo. Te enviamos hoy mismo una sartén nueva y, como detalle, una espátula de regalo.

Cuando la recibas, te agradeceríamos mucho que cambiaras la valoración que dejaste. ¡Gracias de antemano!

Saludos,
Cocina Brava
""")
a("review_positive", "gating: review only if everything went well", """
Estimada Sra. Romero:

Nos alegra que las sábanas hayan llegado a tiempo. Si todo ha ido bien, le pedimos que nos deje una reseña en Amazon; si algo no le ha gustado, escríbanos antes aquí y lo solucionamos sin necesidad de reseñas.

Muchas gracias,
Lino y Algodón
""")
a("link", "bare .es domain for instructions", """
Hola Andrés:

Las instrucciones completas del purificador, con el esquema para cambiar el filtro, están en tiendaolivar.es/manuales. El filtro se cambia cada seis meses y el piloto rojo se apaga manteniendo pulsado el botón de encendido cinco segundos.

Saludos,
Hogar Olivar
""")

a("", "TRAP: Bizum named only to refuse it", """
Hola Irene:

Entendemos que prefieras recibir el dinero por Bizum, pero solo podemos hacer reembolsos a través de Amazon, al mismo método de pago del pedido. Ya hemos tramitado la devolución de 12,95 €.

Un saludo,
Papelería El Tintero
""")
a("", "TRAP: free replacement, untied", """
Estimado Sr. Ortega:

Lamentamos que la taza llegara rota. Le hemos enviado hoy una nueva sin ningún coste, y no es necesario que nos devuelva la rota. Debería recibirla en dos o tres días laborables.

Atentamente,
Cerámica Talavera Viva
""")
a("", "TRAP: neutral feedback update note", """
Hola Beatriz:

Gracias por confirmarnos que el nuevo cargador funciona perfectamente. Nos alegra haber podido solucionarlo.

Si consideras que hemos resuelto tu problema, puedes actualizar o eliminar la valoración que dejaste, aunque eso depende únicamente de ti.

Un saludo,
Electro Rayo
""")
a("", "TRAP: order id, postcode and tracking number", """
Hola Javier:

Tu pedido 402-8812734-5567120 salió el 9 de mayo con Correos Express. El número de seguimiento es 3230012345678 y el envío está en la oficina de reparto de tu código postal 28014. La entrega está prevista para mañana.

Saludos,
Librería Retiro
""")
a("", "TRAP: phone call declined, stays in thread", """
Hola Nuria:

Preferiríamos no hablar por teléfono: Amazon nos pide que toda la comunicación con los compradores se haga por esta mensajería. Cuéntanos aquí qué luz parpadea en el robot aspirador y te indicamos los pasos.

Gracias,
Robot Limpio
""")
a("", "plain: unofficial cancellation, point to official path", """
Estimado Sr. Gil:

Gracias por avisarnos. Para cancelar el pedido, entre en Mis pedidos, seleccione este pedido y pulse «Solicitar la cancelación». Recibiremos la solicitud al momento y, como aún no se ha enviado, la aceptaremos.

Atentamente,
Relojes Cantábrico
""")
a("", "plain: wrong size, return or exchange", """
Hola Elena:

Sentimos que las zapatillas te queden pequeñas. Puedes devolverlas desde Mis pedidos dentro de los 30 días y te reembolsamos el importe completo cuando lleguen. Si prefieres otra talla, haz un nuevo pedido con la talla correcta.

Un saludo,
Calzados Sierra
""")
