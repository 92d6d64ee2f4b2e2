from build import S, O
from notices import *
SC = [
S("en","com","Howard","Electric Wine Opener Rechargeable",
"""Hello, Amazon refunded me for the opener I sent back but I don't see it on my card. How long does it normally take? Thank you, Howard""",
O("returned","fba",24.99,ship=-28,deliv=-25,ret=-5,refund=24.99,refund_d=-3),"o:refund_info","FBA refund on record 3 days ago; give amount/date and bank timing"),
S("en","co.uk","Aoife","Birthday Party Balloon Arch Kit, Rose Gold",
"""It only came on Monday and the party was Saturday so it's no use to me now unfortunately. Can I send it back? Not opened""",
O("delivered","fbm",21.99,ship=-8,deliv=-2,latest=-3),"o:keep_with_refund f:reason","arrived too late, unwanted, FBM under threshold: keep-with-refund is cheaper than a return"),
S("en","co.uk","Neil","Bathroom Mirror Cabinet with Lights",
"""Mirror glass arrived shattered, glass all through the box. Absolutely gutted. I want a replacement sent out asap, if I'm messed about on this I'll be leaving a review warning people.""",
O("delivered","fbm",89.00,ship=-5,deliv=-1),"o:replacement f:symptom t:reship","review threat over a shattered mirror; replacement asked"),
S("en","co.uk","Customer","Cordless Drill Driver 18V",
"",O("delivered","fbm",59.99,ship=-9,deliv=-6),"","UK-spelled return authorisation notice, defective reason: no buyer reply",
notice=return_auth("Item defective or doesn't work","chuck wobbles badly, won't hold bits",uk=True),draft=False),
S("en","com","Trish","Throw Pillow Covers 18x18 Set of 4, Mustard",
"""hi i put the wrong address on this order, can you fix it before it goes out? thx""",
O("unshipped","fbm",17.99,purchase=0,latest=5),"o:reorder x:reship_new_address","unshipped FBM, no address given; compliant route is cancel and reorder"),
]
