from en_block import a, D

# ---- block
a("es", "block", "off_amazon_payment", "Bizum refund offer", """Hola Lucía,

Sentimos mucho que faltara una de las tazas del juego. Para no hacerte esperar con la devolución, te podemos enviar los 8 € por Bizum ahora mismo. Solo dinos a qué número de Bizum quieres que lo mandemos.

Un saludo,
Marta
Cerámica Alba""")

a("es", "block", "phone;off_amazon_contact", "Spanish WhatsApp number with +34", """Buenos días, señor Ruiz:

Lamentamos el problema con la batería del patinete. Para poder diagnosticarlo bien, le pedimos que nos envíe un vídeo por WhatsApp al +34 612 345 678, indicando su número de pedido. Nuestro técnico le responderá en el mismo día.

Atentamente,
Movilidad Urbana SL""")

a("es", "block", "email;off_amazon_contact", "email with 'arroba' and 'punto'", """Hola Javier,

¡Gracias por tu mensaje! Para tramitar la garantía necesitamos la factura y unas fotos del cargador. Envíalo todo a garantias arroba tecnohogar punto es y en cuanto lo recibamos te mandamos uno nuevo.

Saludos,
Raúl
TecnoHogar""")

a("es", "block", "link", "domain written with 'punto es' for size guide", """Estimada señora Navarro:

Lamentamos que la talla no le quede bien. Para el cambio, le recomendamos consultar antes nuestra guía de tallas completa en zapateriamolina punto es barra guia, donde encontrará las medidas exactas de la horma en centímetros.

Un cordial saludo,
Zapatería Molina""")

a("es", "block", "review_positive", "review gating: only if satisfied, otherwise write first", """Hola Andrea,

Esperamos que estés disfrutando de tu nueva freidora de aire. Si estás contenta con ella, te agradeceríamos mucho una valoración en Amazon. Y si algo no va bien, por favor escríbenos primero a nosotros antes de publicar nada, así lo solucionamos.

Un abrazo,
El equipo de CocinaFácil""")

a("es", "block", "review_incentive", "soft ask to 'review the rating' beside free replacement", """Estimado señor Castillo:

Hemos enviado hoy, sin coste alguno, una lámpara nueva para sustituir la que llegó rota. Le agradeceríamos de corazón que, al recibirla, revisara la valoración que dejó, ya que ahora el problema estará resuelto gracias a este envío.

Atentamente,
Iluminación Castillo""")

a("es", "block", "marketing", "discount code for future purchase", """Hola Pablo,

Tu pedido ya está en camino y debería llegar el jueves. Como agradecimiento por tu paciencia, te regalamos el código VERANO20 con un 20 % de descuento en tu próxima compra de cualquiera de nuestras mochilas.

¡Buen viaje!
Elena
Mochilas Ruta""")

a("es", "block", "placeholder", "bracketed name and carrier slots", """Hola [Nombre],

Muchas gracias por tu compra. Te confirmamos que tu pedido ha sido enviado con [Transportista] y que podrás seguirlo desde tu cuenta de Amazon. El plazo estimado de entrega es de 2 a 3 días laborables.

Un saludo,
Atención al cliente de Hogar Sereno""")

a("es", "block", "marketing", "cross-sell with no promo keyword", """Hola Carmen,

Nos alegra que el juego de sábanas te haya encantado. Por cierto, la funda nórdica a juego, en el mismo tono terracota, también la vendemos nosotros; combinada con las sábanas queda preciosa y es muy fácil de encontrar buscando nuestra marca Textil Ribera en Amazon.

Un saludo cordial,
Rosa""")

a("es", "block", "off_amazon_contact;off_amazon_payment", "payment link over WhatsApp for an add-on", """Hola Diego,

Sí, podemos añadir la segunda batería a tu pedido antes del envío. Como Amazon no permite modificar el pedido, te mandamos un enlace de pago por transferencia; escríbenos por WhatsApp y te lo pasamos en un momento.

Gracias,
Sergio
DronesPlus""")

# ---- ok
a("es", "ok", "", "hard: Bizum named only to refuse", """Hola Nuria,

Entendemos que te resultaría más cómodo recibir el dinero por Bizum, pero no podemos hacer pagos fuera de Amazon. Ya hemos emitido el reembolso de 12,95 € a través de Amazon y lo verás en tu método de pago original en unos días.

Un saludo,
Laura
Velas del Norte""")

a("es", "ok", "", "hard: phone call refused", """Estimado señor Ortega:

Gracias por su mensaje. No nos es posible llamarle por teléfono, ya que Amazon nos pide que toda la comunicación con los clientes se realice a través de su sistema de mensajes. Si nos indica en qué paso del montaje se ha quedado, se lo explicamos aquí con todo detalle.

Atentamente,
Muebles Serrano""")

a("es", "ok", "", "hard: Correos tracking code and postcode", """Hola Alberto,

Tu paquete salió el 2 de diciembre con Correos Express y el número de seguimiento es PQ4F6P0701234560108001. Ahora mismo está en la oficina de 28013 Madrid y la entrega está prevista para mañana por la mañana.

Saludos,
Cristina
Café de Origen""")

a("es", "ok", "", "hard: official cancellation path", """Hola señora Ramos,

Gracias por avisarnos. Como el pedido aún no ha salido, puede cancelarlo usted misma desde Mis pedidos: seleccione el pedido y pulse «Solicitar la cancelación». En cuanto recibamos la solicitud, la aprobaremos y el importe se devolverá a su método de pago.

Un cordial saludo,
Juguetes Arcoíris""")

a("es", "ok", "", "hard: Amazon coupon explains smaller refund", """Hola Marcos,

El reembolso fue de 17,99 € y no de 19,99 € porque en tu compra se aplicó un cupón de Amazon de 2 €. Amazon devuelve siempre lo que realmente se pagó, así que el importe es correcto y no falta nada.

Un saludo,
Irene
Deportes Sierra""")

a("es", "ok", "", "hard: neutral optional feedback update after solved issue", """Estimada señora Vidal:

Nos alegra saber que la nueva cafetera funciona perfectamente. Gracias por darnos la oportunidad de solucionarlo. Si lo desea, puede actualizar la opinión que dejó sobre el primer envío, aunque por supuesto no tiene ninguna obligación de hacerlo.

Saludos cordiales,
Miguel
Barista en Casa""")

a("es", "ok", "", "hard: free replacement, no strings", """Hola Sofía,

Qué rabia que el jarrón llegara roto, lo sentimos mucho. Te enviamos uno nuevo sin ningún coste mañana mismo, y no hace falta que devuelvas el roto. No tienes que hacer nada más.

Un abrazo,
Alicia
Decora Nido""")

a("es", "ok", "", "hard: thanks for existing review, nothing asked", """Hola Héctor,

Solo queríamos darte las gracias por la reseña que escribiste sobre la mochila de senderismo. Nos ha hecho mucha ilusión leer que la llevaste al Camino de Santiago y que aguantó todo el recorrido.

¡Buen camino siempre!
Equipo de Senda Outdoor""")
