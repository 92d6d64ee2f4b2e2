# English buyer messages (amazon.com unless tld given)
add("en", "Megan", "Bamboo Drawer Organizer Set, 6 Pieces", """Hi there, I just realized the order is going to my old apartment. We moved out last weekend!! Can you please send it to 4417 Larkspur Ct, Apt 2B, Fort Collins, CO 80525 instead? Thank you so much""",
    X("unshipped FBM, new address given: Amazon route is cancel and reorder (address updates off); must not promise to ship elsewhere", o="reorder", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fbm", 22.99, p=-1, ld=6), date="2026-02-03 15:20")
add("en", "Tom", "Stainless Steel Garlic Press", """wrong address on my order, it has my work address and i'm off all next week. how do i fix this?""",
    X("unshipped FBM, wants address fixed, no new address: explain cancel and reorder with the right address", o="reorder", fo="reship_new_address"),
    order=O("unshipped", "fbm", 14.50, p=0, ld=7), date="2025-11-18 08:05")
add("en", "Priya", "Cordless Handheld Vacuum 12000Pa", """Hello, I entered my parents' address by accident. It should go to 78 Whitmore Road, Stoke-on-Trent ST4 2PL. It hasn't shipped yet according to my account. Thanks, Priya""",
    X("unshipped FBA order, new address given: seller cannot change an FBA order, point to Amazon", o="amazon_support", fo="reship_new_address", fr="address"),
    order=O("unshipped", "fba", 89.99, p=0), tld="co.uk", date="2026-01-12 19:44")
add("en", "Daniel", "Silicone Baking Mat 2-Pack", """Hey - I see the mats already shipped but I moved on Saturday and forgot to update it. New place is 1290 Alder St, Unit 5, Eugene OR 97402. Is there any way to get them to me there? They were only like 13 bucks so no big deal if not but I'd love them""",
    X("shipped FBM, value under USD 30, new address given: offer a new unit to the new address", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 12.99, p=-3, s=-1, carrier="USPS", trk="9400111899223345567812", ld=3), date="2026-04-07 21:10")
add("en", "Rachel", "Memory Foam Mattress Topper, Queen", """Hi, my order shows as shipped but I need it to go to a different address, I'm staying with my sister for the month. Can you redirect it? Please let me know asap""",
    X("shipped FBM, value over threshold: explain it has shipped and the address cannot be changed; no reship", fo="reship_new_address"),
    order=O("shipped", "fbm", 119.00, p=-4, s=-2, carrier="UPS", trk="1Z999AA10123456784", ld=2), date="2025-09-22 13:31")
add("en", "Graham", "Cast Iron Skillet 10 inch", """Good afternoon. The house number on my order is wrong - it says 14 but it's 41 Rosebery Avenue, Leeds LS8 1JW. Parcel has been posted already I think. It's a gift so I'm a bit anxious.""",
    X("shipped FBM on .co.uk, value GBP 27.50 above GBP 25 threshold: explain the address can no longer be changed", fo="reship_new_address"),
    order=O("shipped", "fbm", 27.50, p=-3, s=-1, carrier="Royal Mail", trk="JK123456789GB", ld=2), tld="co.uk", date="2026-05-14 14:02")
add("en", "Kayla", "LED Strip Lights 16.4ft RGB", """can u send it to my dorm instead?? the one on the order is my moms house. Its shipped already i know. Dorm is 300 College Ave, Room 214, Ithaca NY 14850""",
    X("shipped FBM under threshold with new address: reship to the new address", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 17.99, p=-2, s=-1, carrier="USPS", trk="9405511899561234567801", ld=4), date="2026-09-02 02:17")
add("en", "Ben", "Adjustable Laptop Stand Aluminum", """Please cancel my order. Found the same stand cheaper locally. Thanks.""",
    X("unofficial cancel request via Inquiry, unshipped: point to Your Orders > Request cancellation; do not cancel; reason already given", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 34.99, p=0, ld=5), date="2026-03-03 10:48")
add("en", "Linda", "Electric Kettle 1.7L Glass", """I ordered this twice by mistake, I clicked the button and then the page froze so I did it again. I only need one kettle. Can you cancel one of them? The other order is fine.""",
    X("unofficial cancellation of a duplicate order, unshipped: point to Request cancellation in Your Orders, don't cancel", o="cancel_via_amazon", fo="cancel", fr="reason"),
    order=O("unshipped", "fbm", 29.99, p=0, ld=6), date="2025-12-08 18:30")
add("en", "Marcus", "Wireless Earbuds Bluetooth 5.3", """Hi I want to cancel this order please. I no longer need them.""",
    X("cancel request after FBM shipment: cannot recall; ask whether they'd accept the item, else refuse delivery; no cancel", r="keep_item", fo="cancel cancel_via_amazon", fr="reason"),
    order=O("shipped", "fbm", 39.99, p=-3, s=-1, carrier="UPS", trk="1Z4E93W10394827711", ld=2), date="2026-06-11 07:55")
add("en", "Sophie", "Kids Rain Boots Size 11", """Hello, can I cancel? My daughter's feet grew faster than expected lol. If it's already sent then never mind I guess, what do I do then""",
    X("cancel request, FBM already shipped; reason given (size no longer fits); explain shipped, ask whether she would keep it or refuse delivery", r="keep_item", fo="cancel", fr="reason"),
    order=O("shipped", "fbm", 24.00, p=-2, s=-1, carrier="Royal Mail", trk="FQ998877665GB", ld=2), tld="co.uk", date="2025-10-29 12:12")
add("en", "Joe", "Outdoor Solar Path Lights 8 Pack", """Hello, where is my package? It was supposed to be here Thursday and now it's Monday. Tracking hasn't updated since Wednesday.""",
    X("shipping inquiry FBM: give carrier/tracking/expected date from record", o="tracking", fr="order_id"),
    order=O("shipped", "fbm", 45.99, p=-9, s=-7, carrier="FedEx", trk="772899172634", ld=-4), date="2026-07-20 16:40", subject="Shipping inquiry from Amazon customer {n} (Order: {o})")
add("en", "Aisha", "Yoga Mat 6mm Non Slip", """When will this ship? It's been 3 days""",
    X("shipping inquiry FBM, unshipped, no tracking: say when it will be sent and flag it", t="add_tracking"),
    order=O("unshipped", "fbm", 26.99, p=-3, ld=4), date="2026-01-27 11:05")
add("en", "Henry", "Gaming Mouse 16000 DPI", """Hi, my mouse was meant to come yesterday and there's nothing. Can you tell me where it is?""",
    X("shipping inquiry on an FBA order: point to Amazon customer service / tracking in Your Orders", o="amazon_support"),
    order=O("shipped", "fba", 49.99, p=-4, s=-3, carrier="Amazon Logistics", trk="TBA304918273645", ld=-1), tld="co.uk", date="2026-02-19 09:27")
add("en", "Gloria", "Ceramic Plant Pots Set of 3", """I ordered this almost a month ago and never got it. Tracking says label created and that's it. I want my money back please, I don't want a replacement at this point.""",
    X("not received, long overdue FBM; buyer wants refund not reship", o="refund", fo="replacement reship_new_address", t="refund", fr="keep_item"),
    order=O("shipped", "fbm", 32.99, p=-27, s=-25, carrier="USPS", trk="9400100000000000012345", ld=-15), date="2026-04-28 17:00")
add("en", "Chris", "Hiking Backpack 40L", """Item never arrived. Tracking says delivered but it's not here, not at the neighbours, not in the mailroom. What now?""",
    X("marked delivered but not received, FBM over threshold: apologise, offer refund or replacement as buyer prefers", o="refund"),
    order=O("delivered", "fbm", 64.99, p=-8, s=-6, d=-2, carrier="UPS", trk="1Z999AA10198765432", ld=-1), date="2025-08-14 20:15")
add("en", "Natalie", "Stackable Storage Bins, 4 Pack", """Hi! I'd like to return this, it's just too big for my closet shelves. Never used, still in the wrapping. How do I send it back?""",
    X("return unwanted, delivered FBM: ask whether she'd keep it with a (partial) refund instead of returning; reason given", r="keep_item", fr="reason"),
    order=O("delivered", "fbm", 36.99, p=-9, s=-7, d=-4, carrier="UPS", trk="1Z84756AA0192837465"), date="2026-05-02 10:33")
add("en", "Oliver", "Noise Cancelling Headphones Over Ear", """changed my mind on these, want to return. how does it work?""",
    X("return unwanted, FBA: FBA items can be returned within 30 days via Your Orders; say so honestly", o="return", fr="reason"),
    order=O("delivered", "fba", 79.99, p=-10, s=-9, d=-7), tld="co.uk", date="2026-03-26 22:01", subject="Return policy inquiry from Amazon customer {n} (Order: {o})")
add("en", "Brenda", "Shower Curtain Liner Clear 72x72", """Didn't need this after all, my husband already bought one. Can I send it back for a refund""",
    X("return unwanted, cheap FBM item: propose keeping it with a refund rather than a costly return", r="keep_item", fr="reason"),
    order=O("delivered", "fbm", 9.99, p=-6, s=-5, d=-2, carrier="USPS", trk="9400111202555888123450"), date="2025-07-09 15:45")
add("en", "Steve", "Folding Step Stool 2 Step", """Received the step stool today and one of the legs is bent and the top has a big scuff. Box looked fine. Photo attached. I'd like a replacement please.""",
    X("damaged on arrival with photo; wants replacement; explain likely transit damage", o="replacement", fr="photo symptom", t="reship"),
    order=O("delivered", "fbm", 28.99, p=-5, s=-3, d=0, carrier="UPS", trk="1Z3948AA0394857261"), date="2026-02-11 18:22", photo=True)
add("en", "Hannah", "Glass Food Storage Containers 10 Pack", """Two of the glass containers came smashed. Honestly I'd rather just have a refund than wait for more to come. Pic attached of the mess.""",
    X("damaged, photo attached, buyer asks refund instead of replacement", o="refund", fo="replacement", fr="photo symptom"),
    order=O("delivered", "fbm", 42.99, p=-6, s=-4, d=-1, carrier="FedEx", trk="394857102938"), date="2026-06-30 08:49", photo=True)
add("en", "Jason", "Men's Running Shoes", """I ordered a size 10 and got 8.5. The box says 10 but the shoe inside says 8.5 on the tongue. Can you send me a 10?""",
    X("wrong size, wanted size 10 named; send the correct variant, ask for photo", o="replacement", r="photo", fr="variant symptom"),
    order=O("delivered", "fbm", 69.99, p=-7, s=-5, d=-1, carrier="UPS", trk="1Z29384AA02938475"), date="2025-11-03 19:12")
add("en", "Ellie", "Linen Duvet Cover Set, King", """I ordered the sage green and you sent me a grey one. I really want the green, it matches the room. Could you swap it? Attached a pic""",
    X("wrong colour, wanted colour named, photo attached: replacement in sage green", o="replacement", fr="variant photo"),
    order=O("delivered", "fbm", 58.00, p=-8, s=-6, d=-2, carrier="Royal Mail", trk="TT443322110GB"), tld="co.uk", date="2026-08-17 12:40", photo=True)
add("en", "Rob", "Cordless Drill 20V with 2 Batteries", """Got the wrong thing. Ordered the drill kit, got a random orbital sander. Just refund me, I'll buy the drill somewhere else.""",
    X("wrong item, buyer wants a refund not the correct item", o="refund", fo="replacement", fr="variant symptom"),
    order=O("delivered", "fbm", 89.00, p=-5, s=-3, d=-1, carrier="FedEx", trk="102938475610"), date="2026-01-06 14:55")
add("en", "Maria", "Wooden Bunk Bed Ladder Hooks", """Hi, the package only had 3 of the hooks. It says pack of 4 on the listing. Can you send the missing one?""",
    X("one hook of four missing, buyer asks for it to be sent", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 15.99, p=-6, s=-4, d=-1, carrier="USPS", trk="9400109699938475610222"), date="2026-03-19 09:14")
add("en", "Derek", "Bookshelf 5 Tier Industrial", """Assembling the bookshelf and we're short the little cam lock screws, the bag has 8 and the instructions need 12. Also no allen key in the box at all. Can you mail those out? Everything else is there.""",
    X("missing parts named (4 cam screws and the allen key); send them", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fbm", 79.99, p=-9, s=-6, d=-2, carrier="UPS", trk="1Z88AA0192837465"), date="2025-10-11 16:28")
add("en", "Fiona", "Stand Mixer 5.5 Qt", """the mixer came without the dough hook. bowl, whisk and paddle are here.""",
    X("missing part named (dough hook), FBA order: send the part, no need to ask which", o="send_parts", fr="missing_part", t="ship_parts"),
    order=O("delivered", "fba", 199.99, p=-5, s=-4, d=-1), date="2026-04-12 11:50")
add("en", "Tony", "Electric Toothbrush Sonic", """Some pieces were missing from the box""",
    X("missing parts but not said which: ask which parts/how many", r="missing_part"),
    order=O("delivered", "fbm", 32.99, p=-5, s=-3, d=-1, carrier="USPS", trk="9400111899560099887766"), date="2026-05-21 07:30")
add("en", "Carol", "Digital Meat Thermometer", """The thermometer won't turn on. I put in a brand new battery, tried another one too, screen stays blank. It's useless. I want a new one that works.""",
    X("defective, symptom described (blank screen, batteries tried); wants replacement", o="replacement", fr="symptom", t="reship"),
    order=O("delivered", "fbm", 18.99, p=-12, s=-10, d=-7, carrier="USPS", trk="9400111899562233445566"), date="2026-02-25 20:05")
add("en", "Ian", "Bluetooth Speaker Waterproof", """Not working properly.""",
    X("defective but no description: ask what is wrong (and a photo/video)", r="symptom"),
    order=O("delivered", "fbm", 35.99, p=-14, s=-12, d=-9, carrier="Royal Mail", trk="AB112233445GB"), tld="co.uk", date="2025-12-30 13:13")
add("en", "Lauren", "Hair Dryer 1875W Ionic", """This hair dryer started smelling like burning plastic the second time I used it and then the heat cut out. I'm honestly scared to plug it in again. I'd like a full refund please, not another one.""",
    X("defective with symptom described; refund asked instead of replacement; safety concern", o="refund", fo="replacement", fr="symptom"),
    order=O("delivered", "fbm", 44.99, p=-16, s=-14, d=-10, carrier="UPS", trk="1Z55AA0394857262"), date="2026-07-08 18:40")
add("en", "Walter", "Pressure Cooker 6 Quart", """The lid gasket was torn right out of the box and it won't seal, steam pours out the side. I've used pressure cookers for 20 years, this is a defect. If this isn't fixed I'm leaving a 1 star review and telling everyone.""",
    X("review threat with clear defect described: apologise, offer a solution (replacement part or refund); never tie it to the review", o="send_parts", fr="symptom"),
    order=O("delivered", "fbm", 89.99, p=-10, s=-8, d=-4, carrier="FedEx", trk="109283746510"), date="2026-06-03 09:09")
add("en", "Jenny", "Throw Pillow Covers 18x18 Set of 4", """Colors look nothing like the pictures, it's like a muddy brown not the rust orange shown. Pretty disappointed, I'll be leaving an honest review.""",
    X("review threat: colour differs from listing; apologise, offer refund or replacement; ask photo", o="refund", r="photo", fr="symptom"),
    order=O("delivered", "fbm", 19.99, p=-8, s=-6, d=-3, carrier="USPS", trk="9400111899569988776655"), date="2025-09-05 17:25")
add("en", "Mark", "Camping Lantern Rechargeable", """Hi, I returned the lantern over two weeks ago and still haven't got my refund. Tracking shows you received it on the 3rd. What's going on?""",
    X("refund status, FBM, return received on record and no refund yet: create refund task and say it is being processed", o="refund_info", t="refund"),
    order=O("returned", "fbm", 29.99, p=-35, s=-33, d=-30, carrier="USPS", trk="9400111899561122334455", rr="yes"), date="2026-03-17 12:00")
add("en", "Kelly", "Velvet Hangers 50 Pack", """Where is my refund? You said you'd refund me""",
    X("refund status: refund on record; give amount, date and bank timing", o="refund_info", fo="refund"),
    order=O("returned", "fbm", 24.99, p=-30, s=-28, d=-25, carrier="USPS", trk="9400111899567777888899", ra="24.99", rd=-3, rr="yes"), date="2026-01-15 08:44")
add("en", "Paul", "USB-C Docking Station 11 in 1", """I sent the dock back last week, when do I get refunded?""",
    X("refund status, nothing on record yet (no refund, return not received): ask patience and flag to the seller", t="check_order", fo="refund_info"),
    order=O("delivered", "fbm", 59.99, p=-20, s=-18, d=-15, carrier="UPS", trk="1Z77AA0192837000"), date="2026-08-25 15:30")
add("en", "Nina", "Scented Candle Gift Set", """Hello, I have a problem with my order 114-8823017-5561290, the candles arrived melted together into one lump. What can you do?""",
    X("order id in the body is unknown to the seller's records: check the order; damage described", t="check_order", fr="symptom order_id"),
    order=None, oid="114-8823017-5561290", date="2026-07-29 19:03")
add("en", "Greg", "Replacement Vacuum Filters 2 Pack", """Do these fit the model V8 Animal or only the V8 Absolute? Thanks""",
    X("pre-sale question without order: other, no draft by default", draft=False), order=None, oid="", date="2026-02-14 10:10")
add("en", "Amy", "Kitchen Scale Digital", """Got it, works great, thanks!""",
    X("thanks only: no reply needed", draft=False),
    order=O("delivered", "fbm", 13.99, p=-6, s=-5, d=-2, carrier="USPS", trk="9400111899561000000001"), date="2025-06-19 20:20")
add("en", "Brian", "Phone Tripod with Remote", """I am out of the office until Monday 14th with limited access to email. For urgent matters please contact my colleague.""",
    X("buyer auto-reply: no response needed", draft=False),
    order=O("shipped", "fbm", 21.99, p=-3, s=-1, carrier="USPS", trk="9400111899561234000002"), date="2026-09-10 06:02")
add("en", "Sandra", "Robot Vacuum Cleaner", """This is the third time I'm writing. The robot vacuum stopped charging after 5 days, the dock light blinks red and it won't pick up charge. Nobody answers me. If I don't hear back today I'm filing an A-to-z claim and reporting you.""",
    X("A-to-z threat, defect described: needs human; apologise and offer replacement or refund", o="replacement", fr="symptom"),
    order=O("delivered", "fbm", 159.99, p=-12, s=-10, d=-6, carrier="FedEx", trk="884756102938"), date="2026-05-26 23:50")
add("en", "Siobhan", "Hot Water Bottle with Knitted Cover", """Hiya, just saw the dispatch email - I've given you my old flat by mistake!! I'm at 22 Queen's Drive, Flat 1/2, Glasgow G42 8BZ now. Can you get it to me there? Sorry for the hassle""",
    X("shipped FBM on .co.uk, value GBP 12.99 under GBP 25, new address given: reship to new address", o="reship_new_address", fr="address"),
    order=O("shipped", "fbm", 12.99, p=-2, s=0, carrier="Royal Mail", trk="TT990011223GB", ld=2), tld="co.uk", date="2026-11-03 17:05")
