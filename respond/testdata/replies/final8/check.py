#!/usr/bin/env python3
"""Check that every scenario directory NNN/ holds a well-formed message.eml,
expect.toml and (optional) order.csv. Usage: python3 check.py [folder]"""
import sys, os, re, csv, tomllib, email, datetime
from email import policy
from collections import Counter

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
HEADER = 'order_id,status,channel,marketplace,value,currency,ship_date,delivery_date,carrier,tracking,refund_amount,refund_date,product,purchase_date,latest_delivery,return_received'.split(',')
OFFERS = {'replacement','send_parts','refund','partial_refund','keep_with_refund','return','cancel_via_amazon','cancel','reorder','reship_new_address','tracking','amazon_support','refund_info'}
REQS = {'photo','symptom','missing_part','reason','address','address_confirmation','variant','order_id','keep_item'}
TASKS = {'cancel_order','refund','reship','ship_parts','add_tracking','inspect_return','respond_claim','check_order','contact_buyer'}
LANGS = {'en','de','fr','es','it','ja','zh'}
RELAY = re.compile(r'<[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+>$')
SYSTEM = re.compile(r'<[a-z-]+@amazon\.[a-z.]+>$')
OID = re.compile(r'\d{3}-\d{7}-\d{7}')
errors = []
langs = Counter(); drafts = Counter(); states = Counter(); noorder = 0
THR = {'EUR': 30, 'GBP': 25, 'USD': 30, 'JPY': 4000}

def err(d, m):
    errors.append('%s: %s' % (d, m))

def isdate(s):
    try:
        datetime.date.fromisoformat(s); return True
    except ValueError:
        return False

dirs = sorted(d for d in os.listdir(ROOT) if re.fullmatch(r'\d{3}', d))
for d in dirs:
    p = os.path.join(ROOT, d)
    # message.eml
    try:
        with open(os.path.join(p, 'message.eml'), 'rb') as f:
            m = email.message_from_binary_file(f, policy=policy.default)
        frm, subj, date = str(m['From'] or ''), str(m['Subject'] or ''), m['Date']
        if not (RELAY.search(frm) or SYSTEM.search(frm)):
            err(d, 'bad From: ' + frm)
        if RELAY.search(frm) and ' - Amazon Marketplace' not in frm:
            err(d, 'relay From without display name')
        if not subj:
            err(d, 'no Subject')
        if date is None or date.datetime is None:
            err(d, 'no/bad Date')
        elif date.datetime.year not in (2025, 2026):
            err(d, 'Date outside 2025-2026')
        body = m.get_body(preferencelist=('plain',))
        if body is None or not body.get_content().strip():
            err(d, 'empty body')
        text = body.get_content() if body else ''
        if RELAY.search(frm) and 'Buyer Cancellation Request' not in text:
            if not re.search(r'^(Message|Nachricht|Message :|Mensaje|Messaggio|メッセージ):?', text, re.M):
                err(d, 'no localized Message: label')
        photos = [a for a in m.iter_attachments()]
        for a in photos:
            if a.get_content_type() != 'image/jpeg' or not a.get_content().startswith(b'\xff\xd8'):
                err(d, 'attachment is not a jpeg')
    except FileNotFoundError:
        err(d, 'missing message.eml'); continue
    # expect.toml
    try:
        with open(os.path.join(p, 'expect.toml'), 'rb') as f:
            e = tomllib.load(f)
    except Exception as ex:
        err(d, 'expect.toml: %s' % ex); continue
    for k, t in (('note', str), ('draft', bool)):
        if not isinstance(e.get(k), t):
            err(d, 'expect.toml: %s missing or wrong type' % k)
    for k, voc in (('offers', OFFERS), ('forbid_offers', OFFERS), ('requests', REQS), ('forbid_requests', REQS), ('tasks', TASKS)):
        v = e.get(k, [])
        if not isinstance(v, list) or not set(v) <= voc:
            err(d, 'expect.toml: bad %s %r' % (k, v))
    if set(e.get('offers', [])) & set(e.get('forbid_offers', [])):
        err(d, 'offer both required and forbidden')
    if set(e.get('requests', [])) & set(e.get('forbid_requests', [])):
        err(d, 'request both required and forbidden')
    if e.get('draft'):
        if e.get('lang') not in LANGS:
            err(d, 'draft=true needs lang')
        langs[e.get('lang')] += 1
    else:
        if 'lang' in e:
            err(d, 'draft=false must not have lang')
        if e.get('offers') or e.get('requests'):
            err(d, 'draft=false with offers/requests')
    drafts[e.get('draft')] += 1
    if 'photo' in e.get('forbid_requests', []) and not list(m.iter_attachments()):
        err(d, 'photo forbidden but no attachment')
    # order.csv
    op = os.path.join(p, 'order.csv')
    if not os.path.exists(op):
        noorder += 1
    else:
        with open(op, encoding='utf-8', newline='') as f:
            rows = list(csv.reader(f))
        if len(rows) != 2 or rows[0] != HEADER or len(rows[1]) != len(HEADER):
            err(d, 'order.csv: need header + one row of %d fields' % len(HEADER)); continue
        r = dict(zip(HEADER, rows[1]))
        try:
            side = 'under' if float(r['value']) < THR.get(r['currency'], 30) else 'over'
        except ValueError:
            side = '?'
        states['%s/%s/%s' % (r['status'], r['channel'], side)] += 1
        if not OID.fullmatch(r['order_id']): err(d, 'order.csv: bad order_id')
        if r['order_id'] not in subj + text: err(d, 'order id not in the mail')
        if r['status'] not in ('unshipped', 'shipped', 'delivered', 'canceled', 'returned'): err(d, 'order.csv: bad status')
        if r['channel'] not in ('fbm', 'fba'): err(d, 'order.csv: bad channel')
        for k in ('value', 'refund_amount'):
            if r[k] and not re.fullmatch(r'\d+(\.\d\d)?', r[k]): err(d, 'order.csv: bad ' + k)
        if not r['value']: err(d, 'order.csv: no value')
        for k in ('ship_date', 'delivery_date', 'refund_date', 'purchase_date', 'latest_delivery', 'return_received'):
            if r[k] and not isdate(r[k]): err(d, 'order.csv: bad date ' + k)
        if date and date.datetime:
            md = date.datetime.date().isoformat()
            for k in ('ship_date', 'delivery_date', 'refund_date', 'purchase_date', 'return_received'):
                if r[k] and r[k] > md: err(d, 'order.csv: %s after the message date' % k)
        if r['status'] == 'unshipped' and (r['ship_date'] or r['tracking']): err(d, 'unshipped with ship data')

print('%d scenarios; draft: %s; reply languages: %s' % (len(dirs), dict(drafts), dict(langs)))
print('order states (status/channel/threshold):', dict(sorted(states.items())), '; no order on record:', noorder)
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('OK')
