from build import S, O, E

S("de", "DE", "Bettina", "Fensterputztücher Mikrofaser, 10 Stück",
  None,
  """Hallo, bitte liefern Sie an meine neue Adresse: Bettina Roth, Kastanienallee 9, 10435 Berlin. Die alte Adresse gilt nicht mehr.""",
  E("address change for an order the seller has no record of: check the order before promising anything; the address is given",
    tasks="check_order", freq="address order_id", fo="reship_new_address"))

S("fr", "FR", "Pascal", "Bouilloire électrique en verre 1,7 L",
  O("delivered", "fbm", 34.90, ship=-24, deliv=-20, carrier="Colissimo", track="6A77788899900"),
  "Colis retourné reçu, emballage d'origine ouvert, verseuse fissurée",
  E("FBM return received, item damaged, no refund on record: refund within two business days and inspect/dispose of the item; no reply",
    tasks="refund inspect_return", draft=False), kind="return_recv", reason="Product damaged, but shipping box OK")

S("es", "ES", "Promo Reseñas", "Organizador de cajones, 8 piezas",
  None,
  """¡Hola vendedor! Ofrecemos reseñas de 5 estrellas verificadas para tus productos a precios increíbles. Escríbenos a nuestro WhatsApp para más información.""",
  E("spam offering paid reviews: no reply, nothing to offer", draft=False),
  extra=dict(no_oid=True, subject="Mensaje del cliente de Amazon {n}"))

S("it", "IT", "Federica", "Umidificatore ad ultrasuoni 3 L",
  O("returned", "fba", 39.99, ship=-30, deliv=-26, refund=39.99, refdate=-3, retrecv=-4),
  """Buongiorno, ho restituito l'umidificatore ad Amazon ma non vedo ancora il rimborso sulla carta.""",
  E("FBA order with the refund on record: give amount and date and the card timing; don't refund again",
    offers="refund_info", fo="refund"))

S("ja", "JP", "斎藤", "LEDデスクライト 調光調色",
  O("shipped", "fbm", 4580, ship=-20, carrier="日本郵便", track="8888-9999-0000", latest=-12),
  "商品が届かず、出品者からの返答もありません。",
  E("A-to-z claim notice: urgent seller task to respond", tasks="respond_claim", draft=False),
  kind="atoz", reason="商品未着")

S("zh", "US", "Tang", "Air Purifier HEPA for Large Room",
  O("shipped", "fbm", 45.99, ship=-1, carrier="UPS", track="1Z5R89390357654654", latest=3),
  """你好，我地址写错了，应该是 88 Elm Street, Apt 5C, Jersey City, NJ 07302。包裹能改寄吗？""",
  E("shipped FBM, USD 45.99 above the threshold, address given: explain it can't be changed any more; no reship",
    fo="reship_new_address reorder", freq="address"))
