from common import O, E, S
L = "en"
SPECS = [
S(L, "com", "Rachel", "Bamboo Bath Caddy Tray, Expandable", """
Hi there, I just realized the order is going to my old apartment. We moved last weekend and I forgot to update my default address. Could you please send it to 4417 Larkspur Lane, Apt 2B, Columbus, OH 43214 instead? It hasn't shipped yet as far as I can tell. Thank you so much!!
""", O("unshipped", "fbm", 24.99, purch=-1, latest=5),
 E("unshipped FBM, new address given: address updates are off, so cancel and reorder; no reship", offers=["reorder"], fo=["reship_new_address"], fr=["address"])),

S(L, "co.uk", "Tom", "Stainless Steel Garlic Press", """
wrong address on this one, can you change it before it goes out? cheers
""", O("unshipped", "fbm", 11.99, purch=0, latest=4),
 E("unshipped FBM, terse address change without the new address: cancel and reorder", offers=["reorder"], fo=["reship_new_address"])),

S(L, "com", "Denise", "Memory Foam Seat Cushion for Office Chair", """
Hello, I placed this order an hour ago and I need it delivered to my work instead of home, the address is 1200 Commerce Blvd Suite 300, Irving TX 75063. Is that possible? Thanks, Denise
""", O("unshipped", "fba", 36.95, purch=0, latest=3),
 E("FBA order, address change: the seller cannot change FBA orders, point to Amazon", offers=["amazon_support"], fo=["reship_new_address"], fr=["address"])),

S(L, "com", "Marcus", "Silicone Stretch Lids, Set of 12", """
Hey, I messed up. The package shipped to 88 Birch St but I don't live there anymore (moved in March, long story). My current address is 915 W Grand Ave, Unit 4, Oakland, CA 94612. Any way you can get it to me there? Sorry for the hassle
""", O("shipped", "fbm", 14.99, ship=-1, carrier="USPS", trk="9400111899223344556677", purch=-3, latest=4),
 E("shipped FBM, value under USD 30, new address given: reship to the new address", offers=["reship_new_address"], fr=["address"], tasks=["reship"])),

S(L, "co.uk", "Gemma", "Linen Cushion Covers 45x45cm, Pack of 2", """
Hi, I've just seen the dispatch email and it's gone to my mum's house in Leeds which is wrong, I must have left it as the default from Christmas. Is there anything you can do? I'm in Bristol now.
""", O("shipped", "fbm", 16.50, ship=0, carrier="Royal Mail", trk="JD014600003GB", purch=-2, latest=3),
 E("shipped FBM, under GBP 25, new address not given: offer a new unit to the new address and ask for it", offers=["reship_new_address"], req=["address"])),

S(L, "com", "Alan", "Cordless Handheld Vacuum, 12000Pa", """
Order shipped to wrong address. Correct address: 27 Fairview Rd, Ridgefield CT 06877. Please redirect.
""", O("shipped", "fbm", 89.99, ship=-1, carrier="UPS", trk="1Z999AA10123456784", purch=-3, latest=3),
 E("shipped FBM over the threshold: explain it can no longer be changed; no reship", fo=["reship_new_address"], fr=["address"])),

S(L, "co.uk", "Priya", "Ceramic Plant Pot with Drainage, 20cm", """
Hello, I'm so sorry but I put the wrong house number, it should be 14 not 41 (Hollybush Road, Cardiff CF23 6TA). I can see it's already been posted. Could you help at all? Thank you x
""", O("shipped", "fbm", 25.00, ship=-1, carrier="Royal Mail", trk="JD014600009GB", purch=-3, latest=2),
 E("shipped FBM, value exactly at the GBP 25 threshold: at or above, so no reship; explain politely", fo=["reship_new_address"], fr=["address"])),

S(L, "com", "Kevin", "LED Strip Lights 32.8ft with Remote", """
hi i ordered this by mistake, meant to get the 16ft one. please cancel. thanks
""", O("unshipped", "fbm", 21.99, purch=0, latest=5),
 E("unofficial cancellation in a normal message, unshipped: point to Your Orders > Request cancellation, do not cancel", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "co.uk", "Sandra", "Electric Milk Frother, Handheld", """
Good morning. Please could you cancel my order, I no longer require it. Many thanks. Sandra Hughes
""", O("unshipped", "fba", 9.99, purch=0, latest=2),
 E("unofficial cancellation, FBA unshipped: tell the buyer to request cancellation in Your Orders", offers=["cancel_via_amazon"], fo=["cancel"], fr=["reason"])),

S(L, "com", "Josh", "Adjustable Dumbbell Stand Rack", """
I need to cancel this. Found the same rack locally for way less and already picked it up. Tracking says it's in transit but hopefully you can stop it??
""", O("shipped", "fbm", 64.00, ship=-2, carrier="FedEx", trk="771234567890", purch=-4, latest=3),
 E("cancel request after shipping, reason already given: explain it shipped, ask if they would accept it (or refuse delivery); do not cancel", req=["keep_item"], fo=["cancel"], fr=["reason"])),

S(L, "com", "Linda", "Cast Iron Skillet 10 inch, Pre-Seasoned", """
Please cancel this order.
""", O("shipped", "fbm", 27.50, ship=-1, carrier="USPS", trk="9400111899223300112233", purch=-2, latest=4),
 E("terse cancel request, order already shipped: ask the reason and whether they would keep it; no cancel", req=["reason", "keep_item"], fo=["cancel"])),

S(L, "com", "Brian", "Bluetooth Meat Thermometer, Wireless", """
Hi, I wanted to cancel this but it already showed up on my porch yesterday. My wife bought me one for my birthday, so we've got two now. How do I cancel/return it?
""", O("delivered", "fba", 45.99, ship=-4, deliv=-1, carrier="AMZL", trk="TBA301234567890", purch=-6),
 E("cancel asked after FBA delivery, reason given: return through Amazon (FBA), no cancel", offers=["return"], fo=["cancel"], fr=["reason"])),

S(L, "co.uk", "Oliver", "Wooden Desk Organiser with Drawer", """
Hiya, tried to cancel but apparently it's already been delivered. Don't need it anymore, had a clear-out and it doesn't fit the new desk. What are my options?
""", O("delivered", "fbm", 22.99, ship=-6, deliv=-2, carrier="Evri", trk="H00A1B2C3D4E5F", purch=-8),
 E("cancel after FBM delivery: refund agreed with the buyer preferred over a costly return (keep with refund)", offers=["keep_with_refund"], fo=["cancel"], fr=["reason"])),

S(L, "com", "Tasha", "Kids Art Smock, Waterproof, 2 Pack", """
Hi! Just checking on my order, it says shipped but I haven't gotten any tracking updates. When should I expect it? Need it for my daughter's class on Friday lol
""", O("shipped", "fbm", 13.49, ship=-2, carrier="USPS", trk="9400111899225566778899", purch=-4, latest=2),
 E("FBM shipping inquiry with tracking on record: give carrier, tracking and expected date", offers=["tracking"], fr=["order_id"]), subject="Order delivery inquiry from Amazon customer {n} (Order: {o})"),

S(L, "co.uk", "Declan", "Magnetic Knife Strip 40cm", """
Ordered over a week ago and it still says not dispatched. What's going on?
""", O("unshipped", "fbm", 17.99, purch=-8, latest=2),
 E("FBM, still unshipped, no tracking: say when it will ship / expected date and flag for tracking", offers=["tracking"], tasks=["add_tracking"])),

S(L, "com", "Carol", "Heated Throw Blanket 50x60", """
Where is my blanket?? It was supposed to be here Tuesday. The tracking just says "in transit" for 4 days.
""", O("shipped", "fba", 39.99, ship=-6, carrier="AMZL", trk="TBA309988776655", purch=-7, latest=-2),
 E("FBA shipping inquiry: Amazon handles FBA logistics, point to Amazon customer service / tracking in Your Orders", offers=["amazon_support"]), subject="Shipping inquiry from Amazon customer {n} (Order: {o})"),

S(L, "com", "Mike", "Replacement Filter for Air Purifier, 2 Pack", """
Hello, can you tell me when my filters will ship? Order number is in the subject. thanks Mike
""", None,
 E("no order on record for this id: flag for the seller to check, do not invent tracking", tasks=["check_order"], fo=["tracking"], fr=["order_id"])),

S(L, "com", "Angela", "Folding Step Stool, 2-Step", """
I ordered this stool almost 4 weeks ago and it never came. Tracking hasn't moved since it left your warehouse. At this point I just want my money back, I already bought one at Target.
""", O("shipped", "fbm", 26.99, ship=-25, carrier="USPS", trk="9400111899221122334455", purch=-27, latest=-12),
 E("not received, long overdue FBM, buyer wants a refund not a replacement", offers=["refund"], fo=["replacement"], fr=["keep_item"])),

S(L, "co.uk", "Ian", "Bike Phone Mount, Aluminium", """
Still nothing. This was due on the 3rd. Royal Mail tracking has been stuck on 'we're getting it ready' for nearly three weeks. Can you send another one please, I still want it.
""", O("shipped", "fbm", 14.99, ship=-20, carrier="Royal Mail", trk="JD014600021GB", purch=-21, latest=-10),
 E("not received, long overdue, under threshold, buyer asks for another one: send a replacement", offers=["replacement"], fo=["refund_info"], tasks=["reship"])),

S(L, "com", "Heather", "Satin Pillowcase Set, Queen, Champagne", """
Hi, these arrived fine but honestly I changed my mind on the color, it doesn't go with our bedroom at all. I'd like to return them. They're still in the package.
""", O("delivered", "fbm", 19.99, ship=-7, deliv=-3, carrier="USPS", trk="9400111899227788990011", purch=-9),
 E("return_unwanted FBM delivered: ask whether they would keep it with a refund instead of a costly return", offers=["keep_with_refund"], fr=["reason"])),

S(L, "com", "Greg", "Wireless Charging Pad 15W", """
Don't need this anymore, my new phone came with one. Want to return it. It's unopened.
""", O("delivered", "fba", 18.99, ship=-6, deliv=-4, carrier="AMZL", trk="TBA301122334455", purch=-7),
 E("return_unwanted FBA: returnable within 30 days without reason via Amazon, say so honestly", offers=["return"], fr=["reason"]), subject="Return policy inquiry from Amazon customer {n} (Order: {o})"),

S(L, "com", "Nicole", "Glass Food Storage Containers, 10 Piece", """
Two of the lids are cracked and one container was completely shattered when I opened the box. Pictures attached. I'd like a replacement set please.
""", O("delivered", "fbm", 32.99, ship=-5, deliv=-1, carrier="UPS", trk="1Z999AA10123456999", purch=-7),
 E("damaged in transit, photo attached, replacement asked: apologise, send a replacement, no need to ask for photos", offers=["replacement"], fr=["photo", "symptom"], tasks=["reship"]), photo=True),

S(L, "co.uk", "Fiona", "Porcelain Teapot with Infuser, 1L", """
Hello, the teapot arrived today with a big chip out of the spout. The box looked okay from outside. Very disappointed as it was meant to be a gift.
""", O("delivered", "fba", 28.00, ship=-3, deliv=0, carrier="AMZL", trk="TBA304455667788", purch=-4),
 E("damaged item, no photo sent: apologise, explain transit damage, ask for a photo", req=["photo"], fr=["symptom"])),

S(L, "com", "Derek", "Men's Merino Wool Beanie", """
You sent me the navy one. I ordered BLACK. Can you please send the black one, I need it before my trip next week.
""", O("delivered", "fbm", 22.00, ship=-5, deliv=-1, carrier="USPS", trk="9400111899220099887766", purch=-7),
 E("wrong colour, wanted colour named (black): send the correct variant; do not ask which colour", offers=["replacement"], fr=["variant"], req=["photo"])),

S(L, "co.uk", "Hannah", "Women's Running Leggings, High Waist", """
Hi, I ordered a size M but the label inside says XS, so they're way too small. Photo of the label attached. Could I swap them for the medium I actually ordered please?
""", O("delivered", "fbm", 19.99, ship=-4, deliv=-1, carrier="Royal Mail", trk="JD014600045GB", purch=-5),
 E("wrong size, photo attached, wanted size named (M): replacement in M, no photo or size questions", offers=["replacement"], fr=["variant", "photo"], tasks=["reship"]), photo=True),

S(L, "com", "Raymond", "USB-C to HDMI Adapter 4K", """
Got a totally different item, some kind of ethernet dongle, not the HDMI adapter. I don't want a replacement, I already got one elsewhere. Just refund please.
""", O("delivered", "fbm", 16.99, ship=-5, deliv=-1, carrier="USPS", trk="9400111899223344001122", purch=-6),
 E("wrong item, buyer wants a refund, explicitly not a replacement", offers=["refund"], fo=["replacement"], req=["photo"])),

S(L, "com", "Stephanie", "Electric Kettle 1.7L, Stainless Steel", """
Hi, the kettle worked for about 5 days and now it won't turn on at all. The blue light doesn't come on when I flip the switch and it doesn't heat. I tried different outlets. Can you send me a new one? I really liked it until it died.
""", O("delivered", "fbm", 29.99, ship=-12, deliv=-8, carrier="UPS", trk="1Z999AA10123450001", purch=-13),
 E("defective, symptom fully described, replacement asked: send a new unit, don't ask what is wrong", offers=["replacement"], fr=["symptom"], tasks=["reship"])),

S(L, "co.uk", "Neil", "Digital Kitchen Scale 5kg", """
Scale doesn't work properly
""", O("delivered", "fbm", 12.99, ship=-6, deliv=-3, carrier="Royal Mail", trk="JD014600051GB", purch=-7),
 E("defective, no detail: apologise and ask what exactly is wrong", req=["symptom"])),

S(L, "com", "Amanda", "Ultrasonic Cool Mist Humidifier 2.5L", """
So I've had this humidifier for a week and it leaks water all over my nightstand every night, there's a puddle by morning. I checked the tank is seated right. Honestly I'm done with it. I do NOT want another one, please just refund me.
""", O("delivered", "fbm", 34.99, ship=-10, deliv=-7, carrier="FedEx", trk="771234500011", purch=-11),
 E("defect described (leaks), buyer refuses a replacement and wants a refund", offers=["refund"], fo=["replacement"], fr=["symptom"])),

S(L, "com", "Jason", "Floating Wall Shelves, Set of 3", """
Hi - the box was missing the wall anchors and screws for the third shelf. There should be 4 screws and 4 anchors per shelf per the instructions and I only got 8 of each total. Can you mail me 4 screws + 4 anchors? Don't need a whole new set.
""", O("delivered", "fbm", 27.99, ship=-6, deliv=-2, carrier="USPS", trk="9400111899224433221100", purch=-7),
 E("missing parts named and counted, asks for them to be sent: send parts, no questions about which part", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),

S(L, "co.uk", "Lucy", "Kids Wooden Play Kitchen", """
Hello. We started putting this together for our son's birthday and there are bits missing, we can't finish it. Please help asap!!
""", O("delivered", "fbm", 74.99, ship=-5, deliv=-1, carrier="DPD", trk="15501234567890", purch=-6),
 E("missing parts, not named: ask which parts and how many", req=["missing_part"], offers=["send_parts"])),

S(L, "com", "Victor", "Adjustable Laptop Stand, Aluminum", """
The hex key (allen wrench) isn't in the box. Pic attached of everything that was inside. Please send one.
""", O("delivered", "fba", 31.99, ship=-4, deliv=-1, carrier="AMZL", trk="TBA301239876543", purch=-5),
 E("missing hex key named, photo attached: send the part", offers=["send_parts"], fr=["missing_part", "photo"], tasks=["ship_parts"]), photo=True),

S(L, "com", "Patricia", "Insulated Water Bottle 32oz", """
This bottle leaks from the lid every single time I put it in my bag. Soaked my laptop bag twice now. I want a refund or I'm leaving a 1 star review so others know. Very unhappy.
""", O("delivered", "fbm", 24.95, ship=-9, deliv=-5, carrier="USPS", trk="9400111899226655443322", purch=-10),
 E("review threat with a clear defect (lid leaks), refund asked: fix the problem (refund), never tie it to the review", offers=["refund"], fr=["symptom"])),

S(L, "co.uk", "Graham", "Solar Garden Lights, 8 Pack", """
Left you 1 star already. Half of them don't light up at all even after two full sunny days charging. Rubbish. I'd take a working set if you actually send one.
""", O("delivered", "fbm", 21.99, ship=-14, deliv=-10, carrier="Evri", trk="H00A9Z8Y7X6W5V", purch=-15),
 E("negative review already left, defect described, replacement asked: send a working set; no review ask tied to it", offers=["replacement"], fr=["symptom"], tasks=["reship"])),

S(L, "com", "Samantha", "Shower Curtain Liner, Heavy Duty", """
Hi, I returned this about 2 weeks ago and still no refund. Can you check?
""", O("returned", "fbm", 12.99, ship=-30, deliv=-26, carrier="USPS", trk="9400111899220001112223", ref=12.99, refd=-3, purch=-31, ret="true"),
 E("refund on record: give the amount and date and the usual bank timing", offers=["refund_info"], fr=["order_id"])),

S(L, "co.uk", "Martin", "Cordless Drill Driver 18V", """
I sent the drill back last week, Royal Mail tracking shows it was delivered to you on Monday. When will I get my money back? It's £54, not pocket change.
""", O("returned", "fbm", 54.00, ship=-28, deliv=-25, carrier="DPD", trk="15501234500001", purch=-29, ret="true"),
 E("FBM return received, no refund on record yet: create a refund task (due within 2 business days) and say it is being processed", tasks=["refund"], fr=["order_id"])),

S(L, "com", "Eileen", "Compression Socks, 3 Pairs", """
Where is my refund? I was told I would be refunded.
""", O("delivered", "fbm", 15.99, ship=-20, deliv=-16, carrier="USPS", trk="9400111899227766554433", purch=-21),
 E("refund asked, nothing on record (no return, no refund): ask for patience and flag for the seller", tasks=["check_order"], fo=["refund_info"])),

S(L, "com", "Paul", "Non-Slip Bath Mat, Grey", """
Got it, looks great. Thanks!
""", O("delivered", "fbm", 17.99, ship=-5, deliv=-1, carrier="USPS", trk="9400111899225544332211", purch=-6),
 E("thank-you only: no reply needed", draft=False)),

S(L, "com", "Doris", "Ceramic Space Heater 1500W", """
Hi, before I buy, does this heater have tip-over protection and an auto shut off? It's for my mother's room.
""", None,
 E("pre-sale product question, no order: case other, no reply drafted", draft=False),
 subject="Product details inquiry from Amazon customer {n}"),

S(L, "co.uk", "Sophie", "Weighted Blanket 6kg, Single", """
Hi there, I've just seen this has been dispatched to my old flat - I moved out last month. Can it be changed to 3 Marlowe Court, Canterbury CT1 2PQ? Thanks
""", O("shipped", "fba", 44.99, ship=-1, carrier="AMZL", trk="TBA305566778899", purch=-2, latest=2),
 E("FBA shipped, address change: the seller cannot redirect FBA orders, point to Amazon", offers=["amazon_support"], fo=["reship_new_address"], fr=["address"])),

S(L, "com", "Rob", "Table Lamp with Linen Shade", """
Lamp works fine but the base has a pretty noticeable scratch on the front (photo attached). Not worth the hassle of sending it back honestly, would you do a partial refund and I'll keep it?
""", O("delivered", "fbm", 42.00, ship=-6, deliv=-2, carrier="UPS", trk="1Z999AA10123451111", purch=-7),
 E("cosmetic damage, photo attached, buyer proposes keeping it with a partial refund", offers=["partial_refund"], fo=["return"], fr=["photo", "symptom"]), photo=True),

S(L, "com", "Jamal", "Car Seat Gap Filler, 2 Pack", """
Hello the item I got is broken, one of the fillers is split open along the seam. What do I do?
""", None,
 E("complaint on an order the seller has no record of: flag to check the order, ask for a photo", tasks=["check_order"], req=["photo"], fr=["symptom"])),

S(L, "com", "Karen", "Blackout Curtains 52x84, 2 Panels", """
I got the curtains but only ONE panel was in the package. It says 2 panels on the listing and on the box. I need the other one please.
""", O("delivered", "fbm", 29.99, ship=-5, deliv=-1, carrier="USPS", trk="9400111899228877665544", purch=-6),
 E("one of two panels missing, asks for it: send the missing panel", offers=["send_parts"], fr=["missing_part"], tasks=["ship_parts"])),
]
