#!/usr/bin/env python3
"""Print the count tables used in README.md (case, language, order state)."""
import csv, os, re, tomllib, collections, email
from email import policy
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASE = {}
def put(case, *nums):
    for n in nums:
        CASE[n] = case
put("address_change", 1, 2, 3, 4, 5, 6, 7, 40, 44, 45, 46, 58, 59, 71, 72, 85, 86, 99, 100, 101, 113, 114, 115)
put("cancel_order (buyer message, unofficial)", 8, 9, 10, 11, 12, 13, 47, 48, 60, 61, 73, 74, 87, 88, 102, 103, 116, 117)
put("cancel_order (official notice)", 127, 128, 129, 130)
put("shipping_inquiry", 144, 14, 15, 16, 17, 49, 62, 75, 76, 89, 90, 104, 105, 118)
put("return_unwanted", 20, 21, 54, 68, 80, 95, 110, 124)
put("return_dissatisfied/damaged", 22, 23, 41, 42, 64, 81, 94, 109, 123)
put("return_dissatisfied/wrong_item", 24, 25, 26, 51, 57, 65, 77, 91, 106, 120)
put("return_dissatisfied/defective", 27, 28, 29, 52, 66, 78, 92, 107, 121)
put("return_dissatisfied/missing_parts", 30, 31, 32, 43, 53, 67, 79, 83, 93, 108, 122)
put("return_dissatisfied/not_received", 143, 18, 19, 50, 63, 98, 119)
put("negative_review (buyer threat or review left)", 33, 34, 56, 69, 84, 97, 112, 126)
put("negative_review (feedback alert notice)", 138, 139)
put("refund_status", 142, 35, 36, 37, 55, 70, 82, 96, 111, 125)
put("return authorisation notice", 131, 132, 133)
put("returned_goods (return received / refund issued)", 134, 135, 136, 137)
put("A-to-z claim notice", 140)
put("other", 38, 39, 141)
TH = {"USD": 30, "GBP": 25, "EUR": 30, "JPY": 4000}
TLDLANG = {"com": "en", "co.uk": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "co.jp": "ja"}
def main():
    by_case, by_lang, by_state, by_draft = (collections.Counter() for _ in range(4))
    dirs = sorted(d for d in os.listdir(ROOT) if re.fullmatch(r"\d{3}", d))
    missing = [d for d in dirs if int(d) not in CASE]
    assert not missing, missing
    for d in dirs:
        e = tomllib.load(open(os.path.join(ROOT, d, "expect.toml"), "rb"))
        by_case[CASE[int(d)]] += 1
        if e.get("lang"):
            lang = e["lang"]
        else:
            m = email.message_from_binary_file(open(os.path.join(ROOT, d, "message.eml"), "rb"), policy=policy.default)
            tld = re.search(r"amazon\.([a-z.]+)>", str(m["From"])).group(1)
            lang = TLDLANG[tld]
        by_lang[lang] += 1
        by_draft["reply drafted" if e["draft"] else "no reply (draft = false)"] += 1
        op = os.path.join(ROOT, d, "order.csv")
        if not os.path.exists(op):
            by_state["no order on record"] += 1
            continue
        r = list(csv.DictReader(open(op, encoding="utf-8")))[0]
        v = float(r["value"])
        side = "under threshold" if v < TH[r["currency"]] else "at/over threshold"
        by_state["%s %s, %s" % (r["status"], r["channel"].upper(), side)] += 1
    for title, c in (("Case", by_case), ("Message language", by_lang), ("Order state (status, channel, value vs reship_threshold)", by_state), ("Reply", by_draft)):
        print("\n| %s | n |\n|---|---|" % title)
        for k, n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print("| %s | %d |" % (k, n))
    print("\nTotal:", len(dirs))
main()
