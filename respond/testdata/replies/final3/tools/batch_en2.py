from lib import S, O

# ---------------- return_unwanted (en) ----------------
S("en","us","Rachel","B0CP3D9WVS","Throw Pillow Covers 18x18, Set of 4","2026-01-05 14:14",
"""Hi! These are lovely but honestly the color just doesn't go with my couch like I thought. I'd like to return them if that's ok?""",
"delivered FBM, changed her mind: suggest keeping with a (partial) refund instead of a costly return",
order=O("delivered","fbm",17.99,ship=-7,deliv=-3,carrier="USPS",trk="9400111899223300998877",purchase=-8,latest=-3),
offers=["keep_with_refund"], freq=["reason"], case="return_unwanted")

S("en","uk","Daniel","B0BV6NM2QX","Mechanical Keyboard TKL, Brown Switches","2025-08-14 09:58",
"""Hello, I no longer need this keyboard, work is providing one. It's unopened. How do I send it back?""",
"delivered FBA, no longer needed: FBA returns within 30 days via Amazon, say so honestly",
order=O("delivered","fba",64.99,ship=-6,deliv=-4,carrier="Amazon Logistics",trk="TBA300122334455",purchase=-7,latest=-4),
offers=["return"], freq=["reason"], case="return_unwanted")

S("en","us","Howard","B0D9KC2XTL","Digital Kitchen Scale","2026-05-20 20:20",
"""Changed my mind on this, want to return""",
"delivered FBM, unwanted, no reason: offer keep-with-refund alternative",
order=O("delivered","fbm",15.99,ship=-6,deliv=-2,carrier="UPS",trk="1Z84V1730311223344",purchase=-7,latest=-2),
offers=["keep_with_refund"], case="return_unwanted")

S("en","us","Melissa","B0CF7RZ1QA","Standing Desk Converter 32 inch","2025-12-29 10:37",
"""we got this for my husband for xmas and he already has a standing desk at work so we dont really need it. can we return? box hasnt been opened""",
"delivered FBM, high value, unwanted gift: still try keep-with-partial-refund before a return",
order=O("delivered","fbm",139.99,ship=-10,deliv=-6,carrier="FedEx",trk="771209988112",purchase=-12,latest=-6),
offers=["keep_with_refund"], freq=["reason"], case="return_unwanted")

# ---------------- return_dissatisfied (en) ----------------
S("en","us","Samantha","B0C3TY8MVB","Glass Food Storage Containers, 10 Pack","2026-03-03 17:45",
"""Two of the glass containers arrived shattered. The box looked fine from outside. Pic attached. Can you send replacements for the two broken ones please?""",
"damaged in transit, photo attached, asks replacement of the broken pieces",
order=O("delivered","fbm",29.99,ship=-5,deliv=-1,carrier="USPS",trk="9400111899220011447788",purchase=-6,latest=-1),
offers=["replacement"], freq=["photo","symptom"], tasks=["reship"], photo=True, case="return_dissatisfied/damaged")

S("en","uk","Ian","B0D7WS3XFE","Oak Effect Floating Shelves x2","2025-07-30 12:26",
"""One of the shelves has a big dent on the front edge and a scuff along the top. Not impressed tbh.""",
"damaged, no photo, no preference: apologise, explain transit damage, ask for a photo",
order=O("delivered","fbm",26.99,ship=-4,deliv=-1,carrier="DPD",trk="15501234111222",purchase=-5,latest=-1),
req=["photo"], freq=["symptom"], case="return_dissatisfied/damaged")

S("en","us","Brittany","B0CX2N5PLR","Women's Running Jacket","2026-04-11 15:03",
"""I ordered the jacket in navy, size M and received a black one in size M. I really wanted the navy, can you send me the navy one?""",
"wrong colour, wanted colour named (navy M): replacement, don't ask for the variant",
order=O("delivered","fbm",44.99,ship=-5,deliv=-1,carrier="UPS",trk="1Z84V1730355667788",purchase=-6,latest=-1),
offers=["replacement"], freq=["variant"], tasks=["reship"], case="return_dissatisfied/wrong_item")

S("en","us","Jorge","B0BS1HK9TD","Men's Slip-On Sneakers","2025-09-15 08:44",
"""Size is wrong. I ordered 10.5 the box says 10.5 but the shoes inside are 9. photo of the label attached. Please send the 10.5, I'll send these back.""",
"wrong size inside the box, photo attached, wanted size named",
order=O("delivered","fbm",38.00,ship=-4,deliv=-1,carrier="USPS",trk="9400111899224455667711",purchase=-5,latest=-1),
offers=["replacement"], freq=["variant","photo"], tasks=["reship"], photo=True, case="return_dissatisfied/wrong_item")

S("en","uk","Chloe","B0C6PD8QWM","Hair Straightener Ceramic","2026-02-08 11:52",
"""The straightener heats up for about a minute then the light flashes red and it switches itself off. Tried different sockets. I don't want another one, I'd just like a refund please.""",
"defective with symptom described, refund asked instead of a replacement",
order=O("delivered","fbm",19.99,ship=-8,deliv=-5,carrier="Royal Mail",trk="JD014600001122334455",purchase=-9,latest=-5),
offers=["refund"], fo=["replacement"], freq=["symptom"], case="return_dissatisfied/defective")

S("en","us","Patrick","B0D1MX4RGZ","Smart Plug 4-Pack","2026-06-24 22:05",
"""one of them doesnt work""",
"defective, no symptom described: ask what happens",
order=O("delivered","fbm",25.99,ship=-6,deliv=-3,carrier="USPS",trk="9400111899228899001122",purchase=-7,latest=-3),
req=["symptom"], case="return_dissatisfied/defective")

S("en","us","Laura","B0CB9TQ3KE","Bed Frame Queen, Metal Platform","2026-01-19 16:16",
"""Assembled most of the frame but there are only 2 of the center support legs in the package, the instructions show 4. Could you send the 2 missing legs? Otherwise everything is fine.""",
"missing parts named and counted (2 centre support legs): send parts",
order=O("delivered","fbm",119.00,ship=-5,deliv=-2,carrier="FedEx",trk="771201122334",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("en","uk","Neil","B0BL5FX8WH","Garden Bench Assembly Kit","2025-05-10 14:40",
"""Parts missing from the box. Can't finish putting it together.""",
"missing parts but not which: ask which part and how many",
order=O("delivered","fbm",89.99,ship=-6,deliv=-2,carrier="DPD",trk="15501239988776",purchase=-7,latest=-2),
offers=["send_parts"], req=["missing_part"], case="return_dissatisfied/missing_parts")

S("en","us","Kimberly","B0D6HN2VXP","Bathroom Cabinet Over Toilet","2025-11-03 19:19",
"""I think I'm missing hardware. The bag has cam locks but no wooden dowels at all, and the manual lists 12 dowels (part F). Would you be able to send those?""",
"missing parts named (12 dowels, part F)",
order=O("delivered","fba",74.99,ship=-5,deliv=-2,carrier="Amazon Logistics",trk="TBA301234567890",purchase=-6,latest=-2),
offers=["send_parts"], freq=["missing_part"], tasks=["ship_parts"], case="return_dissatisfied/missing_parts")

S("en","us","Victor","B0CR3WJ7NA","USB-C Charging Cable 6ft, 3-Pack","2026-05-31 07:50",
"""You sent me lightning cables not USB-C. Completely wrong item. I need USB C for my android. Just refund me, I'll buy elsewhere.""",
"wrong item, refund wanted rather than the correct item",
order=O("delivered","fbm",12.99,ship=-4,deliv=-1,carrier="USPS",trk="9400111899221212343456",purchase=-5,latest=-1),
offers=["refund"], fo=["replacement"], case="return_dissatisfied/wrong_item")

S("en","us","Ashley","B0BD8KM4QS","Ceramic Dinner Plates Set of 6","2026-03-18 12:12",
"",
"photo-only message (no text) on a delivered order",
order=O("delivered","fbm",36.99,ship=-4,deliv=-1,carrier="UPS",trk="1Z84V1730399887766",purchase=-5,latest=-1),
freq=["photo"], photo=True, case="return_dissatisfied/damaged (photo only)")

# ---------------- negative_review threat (en) ----------------
S("en","us","Gary","B0C1VT6PKE","Electric Kettle 1.7L Stainless","2026-04-02 09:09",
"""The kettle leaks from the bottom seam every time I fill it, water all over my counter. This is dangerous with electricity. If I don't hear back I'm leaving a 1 star review. I want a replacement that actually works.""",
"review threat with a clear defect and a replacement asked: solve it, never tie it to the review",
order=O("delivered","fbm",28.99,ship=-7,deliv=-4,carrier="USPS",trk="9400111899227766554433",purchase=-8,latest=-4),
offers=["replacement"], freq=["symptom"], tasks=["reship"], case="negative_review")

S("en","uk","Helen","B0D2FJ9RML","Children's Puzzle 100 Pieces","2025-12-20 10:30",
"""I've left you 1 star. Puzzle arrived with 6 pieces missing, which is useless for a puzzle. Very disappointed as it was a Christmas present.""",
"negative review already left; missing puzzle pieces: apologise and offer a solution (refund or new puzzle)",
order=O("delivered","fbm",9.99,ship=-5,deliv=-2,carrier="Royal Mail",trk="JD014600008877665544",purchase=-6,latest=-2),
freq=["missing_part"], case="negative_review")

# ---------------- refund_status (en) ----------------
S("en","us","Steven","B0CV4LR8WT","Hiking Backpack 40L","2026-02-14 13:41",
"""Returned the backpack two weeks ago and still don't see my refund. What's going on?""",
"refund on record (issued 3 days ago): give amount, date and bank timing; no new refund",
order=O("returned","fbm",59.99,ship=-30,deliv=-26,carrier="UPS",trk="1Z84V1730322113344",refund=59.99,refund_d=-3,purchase=-31,latest=-26,ret=-5),
offers=["refund_info"], fo=["refund"], freq=["order_id"], case="refund_status")

S("en","uk","Lucy","B0BJ3KZ7PD","Silk Pillowcase, Champagne","2025-10-27 15:25",
"""Hi, my return was delivered back to you on Thursday (tracking says signed for). When will I get my money?""",
"return received (FBM), no refund yet: refund now (due within two business days), tell her it's being processed",
order=O("returned","fbm",22.00,ship=-20,deliv=-17,carrier="Royal Mail",trk="JD014600002233445566",purchase=-21,latest=-17,ret=-3),
tasks=["refund"], fo=["refund_info"], case="refund_status")

S("en","us","Tina","B0D3NC6XVQ","Bird Bath Solar Fountain","2026-07-19 20:02",
"""were is my refund""",
"nothing on record about a return or refund: ask for patience and flag",
order=O("delivered","fbm",26.99,ship=-20,deliv=-16,carrier="USPS",trk="9400111899225544332211",purchase=-21,latest=-16),
tasks=["check_order"], fo=["refund_info"], case="refund_status")

# ---------------- other (en) ----------------
S("en","us","Walter","B0C8MF3TDK","Magnifying Glass with Light","2026-01-23 11:05",
"""Received it today, works great, thanks for the fast shipping!""",
"thanks only: no reply needed",
order=O("delivered","fbm",16.99,ship=-3,deliv=0,carrier="USPS",trk="9400111899226655443322",purchase=-4,latest=0),
draft=False, case="other")

S("en","uk","Jessica","B0CZ1RF5NL","Dog Harness No Pull","2025-06-05 08:31",
"""Thank you for your message. I am currently out of the office with limited access to email and will respond on my return on 12 June.""",
"buyer auto-reply: no response needed",
order=O("shipped","fbm",15.99,ship=-1,carrier="Royal Mail",trk="JD014600006655778899",purchase=-2,latest=2),
draft=False, case="other")
