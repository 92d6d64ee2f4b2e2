from lib import S, O

# ---------------- address_change (en) ----------------
S("en","us","Megan","B0C7K2M9QX","Bamboo Bath Mat, Non-Slip, 24 x 16 in","2026-02-03 14:22",
"""Hi there, I just realized my order is going to my old apartment. I moved last weekend!! Can you please send it to 4417 Larkspur Ct, Apt 2B, Columbus OH 43224 instead? Thank you so much""",
"unshipped FBM, new address already given; address updates are off so cancel-and-reorder, not an edit",
order=O("unshipped","fbm",19.99,purchase=0,latest=5),
offers=["reorder"], fo=["reship_new_address"], freq=["address","address_confirmation"], case="address_change")

S("en","uk","Tom","B0B9XW2L4P","Stainless Steel Garlic Press with Peeler","2025-11-18 08:05",
"""hi, put the wrong postcode on by mistake. can it be changed before it goes out? cheers""",
"unshipped FBM, no new address given; compliant route is cancel and reorder",
order=O("unshipped","fbm",11.49,purchase=0,latest=4),
offers=["reorder"], fo=["reship_new_address"], freq=["address_confirmation"], case="address_change")

S("en","us","Priya","B0D1HRT8KZ","Cordless Handheld Vacuum, 120W","2026-04-09 19:40",
"""Hello, I need the delivery address changed to my office: 88 Harbor Blvd Suite 300, Oxnard CA 93035. I won't be home all next week. The package hasn't shipped yet according to the app.""",
"unshipped FBA order: seller cannot change anything, point to Amazon",
order=O("unshipped","fba",89.99,purchase=0,latest=3),
offers=["amazon_support"], fo=["reship_new_address"], freq=["address"], case="address_change")

S("en","us","Dwayne","B0CQ6MNV3T","Silicone Spatula Set, 5 Pieces","2026-01-12 16:31",
"""Hey so I see this already shipped but I entered my moms address by accident, I live at 1209 W Pine St, Apt 5, Missoula MT 59802. Is there any way to get it to me there?? it was only like 15 bucks so no biggie if not but would be nice""",
"shipped FBM, USD 14.99 under threshold, new address given: reship to the new address",
order=O("shipped","fbm",14.99,ship=-1,carrier="USPS",trk="9400111899562837401122",purchase=-2,latest=4),
offers=["reship_new_address"], fo=[], freq=["address"], tasks=["reship"], case="address_change")

S("en","uk","Fiona","B0BX4T7WQ2","Linen Cushion Cover 45x45cm, Sage","2025-09-22 11:17",
"""Hello, I've just noticed the dispatch email and it's heading to my previous flat in Leeds. I moved out last month. Is there anything you can do? I can send you the new address.""",
"shipped FBM, GBP 12.99 under the GBP 25 threshold, address not yet given: offer reship and ask for the address",
order=O("shipped","fbm",12.99,ship=-1,carrier="Royal Mail",trk="JD014600003828473921",purchase=-3,latest=3),
offers=["reship_new_address"], req=["address"], case="address_change")

S("en","us","Carl","B0CJ8P2RYN","Espresso Machine 15 Bar with Milk Frother","2025-12-02 09:55",
"""I need this rerouted to 77 Sunset Terrace, Boise ID 83702 - the shipping address on the order is wrong. Please fix asap.""",
"shipped FBM, USD 149 far above threshold: explain it can no longer be changed, no reship",
order=O("shipped","fbm",149.00,ship=-1,carrier="UPS",trk="1Z84V1730392617721",purchase=-3,latest=3),
fo=["reship_new_address"], freq=["address"], case="address_change")

S("en","uk","Graham","B0C2LKD5VF","Walking Boots Waterproof, Men's UK 10","2026-05-14 13:02",
"""Good afternoon. Unfortunately my order has been sent to our holiday cottage address which was saved in my account. We won't be back there until September. Could it be redirected to 12 Orchard Way, Hitchin SG4 9PL please? Regards, G. Holt""",
"shipped FBM, GBP 25.00 exactly = threshold (at or above): no reship, explain it can't be changed",
order=O("shipped","fbm",25.00,ship=-2,carrier="Evri",trk="H01HYA0012847566",purchase=-3,latest=2),
fo=["reship_new_address"], freq=["address"], case="address_change")

S("en","us","Jasmine","B0D5GH1MZC","Kids Art Easel, Double-Sided","2026-03-27 21:48",
"""ugh i put the wrong address, it says shipped. new one is 350 Maple Dr, Naperville IL 60540. can u change it""",
"shipped FBA order: seller cannot redirect; point to Amazon customer service",
order=O("shipped","fba",42.99,ship=-1,carrier="Amazon Logistics",trk="TBA312004857691",purchase=-2,latest=1),
offers=["amazon_support"], fo=["reship_new_address"], freq=["address"], case="address_change")

S("en","us","Roberto","B0BRM3XK8A","Cast Iron Skillet 10 inch","2025-08-06 10:10",
"""Please update shipping address for my order 113-5529104-8830217 to 19 Elm St, Waterbury CT 06702. Thanks""",
"seller has no record of this order: check the order",
order=None, oid="113-5529104-8830217", tasks=["check_order"], freq=["order_id","address"], case="address_change")

# ---------------- cancel_order, unofficial (en) ----------------
S("en","us","Heather","B0C9ZQ4T1M","Memory Foam Seat Cushion","2026-06-01 07:15",
"""Hi, I ordered this twice by mistake, please cancel this one. Thank you!""",
"unofficial cancel request, unshipped FBM, reason given: point to Your Orders > Request cancellation, do not cancel",
order=O("unshipped","fbm",27.99,purchase=0,latest=5),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("en","uk","Aisha","B0D3PL9QWE","Electric Milk Frother, Rechargeable","2025-10-15 18:27",
"""Hiya could you cancel my order please, found it cheaper in a shop near me. Sorry!""",
"unofficial cancel, unshipped FBA; Amazon route only",
order=O("unshipped","fba",16.99,purchase=0,latest=2),
offers=["cancel_via_amazon"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("en","us","Kevin","B0BN7V3CXJ","Gaming Mouse Pad XXL","2026-01-29 15:50",
"""cancel please""",
"terse unofficial cancel on an unshipped FBM order",
order=O("unshipped","fbm",18.99,purchase=0,latest=4),
offers=["cancel_via_amazon"], fo=["cancel"], case="cancel_order")

S("en","us","Linda","B0CMW2H7RT","Air Fryer 6 Qt Digital","2025-07-21 12:03",
"""I would like to cancel this order, my daughter already bought me one for my birthday. I see it says shipped but I haven't received anything yet.""",
"cancel on a shipped (in transit) FBM order, reason given: cannot be recalled, ask whether she would accept it, else refuse delivery and refund on return",
order=O("shipped","fbm",79.99,ship=-1,carrier="FedEx",trk="771203948823",purchase=-2,latest=3),
offers=["refund"], fo=["cancel","cancel_via_amazon"], req=["keep_item"], freq=["reason"], case="cancel_order")

S("en","uk","Oliver","B0C4R8TNZ6","Bluetooth Speaker Waterproof","2026-02-17 20:44",
"""I want to cancel this please""",
"cancel on a shipped FBM order, no reason: ask reason and whether they'd keep it",
order=O("shipped","fbm",34.99,ship=-1,carrier="DPD",trk="15501234987654",purchase=-2,latest=2),
fo=["cancel","cancel_via_amazon"], req=["reason","keep_item"], case="cancel_order")

S("en","us","Marcus","B0D8YT3WQL","Resistance Bands Set","2026-05-03 09:30",
"""I'd like to cancel, it came today but I ordered the wrong set. Don't need it.""",
"'cancel' on a delivered FBA order: return through Amazon",
order=O("delivered","fba",24.99,ship=-3,deliv=0,carrier="Amazon Logistics",trk="TBA309887123455",purchase=-4,latest=0),
offers=["return"], fo=["cancel"], freq=["reason"], case="cancel_order")

S("en","uk","Sophie","B0BQ2KC8MN","Ceramic Plant Pot Set of 3","2025-12-11 17:12",
"""Hi, can I cancel? It arrived yesterday but I've realised they're much too small for my plants. Sorry for the hassle.""",
"'cancel' on a delivered FBM order: a return is costly, offer a refund agreed with the buyer (keep)",
order=O("delivered","fbm",21.99,ship=-4,deliv=-1,carrier="Royal Mail",trk="JD014600007712039481",purchase=-5,latest=-1),
offers=["keep_with_refund"], fo=["cancel"], freq=["reason"], case="cancel_order")

# ---------------- official cancellation notices (en) ----------------
S("en","us","Brian","B0CK1ZQ8WD","LED Desk Lamp with USB Port","2026-03-09 04:18", None,
"official Order cancellation request, unshipped FBM: cancel in Seller Central and confirm",
order=O("unshipped","fbm",32.99,purchase=0,latest=4),
offers=["cancel"], fo=["cancel_via_amazon"], tasks=["cancel_order"], case="cancel_order (official)",
raw=dict(kind="cancel", reason="Order Created by Mistake", comment=""))

S("en","uk","Emma","B0D6FVX3PA","Yoga Mat 6mm with Strap","2025-06-19 22:40", None,
"official cancellation request but the FBM order already shipped: cannot cancel; explain, ask whether she'd accept it",
order=O("shipped","fbm",22.50,ship=0,carrier="Royal Mail",trk="JD014600009933118844",purchase=-1,latest=3),
fo=["cancel"], req=["keep_item"], freq=["reason"], case="cancel_order (official)",
raw=dict(kind="cancel", reason="Found better price", comment="Seen it for half the price elsewhere"))

# ---------------- shipping_inquiry (en) ----------------
S("en","us","Tyler","B0BZ8J3KQW","Phone Tripod with Remote","2026-04-22 13:33",
"""where is my package? its been almost a week""",
"FBA order: point to Amazon customer service / tracking in Your Orders",
order=O("shipped","fba",23.99,ship=-5,carrier="Amazon Logistics",trk="TBA320011459876",purchase=-6,latest=1),
offers=["amazon_support"], freq=["order_id"], case="shipping_inquiry")

S("en","uk","Margaret","B0C5NW1LRE","Wool Blend Throw Blanket","2025-11-28 10:48",
"""Dear Seller, I ordered this blanket as a gift for my sister and would like to know when it might arrive. I have not had any dispatch information. Kind regards, Margaret""",
"FBM shipped with tracking on record: give carrier, tracking and expected date",
order=O("shipped","fbm",29.99,ship=-2,carrier="Royal Mail",trk="JD014600004455221199",purchase=-3,latest=2),
offers=["tracking"], freq=["order_id"], case="shipping_inquiry")

S("en","us","Andre","B0D2XKP5TH","Car Phone Mount Magnetic","2026-07-08 08:20",
"""Hi, ordered 4 days ago and still says not shipped. When will it ship?""",
"FBM unshipped, no tracking: say when it will ship (latest delivery on record) and flag",
order=O("unshipped","fbm",13.99,purchase=-4,latest=3),
offers=["tracking"], tasks=["add_tracking"], freq=["order_id"], case="shipping_inquiry")

S("en","us","Nancy","B0BWQ7E2FZ","Stainless Water Bottle 32oz","2025-09-02 16:05",
"""The order page says shipped but there's no tracking number at all. Can you send it?""",
"FBM shipped but no tracking on record: flag it (add tracking), give expected date",
order=O("shipped","fbm",24.95,ship=-3,purchase=-4,latest=2),
tasks=["add_tracking"], freq=["order_id"], case="shipping_inquiry")

S("en","us","Greg","B0CT5M8NXV","Wireless Earbuds Noise Cancelling","2026-02-25 18:55",
"""Hello, I'm checking on order 114-3390217-5512874. It hasn't come. Can you tell me where it is?""",
"no record of the order: check it",
order=None, oid="114-3390217-5512874", tasks=["check_order"], freq=["order_id"], case="shipping_inquiry")

S("en","uk","Callum","B0C8HW4PQM","Football Goal Net 6x4ft","2026-06-16 19:27",
"""Ordered this on the 20th of last month and it STILL hasnt turned up. Tracking hasnt moved in 2 weeks. I want my money back at this point, not waiting any more.""",
"FBM, long overdue (not_received), buyer asks refund not reship",
order=O("shipped","fbm",27.99,ship=-24,carrier="Evri",trk="H01HYA0019928341",purchase=-27,latest=-12),
offers=["refund"], tasks=["refund"], case="return_dissatisfied/not_received")

S("en","us","Denise","B0D4QR7JLK","Hummingbird Feeder Glass","2025-10-06 11:11",
"""My feeder was supposed to get here Sept 22. Its Oct 6. The tracking just says label created. Could you please just send another one? I really wanted it before the birds migrate.""",
"FBM long overdue, tracking stuck; buyer asks for another unit to be sent",
order=O("shipped","fbm",18.50,ship=-17,carrier="USPS",trk="9400111899561100223344",purchase=-18,latest=-14),
offers=["replacement"], tasks=["reship"], freq=["address"], case="return_dissatisfied/not_received")
