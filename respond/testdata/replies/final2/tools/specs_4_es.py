from build import S, O, E

S("es", "ES", "Lucía", "Juego de sartenes antiadherentes 20/24/28 cm",
  O("unshipped", "fbm", 42.95, latest=5),
  """Hola, me he equivocado con la dirección de envío, ¿podéis cambiarla antes de mandarlo? Gracias.""",
  E("unshipped FBM, address change with updates off: cancel and reorder with the right address",
    offers="reorder", fo="reship_new_address"))

S("es", "ES", "Javier", "Funda de edredón 150 cm, lino lavado, terracota",
  O("shipped", "fbm", 14.99, ship=-1, carrier="Correos", track="PQ4B8C0123456780128001X", latest=3),
  """Buenas, el pedido salió a mi dirección antigua. La nueva es C/ Alcalá 214, 3º B, 28028 Madrid. ¿Me lo podéis enviar ahí? Un saludo""",
  E("shipped FBM under EUR 30 with the new address given: offer a new unit to it; don't ask for the address",
    offers="reship_new_address", freq="address", fo="reorder"))

S("es", "ES", "Carmen", "Batidora de vaso 1,5 L",
  O("unshipped", "fbm", 34.90, latest=4),
  """Quiero cancelar el pedido porque lo he encontrado más barato en otra tienda.""",
  E("unofficial cancel on an unshipped order with the reason given: point to Mis pedidos > Solicitar cancelación",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("es", "ES", "Andrés", "Reloj de pared silencioso 30 cm",
  O("unshipped", "fbm", 21.50, latest=6),
  "", E("official cancellation request, unshipped FBM: cancel in Seller Central and confirm",
    offers="cancel", tasks="cancel_order", fo="cancel_via_amazon", freq="reason"),
  kind="cancel", reason="El plazo de entrega es demasiado largo")

S("es", "ES", "Pilar", "Set de maletas de cabina 55 cm",
  O("shipped", "fbm", 99.00, ship=-2, carrier="SEUR", track="SE1234567890", latest=1),
  "", E("official cancellation request but already shipped: cannot cancel; ask whether she would keep it or refuse delivery",
    fo="cancel cancel_via_amazon", req="keep_item", freq="reason"),
  kind="cancel", reason="Ya no lo necesito")

S("es", "ES", "Marta", "Cafetera italiana de acero inoxidable, 6 tazas",
  O("shipped", "fbm", 27.90, ship=-2, carrier="SEUR", track="SE9876543210", latest=2),
  """Hola, ¿dónde está mi pedido? ¿Me podéis pasar el número de seguimiento?""",
  E("FBM shipped with tracking on record: give carrier, number and expected date",
    offers="tracking", fo="amazon_support", freq="order_id"))

S("es", "ES", "Raúl", "Auriculares deportivos inalámbricos",
  O("shipped", "fba", 32.99, ship=-3, latest=-1),
  """Debería haber llegado ayer y nada. ¿Qué pasa con mi pedido?""",
  E("FBA order late: Amazon handles delivery and customer service; point there",
    offers="amazon_support"))

S("es", "ES", "Sofía", "Vestido midi de lino, talla M",
  O("delivered", "fbm", 39.95, ship=-5, deliv=-1, carrier="Correos", track="PQ4B8C0123456780199001X"),
  """Pedí la talla M y me ha llegado una XL, os adjunto foto de la etiqueta. ¿Me podéis mandar la M?""",
  E("wrong size, wanted size named, photo attached: send the M; don't ask for the size or a photo",
    offers="replacement", freq="variant photo", tasks="reship"), photo=True)

S("es", "ES", "Diego", "Aspiradora de mano sin cable",
  O("delivered", "fbm", 59.99, ship=-12, deliv=-9, carrier="MRW", track="MRW0012345678"),
  """La aspiradora pierde potencia a los dos minutos y luego se apaga aunque la batería marque llena. Quiero que me la cambiéis por otra.""",
  E("defective, symptom described, buyer wants a replacement: offer it; don't ask what's wrong",
    offers="replacement", freq="symptom"))

S("es", "ES", "Elena", "Estantería escalera de bambú, 5 baldas",
  O("delivered", "fbm", 45.00, ship=-6, deliv=-2, carrier="SEUR", track="SE5556667778"),
  """Faltan piezas para montar la estantería.""",
  E("missing parts, not which ones: ask which part and how many, offer to send them",
    offers="send_parts", req="missing_part"))

S("es", "ES", "Nuria", "Lámpara de sal del Himalaya 2-3 kg",
  O("delivered", "fbm", 24.00, ship=-7, deliv=-3, carrier="Correos", track="PQ4B8C0123456780177001X"),
  """Hola, ya no la necesito, me regalaron otra. ¿Cómo la devuelvo?""",
  E("unwanted FBM, nothing wrong: ask whether she would keep it with a refund instead of sending it back",
    req="keep_item", fo="replacement", freq="photo symptom"))

S("es", "ES", "Íñigo", "Mochila de senderismo 30 L",
  O("delivered", "fbm", 49.00, ship=-24, deliv=-20, carrier="SEUR", track="SE1212121212", retrecv=-3),
  """Según SEUR os entregaron la devolución hace tres días. ¿Cuándo me hacéis el reembolso?""",
  E("FBM return received with no refund on record: task to refund now, reply that it is being processed",
    tasks="refund", fo="refund_info"))

S("es", "ES", "Rocío", "Organizador de cajones, 8 piezas",
  O("returned", "fbm", 19.99, ship=-26, deliv=-22, carrier="Correos", track="PQ4B8C0123456780155001X", refund=19.99, refdate=0, retrecv=-1),
  "",
  E("refund-issued notice: informational, no reply", draft=False),
  kind="refund", reason="Devolución del cliente", extra=dict(amt="19.99"))

S("es", "ES", "Alberto", "Báscula de baño digital",
  O("shipped", "fbm", 22.00, ship=-22, carrier="Correos", track="PQ4B8C0123456780133001X", latest=-12),
  "No he recibido el producto y el vendedor no contesta.",
  E("A-to-z claim notice: urgent seller task to respond", tasks="respond_claim", draft=False),
  kind="atoz", reason="Artículo no recibido")

S("es", "ES", "Beatriz", "Juego de copas de vino, 6 uds",
  O("delivered", "fbm", 29.50, ship=-5, deliv=-1, carrier="MRW", track="MRW0098765432"),
  """Han llegado tres copas rotas de seis. Como no me deis una solución os pongo una estrella, que lo sepáis.""",
  E("review threat with a clear problem (3 glasses broken) but no photo: apologise, solve, ask for photos; never mention the review as a condition",
    req="photo", freq="symptom"))

S("es", "US", "Guadalupe", "Licuadora personal con vaso de viaje",
  O("shipped", "fbm", 24.99, ship=-2, carrier="USPS", track="9400111899887766554433", latest=3, cur="USD"),
  """Hola, ya no quiero el pedido, ¿lo pueden cancelar? Gracias.""",
  E("Spanish-speaking buyer on amazon.com, cancel after shipping without a reason: reply in Spanish; ask the reason and whether she would keep it",
    fo="cancel cancel_via_amazon", req="keep_item"), tpl="en")
