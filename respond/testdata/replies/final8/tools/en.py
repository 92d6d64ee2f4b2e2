from base import *

S('en','com','Megan','Bamboo Drawer Organizer Set, 6 pcs',
"""Hi there, I just realized my order is going to my old apartment. We moved last weekend. Could you send it to 4417 Larchmont Ave, Apt 2B, Columbus, OH 43214 instead? It hasn't shipped yet from what I can see. Thanks so much!
Megan""",
O('unshipped','fbm',22.99,purchase=-1,latest=5),
X('unshipped FBM order, buyer gives new address; address updates are off so cancel-and-reorder, not a silent update', o=['reorder'], fo=['reship_new_address'], fr=['address']))

S('en','co.uk','Gareth','Cast Iron Door Stop, Hedgehog',
"""Hello, bit of a mix up on my part - the order has my work address on it and I'm off from Friday for two weeks so nobody will be there to take it in. Is it possible to change where it goes? Cheers""",
O('unshipped','fbm',14.50,purchase=0,latest=4),
X('unshipped FBM, buyer wants another address but has not given one; compliant route is cancel and reorder', o=['reorder'], fo=['reship_new_address']))

S('en','com','Tasha','Silicone Baking Mat, 2-pack',
"""So I messed up and put my mom's old address on this (she doesn't live there anymore). Tracking says it's already on the way. If there's any way, it needs to go to 88 Birchwood Lane, Asheville NC 28804. Sorry for the trouble!!""",
O('shipped','fbm',16.99,purchase=-3,ship=-1,carrier='USPS',trk='9400111899223344556677',latest=3),
X('shipped FBM, value under USD 30 threshold, new address in the message: reship to it', o=['reship_new_address'], fo=['reorder'], fr=['address'], t=['reship']))

S('en','co.uk','Rhys','Replacement Watch Strap 20mm, Brown Leather',
"""Evening. Just got the dispatch email and noticed the flat number is missing from the address so Royal Mail will probably bounce it. Can anything be done? I can give you the full address if needed.""",
O('shipped','fbm',9.99,purchase=-2,ship=0,carrier='Royal Mail',trk='RM482913375GB',latest=3),
X('shipped FBM under GBP 25, address incomplete and buyer has not yet given the full one: offer reship, ask for the full address', o=['reship_new_address'], r=['address']))

S('en','com','Daniel','Ergonomic Mesh Office Chair, Black',
"""Hey, I need the chair delivered to my office instead of home: 1200 Commerce St, Suite 300, Dallas TX 75202. I see it shipped yesterday with FedEx. Please reroute.""",
O('shipped','fbm',189.00,purchase=-3,ship=-1,carrier='FedEx',trk='771234567890',latest=4),
X('shipped FBM chair worth USD 189, over the threshold: explain the address can no longer be changed, no reship', fo=['reship_new_address','cancel'], fr=['address']))

S('en','co.uk','Priya','Stainless Steel Water Bottle 750ml, Sage',
"""Hi, can the delivery address be changed to my sister's, 14 Mill Road, Cambridge CB1 2AD? Order was only placed this morning.""",
O('unshipped','fba',18.00,purchase=0,latest=2),
X('FBA unshipped order: the seller cannot change anything, point the buyer to Amazon', o=['amazon_support'], fo=['reship_new_address'], fr=['address']))

S('en','com','Robert','LED Desk Lamp with USB Port',
"""Please cancel this order. I ordered the same lamp twice by accident, I only need one of them. Thank you""",
O('unshipped','fbm',27.49,purchase=0,latest=5),
X('unofficial cancellation (inquiry), unshipped FBM, reason given: point to Your Orders > Request cancellation, do not cancel', o=['cancel_via_amazon'], fo=['cancel'], fr=['reason']))

S('en','co.uk','Siobhan','Linen Cushion Covers 45x45, Set of 4',
"""hiya can i cancel please""",
O('unshipped','fba',21.99,purchase=0,latest=3),
X('one-line unofficial cancellation on an unshipped FBA order: point to Request cancellation in Your Orders', o=['cancel_via_amazon'], fo=['cancel']))

S('en','com','Kevin','Car Phone Mount, Dashboard',
"""I need to cancel this. Can you stop it?""",
O('shipped','fbm',19.95,purchase=-3,ship=-1,carrier='UPS',trk='1Z999AA10123456784',latest=3),
X('cancel asked after FBM shipment: say it has shipped, ask why and whether they would keep it (else refuse delivery, refund on return)', fo=['cancel'], r=['reason','keep_item']))

S('en','com','Laura','Cordless Handheld Vacuum 12V',
"""I'd like to cancel. Found the same vacuum locally for way less and picked it up already. Your package came today but I haven't opened it.""",
O('delivered','fbm',64.99,purchase=-6,ship=-4,deliv=0,carrier='UPS',trk='1Z999AA10123456999',latest=0),
X('delivered FBM, cancel wish with reason given (cheaper elsewhere): no cancel; a refund agreed with the buyer is preferred over a costly return, ask whether they would keep it', fo=['cancel'], r=['keep_item'], fr=['reason']))

S('en','com','Jordan','Wireless Earbuds, Charging Case, White',
"""Ordered wrong item""",
O('unshipped','fbm',34.99,purchase=0,latest=6),
X('official Order cancellation request notice on an unshipped FBM order: cancel in Seller Central and confirm', o=['cancel'], t=['cancel_order']), kind='cancel_official')

S('en','co.uk','Hannah','Kids Raincoat, Yellow, Age 5-6',
"""No longer needed""",
O('shipped','fbm',26.00,purchase=-3,ship=-1,carrier='Evri',trk='H01ABC0012345678',latest=2),
X('official cancellation request but the FBM order has already shipped: cannot cancel, ask whether the buyer will keep it or refuse delivery (the notice already gives the reason)', fo=['cancel'], r=['keep_item'], fr=['reason']), kind='cancel_official')

S('en','com','Marcus','Resistance Bands Set with Handles',
"""Hey, any update on my order? Was supposed to get here by Thursday and the tracking hasn't moved since Monday.""",
O('shipped','fbm',24.99,purchase=-8,ship=-6,carrier='USPS',trk='9400111202555842761234',latest=1),
X('FBM shipping inquiry with tracking on record: give carrier, tracking number and expected date', o=['tracking']), topic='Shipping')

S('en','com','Ashley','Memory Foam Pillow, Queen',
"""Where is my pillow?? It says arriving tomorrow but its been saying that for 3 days""",
O('shipped','fba',39.99,purchase=-5,ship=-4,carrier='AMZL',trk='TBA304958372000',latest=-1),
X('FBA shipping inquiry: Amazon handles logistics, point to Amazon customer service and how to find tracking', o=['amazon_support'], fo=['refund']))

S('en','co.uk','Oliver','Brass Cabinet Handles, Pack of 10',
"""Morning - ordered these on Sunday, any idea when they'll be sent out? Got a joiner coming on the 20th to fit the kitchen and would like them before then.""",
O('unshipped','fbm',17.80,purchase=-2,latest=4),
X('FBM order not yet shipped, no tracking: say when it will be sent and flag it for the seller', o=['tracking'], t=['add_tracking']))

S('en','com','Brenda','Hummingbird Feeder, Glass, Red',
"""Hello, I got an email that my order shipped a week ago but there is no tracking number anywhere. How do I find out where it is?""",
O('shipped','fbm',21.50,purchase=-9,ship=-7,latest=0),
X('FBM shipped but no tracking number on record: flag it (add tracking) and give what is known', t=['add_tracking']))

S('en','com','Travis','Tactical Flashlight 1200 Lumen',
"""It's been almost 4 weeks. Nothing. Tracking still says label created. At this point I just want my money back, I don't want you to send another one.""",
O('shipped','fbm',28.99,purchase=-27,ship=-25,carrier='USPS',trk='9400111899562233440011',latest=-14),
X('not received, long overdue FBM; the buyer asks for a refund and refuses a resend', o=['refund'], fo=['replacement','reship_new_address'], t=['refund']))

S('en','co.uk','Eleanor','Hand-Thrown Ceramic Mug, Speckled Blue',
"""Hello, my mug still hasn't turned up, it's well past the date it was meant to arrive (it said the 3rd!). It was a birthday present for my dad so I'd really still like one if you can send another out.""",
O('shipped','fbm',18.00,purchase=-20,ship=-18,carrier='Royal Mail',trk='RM118877665GB',latest=-9),
X('not received, overdue FBM, buyer wants another one sent', o=['replacement'], t=['reship']))

S('en','com','Chris','Floating Wall Shelves, Set of 3, Walnut',
"""Shelves came today, look great, but the bag with the wall anchors and screws is not in the box. Only the brackets. Can you send the anchors + screws? Thanks""",
O('delivered','fbm',32.99,purchase=-5,ship=-3,deliv=0,carrier='UPS',trk='1Z999AA10199887766',latest=1),
X('missing parts named (wall anchors and screws) and asked for: send the parts', o=['send_parts'], fo=['refund','return'], fr=['missing_part'], t=['ship_parts']))

S('en','co.uk','Fiona','Wooden Dolls House Furniture Set',
"""Hi, opened this for my daughter and something's definitely missing, the box had been opened and retaped I think. Not happy.""",
O('delivered','fbm',29.99,purchase=-6,ship=-4,deliv=-1,carrier='Evri',trk='H01ABC0099887766',latest=0),
X('something missing but the buyer does not say what: ask which part(s) are missing', r=['missing_part']))

S('en','com','Nate','Adjustable Dumbbell Stand',
"""got the stand, missing 2 of the end caps (the little rubber feet). everything else is fine. can u mail me 2 of them""",
O('delivered','fba',45.99,purchase=-4,ship=-3,deliv=-1,latest=-1),
X('FBA order, two rubber end caps named as missing and asked for: seller sends the parts', o=['send_parts'], fr=['missing_part'], t=['ship_parts']))

S('en','com','Samantha','Women\'s Running Jacket, Size M, Navy',
"""Hi! I ordered a medium but the tag on the jacket says XL. I do still want the jacket, could you send me the medium please? Happy to send the XL back.""",
O('delivered','fbm',42.00,purchase=-6,ship=-4,deliv=-1,carrier='USPS',trk='9400111899000011112222',latest=0),
X('wrong size received, the wanted size (M) named: send the correct unit, do not ask which size', o=['replacement'], fr=['variant'], t=['reship']))

S('en','co.uk','Tom','Fleece Throw Blanket 150x200, Charcoal',
"""Afternoon, this is supposed to be charcoal but as you can see from the picture it's bright teal. Could I get the charcoal one instead please? Photo attached.""",
O('delivered','fbm',19.99,purchase=-5,ship=-3,deliv=-1,carrier='Royal Mail',trk='RM554433221GB',latest=0),
X('wrong colour, photo attached, wanted colour (charcoal) named', o=['replacement'], fr=['variant','photo'], t=['reship']), photo='blanket.jpg')

S('en','com','Gloria','Replacement Vacuum Filters for Model V8 (2-pack)',
"""These filters don't fit my vacuum at all, they sent me some other filter, says V10 on the packet. I'd rather just have my money back, I already ordered some at the store.""",
O('delivered','fbm',15.99,purchase=-7,ship=-5,deliv=-2,carrier='USPS',trk='9400111899000033334444',latest=-1),
X('wrong item received, buyer prefers a refund', o=['refund'], fo=['cancel'], fr=['variant']))

S('en','com','Derek','Glass Food Storage Containers, 10-pc',
"""Box showed up and two of the glass lids are shattered. Pictures attached. Can you send a replacement set?""",
O('delivered','fbm',29.95,purchase=-5,ship=-3,deliv=0,carrier='FedEx',trk='771234500012',latest=1),
X('damaged in transit, photo attached, buyer asks for a replacement', o=['replacement'], fr=['photo','symptom'], t=['reship']), photo='lids.jpg')

S('en','co.uk','Margaret','Porcelain Teapot 1.2L with Infuser',
"""Dear Sir/Madam, I am sorry to say that the teapot arrived with the spout chipped. The outer box looked fine. I would like this sorted please.""",
O('delivered','fbm',24.00,purchase=-6,ship=-4,deliv=-1,carrier='Royal Mail',trk='RM998877112GB',latest=0),
X('damaged (chipped spout) without a photo: apologise, transit damage, ask for a photo', r=['photo'], fr=['symptom']))

S('en','com','Ethan','Smart Plug, 4-pack, WiFi',
"""Two of the four plugs won't pair. Blue light blinks fast then goes solid red after about 10 seconds, tried resetting (holding the button 5 sec) like the manual says and on 2.4GHz. The other two worked first try.""",
O('delivered','fbm',26.99,purchase=-8,ship=-6,deliv=-3,carrier='USPS',trk='9400111899000055556666',latest=-2),
X('defective with the symptom fully described: do not ask what is wrong', fr=['symptom']))

S('en','com','Linda','Electric Milk Frother, Rechargeable',
"""it does not work""",
O('delivered','fbm',23.99,purchase=-9,ship=-7,deliv=-4,carrier='USPS',trk='9400111899000077778888',latest=-3),
X('defective, no description at all: ask what happens', r=['symptom']))

S('en','co.uk','Callum','Bluetooth Speaker, Waterproof, Black',
"""Speaker cuts out every couple of minutes even with my phone right next to it, and the charging light never goes green. Honestly I don't want another one, I'd like a refund please.""",
O('delivered','fbm',35.99,purchase=-10,ship=-8,deliv=-5,carrier='DPD',trk='15501234567890',latest=-4),
X('defect described, buyer asks for a refund rather than a replacement', o=['refund'], fo=['replacement'], fr=['symptom']))

S('en','com','Maria','Digital Kitchen Scale, 11 lb',
"""The scale keeps showing different weights for the same thing, like 240g then 310g then 180g for the same bag of rice. Useless. What do I do?""",
O('delivered','fba',18.99,purchase=-12,ship=-11,deliv=-9,latest=-9),
X('FBA item defective, symptom described: return through Amazon (or Amazon support)', o=['return'], fr=['symptom']))

S('en','com','Heather','Macrame Plant Hanger, Set of 3',
"""Hi, these are nice but I realized they're too long for my ceiling. I'd like to return them please. Haven't used them.""",
O('delivered','fbm',21.99,purchase=-8,ship=-6,deliv=-3,carrier='USPS',trk='9400111899000099990000',latest=-2),
X('FBM return unwanted (too long), reason given: ask whether they would keep it with a refund instead of sending back', r=['keep_item'], fr=['reason']))

S('en','co.uk','James','Mechanical Keyboard, Brown Switches',
"""Changed my mind on this one, going to return it. How do I do that?""",
O('delivered','fba',69.99,purchase=-9,ship=-8,deliv=-6,latest=-6),
X('FBA return unwanted within 30 days: explain the Amazon return (no reason needed)', o=['return'], fo=['cancel']))

S('en','com','Rick','Heavy Duty Garden Hose Nozzle',
"""Handle snapped off the first time I used it. Cheap plastic junk. Send me one that actually works or I'm leaving 1 star and telling everyone.""",
O('delivered','fbm',14.99,purchase=-10,ship=-8,deliv=-4,carrier='USPS',trk='9400111899000012121212',latest=-3),
X('review threat with a clear defect (handle snapped), replacement asked: solve it, never tie to the review', o=['replacement'], fr=['symptom'], t=['reship']))

S('en','com','Angela','Baby Monitor, Video, 5 inch',
"""Package never came. Tracking says delivered but it was NOT. I have cameras. If I don't get a refund by tomorrow I will file an A-to-z claim and leave negative feedback.""",
O('delivered','fbm',79.99,purchase=-9,ship=-7,deliv=-2,carrier='UPS',trk='1Z999AA10155443322',latest=-2),
X('not received despite delivered scan, A-to-z and feedback threat (needs human); refund asked', o=['refund'], fo=['cancel']))

S('en','co.uk','Sophie','Velvet Hair Scrunchies, 12 pack',
"""Hi, I returned these about 2 weeks ago, still no refund. Can you check please?""",
O('returned','fbm',8.99,purchase=-30,ship=-28,deliv=-26,carrier='Royal Mail',trk='RM001122334GB',refund=8.99,refund_d=-3,latest=-25,ret=-5),
X('refund status: refund on record, give amount and date and bank timing', o=['refund_info'], fo=['refund']))

S('en','com','Paul','Cast Iron Skillet 12 inch',
"""I mailed the skillet back and the tracking shows you got it last Tuesday. When do I get my refund?""",
O('returned','fbm',34.50,purchase=-25,ship=-23,deliv=-20,carrier='USPS',trk='9400111899000034343434',latest=-20,ret=-4),
X('FBM return received, no refund on record: refund now (task) and say it is being processed', t=['refund'], fo=['return']))

S('en','com','Donna','Ceramic Planter with Drainage, 8 inch',
"""Where is my refund? It's been forever.""",
O('delivered','fbm',22.00,purchase=-18,ship=-16,deliv=-13,carrier='USPS',trk='9400111899000045454545',latest=-13),
X('refund status with nothing on record (no return, no refund): ask for patience and flag for the seller', t=['check_order'], fo=['refund_info']))

S('en','com','Carlos','Pet Grooming Glove',
"""Hi my order number is 114-8837261-0092736 and I never got it, what happened?""",
None,
X('order not in the seller records: check the order', t=['check_order']), extra={'oid': '114-8837261-0092736'})

S('en','co.uk','Beth','Personalised Wooden Name Puzzle',
"""Hello, I bought one of your puzzles a few weeks back and one of the letters came with the paint peeled off. I can't find the order number, sorry!""",
None,
X('no order id and no order on record: ask for the order number and check the order', r=['order_id'], t=['check_order']), extra={'no_order': True})

S('en','com','Gail','Knitting Needle Set, Bamboo, 18 pairs',
"""Got them today, just wanted to say thank you, lovely quality and fast shipping!""",
O('delivered','fbm',19.99,purchase=-5,ship=-4,deliv=0,carrier='USPS',trk='9400111899000056565656',latest=1),
X('thank-you note, nothing to do: no reply', d=False))

S('en','com','Kyle','Camping Hammock with Straps',
"""I am out of the office until Monday with limited access to email. For urgent matters please contact my colleague.""",
O('shipped','fbm',29.00,purchase=-4,ship=-2,carrier='USPS',trk='9400111899000067676767',latest=2),
X('auto-reply relayed from the buyer: no response needed', d=False))

S('en','com','Ruth','Wool Dryer Balls, 6 pack',
return_auth('No longer needed', 'Bought too many'),
O('delivered','fbm',16.99,purchase=-12,ship=-10,deliv=-8,carrier='USPS',trk='9400111899000078787878',latest=-8),
X('return authorization notice (No longer needed) on FBM: no buyer reply; the return will be handled when it arrives', d=False, fo=['cancel']), kind='return_auth')

S('en','co.uk','Ian','USB-C Hub 7-in-1',
return_auth('Item defective or doesn\'t work', 'HDMI port gives no signal'),
O('delivered','fbm',32.99,purchase=-14,ship=-12,deliv=-10,carrier='Royal Mail',trk='RM223344556GB',latest=-10),
X('return authorisation notice (defective): Amazon already authorised it, no reply to the buyer', d=False), kind='return_auth')

S('en','com','Wendy','Stoneware Dinner Plates, Set of 4',
return_received('Unopened, original packaging'),
O('returned','fbm',44.99,purchase=-24,ship=-22,deliv=-19,carrier='FedEx',trk='771234511223',latest=-19,ret=0),
X('return received for FBM, intact, no refund yet: inspect and resell, and refund within two business days', d=False, t=['inspect_return','refund']), kind='return_received')

S('en','co.uk','Alan','Garden Kneeler and Seat',
return_received('Damaged - frame bent'),
O('returned','fbm',27.50,purchase=-30,ship=-28,deliv=-25,carrier='DPD',trk='15501234500011',refund=27.50,refund_d=-2,latest=-25,ret=0),
X('returned item came back damaged, refund already issued: inspect it (dispose or send to a returns service), nothing to the buyer', d=False, t=['inspect_return']), kind='return_received')

S('en','com','Vicky','Acrylic Makeup Organizer',
refund_initiated('USD 24.99'),
O('returned','fba',24.99,purchase=-20,ship=-19,deliv=-17,refund=24.99,refund_d=0,latest=-17,ret=-1),
X('refund initiated notice: information only, no reply', d=False), kind='refund_initiated')

S('en','com','Howard','Stainless Steel Soap Dispenser',
feedback(1, 'Arrived leaking everywhere, soap all over the box. Seller never answered.'),
O('delivered','fbm',19.49,purchase=-11,ship=-9,deliv=-6,carrier='USPS',trk='9400111899000089898989',latest=-6),
X('negative feedback alert: seller task to find the buyer and reach out; no reply on this notice', d=False, t=['contact_buyer']), kind='feedback')

S('en','com','Nancy','Weighted Blanket 15 lb, Grey',
atoz('Item not received', 'Still have not received my blanket, seller does not respond.'),
O('shipped','fbm',59.99,purchase=-30,ship=-28,carrier='USPS',trk='9400111899000090909090',latest=-15),
X('A-to-z claim notice: urgent seller task to respond to the claim (needs human)', d=False, t=['respond_claim']), kind='atoz')

S('en','co.uk','Zoe','Bathroom Shelf, Tension Pole',
"""[photo attached] this is how it arrived""",
O('delivered','fbm',38.00,purchase=-5,ship=-3,deliv=0,carrier='DPD',trk='15501234500099',latest=1),
X('photo of how the item arrived, little text: apologise (transit damage), do not ask for a photo again', fr=['photo']), photo='IMG_4471.jpg')
