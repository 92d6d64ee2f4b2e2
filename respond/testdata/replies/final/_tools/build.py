"""Regenerate the scenario folders NNN/ and README.md from the spec_*.py files.

    cd _tools && python3 build.py
"""
import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import core  # noqa: E402
import spec_common  # noqa: E402
import spec_en, spec_de, spec_fr, spec_es, spec_it, spec_ja, spec_zh  # noqa: E402,F401

PREFIX = {"com": ["111", "112", "113", "114"], "co.uk": ["202", "203", "204", "205", "206"],
          "de": ["302", "303", "304", "305", "306", "028"], "fr": ["403", "404", "405", "171"],
          "es": ["406", "407", "408", "171"], "it": ["402", "403", "404", "171"],
          "co.jp": ["249", "250", "503"]}


def state_label(sc):
    o = sc["order"]
    if o is None:
        return "no record"
    s = "%s %s" % (o["st"], o["ch"].upper())
    return s


def threshold_label(sc):
    o = sc["order"]
    if o is None or sc["case"] != "address_change" or o["st"] == "unshipped":
        return ""
    cur = core.MKT[sc["mkt"]][1]
    t = core.THRESH[cur]
    if o["v"] < t:
        return "under threshold"
    if o["v"] == t:
        return "at threshold"
    return "over threshold"


def main():
    for d in os.listdir(OUT):
        if len(d) == 3 and d.isdigit():
            shutil.rmtree(os.path.join(OUT, d))
    rows = []
    for i, sc in enumerate(spec_common.SCEN, 1):
        sc["num"] = i
        sc["alias"] = core.alias()
        date = core.msg_date(i)
        title = sc["title"]
        a = core.asin(title) if title else ""
        oid = None if sc.get("hide_order") else core.order_id(PREFIX[sc["mkt"]][i % len(PREFIX[sc["mkt"]])])
        if sc["kind"] == "buyer":
            m = core.buyer_mail(sc, date, oid, title, a)
        elif sc["kind"] == "cancel":
            m = core.cancel_mail(sc, date, oid, title, a)
        else:
            m = core.notice_mail(sc, date, oid, title, a)
        d = os.path.join(OUT, "%03d" % i)
        os.makedirs(d)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(bytes(m))
        if sc["order"] is not None:
            with open(os.path.join(d, "order.csv"), "w", encoding="utf-8") as f:
                f.write(core.order_csv(sc["order"], oid, sc, date, title))
        with open(os.path.join(d, "expect.toml"), "w", encoding="utf-8") as f:
            f.write(core.expect_toml(sc["exp"]))
        rows.append(sc)
    write_readme(rows)
    print("wrote %d scenarios" % len(rows))


def table(counter, head):
    lines = ["| %s | count |" % head, "|---|---|"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append("| %s | %d |" % (k, v))
    return "\n".join(lines)


def write_readme(rows):
    n = len(rows)
    by_lang = collections.Counter(r["lang"] for r in rows)
    by_lang_draft = collections.Counter(r["lang"] for r in rows if r["exp"]["draft"])
    by_case = collections.Counter(r["case"] + (" / " + r["sub"] if r["sub"] else "") for r in rows)
    by_state = collections.Counter(state_label(r) for r in rows)
    by_kind = collections.Counter({"buyer": "buyer message (Inquiry relay)", "cancel": "official Order cancellation request",
                                   "notice": "Amazon system notice"}[r["kind"]] for r in rows)
    by_mkt = collections.Counter("amazon." + core.MKT[r["mkt"]][0] for r in rows)
    thr = collections.Counter(threshold_label(r) for r in rows if threshold_label(r))
    def ntype(r):
        s = r["subject"].lower() + " " + r["sender"]
        for key, label in (("atoz", "A-to-z claim"), ("feedback", "negative feedback alert"),
                           ("refund initiated", "refund issued"), ("copy of", "copy of the seller's own message"),
                           ("delivery failure", "delivery failure / buyer opt-out"),
                           ("received", "return received"), ("recibida", "return received"),
                           ("authori", "return authorised"), ("genehmig", "return authorised"),
                           ("承認", "return authorised")):
            if key in s:
                return label
        return "other notice"
    by_notice = collections.Counter(ntype(r) for r in rows if r["kind"] == "notice")
    photos = sum(1 for r in rows if r.get("photo"))
    nodraft = sum(1 for r in rows if not r["exp"]["draft"])
    lang_lines = ["| language | scenarios | of which a reply is drafted |", "|---|---|---|"]
    for k in ["en", "de", "fr", "es", "it", "ja", "zh"]:
        lang_lines.append("| %s | %d (%.0f %%) | %d |" % (k, by_lang[k], 100.0 * by_lang[k] / n, by_lang_draft[k]))
    idx = ["| # | lang | market | case | kind | order state | draft | offers | tasks |",
           "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        e = r["exp"]
        st = state_label(r)
        if threshold_label(r):
            st += ", " + threshold_label(r)
        idx.append("| %03d | %s | amazon.%s | %s | %s | %s | %s | %s | %s |" % (
            r["num"], r["lang"], core.MKT[r["mkt"]][0], r["case"] + ("/" + r["sub"] if r["sub"] else ""),
            r["kind"], st, "yes" if e["draft"] else "no", " ".join(e["offers"]) or "-", " ".join(e["tasks"]) or "-"))
    text = open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read()
    text = text.replace("{N}", str(n)).replace("{PHOTOS}", str(photos)).replace("{NODRAFT}", str(nodraft))
    text = text.replace("{LANG}", "\n".join(lang_lines))
    text = text.replace("{CASE}", table(by_case, "case / sub-reason"))
    text = text.replace("{STATE}", table(by_state, "order state (seller record)"))
    text = text.replace("{THR}", table(thr, "address_change on a shipped order"))
    text = text.replace("{KIND}", table(by_kind, "mail kind"))
    text = text.replace("{NOTICE}", table(by_notice, "Amazon notice type"))
    text = text.replace("{MKT}", table(by_mkt, "marketplace"))
    text = text.replace("{INDEX}", "\n".join(idx))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
