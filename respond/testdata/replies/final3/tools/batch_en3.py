from lib import S, O

# ---------------- Amazon notices (en): tasks, no reply ----------------
S("en","us","","B0CH2QW7ZK","Ring Light 10 inch with Tripod Stand","2026-02-20 06:41", None,
"return authorization, reason 'No longer needed' (FBM): no reply; the item has not come back yet",
order=O("delivered","fbm",27.99,ship=-12,deliv=-8,carrier="USPS",trk="9400111899221100998877",purchase=-13,latest=-8),
draft=False, case="returned_goods (return authorization)",
raw=dict(frm=("Amazon","order-update@amazon.com"), subject="Return authorization request for order # {o}",
body="""Dear Seller,

An authorized return request has been created for the following item(s).

Order ID: # {o}
Order Item | ASIN | SKU | Return Quantity | Return Reason | Customer's Comment
{p} | {a} | RL-10-TRP | 1 | No longer needed | changed my mind

Amazon has authorized this return in accordance with the return policy and a prepaid return label was issued to the customer.
Once you receive the item, please issue the refund within two business days.

Sincerely,
Amazon Services"""))

S("en","uk","","B0BT6YH1NC","Cordless Drill Driver 18V","2025-09-09 05:12", None,
"return authorisation, reason 'Item defective or doesn't work' (FBM): no reply, nothing back yet",
order=O("delivered","fbm",54.99,ship=-9,deliv=-6,carrier="DPD",trk="15501230001112",purchase=-10,latest=-6),
draft=False, case="returned_goods (return authorization)",
raw=dict(frm=("Amazon","order-update@amazon.co.uk"), subject="Return authorisation notification for order {o}",
body="""Dear Seller,

The customer has requested a return for the following order.

Order ID: {o}
Order Item: {p}
ASIN: {a}
SKU: CDD-18V-UK
Return Quantity: 1
Return Reason: Item defective or doesn&#39;t work
Customer&#39;s Comment: battery won&#39;t hold charge, dies after 5 min

This return was authorised automatically. The customer has been given a prepaid return label.

Kind regards,
Amazon Services Europe"""))

S("en","us","","B0D7LP3VXE","Weighted Blanket 15 lbs","2026-03-30 15:00", None,
"return received back at the seller (FBM), no refund on record: inspect and refund (due within two business days), no reply",
order=O("returned","fbm",49.99,ship=-21,deliv=-18,carrier="UPS",trk="1Z84V1730366554433",purchase=-22,latest=-18,ret=0),
draft=False, tasks=["inspect_return","refund"], case="returned_goods (return received)",
raw=dict(frm=("Amazon","order-update@amazon.com"), subject="Return delivered for order # {o}",
body="""Dear Seller,

A return for order # {o} has been delivered to your return address.

Item: {p}
ASIN: {a}
Quantity: 1
Return reason: Inaccurate website description
Carrier status: Delivered

Please inspect the item and issue a refund within two business days of receiving the return. If you do not, Amazon may refund the customer on your behalf.

Amazon Services"""))

S("en","uk","","B0C9XR2MTA","Insulated Lunch Bag","2025-11-12 09:30", None,
"FBA return received into the fulfilment centre: inspect (resell or dispose), no reply",
order=O("returned","fba",14.99,ship=-25,deliv=-22,carrier="Amazon Logistics",trk="TBA302288117766",refund=14.99,refund_d=-1,purchase=-26,latest=-22,ret=-1),
draft=False, tasks=["inspect_return"], case="returned_goods (return received)",
raw=dict(frm=("Amazon","fba-noreply@amazon.co.uk"), subject="Customer return received at fulfilment centre for order {o}",
body="""Hello,

A customer return has been received at an Amazon fulfilment centre.

Order ID: {o}
ASIN: {a}
Product: {p}
Quantity: 1
Detailed disposition: CUSTOMER_DAMAGED
Reason: Product damaged, but shipping box OK

Review the return in your FBA Customer Returns report to decide whether to request a removal or disposal of the unit.

Amazon Services Europe"""))

S("en","us","","B0BK8WD3QF","Floor Lamp Arc Style","2026-05-07 12:44", None,
"'Refund initiated' notice for an order already handled: nothing to reply",
order=O("returned","fbm",69.99,ship=-25,deliv=-21,carrier="FedEx",trk="771204455667",refund=69.99,refund_d=0,purchase=-26,latest=-21,ret=-2),
draft=False, case="returned_goods (refund issued)",
raw=dict(frm=("Amazon Payments","do-not-reply@amazon.com"), subject="Refund initiated for order {o}",
body="""Hello,

We're writing to let you know that a refund has been initiated for the following order.

Order #: {o}
Item: {p}
Refund amount: $69.99
Reason: Customer return

No action is required from you.

Sincerely,
Amazon Seller Services"""))

S("en","us","","B0CL5PZ9KH","Replacement Vacuum Filters 4-Pack","2026-06-11 03:26", None,
"negative feedback alert: find the buyer and reach out (seller task), no direct reply to this notice",
order=O("delivered","fbm",17.99,ship=-12,deliv=-6,carrier="USPS",trk="9400111899221234567890",purchase=-13,latest=-8),
draft=False, tasks=["contact_buyer"], case="negative_review (feedback alert)",
raw=dict(frm=("Amazon Seller Performance","seller-performance@amazon.com"), subject="Negative feedback received for order {o}",
body="""Hello,

A buyer has left feedback for one of your orders.

Order ID: {o}
Rating: 1 out of 5
Comments: "Filters don't fit my model even though the listing says they do. Arrived late too."
Date: today

You can respond to this feedback publicly or contact the buyer through Buyer-Seller Messaging.

Amazon Seller Performance Team"""))

S("en","us","","B0D2TV7MWJ","Outdoor Security Camera 2K","2025-12-15 14:58", None,
"A-to-z Guarantee claim (not received): respond to the claim, needs human, no buyer draft from this notice",
order=O("shipped","fbm",59.99,ship=-18,carrier="USPS",trk="9400111899223344556677",purchase=-19,latest=-9),
draft=False, tasks=["respond_claim"], case="a-to-z claim",
raw=dict(frm=("Amazon A-to-z Guarantee","atoz-guarantee-no-reply@amazon.com"), subject="A-to-z Guarantee Claim for Order {o}",
body="""Dear Seller,

The buyer of the order below has filed an A-to-z Guarantee claim.

Order ID: {o}
Item: {p}
Claim reason: Item not received
Claim amount: $59.99
Buyer comments: Never got it. Tracking hasn't updated in over two weeks and the seller did not answer.

Please respond to this claim in Seller Central within 72 hours. If you do not respond, the claim may be decided in favour of the buyer.

Amazon A-to-z Guarantee Team"""))

S("en","us","","B0C4JH8RLM","Collapsible Laundry Basket","2026-01-09 10:02", None,
"copy of the seller's own outgoing message: no response needed",
order=O("shipped","fbm",13.49,ship=-1,carrier="USPS",trk="9400111899226677889900",purchase=-2,latest=3),
draft=False, case="other (own copy)",
raw=dict(frm=("Amazon","auto-communication@amazon.com"), subject="Your e-mail to Amazon customer Hannah (Order: {o})",
body="""This is a copy of the message you sent to the buyer.

Order ID: {o}
1 | {a} | {p}

Message:
Hello Hannah, your order has shipped with USPS and should arrive within 3 business days. Best regards, HomeNest Store

Sent by Amazon Buyer-Seller Messaging"""))

S("en","uk","","B0BF3QW6YT","Bike Lights USB Rechargeable","2025-08-23 16:16", None,
"delivery failure of a seller message (buyer opted out): nothing to reply",
order=O("delivered","fbm",12.99,ship=-6,deliv=-3,carrier="Royal Mail",trk="JD014600003322110099",purchase=-7,latest=-3),
draft=False, case="other (delivery failure)",
raw=dict(frm=("Amazon","donotreply@amazon.co.uk"), subject="Delivery failure: your message to Amazon customer (Order: {o})",
body="""Hello,

We were unable to deliver the message you sent to the buyer for order {o}. The buyer has chosen to opt out of unsolicited messages from sellers.

Messages related to critical order information will still be delivered.

Amazon Services Europe"""))

# ---------------- more buyer messages (en) ----------------
S("en","us","Chris","B0CY7N4QPD","Camping Hammock with Straps","2026-04-26 18:18",
"""Does this hammock come with the tree straps or do I need to buy them separately? And whats the weight limit?""",
"pre-sale question, no order: no reply drafted by default",
order=None, oid="", draft=False, case="other (pre-sale)", subject="Product details inquiry from Amazon customer Chris")

S("en","de","Martin","B0D5RC2WLX","Thermosflasche 1L Edelstahl","2026-03-12 07:58",
"""Hello, I'm living in Germany but don't speak much German, sorry. I ordered the flask 6 days ago, do you have a tracking number? Thanks, Martin""",
"English buyer on amazon.de, FBM shipped with tracking: reply in English with carrier and tracking",
order=O("shipped","fbm",21.90,ship=-4,carrier="DHL",trk="00340434161094038255",purchase=-6,latest=1),
offers=["tracking"], freq=["order_id"], case="shipping_inquiry")

S("en","us","Pamela","B0BM2JX5TR","Robot Vacuum Cleaner","2025-10-19 21:03",
"""This was supposed to be delivered 10 days ago. Amazon tracking shows nothing. If I don't get it or a refund by Friday I'm filing an A to Z claim.""",
"FBA order overdue, A-to-z threatened: needs human; point to Amazon customer service (FBA logistics)",
order=O("shipped","fba",199.99,ship=-14,carrier="Amazon Logistics",trk="TBA308877665544",purchase=-15,latest=-10),
offers=["amazon_support"], case="shipping_inquiry / not_received (A-to-z threat)")

S("en","uk","Rebecca","B0C7VD1NHK","Running Shorts Women's, Black, M","2026-06-29 09:43",
"""Hi, the shorts are lovely but a bit too small. Could I swap them for a size L in the same colour? I can post these back.""",
"fits poorly, wants a size L exchange: replacement in the named size (no need to ask which)",
order=O("delivered","fbm",18.99,ship=-5,deliv=-2,carrier="Royal Mail",trk="JD014600009988776655",purchase=-6,latest=-2),
offers=["replacement"], freq=["variant"], case="return_dissatisfied/wrong_item (size exchange)")

S("en","us","Derek","B0D8QK6VXR","Pressure Washer 2000 PSI","2026-02-02 13:29",
"""the pump is making a loud grinding noise and pressure keeps dropping after a minute or two. I attached a picture of the oil leaking under it. Fix this or refund, I paid a lot for this""",
"defective, symptom described and photo attached, high-value FBM: refund or replacement, no need to ask symptom or photo",
order=O("delivered","fbm",179.00,ship=-9,deliv=-6,carrier="FedEx",trk="771207766554",purchase=-10,latest=-6),
freq=["symptom","photo"], photo=True, case="return_dissatisfied/defective")
