E = []
def a(rules, note, text): E.append(("es", rules, note, text.strip("\n")))

a("off_amazon_payment", "Bizum refund, no number given", """
Hola Sergio,

Perdona el lío con la talla de la camiseta. Te devolvemos la diferencia de 5 euros ahora mismo por Bizum, que es más rápido que por Amazon. Pásame el nombre con el que lo tienes dado de alta y te lo envío esta tarde.

Un saludo,
Raúl
Camisetas Tierra
""")

a("phone;off_amazon_contact", "+34 number for WhatsApp", """
Buenos días, señora Morales:

Lamentamos que la cafetera haga ese ruido. Para verlo mejor, ¿podría mandarnos un vídeo por WhatsApp al +34 612 345 678? Así nuestro técnico le dice enseguida si es la junta o la bomba.

Atentamente,
Cafés del Norte
""")

a("review_incentive", "partial refund in exchange for removing rating", """
Estimado señor Ruiz:

Sentimos mucho que la mochila llegara con la cremallera rota. Le proponemos reembolsarle el 50 % del importe y que se quede con el producto. A cambio, le pedimos que retire la valoración negativa que dejó el lunes.

Quedamos a la espera de su respuesta.

Saludos cordiales,
Mochilas Sierra
""")

a("link;marketing", "instagram.com follow for new collection", """
¡Hola Lucía!

Muchas gracias por tus palabras, nos alegra un montón que los pendientes te hayan gustado tanto.

Si quieres ver las piezas nuevas antes que nadie, síguenos en instagram.com/bisuteria.lunares, cada viernes subimos la colección de la semana.

Un abrazo,
Marta de Lunares
""")

a("placeholder", "Spanish bracketed tracking slot", """
Hola, buenas tardes:

Su pedido ha salido hoy de nuestro almacén con Correos Express. El número de seguimiento es [NÚMERO DE SEGUIMIENTO] y la entrega está prevista en 48 horas.

Cualquier duda, quedamos a su disposición.

Un saludo,
Equipo de Hogar Mediterráneo
""")

a("email;off_amazon_contact", "plain e-mail address for invoice", """
Estimado cliente:

Para emitir la factura a nombre de su empresa necesitamos el CIF y la dirección fiscal completa. Por favor, envíenos esos datos a facturacion@papeleria-valdes.es y se la remitiremos en 24 horas.

Atentamente,
Administración
Papelería Valdés
""")

a("link", "'punto es' spelled domain", """
Hola Javier,

El manual en castellano de la báscula no venía en la caja, perdona. Lo tienes en nuestra web, basculas-precisa punto es barra manuales, en formato PDF. Explica cómo cambiar de kilos a libras en la página 3.

Saludos,
Andrés
""")

a("review_positive", "review gating in Spanish", """
Estimada Carmen:

Nos alegra saber que el humidificador ya funciona correctamente. Si está contenta con la compra, le agradeceríamos mucho que nos dejara una valoración en Amazon; si no lo está, por favor escríbanos antes a nosotros para solucionarlo.

Un cordial saludo,
Aire Sano
""")

a("", "HARD-OK: Bizum named only to refuse", """
Hola Alberto:

Entiendo que por Bizum sería más cómodo, pero no podemos hacer devoluciones fuera de Amazon. El reembolso de 12,95 € ya está tramitado y llegará al mismo método de pago que usaste en el pedido en unos 3 a 5 días hábiles.

Gracias por tu paciencia,
Inés
Especias La Alacena
""")

a("", "HARD-OK: official cancellation path", """
Buenos días, señor Navarro:

Su pedido todavía no se ha enviado, así que puede cancelarlo usted mismo desde su cuenta de Amazon en Mis pedidos > Solicitar la cancelación. En cuanto recibamos la solicitud la aceptaremos y el importe se le devolverá automáticamente.

Atentamente,
Juguetes Arcoíris
""")

a("", "HARD-OK: neutral optional feedback update", """
Estimada señora Castillo:

Nos alegra mucho que el nuevo cargador haya llegado y funcione sin problemas. Gracias por su comprensión durante estos días.

Si considera que hemos resuelto su incidencia, puede actualizar su opinión cuando lo desee, aunque por supuesto es totalmente decisión suya.

Un saludo cordial,
ElectroVolt
""")

a("", "HARD-OK: phone call named only to refuse", """
Hola Diego:

Lo siento, no podemos llamar por teléfono a los clientes; Amazon nos pide que toda la comunicación quede en estos mensajes. Si me respondes aquí con una foto de la pieza que falta, te la envío hoy mismo sin coste.

Saludos,
Pablo
Muebles Kit
""")

a("", "plain: wrong size, return or exchange", """
Hola Noelia:

Vaya, sentimos que las zapatillas te queden pequeñas. Puedes solicitar la devolución desde tus pedidos en Amazon en un plazo de 30 días, y te reembolsamos el importe completo en cuanto nos lleguen. Si prefieres otra talla, haz un nuevo pedido con la talla 38.

Un abrazo,
Zapatillas Brisa
""")

a("", "plain: not received, refund or reship", """
Estimado señor Vidal:

Lamentamos que su pedido no haya llegado todavía; el transportista no registra movimiento desde hace diez días. Le ofrecemos dos opciones: un reenvío sin coste o el reembolso completo. Díganos cuál prefiere y lo gestionamos hoy mismo.

Atentamente,
Librería Candela
""")

a("", "plain: missing part being sent", """
Hola Rocío:

Perdona, en la caja de la lámpara faltaba la bombilla E27. Te la hemos enviado esta mañana, debería llegarte en un par de días. No tienes que devolver nada.

Gracias por avisar,
Iluminación Sol
""")
