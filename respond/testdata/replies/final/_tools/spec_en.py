from spec_common import add, U, SH, DL, RT, CX

L = "en"

# ---------------------------------------------------------------- address_change
add(L, "com", "address_change", "Karen", "LED Desk Lamp with USB Charging Port, Dimmable, Black", """
Hi, I just noticed the order is going to my old apartment. I moved last week. Could you please ship it to my new address instead:

Karen Whitfield
4120 Maple Ridge Dr, Apt 3B
Columbus, OH 43215

Thanks so much!
""", U("fbm", 27.99), note="unshipped FBM order, buyer gives the new address: Amazon's rule (updates off) is cancel and reorder with the right address; no reship, no need to ask for the address",
    offers=["reorder"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "co.uk", "address_change", "Gareth", "Silicone Baking Mat Set of 3, Non-Stick, Reusable", """
Hello, I've made a mistake with the delivery address, the house number is wrong. It should go to:

Gareth Pryce
27 Heol y Nant
Cardiff CF14 6DD

The tracking says it's already on its way. Can you send it to the right address please?
""", SH("fbm", 14.99, "Royal Mail", "JT418833152GB"),
    note="shipped FBM, GBP 14.99 is under the GBP 25 threshold and the new address is given: offer to send a new unit there and create the reship task; don't ask for the address again",
    offers=["reship_new_address"], forbid_requests=["address"], tasks=["reship"])

add(L, "com", "address_change", "Derek", "Ergonomic Mesh Office Chair with Lumbar Support, Adjustable Arms", """
I need the chair delivered to my office instead of home. New address: Derek Olsen, Suite 400, 1801 California St, Denver, CO 80202. Can you change it?
""", SH("fbm", 189.99, "UPS", "1Z9W38V70352816614"),
    note="shipped FBM, USD 189.99 is far above the threshold: explain it has shipped and the address can no longer be changed; no reship to the new address, no request for the address already given",
    offers=[], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "com", "address_change", "Tanya", "Stainless Steel Insulated Water Bottle 32 oz, Leak Proof Lid", """
Hey, I moved over the weekend and forgot to update my address before ordering. Is there any way you can send it to my new place? I can give you the address.
""", SH("fbm", 30.00, "USPS", "9400111899223456781234", s=-1, l=5),
    note="shipped FBM, value exactly USD 30.00 = the threshold (at or above means no reship): explain the order has shipped and the address can't be changed",
    offers=[], forbid_offers=["reship_new_address"])

add(L, "co.uk", "address_change", "Harriet", "Bamboo Cutlery Organiser Drawer Insert, 6 Compartments", """
Hi there, could you please redirect my parcel to my work address? 14 Queen Street, Leeds LS1 2TW. I won't be home all week. Thanks
""", SH("fba", 12.99, "Amazon Logistics", "QA0184412733", s=-1, l=2),
    note="shipped FBA order: the seller can't change anything on an FBA shipment, point the buyer to Amazon customer service (no reship even though under threshold)",
    offers=["amazon_support"], forbid_offers=["reship_new_address"], forbid_requests=["address"])

add(L, "com", "address_change", "Marcus", "Cast Iron Skillet 12 Inch, Pre-Seasoned", """
I placed this order an hour ago and I picked the wrong saved address (my parents' house). Can you change it to my address in Austin? It's the other one on my account.
""", U("fba", 34.99, p=0, l=3),
    note="unshipped FBA order: the seller cannot edit an FBA order; point the buyer to Amazon (Your Orders / customer service)",
    offers=["amazon_support"], forbid_offers=["reship_new_address"])

add(L, "co.uk", "address_change", "Callum", "USB-C to HDMI Adapter 4K 60Hz, Aluminium", """
Hi, I've moved flats and the adapter has been sent to my old address. Could you send another one to my new address? Let me know what you need.
""", SH("fbm", 11.49, "Royal Mail", "JT502917766GB", s=-2, l=3),
    note="shipped FBM, GBP 11.49 under threshold, no new address given yet: offer to send a new unit to the new address and ask for the full address",
    offers=["reship_new_address"], requests=["address"])

# ---------------------------------------------------------------- cancel_order
add(L, "com", "cancel_order", "Jessica", "Wireless Earbuds Bluetooth 5.3 with Charging Case, White", """
Hi, please cancel this order. I ordered the wrong model by mistake, I needed the ones with noise cancelling. Thank you.
""", U("fbm", 39.99, p=0, l=7),
    note="unofficial cancellation in a normal inquiry, order unshipped FBM, reason given: point the buyer to Your Orders > Request cancellation; the seller must not cancel on this message",
    offers=["cancel_via_amazon"], forbid_offers=["cancel"], forbid_requests=["reason"])

add(L, "co.uk", "cancel_order", "Fiona", "Memory Foam Seat Cushion for Office Chair, Grey", """
I'd like to cancel my order please.
""", SH("fbm", 29.99, "Evri", "H01HYA0012345678", s=-1, l=4),
    note="buyer asks to cancel an FBM order already in transit: it can't be cancelled or recalled; ask why and whether they'd accept the item (else refuse delivery, refund when it comes back)",
    forbid_offers=["cancel", "cancel_via_amazon"], requests=["reason", "keep_item"])

add(L, "com", "cancel_order", "Brian", "Digital Kitchen Scale 11 lb, Stainless Steel Platform", "", U("fbm", 18.99, p=0, l=6),
    kind="cancel", reason="Order created by mistake",
    note="official Order cancellation request, FBM order not shipped: cancel it in Seller Central and confirm to the buyer",
    offers=["cancel"], forbid_offers=["cancel_via_amazon"], forbid_requests=["reason"], tasks=["cancel_order"])

add(L, "com", "cancel_order", "Stephanie", "Ceramic Non-Stick Frying Pan Set, 3 Pieces", "", SH("fbm", 54.99, "UPS", "1Z4A71F90322581960", p=-3, s=-1, l=4),
    kind="cancel", reason="Found a better price",
    note="official cancellation request but the FBM order has already shipped: no cancel; explain it can't be recalled, ask whether they'd keep it, otherwise refuse delivery and be refunded when it returns",
    forbid_offers=["cancel", "cancel_via_amazon"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "com", "cancel_order", "Ashley", "Blackout Curtains 52 x 84 Inch, 2 Panels, Navy", """
Can you please cancel my order and refund me? It arrived yesterday but I had already bought curtains at Target before it came. I haven't opened the package.
""", DL("fbm", 26.99, "USPS", "9400111899561234567810", d=-1),
    note="cancel asked after delivery of a cheap FBM item (reason given): cancel is impossible; a return from the buyer is costly, so a refund agreed with the buyer while they keep the item is preferred",
    offers=["keep_with_refund"], forbid_offers=["cancel", "cancel_via_amazon"], forbid_requests=["reason"])

add(L, "co.uk", "cancel_order", "Oliver", "Electric Milk Frother Handheld, Battery Operated", """
Please cancel this, it's just been delivered but I don't want it anymore.
""", DL("fba", 9.99, "Amazon Logistics", "QA0181155920", d=0),
    note="cancel asked on a delivered FBA order: cannot be cancelled, the buyer returns it through Amazon (Your Orders) to the FBA warehouse",
    offers=["return"], forbid_offers=["cancel", "cancel_via_amazon"])

# ---------------------------------------------------------------- shipping_inquiry
add(L, "com", "shipping_inquiry", "Mike", "Car Phone Mount for Dashboard and Windshield, 360 Rotation", """
Hi, can you tell me where my order is? It's been 5 days. Thanks.
""", SH("fbm", 16.99, "USPS", "9400111899223817364529", p=-5, s=-4, l=2), topic="Shipping",
    note="FBM order shipped with tracking on record: give carrier, tracking number and the expected delivery date",
    offers=["tracking"], forbid_requests=["order_id"])

add(L, "com", "shipping_inquiry", "Rachel", "Yoga Mat 6mm Thick, Non-Slip, with Carrying Strap, Purple", """
My order says shipped but there is no tracking number. When will it arrive?
""", SH("fbm", 24.99, "", "", p=-4, s=-2, l=5), topic="Order delivery",
    note="FBM order marked shipped but no tracking on record: give the expected delivery from the record and flag the missing tracking for the seller",
    offers=["tracking"], forbid_requests=["order_id"], tasks=["add_tracking"])

add(L, "co.uk", "shipping_inquiry", "Sophie", "Kids' Waterproof Rain Jacket, Age 6-7, Yellow", """
Hello, the delivery date has passed and I still have nothing. Where is it?
""", SH("fba", 21.50, "Amazon Logistics", "QA0185520019", p=-6, s=-4, l=-1),
    note="FBA order: Amazon handles logistics and customer service; point the buyer to Amazon customer service and where to find the tracking",
    offers=["amazon_support"], forbid_requests=["order_id"])

add(L, "com", "shipping_inquiry", "Kevin", "Replacement Air Filter for Levoit Core 300, 2 Pack", """
Hello, I ordered this 10 days ago and nothing yet. What's going on with the shipment?
""", None,
    note="the seller has no record of this order id: flag it for the seller to check, no tracking can be quoted; the order id is already in the message",
    forbid_offers=["tracking"], forbid_requests=["order_id"], tasks=["check_order"])

add(L, "com", "shipping_inquiry", "Linda", "", """
Hi, I bought a set of storage bins from your store about two weeks ago and they still haven't come. Can you check on it?
""", None, hide_order=True,
    note="message sent without any order id and nothing to match it on: ask the buyer for the order number; no tracking can be given",
    forbid_offers=["tracking"], requests=["order_id"])

# ---------------------------------------------------------------- return_dissatisfied: not_received
add(L, "com", "return_dissatisfied", "Robert", "Garden Hose Nozzle, 10 Spray Patterns, Heavy Duty Metal", """
I ordered this over a month ago and it never arrived. Tracking hasn't updated in three weeks. I don't want it anymore, just refund my money please.
""", SH("fbm", 19.99, "YunExpress", "YT2418562037451122", p=-35, s=-33, l=-12), sub="not_received",
    note="FBM order long overdue (12 days past latest delivery), buyer explicitly wants a refund, not a resend",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["order_id"])

add(L, "co.uk", "return_dissatisfied", "Nathan", "Phone Tripod Stand with Bluetooth Remote, 60 Inch", """
Still haven't received this, it was due nearly two weeks ago. Could you send another one please? I still need it for a trip.
""", SH("fbm", 22.99, "Yanwen", "UG512033871YP", p=-28, s=-26, l=-13), sub="not_received",
    note="FBM order long overdue, buyer asks for a new one to be sent: offer the resend and create the reship task",
    offers=["replacement"], tasks=["reship"], forbid_requests=["order_id"])

# ---------------------------------------------------------------- damaged
add(L, "com", "return_dissatisfied", "Emily", "Ceramic Coffee Mug Set of 4, 14 oz, Speckled", """
Two of the four mugs arrived broken, the box was crushed on one corner. Photo attached. Can you send me replacements?
""", DL("fbm", 28.99, "UPS", "1Z4E20W70391265531", d=-1), photo=True, sub="damaged",
    note="damaged in transit, photo attached, buyer asks for replacements: apologise, explain transit damage, send a replacement; don't ask for a photo again",
    offers=["replacement"], forbid_requests=["photo"], tasks=["reship"])

add(L, "co.uk", "return_dissatisfied", "Eleanor", "Glass Food Storage Containers with Lids, 10 Pack", """
The lid of one container is cracked and one of the glass bases has a big chip on the rim. Not happy.
""", DL("fbm", 23.99, "Royal Mail", "JT733108845GB", d=-2), sub="damaged",
    note="damage described but no photo and no preference given: apologise, explain transit damage and politely ask for photos",
    requests=["photo"], forbid_requests=["symptom"])

add(L, "com", "return_dissatisfied", "Jason", "Acrylic Display Case for Collectibles, 12 x 12 x 12 Inch", """
The case arrived shattered, see the attached picture. I don't want a replacement, I just want a refund.
""", DL("fbm", 42.99, "FedEx", "771249856023", d=-1), photo=True, sub="damaged",
    note="damaged with photo attached; buyer explicitly prefers a refund to a replacement",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["photo"])

# ---------------------------------------------------------------- wrong item
add(L, "com", "return_dissatisfied", "Megan", "Slim Phone Case for iPhone 15, Navy Blue", """
I ordered the navy blue case but got a pink one (picture attached). Can you send me the navy one please?
""", DL("fbm", 13.99, "USPS", "9400111899220038815521", d=-1), photo=True, sub="wrong_item",
    note="wrong colour sent, buyer names the colour they want (navy) and attaches a photo: send the right variant; don't ask for the colour or a photo",
    offers=["replacement"], forbid_requests=["variant", "photo"], tasks=["reship"])

add(L, "co.uk", "return_dissatisfied", "Liam", "Men's Trail Running Shoes, Grey, UK 9", """
I ordered size UK 9 but the box and shoes are UK 7. Could you exchange them for the 9s? I need them for a race in two weeks.
""", DL("fbm", 49.99, "DPD", "15501234567890", d=-1), sub="wrong_item",
    note="wrong size sent, wanted size named (UK 9): send the correct size; don't ask which size; a photo of what arrived may be asked",
    offers=["replacement"], forbid_requests=["variant"], requests=["photo"], tasks=["reship"])

add(L, "com", "return_dissatisfied", "Chris", "Stainless Steel Meat Thermometer, Instant Read, Waterproof", """
This is not what I ordered at all. I got a plastic kitchen timer instead of the thermometer.
""", DL("fbm", 17.99, "USPS", "9400111899224413370012", d=-2), sub="wrong_item",
    note="completely wrong item, buyer states no preference: offer a replacement or a refund as they prefer and ask for a photo of what arrived",
    offers=["replacement", "refund"], requests=["photo"])

# ---------------------------------------------------------------- defective
add(L, "com", "return_dissatisfied", "Daniel", "Electric Kettle 1.7L, Stainless Steel, Auto Shut-Off", """
The kettle stopped working after three uses. The light comes on when I press the switch but the water doesn't heat at all. Please send a replacement.
""", DL("fbm", 29.99, "UPS", "1Z1V82E20360051274", d=-6), sub="defective",
    note="defect already described (light on, no heating), buyer asks for a replacement: send it; don't ask them to describe the problem",
    offers=["replacement"], forbid_requests=["symptom"], tasks=["reship"])

add(L, "co.uk", "return_dissatisfied", "Amelia", "Rechargeable Cordless Hair Clipper Set, 20 Pieces", """
It doesn't work. Very disappointed.
""", DL("fbm", 24.99, "Evri", "H01HYA0098765432", d=-4), sub="defective",
    note="defective but no detail: apologise and ask what exactly happens (symptom)",
    requests=["symptom"])

# ---------------------------------------------------------------- missing parts
add(L, "com", "return_dissatisfied", "Tom", "Bamboo Shoe Rack 4-Tier, Free Standing", """
Hi, I'm putting the shoe rack together and 4 of the small screws are missing from the hardware bag (the ones labelled B). Can you send them? Everything else is fine.
""", DL("fbm", 32.99, "USPS", "9400111899227740011923", d=-1), sub="missing_parts",
    note="buyer says four B screws are missing and asks for them to be sent",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "com", "return_dissatisfied", "Heather", "Kids' Wooden Play Kitchen Set with Accessories", """
Some pieces are missing from the box. The instructions show parts we don't have so we can't finish building it.
""", DL("fbm", 79.99, "FedEx", "771249851107", d=-2), sub="missing_parts",
    note="missing parts but not which ones: ask exactly which parts / how many are missing",
    requests=["missing_part"])

add(L, "co.uk", "return_dissatisfied", "Jack", "Portable Bluetooth Speaker, Waterproof IPX7, 20W", """
The speaker came without the USB-C charging cable that's shown in the listing. Could you send me the cable please?
""", DL("fba", 27.99, "Amazon Logistics", "QA0189930554", d=-1), sub="missing_parts",
    note="FBA order, charging cable missing and asked for: the seller sends the missing part from its own stock; don't ask which part",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

# ---------------------------------------------------------------- return_unwanted
add(L, "com", "return_unwanted", "Priya", "Decorative Throw Pillow Covers 18x18, Set of 4, Sage Green", """
Hi, I'd like to return these. The colour is fine, I just changed my mind about redecorating the living room. How do I send them back?
""", DL("fbm", 21.99, "USPS", "9400111899221162453370", d=-4), sub="",
    note="FBM, delivered, buyer changed their mind (reason given): returns are costly, ask whether they'd keep the item with a refund instead",
    offers=["keep_with_refund"], requests=["keep_item"], forbid_requests=["reason"])

add(L, "com", "return_unwanted", "Samantha", "Adjustable Dumbbell Set 25 lb Pair", """
I don't need these anymore, my gym membership includes weights. Can I return them?
""", DL("fba", 64.99, "Amazon Logistics", "TBA312774560011", d=-8), sub="",
    note="FBA order within 30 days, buyer no longer needs it: say honestly it can be returned through Amazon within 30 days without a reason",
    offers=["return"], forbid_requests=["reason"])

add(L, "com", "cancel_order", "Vanessa", "Wall Mounted Floating Shelves, Set of 3, Rustic Brown", """
I don't need these shelves anymore, I found some at a local store. I want to return them.
""", U("fbm", 31.99, p=-1, l=6),
    note="'return' wording but the FBM order has not shipped: this is a cancellation; point to Your Orders > Request cancellation, no return, no seller cancel",
    offers=["cancel_via_amazon"], forbid_offers=["cancel", "return", "keep_with_refund"], forbid_requests=["reason"])

# ---------------------------------------------------------------- refund_status
add(L, "com", "refund_status", "Angela", "Cordless Handheld Vacuum, 8000Pa, Rechargeable", """
I returned the vacuum two weeks ago. Where is my refund??
""", RT("fbm", 45.99, "UPS", "1Z8F14X70351142287", r=-9, rfa=45.99, rf=-8),
    note="refund already issued (amount and date on record): give amount and date and explain bank/card timing; no new refund",
    offers=["refund_info"], forbid_offers=["refund"])

add(L, "co.uk", "refund_status", "Graham", "Heated Throw Blanket, Double Size, 6 Heat Settings", """
You should have my return by now, Royal Mail says it was delivered to you on Monday. When will I get my money back?
""", RT("fbm", 39.99, "Royal Mail", "JT660147722GB", r=-3),
    note="FBM return received 3 days ago and no refund on record: refund now (due within two business days) and tell the buyer it is being processed",
    offers=["refund"], forbid_offers=["refund_info"], tasks=["refund"])

add(L, "com", "refund_status", "Patricia", "Silk Pillowcase Queen Size, 22 Momme, Champagne", """
Hi, I still haven't gotten my refund. Can you check?
""", DL("fbm", 26.99, "USPS", "9400111899220551893340", p=-30, s=-28, d=-24, l=-22),
    note="no return received and no refund on record: ask for patience and flag for the seller; nothing to quote",
    forbid_offers=["refund_info"], tasks=["check_order"])

# ---------------------------------------------------------------- negative_review
add(L, "com", "negative_review", "Gary", "Adjustable Standing Desk Converter, 32 Inch", """
The desk converter is missing the two side knobs (the black plastic ones that lock the height). I can't use it. If I don't get them this week I'm leaving a 1 star review.
""", DL("fbm", 119.99, "FedEx", "771249870031", d=-2), sub="missing_parts",
    note="review threat with a clear problem: two locking knobs missing; solve it (send the parts), never tie anything to the review; needs human",
    offers=["send_parts"], forbid_requests=["missing_part"], tasks=["ship_parts"])

add(L, "co.uk", "negative_review", "Dominic", "Bedside Table Lamp Set of 2, Linen Shade", """
One lamp base was smashed when I opened the box (photo attached). Absolutely shocking packaging. I want a full refund or I will leave negative feedback.
""", DL("fbm", 34.99, "DPD", "15501234561122", d=-1), photo=True, sub="damaged",
    note="feedback threat + damaged item with photo, buyer wants a refund: apologise, offer the refund without tying it to feedback; needs human",
    offers=["refund"], forbid_offers=["replacement"], forbid_requests=["photo"])

# ---------------------------------------------------------------- other
add(L, "com", "other", "Dorothy", "Large Print Word Search Puzzle Book for Adults", """
Got it today, thank you! My mom loves it.
""", DL("fbm", 9.99, "USPS", "9400111899223350770014", d=0), draft=False,
    note="a thank-you with nothing to answer: no reply")

add(L, "com", "other", "Walter", "Replacement Remote Control for Samsung Smart TV", """
I am out of the office until Monday with limited access to email. For urgent matters please contact my colleague.
""", DL("fbm", 12.99, "USPS", "9400111899220071256648", d=-3), draft=False,
    subject="RE: Your replacement remote (Order: {o})",
    note="buyer's out-of-office auto-reply to a seller message: no reply")

# ---------------------------------------------------------------- notices (no reply)
RA_US = """
Dear Northwind Goods,

This is to notify you that Amazon has authorized the following return request. The buyer has been issued a prepaid return label. You don't need to take any action to authorize this return.

Order ID: # {o}
Item: {title}

Order Item  ASIN  SKU  Return Quantity  Return Reason  Customer's Comment
1  {asin}  {sku}  1  {reason}  {comment}

Please refund the buyer within two business days of receiving the return.

Sincerely,
Amazon Services
"""

add(L, "com", "returned_goods", "Helen", "Cotton Waffle Bath Robe, Unisex, L/XL", RA_US.replace("{reason}", "No longer needed").replace("{comment}", "Bought a different one"),
    DL("fbm", 36.99, "USPS", "9400111899228852014403", d=-9), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Return authorization request for order # {o}",
    note="authorised return notice (reason No longer needed): no reply; the seller watches for the item and inspects it when it comes back",
    tasks=["inspect_return"])

add(L, "co.uk", "returned_goods", "Rosie", "Digital Meat Thermometer with Probe and Alarm", """
Dear Northwind Goods,

Amazon has authorised the following return in line with the returns policy. The customer has been sent a prepaid returns label.

Order ID: # {o}

Order Item  ASIN  SKU  Return Quantity  Return Reason  Customer&#39;s Comment
1  {asin}  {sku}  1  Item defective or doesn't work  Reads 20 degrees too high

Please refund the customer within two working days of receiving the item.

Kind regards,
Amazon Services Europe
""", DL("fbm", 15.99, "Royal Mail", "JT770245519GB", d=-6), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Return authorisation notification for order # {o}",
    note="authorised return notice (UK spelling, reason Item defective): no reply to the buyer; a task to receive and inspect the item",
    tasks=["inspect_return"])

add(L, "com", "returned_goods", "Victor", "Wireless Charging Pad 15W, Qi Compatible", """
Dear Northwind Goods,

The return for the order below has been delivered to your return address.

Order ID: # {o}
ASIN: {asin}
SKU: {sku}
Return Quantity: 1
Return Reason: Inaccurate website description
Return tracking ID: 9202190299453800371122
Delivered: today

Please inspect the item and issue the refund within two business days of receipt.

Amazon Services
""", RT("fbm", 19.99, "USPS", "9400111899229900417733", r=0), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Return received for order # {o}",
    note="FBM return received today, no refund on record: no reply; inspect the item (resell or dispose) and refund within two business days",
    tasks=["inspect_return", "refund"])

add(L, "com", "returned_goods", "Irene", "Women's Fleece Lined Leggings, Black, M", """
Hello,

A customer return for the order below was received at an Amazon fulfillment center.

Order ID: {o}
ASIN: {asin}
FNSKU: X003K2LQ7P
Quantity: 1
Return reason: Wrong size: too large/long
Fulfillment center disposition: Customer damaged

The customer has been refunded by Amazon. You can request a removal or disposal of unsellable inventory in Seller Central.

Amazon Services
""", RT("fba", 22.99, "Amazon Logistics", "TBA300912874432", r=-1, rfa=22.99, rf=-1), kind="notice", draft=False,
    sender='"Amazon" <order-update@amazon.{tld}>', subject="Customer return received at fulfillment center for order {o}",
    note="FBA return came back customer-damaged: no reply; inspect the return (cannot be resold, have Amazon dispose or remove it); Amazon already refunded",
    tasks=["inspect_return"])

add(L, "com", "returned_goods", "Frank", "Magnetic Knife Strip 16 Inch, Stainless Steel", """
Hello Northwind Goods,

We have initiated a refund of $18.49 for order {o}.

Item: {title}
Refund reason: Customer return
Refund amount: $18.49

The refund has been processed. No further action is needed.

This is an automated message. Please do not reply.
""", RT("fbm", 18.49, "USPS", "9400111899221048852290", r=-2, rfa=18.49, rf=0), kind="notice", draft=False,
    sender='"Amazon Seller Central" <do-not-reply@amazon.{tld}>', subject="Refund initiated for order {o}",
    note="refund-initiated notice for a refund already on record: nothing to reply, nothing more to do")

add(L, "com", "negative_review", "Carol", "Bluetooth Meat Thermometer, Wireless, 2 Probes", """
Hello,

Your seller account received new negative feedback.

Order ID: {o}
Rating: 1 (out of 5)
Comments: "Stopped connecting to the app after a week. Seller never answered."
Date: today

You can view and respond to feedback in Seller Central under Performance > Feedback.

Amazon Services
""", DL("fbm", 39.99, "USPS", "9400111899226630118845", d=-9), kind="notice", draft=False,
    sender='"Amazon Seller Central" <donotreply@amazon.{tld}>', subject="Negative feedback received for order {o}",
    note="negative feedback alert: no reply to the notice; a task to find the buyer and reach out quickly (without asking to change the feedback)",
    tasks=["contact_buyer"])

add(L, "co.uk", "negative_review", "Hugh", "Insulated Lunch Bag for Men, Grey", """
Hello,

New negative feedback has been left for your account.

Order ID: {o}
Rating: 2 (out of 5)
Comments: "Zip broke on day two."

You can view and respond to feedback in Seller Central under Performance > Feedback.

Amazon Services Europe
""", None, kind="notice", draft=False,
    sender='"Amazon Seller Central" <donotreply@amazon.{tld}>', subject="Negative feedback received for order {o}",
    note="feedback alert for an order the seller has no record of: no reply; check the order and reach out to the buyer",
    tasks=["contact_buyer", "check_order"])

add(L, "com", "return_dissatisfied", "Bruce", "Outdoor Solar String Lights, 48 ft, Warm White", """
Dear Northwind Goods,

A buyer has filed an A-to-z Guarantee claim on the order below.

Order ID: {o}
Claim reason: Item not received
Claim amount: $34.99
Buyer comment: "Tracking has said in transit for 3 weeks. Nothing arrived and the seller didn't respond."

Please respond to this claim within 72 hours in Seller Central (Performance > A-to-z Guarantee Claims). If you do not respond, Amazon may decide the claim without your input.

Sincerely,
Amazon A-to-z Guarantee team
""", SH("fbm", 34.99, "YunExpress", "YT2419003318876640", p=-40, s=-38, l=-18), kind="notice", draft=False, sub="not_received",
    sender='"Amazon" <atoz-guarantee-no-reply@amazon.{tld}>', subject="A-to-z Guarantee Claim for Order {o}",
    note="A-to-z claim (not received): urgent, needs human; no reply to the no-reply sender, respond to the claim in Seller Central",
    tasks=["respond_claim"])

add(L, "com", "other", "Nancy", "Replacement Glass Carafe for 12 Cup Coffee Maker", """
This is a copy of the message you sent to Amazon customer {n}.

Order ID: {o}

Message:
Hello Nancy, your replacement carafe was shipped today with USPS. Kind regards, Northwind Goods

This is an automated copy for your records.
""", SH("fbm", 21.99, "USPS", "9400111899227764021156", s=0, l=5), kind="notice", draft=False,
    sender='"Amazon" <auto-communication@amazon.{tld}>', subject="Copy of your message to Amazon customer {n} (Order: {o})",
    note="Amazon's copy of the seller's own outgoing message: no reply, no task")

add(L, "co.uk", "other", "Imogen", "Cable Management Box, White, Large", """
We were unable to deliver the message you sent to the buyer of order {o}.

Reason: The buyer has chosen to opt out of receiving unsolicited messages from sellers. Messages about critical order information will still be delivered.

Amazon Services Europe
""", DL("fbm", 14.99, "Royal Mail", "JT551178230GB", d=-5), kind="notice", draft=False,
    sender='"Amazon" <donotreply@amazon.{tld}>', subject="Message delivery failure (Order: {o})",
    note="delivery failure / buyer opt-out notice: no reply, no task")

# ---------------------------------------------------------------- extra English: no order on record, damaged
add(L, "com", "return_dissatisfied", "Andrea", "Makeup Mirror with LED Lights, Tri-Fold", """
The mirror arrived with one of the side panels cracked right across. I've attached a photo. What can you do?
""", None, photo=True, sub="damaged",
    note="damaged with photo, but the seller has no record of this order: flag the order to be checked; don't ask for a photo or the order number (both given)",
    forbid_requests=["photo", "order_id"], tasks=["check_order"])
