from frame import *
U="com"; K="co.uk"
# address_change
S("en",U,"Megan","Bamboo Cutting Board Set (3 pcs)","Hi, I just realized the order is going to my old apartment. We moved last weekend. Can you send it to 4417 Larkspur Ln, Apt 2B, Austin TX 78745 instead? Thanks!!",
  O("unshipped","fbm",27.99,purch=-1,latest=5),E("unshipped FBM, buyer gives new address; address updates off -> cancel and reorder",offers=["reorder"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fbm",case="address_change")
S("en",K,"Tom","USB-C Docking Station 11-in-1","wrong address on my order sorry, its the work one and I'm off from tomorrow for two weeks. how do I change it",
  O("unshipped","fbm",64.00,purch=0,latest=4),E("unshipped FBM, no address given; cancel and reorder",offers=["reorder"],fo=["reship_new_address"]),state="unshipped-fbm",case="address_change")
S("en",U,"Devon","Silicone Baking Mat 2-Pack","Hello. Package shows shipped but it's going to my moms place in Ohio, I changed the default address by accident. Could the mats come to 88 Birchwood Dr, Plano, TX 75093? Not a big deal if it costs extra, just let me know.",
  O("shipped","fbm",14.99,ship=-1,latest=4),E("shipped FBM under USD 30 threshold, new address given -> reship to new address",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("en",K,"Priya","Cordless Stick Vacuum 25kV","Hi there, I've moved house and the vacuum was sent to the old flat (the tracking says it's on the way). Please can you redirect it to 12 Sefton Road, Liverpool L17 2AB?",
  O("shipped","fbm",129.00,ship=-2,latest=2),E("shipped FBM over GBP threshold -> cannot change, no reship",fo=["reship_new_address","cancel"],fr=["address"]),state="shipped-fbm-over",case="address_change")
S("en",U,"Luis","LED Desk Lamp with Wireless Charger","need to update shipping address pls. street number is wrong, it should be 1520 not 1250 W Elm St. Chicago 60622",
  O("unshipped","fba",39.99,purch=0),E("FBA order: seller cannot change address -> point to Amazon",offers=["amazon_support"],fo=["reship_new_address"],fr=["address"]),state="unshipped-fba",case="address_change")
S("en",K,"Gemma","Replacement Toothbrush Heads x8","my order went out to the wrong house!! I moved in march and it went to the old one. the new place is Flat 3, 27 Holloway Lane, Bristol BS4 1QT. can you send another one there",
  O("shipped","fbm",11.49,ship=-2,latest=1),E("shipped FBM under GBP 25, address given, buyer asks new unit",offers=["reship_new_address"],fr=["address"],tasks=["reship"]),state="shipped-fbm-under",case="address_change")
S("en",U,"Harold","Cast Iron Dutch Oven 6 Qt","I have relocated for work and the pot was mailed to my previous residence. Is there any way to change the delivery address?",
  O("shipped","fbm",18.50,ship=-1,latest=5),E("shipped FBM under threshold, new address not given -> offer reship, ask address",offers=["reship_new_address"],req=["address"]),state="shipped-fbm-under",case="address_change")
# cancel (unofficial)
S("en",U,"Brianna","Kids Smartwatch Pink","Please cancel this order, my husband already bought the same watch yesterday lol",
  O("unshipped","fbm",45.99,purch=0,latest=6),E("unofficial cancel, unshipped -> point to Your Orders, reason already given",offers=["cancel_via_amazon"],fo=["cancel"],fr=["reason"]),state="unshipped-fbm",case="cancel_order")
S("en",K,"Ahmed","Car Phone Holder Magnetic","Cancel pls",
  O("unshipped","fbm",9.99,purch=0,latest=3),E("terse unofficial cancel on unshipped order",offers=["cancel_via_amazon"],fo=["cancel"]),state="unshipped-fbm",case="cancel_order")
S("en",U,"Karen","Electric Kettle 1.7L Stainless","I ordered this by mistake (wanted the glass one). I see it already shipped?? I want to cancel it. I don't want it.",
  O("shipped","fbm",34.99,ship=-1,latest=3),E("cancel on a shipped FBM order: cannot recall; ask if they would keep it; reason given",req=["keep_item"],fo=["cancel"],fr=["reason"]),state="shipped-fbm-over",case="cancel_order")
S("en",K,"Oliver","Wireless Earbuds Noise Cancelling","Hi, can I still cancel? Found them cheaper elsewhere tbh",
  O("shipped","fba",49.99,ship=-1,latest=2),E("cancel on shipped FBA order: cannot cancel; refuse delivery or return through Amazon",fo=["cancel"],fr=["reason"]),state="shipped-fba",case="cancel_order")
S("en",U,"Sam","Yoga Mat 6mm Purple","hey i need to cancel my order",
  O("unshipped","fba",22.00,purch=0),E("unofficial cancel on unshipped FBA order -> Your Orders",offers=["cancel_via_amazon"],fo=["cancel"]),state="unshipped-fba",case="cancel_order")
# shipping inquiry
S("en",U,"Jenna","Ceramic Plant Pots Set of 4","Hi! Just wondering when my pots will arrive? It's a birthday gift for Saturday.",
  O("shipped","fbm",32.50,ship=-2,latest=3),E("FBM shipped with tracking -> give carrier/tracking/date",offers=["tracking"],fo=["amazon_support"]),state="shipped-fbm-over",case="shipping_inquiry")
S("en",K,"Rhys","Bike Light Set USB Rechargeable","where is my order?? its been a week and the tracking hasnt moved since tuesday",
  O("shipped","fba",19.99,ship=-7,latest=-1),E("FBA shipping inquiry -> Amazon customer service and tracking",offers=["amazon_support"]),state="shipped-fba",case="shipping_inquiry")
S("en",U,"Marcus","Mechanical Keyboard TKL Brown Switches","Ordered 4 days ago and it still says not shipped. Is there a problem with stock? Need it for a new job monday.",
  O("unshipped","fbm",79.00,purch=-4,latest=3,trk=False),E("FBM not shipped yet, no tracking -> say when it ships, flag",tasks=["add_tracking"]),state="unshipped-fbm",case="shipping_inquiry")
S("en",U,"Tanya","Hair Dryer Ionic 1875W","Can you please give me the tracking number for my hair dryer? The order page doesn't show one.",
  O("shipped","fbm",42.00,ship=-2,latest=3,trk=False),E("FBM shipped but no tracking on record -> add tracking task",tasks=["add_tracking"]),state="shipped-fbm-over",case="shipping_inquiry")
S("en",K,"Fiona","Wool Throw Blanket Grey","Hello, I haven't received anything yet and I can't find the order in my account anymore, could you check where it is? Order number 204-5518823-7710394",
  None,E("order not on record -> check order, no tracking invented",tasks=["check_order"],fo=["tracking"],fr=["order_id"]),state="none",case="shipping_inquiry")
# return_unwanted
S("en",U,"Chris","Standing Desk Converter 32in","Changed my mind on this, the desk converter is too bulky for my apartment. How do I send it back?",
  O("delivered","fbm",119.00,ship=-6,deliv=-3),E("FBM unwanted return: ask whether buyer would keep with partial refund; reason given",req=["keep_item"],fr=["reason"]),state="delivered-fbm-over",case="return_unwanted")
S("en",K,"Lucy","Scented Candle Gift Set","Hiya, got this as a present for someone but we've fallen out so dont need it anymore haha. Can I return it? Unopened.",
  O("delivered","fba",21.00,ship=-5,deliv=-2),E("FBA unwanted: honest about 30-day return through Amazon",offers=["return"],fr=["reason"]),state="delivered-fba",case="return_unwanted")
S("en",U,"Victor","Air Fryer 5.8 Qt","i want to return it",
  O("delivered","fbm",89.99,ship=-9,deliv=-6),E("FBM unwanted, no reason: ask reason and whether they would keep with a partial refund",req=["keep_item","reason"]),state="delivered-fbm-over",case="return_unwanted")
# return_dissatisfied
S("en",U,"Nicole","Glass Food Storage Containers 10-pack","Two of the lids came cracked right out of the box and one container has a chip on the rim. Box looked fine. I attached a photo. Could you send a replacement set?",
  O("delivered","fbm",36.99,ship=-5,deliv=-1),E("damaged, photo attached, replacement asked",offers=["replacement"],fr=["photo","symptom"],tasks=["reship"]),photo=True,state="delivered-fbm-over",case="return_dissatisfied:damaged")
S("en",K,"Darren","Garden Hose Reel Cart","Assembled it yesterday and there's no handle bolts in the bag. Instructions say 4x M6 bolts (part C). Can you post them out?",
  O("delivered","fbm",54.00,ship=-6,deliv=-2),E("missing parts named (4 M6 bolts, part C) -> send parts",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
S("en",U,"Ashley","Women's Rain Jacket","I ordered a medium in navy and got a large in olive green. I still want the jacket, can you send the right one (M, navy)?",
  O("delivered","fbm",58.00,ship=-5,deliv=-1),E("wrong item, wanted variant stated -> replacement of correct variant",offers=["replacement"],fr=["variant","symptom"],tasks=["reship"]),state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("en",U,"Greg","Bluetooth Speaker Waterproof","Speaker turns on but cuts out every 10-15 seconds when connected to my phone, tried two different phones, same thing. Pretty disappointed. I'd rather just get my money back than another one.",
  O("delivered","fbm",45.00,ship=-10,deliv=-7),E("defective, symptom described, refund wanted instead of replacement",offers=["refund"],fo=["replacement"],fr=["symptom"]),state="delivered-fbm-over",case="return_dissatisfied:defective")
S("en",K,"Hannah","Electric Milk Frother","it doesnt work",
  O("delivered","fba",16.99,ship=-8,deliv=-6),E("defective, no detail -> ask what happens",req=["symptom"]),state="delivered-fba",case="return_dissatisfied:defective")
S("en",U,"Ray","Pet Hair Remover Roller","Ordered this nearly 4 weeks ago. Tracking still says label created. Never got it. At this point just refund me please.",
  O("shipped","fbm",12.99,ship=-25,latest=-12),E("not received, long overdue, refund asked",offers=["refund"],req=[],fr=[]),state="shipped-fbm-under",case="return_dissatisfied:not_received")
S("en",K,"Imogen","Jigsaw Puzzle 1000 pcs Lighthouse","Finished the puzzle last night and we are 3 pieces short :( Can you send the missing ones? They're all from the bottom right corner (grey rocks).",
  O("delivered","fbm",17.99,ship=-14,deliv=-11),E("missing puzzle pieces named; seller sends parts",offers=["send_parts"],fr=["missing_part"],tasks=["ship_parts"]),state="delivered-fbm-under",case="return_dissatisfied:missing_parts")
S("en",U,"Bethany","Throw Pillow Covers 18x18 Set of 4","got the covers today and one is a totally different color from the others, like mustard instead of the sage green i picked. photo attached. would like the sage one please",
  O("delivered","fbm",19.99,ship=-4,deliv=0),E("wrong colour, wanted colour named, photo attached",offers=["replacement"],fr=["photo","variant"],tasks=["reship"]),photo=True,state="delivered-fbm-under",case="return_dissatisfied:wrong_item")
S("en",U,"Jordan","Wall Shelf Floating Oak","Something is missing from the box, I can't put it together.",
  O("delivered","fbm",38.00,ship=-5,deliv=-1),E("missing part not named -> ask which part",req=["missing_part"],offers=[]),state="delivered-fbm-over",case="return_dissatisfied:missing_parts")
# negative review threat
S("en",U,"Doug","Cordless Drill 20V Kit","Battery won't hold a charge past 10 minutes. Second time I've charged it overnight. If this isn't sorted I'm leaving 1 star and telling everyone.",
  O("delivered","fbm",69.99,ship=-12,deliv=-9),E("review threat with a clear defect (battery); offer a fix, never tie to review",fr=["symptom"]),state="delivered-fbm-over",case="negative_review")
S("en",K,"Sophie","Makeup Brush Set 12pcs","Honestly the worst purchase, half the bristles fell out after one wash. Already left a review saying so.",
  O("delivered","fba",14.00,ship=-20,deliv=-18),E("review already left, clear quality problem; apologise and offer solution",fr=["symptom"]),state="delivered-fba",case="negative_review")
# refund_status
S("en",U,"Patricia","Memory Foam Pillow","I returned the pillow over a week ago, where is my refund?",
  O("returned","fbm",29.99,ship=-30,deliv=-27,refund=29.99,refund_d=-3,ret=-5),E("refund on record -> amount, date, bank timing",offers=["refund_info"]),state="returned-fbm",case="refund_status")
S("en",K,"Connor","Camping Lantern LED","sent the lantern back, royal mail shows you signed for it 4 days ago. no refund yet. what's going on",
  O("returned","fbm",24.00,ship=-25,deliv=-22,ret=-4),E("return received, no refund yet (FBM) -> refund task, reply it's processing",tasks=["refund"]),state="returned-fbm",case="refund_status")
S("en",U,"Mel","Stainless Water Bottle 32oz","Hi I still havent got my money back for the bottle I returned",
  None,E("no record -> patience and flag",tasks=["check_order"],fo=["refund_info"]),state="none",case="refund_status")
# other
S("en",U,"Bill","Reading Glasses 3-pack +2.0","Got them, thanks a lot! Fast shipping.",
  O("delivered","fbm",15.99,ship=-4,deliv=-1),E("thanks only -> no reply",draft=False),state="delivered-fbm-under",case="other")
S("en",K,"Auto","Ergonomic Office Chair","I am out of the office until 14 January with limited access to email. For urgent matters please contact reception.",
  O("delivered","fbm",149.00,ship=-6,deliv=-2),E("auto-reply -> no response needed",draft=False),state="delivered-fbm-over",case="other")
# notices (en)
N("en",U,"return_auth","Air Fryer 5.8 Qt",O("delivered","fbm",89.99,ship=-12,deliv=-9),E("Return authorization (No longer needed) -> no reply, wait for return",draft=False,fo=["keep_with_refund"]),reason="No longer needed",comment="dont need it anymore",state="delivered-fbm-over")
N("en",K,"return_auth","Electric Milk Frother",O("delivered","fbm",16.99,ship=-9,deliv=-7),E("Return authorisation (Item defective) -> no reply",draft=False),reason="Item defective or doesn't work",comment="Stopped spinning after 3 uses",state="delivered-fbm-under")
N("en",U,"return_received","Standing Desk Converter 32in",O("returned","fbm",119.00,ship=-30,deliv=-27,ret=0),E("return received -> inspect, refund due within 2 business days",draft=False,tasks=["inspect_return","refund"]),state="returned-fbm")
N("en",U,"refund_issued","Memory Foam Pillow",O("returned","fbm",29.99,ship=-30,deliv=-27,ret=-2,refund=29.99,refund_d=0),E("refund initiated notice -> no reply, nothing to do",draft=False),state="returned-fbm",amount="29.99")
N("en",K,"feedback","Makeup Brush Set 12pcs",O("delivered","fbm",14.00,ship=-10,deliv=-7),E("negative feedback alert -> contact buyer task, no reply draft",draft=False,tasks=["contact_buyer"]),comment="Bristles fall out, cheap. Seller never answered.",state="delivered-fbm-under",case="negative_review")
N("en",U,"cancel_official","Kids Smartwatch Pink",O("unshipped","fbm",45.99,purch=0,latest=6),E("official cancellation request on unshipped FBM -> cancel in Seller Central and confirm",offers=["cancel"],tasks=["cancel_order"]),comment="Ordered by mistake",name="Brianna",state="unshipped-fbm",case="cancel_order")
N("en",U,"atoz","Pet Hair Remover Roller",O("shipped","fbm",12.99,ship=-35,latest=-20),E("A-to-z claim -> respond to claim, urgent, needs human",draft=False,tasks=["respond_claim"]),comment="Item never arrived",state="shipped-fbm-under",case="return_dissatisfied:not_received")
