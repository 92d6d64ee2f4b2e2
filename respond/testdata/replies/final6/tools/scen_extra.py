from frame import *
U="com"; K="co.uk"
S("en",U,"Denise","Shower Curtain Liner 72x72","The order got cancelled on your end last week but the money is still gone from my card?? Please look into this.",
  O("canceled","fbm",13.99,purch=-9,refund=13.99,refund_d=-6),E("canceled order, refund on record -> amount, date, bank timing",offers=["refund_info"]),state="canceled-fbm",case="refund_status")
N("en",K,"cancel_official","Cordless Stick Vacuum 25kV",O("shipped","fbm",129.00,ship=-1,latest=2),E("official cancellation request but order already shipped -> cannot cancel; ask whether they accept it or refuse delivery",offers=[],fo=["cancel"],req=["keep_item"]),comment="No longer needed",name="Priya",state="shipped-fbm-over",case="cancel_order")
S("en",U,"Mike","Dash Cam 4K Front and Rear","You sent me a 1080p single camera, NOT the 4K front+rear I paid for. This is false advertising. I want a full refund today or I'm disputing the charge with my bank and filing an A-to-z. Don't send me another one.",
  O("delivered","fbm",99.99,ship=-5,deliv=-1),E("wrong item described, refund demanded, chargeback/A-to-z threat (needs human)",offers=["refund"],fo=["replacement"],fr=["symptom","variant"]),state="delivered-fbm-over",case="return_dissatisfied:wrong_item")
S("en",K,"Alan","Smart Plug 4-Pack","how do i cancel this? it came yesterday and i dont need them now",
  O("delivered","fba",24.99,ship=-3,deliv=-1),E("cancel on delivered FBA order -> cannot cancel; return through Amazon",offers=["return"],fo=["cancel"],fr=["reason"]),state="delivered-fba",case="cancel_order")
S("zh",U,"Lin","Reading Lamp Clip-on","收到了，很好用，谢谢！",
  O("delivered","fbm",16.99,ship=-5,deliv=-2),E("thanks only -> no reply",draft=False),state="delivered-fbm-under",case="other")
