"""Primary case of each scenario number (hand-assigned), for the README counts."""
R = lambda *a: [x for r in a for x in (range(r[0], r[1]+1) if isinstance(r, tuple) else [r])]
CASE = {}
for c, ns in {
 "address_change": [13,14,15,16,17,39,47,48,62,63,76,77,90,91,107,117,118,134,144],
 "cancel_order": [18,19,20,21,40,49,56,64,78,84,92,93,108,119,131],
 "shipping_inquiry": [10,11,12,35,43,50,51,65,70,71,79,80,94,104,105,106,120,121],
 "return_unwanted": [22,23,29,52,66,96,98,124,129,137,141],
 "return_dissatisfied": R((1,9),36,37,38,41,44,45,46,55,57,58,59,60,61,72,73,74,75,85,86,87,88,89,97,(99,103),(112,116),125,130,132,133,135,138,143,32,127),
 "returned_goods": [30,31,83,111],
 "negative_review": [27,28,54,68,69,82,110,123,126,136,139,142],
 "refund_status": [24,25,26,53,67,81,95,109,122,128,140],
 "other": [33,34,42],
}.items():
    for n in ns: assert n not in CASE, n; CASE[n] = c
