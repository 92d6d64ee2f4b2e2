from common import O, E, S
SPECS = [
S("en", "com", "Lauren", "Bamboo Drawer Organizer, 6 Pieces", """
Hi, my order got canceled because you were out of stock I guess? I got an email saying it was refunded but I don't see it on my card yet. How long does it usually take?
""", O("canceled", "fbm", 23.99, ref=23.99, refd=-2, purch=-5),
 E("canceled order, refund on record: give amount, date and card timing", offers=["refund_info"], fr=["order_id"])),

S("en", "co.uk", "Aisha", "Ring Light 10 inch with Tripod", """
Hello, my order was meant to arrive over two weeks ago and it's still showing as 'on its way'. I've waited long enough now to be honest. What happens next?
""", O("shipped", "fba", 27.99, ship=-19, carrier="AMZL", trk="QA1234567890", purch=-20, latest=-14),
 E("FBA, long overdue: Amazon handles FBA delivery problems, point to Amazon customer service", offers=["amazon_support"])),

S("en", "com", "Ben", "", """
hey where's my stuff?? ordered like 2 weeks ago, a grey throw pillow thing. nothing yet
""", None,
 E("no order id in the message and none on record: ask for the order id and flag", req=["order_id"], tasks=["check_order"], fo=["tracking"]),
 noid=True, subject="Message from Amazon customer {n}"),
]
