from build import S, O, E

# ---------- address_change ----------
S("en", "US", "Megan", "Ceramic Pour-Over Coffee Dripper, Matte White",
  O("shipped", "fbm", 19.99, ship=-2, carrier="USPS", track="9400111899223344556677", latest=3),
  """Hi, I just realized the package is going to my old apartment. I moved last week!
New address: Megan Doyle, 4180 Larkspur Ln Apt 12, Boise, ID 83704.
Is there any way to get it to me there? Thanks so much.""",
  E("shipped FBM under USD 30; new address given: offer a new unit to the new address, do not ask for the address again",
    offers="reship_new_address", fo="reorder cancel", freq="address"))

S("en", "UK", "Callum", "Stainless Steel Bento Lunch Box 1.2L with Cutlery",
  O("shipped", "fbm", 32.00, ship=-1, carrier="Royal Mail", track="JD014600003828837651", latest=4),
  """Hello, I'm afraid I put my work address on this order by mistake and I'm off from tomorrow for two weeks.
Could you please redirect it to 27 Bramble Close, Harrogate HG2 7QS instead? Cheers.""",
  E("shipped FBM, GBP 32 is above the GBP 25 threshold: explain it can no longer be changed, no reship",
    fo="reship_new_address reorder cancel", freq="address"))

S("en", "US", "Dev", "Bamboo Cutting Board Set (3 pcs) with Juice Groove",
  O("unshipped", "fbm", 27.50, latest=5),
  """hey, can you ship this to my parents instead? 55 Orchard Hill Rd, Nashua NH 03062. I typed my own address on autopilot""",
  E("unshipped FBM with address updates off: cancel and reorder with the right address; the address is already given",
    offers="reorder", fo="reship_new_address", freq="address"))

S("en", "US", "Rosalind", "Linen Blend Throw Pillow Covers 18x18, Set of 2, Sage",
  O("unshipped", "fbm", 22.99, latest=6),
  """I think I left the apartment number off my address. It should be unit 3B. Can you add that before it goes out please?""",
  E("unshipped FBM, missing apartment number: Amazon's route is cancel and reorder, not editing the address",
    offers="reorder", fo="reship_new_address"))

S("en", "US", "Tobias", "Insulated Water Bottle 32 oz, Navy",
  O("unshipped", "fba", 24.95, latest=4),
  """I need to change the delivery address on this order to my office: 900 Congress Ave Suite 400, Austin TX 78701. Can you update it?""",
  E("FBA order: the seller cannot change the address; point the buyer to Amazon",
    offers="amazon_support", fo="reship_new_address", freq="address"))

S("en", "US", "Priya", "Wireless Meat Thermometer with 2 Probes",
  O("shipped", "fbm", 30.00, ship=-1, carrier="UPS", track="1Z999AA10123456784", latest=3),
  """Hi there, the order shipped to my old place in Denver but I moved to 1220 Pearl St, Boulder CO 80302. Please send it here instead.""",
  E("value exactly at the USD 30 threshold ('at or above'): no reship, explain that it already shipped",
    fo="reship_new_address", freq="address"))

S("en", "UK", "Fiona", "Silicone Baking Mats, Set of 3",
  O("shipped", "fbm", 12.50, ship=-1, carrier="Evri", track="H01HYA0012345678", latest=3),
  """I've just noticed the postcode on my order is wrong - one digit off. It has already been dispatched apparently. What can I do?""",
  E("shipped FBM under GBP 25 but the correct address is not given: offer to send to the right address and ask for it",
    offers="reship_new_address", req="address"))

# ---------- cancel_order (unofficial and official) ----------
S("en", "US", "Jordan", "LED Desk Lamp with USB Charging Port",
  O("unshipped", "fbm", 38.99, latest=6),
  """Please cancel this order, I ordered it by mistake (meant to get the black one). Thank you!""",
  E("unofficial cancel request on an unshipped order: point to Your Orders > Request cancellation; the reason is given",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("en", "US", "Hailey", "Kids Art Smock, Waterproof, Ages 3-8",
  O("unshipped", "fba", 14.99, latest=3),
  """Cancel please. Don't need it anymore.""",
  E("unofficial cancel on an unshipped FBA order: only the buyer can request cancellation via Your Orders",
    offers="cancel_via_amazon", fo="cancel", freq="reason"))

S("en", "US", "Marcus", "Cast Iron Skillet 12 inch, Pre-Seasoned",
  O("shipped", "fbm", 45.00, ship=-1, carrier="FedEx", track="785412369874", latest=3),
  """I want to cancel. Found the same pan for much less at a local store.""",
  E("cancel asked after shipping, reason given: say it shipped and cannot be recalled, ask whether they'd keep it (else refuse delivery)",
    fo="cancel cancel_via_amazon", req="keep_item", freq="reason"))

S("en", "UK", "Imogen", "Hand-Painted Ceramic Plant Pot, 15 cm",
  O("shipped", "fbm", 21.00, ship=-2, carrier="Royal Mail", track="JD014600009988776655", latest=2),
  """Hi, could I cancel this order please?""",
  E("cancel after dispatch without a reason: ask the reason and whether they would keep the item",
    fo="cancel cancel_via_amazon", req="reason keep_item"))

S("en", "US", "Grant", "Electric Milk Frother, Handheld",
  O("delivered", "fba", 17.99, ship=-6, deliv=-2),
  """I wanted to cancel this but it already showed up. My wife bought one the same day. How do I cancel now?""",
  E("'cancel' on a delivered FBA order: return it through Amazon (30-day returns), not a cancellation",
    offers="return", fo="cancel cancel_via_amazon", freq="reason"))

S("en", "US", "Lena", "Macrame Wall Hanging, Boho Decor 24 inch",
  O("delivered", "fbm", 23.00, ship=-7, deliv=-1, carrier="USPS", track="9400111899562211334455"),
  """I tried to cancel before it shipped but the button wasn't there. Now it's here and I don't want it, it doesn't fit the wall. Can I cancel?""",
  E("delivered FBM, unwanted: returning costs the seller a lot, so offer a refund with the buyer keeping it",
    offers="keep_with_refund", fo="cancel cancel_via_amazon", freq="reason"))

S("en", "US", "Owen", "Aluminum Laptop Stand, Adjustable",
  O("unshipped", "fbm", 36.99, latest=5),
  "", E("official Amazon cancellation request on an unshipped FBM order: cancel in Seller Central and confirm to the buyer",
    offers="cancel", fo="cancel_via_amazon", tasks="cancel_order", freq="reason"),
  kind="cancel", reason="Ordered wrong item")

S("en", "UK", "Harriet", "Merino Wool Hiking Socks, 3 Pairs, Size 6-8",
  O("shipped", "fbm", 19.00, ship=-1, carrier="Royal Mail", track="JD014600001122334455", latest=2),
  "", E("official cancellation request but the order has already shipped: cannot cancel; ask whether they will keep it or refuse delivery",
    fo="cancel cancel_via_amazon", req="keep_item", freq="reason"),
  kind="cancel", reason="No longer needed")

S("en", "US", "Sam", "Replacement Filter for Countertop Water Purifier",
  None,
  "", E("official cancellation request for an order the seller has no record of: a seller task to check the order, no reply yet",
    tasks="check_order", draft=False),
  kind="cancel", reason="Delivery date too late")

# ---------- shipping_inquiry ----------
S("en", "US", "Beatriz", "Heavy Duty Shower Curtain Rod, Tension 43-72 in",
  O("shipped", "fbm", 26.49, ship=-3, carrier="UPS", track="1Z5R89390357567127", latest=2),
  """Hello, my order says shipped but I don't see any tracking info in my account. When should I expect it?""",
  E("FBM shipped with tracking on record: give carrier, number and expected date",
    offers="tracking", freq="order_id", fo="amazon_support"))

S("en", "US", "Nate", "Resistance Bands Set with Door Anchor",
  O("shipped", "fba", 29.99, ship=-2, latest=1),
  """where is my package?? it was supposed to come yesterday""",
  E("FBA order: Amazon handles the delivery; point to Amazon customer service and how to find tracking",
    offers="amazon_support", freq="order_id"))

S("en", "UK", "Gemma", "Personalised Wooden Keepsake Box",
  O("unshipped", "fbm", 34.00, latest=6),
  """Hiya, just wondering when this will be posted? It's for a birthday on the 20th. Thanks x""",
  E("FBM not shipped yet, no tracking: say when it will be sent / the expected date and flag it to the seller",
    offers="tracking", tasks="add_tracking", fo="amazon_support cancel"))

S("en", "US", "Carlos", "Universal Car Phone Mount, Dashboard",
  O("shipped", "fbm", 15.99, ship=-4, latest=3),
  """My order was marked shipped 4 days ago but there's no tracking number. Can you send it?""",
  E("FBM marked shipped but no tracking on record: seller task to add tracking",
    tasks="add_tracking", fo="amazon_support"))

S("en", "US", "Whitney", "Velvet Hangers 50 Pack, Blush",
  None,
  """Hi, I ordered these hangers about a week ago and haven't heard anything. Has it shipped?""",
  E("shipping question for an order the seller has no record of; the order id is in the mail: check the order",
    tasks="check_order", freq="order_id", fo="tracking refund_info"))

S("en", "US", "Arjun", "Stackable Pantry Storage Bins, Clear",
  None,
  """I bought storage bins from you guys and they still haven't come. What's going on?""",
  E("no order id in the message and no record: ask for the order id and flag for the seller",
    req="order_id", tasks="check_order", fo="tracking refund"),
  extra=dict(no_oid=True, subject="Message from Amazon customer {n}"))

# ---------- return_dissatisfied: not_received ----------
S("en", "US", "Dolores", "Embroidered Tablecloth 60x84, Ivory",
  O("shipped", "fbm", 29.00, ship=-19, carrier="USPS", track="9400111899000011112222", latest=-9),
  """It has been almost three weeks. Tracking hasn't moved since it left the first facility. Please either send another one or refund me, whichever is faster.""",
  E("long overdue, tracking stalled: not received; offer a refund (or a new unit), as the buyer prefers; no photo to ask for",
    offers="refund", freq="photo symptom", fo="amazon_support"))

S("en", "UK", "Rhys", "Bike Phone Holder, Waterproof Case",
  O("shipped", "fbm", 18.99, ship=-16, carrier="Royal Mail", track="JD014600005566778899", latest=-8),
  """Still nothing. I don't want a replacement anymore, I bought one locally. Just refund me please.""",
  E("not received, long overdue, buyer wants a refund and explicitly no replacement",
    offers="refund", fo="replacement", freq="photo symptom keep_item", tasks="refund"))

S("en", "US", "Keisha", "Satin Pillowcase 2-Pack, Queen, Champagne",
  O("shipped", "fba", 16.99, ship=-14, latest=-7),
  """never got my pillowcases. amazon says delivered but nothing at my door.""",
  E("FBA 'delivered but not here': Amazon handles FBA delivery problems; point to Amazon customer service",
    offers="amazon_support", freq="photo"))

# ---------- return_dissatisfied: damaged / wrong / defective / missing ----------
S("en", "US", "Howard", "Glass Teapot with Infuser 1000 ml",
  O("delivered", "fbm", 27.99, ship=-6, deliv=-1, carrier="UPS", track="1Z5R89390357000001"),
  """The teapot arrived with the spout snapped off, pieces in the box. Photo attached. I'd like a replacement please.""",
  E("damaged in transit, photo attached, buyer asks for a replacement: send one; don't ask for a photo or a description",
    offers="replacement", freq="photo symptom", tasks="reship"), photo=True)

S("en", "US", "Trish", "Marble Coaster Set with Holder (6 pcs)",
  O("delivered", "fbm", 24.00, ship=-5, deliv=-1, carrier="USPS", track="9400111899123400001111"),
  """Two of the coasters came with a big chip on the edge. What should I do?""",
  E("damaged, defect described but no photo: apologise, explain transit damage, ask for a photo",
    req="photo", freq="symptom"))

S("en", "UK", "Alistair", "Knitted Cable Beanie Hat, Unisex",
  O("delivered", "fbm", 14.00, ship=-4, deliv=-1, carrier="Royal Mail", track="JD014600004433221100"),
  """Ordered the navy one but got mustard yellow - see photo. Can you send the navy please, happy to send the yellow back.""",
  E("wrong colour, wanted colour named, photo attached: send the correct variant; don't ask which colour or for a photo",
    offers="replacement", freq="variant photo", tasks="reship"), photo=True)

S("en", "US", "Brooke", "Women's Quarter-Zip Fleece Pullover",
  O("delivered", "fbm", 39.99, ship=-5, deliv=-1, carrier="FedEx", track="785400001234"),
  """The package says Large but the tag inside says Medium. I ordered a Large. Could I get the right size?""",
  E("wrong size sent, wanted size is clear (Large): offer the correct size; a photo of the tag is a fair ask",
    offers="replacement", req="photo", freq="variant"))

S("en", "US", "Victor", "65W USB-C Wall Charger, GaN",
  O("delivered", "fbm", 28.99, ship=-6, deliv=-2, carrier="USPS", track="9400111899332211004455"),
  """You sent me a phone case, not a charger. I don't want to wait for another one, just give me my money back.""",
  E("wrong item, buyer wants a refund and not a replacement",
    offers="refund", fo="replacement", req="photo", freq="variant"))

S("en", "US", "Colleen", "Cordless Hair Straightener, Rechargeable",
  O("delivered", "fbm", 49.99, ship=-12, deliv=-8, carrier="UPS", track="1Z5R8939035700999"),
  """Mine stopped heating after a week. The light comes on but the plates stay cold, even fully charged. I'd like a new one that works.""",
  E("defective, symptom fully described, buyer asks for a replacement: offer it; don't ask what is wrong",
    offers="replacement", freq="symptom"))

S("en", "US", "Daryl", "Bluetooth Shower Speaker, IPX7",
  O("delivered", "fbm", 21.99, ship=-9, deliv=-5, carrier="USPS", track="9400111899776655443322"),
  """This thing is junk. Doesn't work.""",
  E("defective but nothing described: apologise and ask what exactly happens",
    req="symptom"))

S("en", "UK", "Niamh", "Floating Wall Shelves, Set of 3, Rustic Oak",
  O("delivered", "fbm", 29.99, ship=-5, deliv=-1, carrier="DPD", track="15501234567890"),
  """Hi, the box only had 2 of the 4 metal brackets, so I can only put up one shelf. Could you post the other two brackets? Thanks""",
  E("missing parts named (2 brackets) and asked for: send them; don't ask which part",
    offers="send_parts", freq="missing_part symptom", tasks="ship_parts", fo="return"))

S("en", "US", "Pete", "Folding Camping Table, Aluminum",
  O("delivered", "fbm", 54.00, ship=-6, deliv=-2, carrier="FedEx", track="785433221100"),
  """Some of the hardware is missing, can't finish assembling it.""",
  E("missing parts but not which: ask which part and how many, offer to send them",
    offers="send_parts", req="missing_part"))

S("en", "US", "Yolanda", "Kids Wooden Play Kitchen Set",
  O("delivered", "fbm", 89.00, ship=-7, deliv=-3, carrier="UPS", track="1Z5R89390357444555"),
  """The oven door hinge piece (part H in the manual) wasn't in the box. Honestly I don't want to wait for a part to be mailed, my daughter's birthday is Saturday. Could you just take something off the price instead? I'll rig it up.""",
  E("missing part named, buyer asks for a partial refund instead of waiting for the part",
    offers="partial_refund", freq="missing_part symptom"))

S("en", "US", "Frank", "Cordless Drill Driver 20V with 2 Batteries",
  O("delivered", "fba", 64.99, ship=-10, deliv=-7),
  """One of the two batteries won't take a charge - the charger light blinks red with that one only. Other battery is fine.""",
  E("FBA defective, symptom described: returns/replacements of FBA orders go through Amazon",
    offers="return", freq="symptom"))

# ---------- return_unwanted ----------
S("en", "US", "Allison", "Faux Fur Area Rug 4x6, Gray",
  O("delivered", "fbm", 34.99, ship=-6, deliv=-3, carrier="UPS", track="1Z5R89390357222333"),
  """I changed my mind about the rug, the color doesn't go with my room. How do I return it?""",
  E("unwanted FBM (nothing wrong): ask whether they would keep it with a refund instead of an expensive return",
    req="keep_item", fo="replacement", freq="photo symptom"))

S("en", "UK", "Tom", "Adjustable Dumbbell Stand",
  O("delivered", "fba", 27.00, ship=-8, deliv=-5),
  """Don't need this anymore - bought a rack that includes one. Can I send it back?""",
  E("unwanted FBA: most items can be returned within 30 days through Amazon; say so honestly",
    offers="return", fo="replacement", freq="photo symptom"))

S("en", "US", "Ingrid", "Espresso Machine, 15 Bar, Stainless",
  O("delivered", "fbm", 189.00, ship=-9, deliv=-4, carrier="FedEx", track="785400998877"),
  """It works fine, I just realized it's too big for my counter. I'd like to return it unopened for a refund.""",
  E("unwanted, high-value and unopened, buyer clearly wants a return: give return instructions; keeping a USD 189 item for a full refund makes no sense",
    offers="return", fo="replacement keep_with_refund", freq="photo symptom"))

# ---------- refund_status ----------
S("en", "US", "Gloria", "Acrylic Makeup Organizer, 3 Drawers",
  O("returned", "fbm", 25.99, ship=-24, deliv=-20, carrier="USPS", track="9400111899001122003344", refund=25.99, refdate=-3, retrecv=-4),
  """I sent the organizer back two weeks ago. Has my refund gone through?""",
  E("refund on record: give the amount and date and the bank timing; don't refund again",
    offers="refund_info", fo="refund"))

S("en", "US", "Leon", "Noise Cancelling Sleep Earbuds",
  O("delivered", "fbm", 42.00, ship=-20, deliv=-16, carrier="UPS", track="1Z5R89390357111222", retrecv=-2),
  """UPS says my return was delivered to you on Monday. I still haven't been refunded.""",
  E("FBM return received, no refund yet: seller task to refund now (due in two business days), reply that it is being processed",
    tasks="refund", fo="refund_info", freq="order_id"))

S("en", "UK", "Bethany", "Ceramic Hair Curling Wand 25 mm",
  O("delivered", "fbm", 33.00, ship=-21, deliv=-17, carrier="Royal Mail", track="JD014600007766554433"),
  """When will I get my money back? I posted the return last week.""",
  E("refund asked, nothing on record (return not received, no refund): ask for patience and flag for the seller",
    tasks="check_order", fo="refund_info"))

# ---------- negative_review (message) ----------
S("en", "US", "Rachel", "Personal Blender with 2 Travel Cups",
  O("delivered", "fbm", 29.99, ship=-8, deliv=-4, carrier="USPS", track="9400111899665544332211"),
  """Second time using it and the blade assembly started leaking all over my counter - photo attached. I'm honestly about to leave a 1-star review. I just want my money back.""",
  E("review threat with a clear defect, photo attached, buyer wants a refund: solve it, never tie it to the review",
    offers="refund", freq="photo symptom"), photo=True)

S("en", "US", "Dwayne", "Magnetic Knife Strip 16 inch",
  O("delivered", "fbm", 19.50, ship=-6, deliv=-2, carrier="USPS", track="9400111899554433221100"),
  """Just left you 1 star. The strip came with one of the mounting screws missing so it's useless.""",
  E("negative review already left; problem named (a mounting screw missing): apologise and offer to send it, no review ask",
    offers="send_parts", freq="missing_part"))

# ---------- Amazon notices ----------
S("en", "US", "Kevin", "Memory Foam Seat Cushion",
  O("delivered", "fbm", 32.99, ship=-10, deliv=-6, carrier="UPS", track="1Z5R89390357888999"),
  "Cushion went flat in a week and smells like chemicals. Seller never answered.",
  E("negative feedback alert: find the buyer and reach out (seller task), no reply drafted on the notice itself",
    tasks="contact_buyer", draft=False), kind="feedback", reason="1 out of 5")

S("en", "US", "Monica", "Yoga Mat 6 mm, Non-Slip, Purple",
  O("delivered", "fbm", 26.00, ship=-9, deliv=-5, carrier="USPS", track="9400111899443322110099"),
  "Changed my mind",
  E("authorised return request (No longer needed): Amazon already authorised it; nothing to reply",
    draft=False), kind="return_auth", reason="No longer needed")

S("en", "US", "Jeff", "Digital Kitchen Scale, 11 lb",
  O("delivered", "fbm", 18.49, ship=-22, deliv=-18, carrier="USPS", track="9400111899332200114455"),
  "Package received at return address, outer box intact",
  E("return received for an FBM order with no refund on record: refund within two business days and inspect the item",
    tasks="refund inspect_return", draft=False), kind="return_recv", reason="Bought by mistake")

S("en", "US", "Anita", "Shower Caddy, Rustproof, 2 Tier",
  O("returned", "fbm", 23.99, ship=-25, deliv=-21, carrier="USPS", track="9400111899221100335566", refund=23.99, refdate=0, retrecv=-1),
  "",
  E("refund-issued notice: informational, no reply to the buyer", draft=False),
  kind="refund", reason="Customer return", extra=dict(amt="23.99"))

S("en", "US", "Terrence", "Smart Plug 4-Pack, WiFi",
  O("shipped", "fbm", 31.99, ship=-21, carrier="USPS", track="9400111899110099887766", latest=-11),
  "Never received. Tracking has not updated in two weeks.",
  E("A-to-z claim: urgent seller task to respond to the claim", tasks="respond_claim", draft=False),
  kind="atoz", reason="Item not received")

S("en", "UK", "Olivia", "Scented Soy Candle, Fig & Cedar",
  O("delivered", "fbm", 16.00, ship=-8, deliv=-5, carrier="Royal Mail", track="JD014600002233445566"),
  "Arrived with the glass jar cracked.",
  E("authorised return with a damage reason: notice only, no reply", draft=False),
  kind="return_auth_uk", reason="Product damaged, but shipping box OK")

S("en", "US", "Heather", "Cotton Bath Towel Set, 6 pcs",
  O("delivered", "fbm", 44.00, ship=-9, deliv=-6, carrier="UPS", track="1Z5R89390357777000"),
  "Original message: Hi Heather, your order has been delivered ...",
  E("delivery failure (buyer opted out): nothing to reply", draft=False), kind="delivery_failure")

# ---------- other ----------
S("en", "US", "Ruth", "Herb Keeper Fresh Storage Container",
  O("delivered", "fbm", 17.99, ship=-7, deliv=-2, carrier="USPS", track="9400111899009988776655"),
  """Got it today, works great. Thank you for the fast shipping!""",
  E("thank-you note: no reply needed", draft=False))

S("en", "US", "Greg", "Foam Roller 18 inch, High Density",
  O("delivered", "fba", 21.99, ship=-6, deliv=-3),
  """I am out of the office until Monday with limited access to email. For urgent matters please contact my assistant.""",
  E("buyer's auto-reply: no response needed", draft=False), kind="autoreply",
  extra=dict(subject="Automatic reply: Inquiry from Amazon customer {n} (Order: {o})"))

S("en", "UK", "Sophie", "Linen Apron with Pockets, Olive",
  None,
  """Hi, does this apron come in a longer length? I'm 6ft tall. Thanks""",
  E("pre-sale product question with no order: no reply drafted unless the seller asks", draft=False),
  topic="Product details", extra=dict(no_oid=True, subject="Product details inquiry from Amazon customer {n}"))

# ---------- mixed / needs human ----------
S("en", "US", "Bradley", "Robot Vacuum Cleaner, 2200Pa",
  O("shipped", "fbm", 159.00, ship=-18, carrier="FedEx", track="785411110000", latest=-8),
  """This is ridiculous. 18 days and no vacuum. If I don't get a refund by tomorrow I'm filing an A-to-z claim and reporting you to Amazon.""",
  E("not received long overdue with an A-to-z threat (needs human): offer the refund, no photo ask",
    offers="refund", freq="photo symptom"))

S("en", "DE", "Hannah", "Edelstahl Trinkflasche 750 ml",
  O("delivered", "fbm", 19.90, ship=-5, deliv=-1, carrier="DHL", track="00340434161094012345"),
  """Hi, sorry I don't speak German. The bottle arrived with a big dent on the side, photo attached. Could you send me a new one?""",
  E("English-speaking buyer on amazon.de: reply in English; damaged with photo, replacement asked",
    offers="replacement", freq="photo symptom", tasks="reship"), photo=True)

S("en", "US", "Kimberly", "Digital Photo Frame 10 inch, WiFi",
  O("shipped", "fbm", 79.99, ship=-3, carrier="UPS", track="1Z5R89390357666111", latest=2),
  """Hi! Two things: can you tell me where my order is, and also I realized I should have ordered the white one, not black. Can I swap when it arrives?""",
  E("tracking plus a variant swap after delivery: give tracking; the wanted colour (white) is already named",
    offers="tracking", freq="variant order_id", fo="cancel"))
