"""Self-check for the corpus: parse every file back with Python's email package
and verify headers, decoding, labels. Called by `python3 gen.py --check`."""
import csv
import email
import email.policy
import email.utils
import html
import os
import re

CASES = {'address_change', 'cancel_order', 'shipping_inquiry', 'return_unwanted', 'return_dissatisfied',
         'returned_goods', 'negative_review', 'refund_status', 'other'}
SUBS = {'damaged', 'wrong_item', 'not_received', 'defective', 'missing_parts'}
OID = re.compile(r'^\d{3}-\d{7}-\d{7}$')
BUYER_FROM = re.compile(r'^[a-z0-9]{15}@marketplace\.amazon\.[a-z.]+$')


def norm(s):
    return ' '.join(s.split())


def strip_html(h):
    h = re.sub(r'(?is)<(script|style).*?</\1>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return html.unescape(h)


def run(here, meta):
    errors = []
    labels = list(csv.DictReader(open(os.path.join(here, 'labels.csv'), encoding='utf-8')))
    assert len(labels) == len(meta)
    for (fn, spec, subject, texts, label_oids), row in zip(meta, labels):
        raw = open(os.path.join(here, fn), 'rb').read()
        for i, line in enumerate(raw.split(b'\n')):
            if len(line) > 998:
                errors.append('%s: line %d too long' % (fn, i))
        head = raw.split(b'\n\n', 1)[0]
        if any(b > 127 for b in head):
            errors.append('%s: non-ascii header bytes' % fn)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            errors.append('%s: defects %r' % (fn, msg.defects))
        if str(msg['subject']) != subject:
            errors.append('%s: subject %r != %r' % (fn, str(msg['subject']), subject))
        d = email.utils.parsedate_to_datetime(msg['date'])
        if d.year not in (2025, 2026):
            errors.append('%s: date %s' % (fn, d))
        frm = msg['from'].addresses[0]
        if spec['kind'] == 'buyer':
            if not BUYER_FROM.match(frm.addr_spec) or not frm.display_name.endswith(' - Amazon Marketplace'):
                errors.append('%s: buyer From %r' % (fn, str(msg['from'])))
        elif spec['kind'] == 'notice':
            if not re.search(r'@amazon\.[a-z.]+$', frm.addr_spec):
                errors.append('%s: notice From %r' % (fn, frm.addr_spec))
        else:
            if re.search(r'@(marketplace\.)?amazon\.[a-z.]+$', frm.addr_spec):
                errors.append('%s: other-mail From is Amazon %r' % (fn, frm.addr_spec))
        parts = []
        for part in msg.walk():
            if part.defects:
                errors.append('%s: part defects %r' % (fn, part.defects))
            if part.get_content_maintype() == 'text' and not part.is_attachment():
                c = part.get_content()
                if part.get_content_subtype() == 'html':
                    c = strip_html(c)
                parts.append(norm(c))
            elif part.get_content_maintype() in ('image', 'application'):
                if not part.get_payload(decode=True):
                    errors.append('%s: empty attachment' % fn)
        for t in texts:
            if t.strip() and not any(norm(t) in p for p in parts):
                errors.append('%s: text not found after decoding: %r' % (fn, t[:60]))
        alltext = subject + ' ' + ' '.join(parts)
        for o in label_oids:
            if not OID.match(o):
                errors.append('%s: bad oid %r' % (fn, o))
            if o not in alltext:
                errors.append('%s: label oid %s not in message' % (fn, o))
        if row['case'] not in CASES:
            errors.append('%s: case %r' % (fn, row['case']))
        if (row['case'] == 'return_dissatisfied') != (row['subreason'] in SUBS):
            errors.append('%s: subreason %r for %s' % (fn, row['subreason'], row['case']))
        if row['needs_human'] not in ('true', 'false'):
            errors.append('%s: needs_human' % fn)
    for e in errors:
        print('ERROR', e)
    print('check: %d files, %d errors' % (len(meta), len(errors)))
    return not errors
