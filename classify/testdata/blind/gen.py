#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the blind triage evaluation corpus (mail/NNN.eml, labels.csv, README.md).

Python 3 standard library only and deterministic: every random choice comes from
random.Random seeded with a fixed string, so each run writes the same bytes.

    python3 gen.py          # write everything, then parse it all back and check it
    python3 gen.py --check  # only re-check the files already written

Texts live beside this file: texts_buyers.py, texts_notices.py, texts_other.py,
texts_wrappers.py and README.template.md.
"""
import base64
import collections
import csv
import datetime as dt
import email
import email.policy
import html
import io
import os
import quopri
import random
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from texts_wrappers import SELLER, MP, PRODUCTS, WL, CS, QUOTE_INTRO, ORIG_HDR  # noqa: E402
from texts_buyers import BUYERS  # noqa: E402
from texts_notices import NOTICES  # noqa: E402
from texts_other import OTHERS  # noqa: E402

OUT_MAIL = os.path.join(HERE, 'mail')

CODEC = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15',
    'windows-1252': 'cp1252', 'iso-8859-2': 'iso8859_2', 'iso-8859-9': 'iso8859_9',
    'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'gbk': 'gbk', 'gb18030': 'gb18030',
    'gb2312': 'gb2312', 'big5': 'big5',
}

# charset / transfer-encoding rotations per language (first one that can encode the text wins)
LATIN = [('utf-8', 'quoted-printable'), ('iso-8859-1', 'quoted-printable'), ('utf-8', 'base64'),
         ('iso-8859-15', '8bit'), ('windows-1252', 'quoted-printable'), ('utf-8', '8bit')]
ENC_ROT = {
    'en': [('utf-8', 'quoted-printable'), ('utf-8', 'base64'), ('us-ascii', '7bit'), ('utf-8', '8bit'),
           ('windows-1252', 'quoted-printable'), ('iso-8859-1', 'quoted-printable')],
    'de': LATIN, 'fr': LATIN, 'es': LATIN, 'it': LATIN, 'pt': LATIN, 'nl': LATIN, 'sv': LATIN,
    'ja': [('iso-2022-jp', '7bit'), ('utf-8', 'base64'), ('shift_jis', 'base64'), ('utf-8', 'quoted-printable')],
    'zh': [('utf-8', 'base64'), ('gbk', 'base64'), ('gb18030', 'base64'), ('utf-8', '8bit')],
    'pl': [('utf-8', 'quoted-printable'), ('iso-8859-2', 'quoted-printable'), ('utf-8', 'base64')],
    'tr': [('utf-8', 'quoted-printable'), ('iso-8859-9', 'quoted-printable'), ('utf-8', 'base64')],
}
LAYOUT_ROT = ['plain', 'alt', 'plain2', 'html', 'plain', 'blocks', 'alt', 'deco', 'plain2', 'old', 'alt', 'plain']

# wrapper characters that may be downgraded when the chosen charset lacks them
FALLBACK = {'©': '(c)', '–': '-', '—': '-', '’': "'", '»': '>', '━': '=', '─': '-', '•': '*', '·': '*',
            '…': '...', '„': '"', '“': '"', '”': '"', '«': '"'}

PRICE = {'teapot': 34.99, 'frother': 19.99, 'pourover': 39.99, 'mugs': 36.80, 'tray': 45.99,
         'grinder': 42.99, 'coldbrew': 24.99, 'kettle': 64.99, 'matcha': 29.99, 'tins': 18.40}

NAMES = {
    'en': ['Jason', 'Laura', 'Michelle', 'Steven', 'Paula', 'Chris'],
    'de': ['Andreas', 'Birgit', 'Jörg', 'Heike'], 'fr': ['Camille', 'Antoine', 'Manon'],
    'es': ['Alberto', 'Raquel', 'Iván'], 'it': ['Simone', 'Elisa', 'Fabio'], 'ja': ['佐々木', '小林', 'Tanaka'],
    'zh': ['Zhou', 'Liu'], 'nl': ['Daan', 'Lotte'], 'pl': ['Anna', 'Michał'], 'sv': ['Sara'],
}

START = dt.datetime(2025, 2, 3, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 2, 27, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------- small helpers
def can_encode(s, charset):
    try:
        s.encode(CODEC[charset])
        return True
    except UnicodeEncodeError:
        return False


def fit(s, charset):
    """Downgrade wrapper decoration the charset cannot carry (never used on buyer text)."""
    out = []
    for ch in s:
        if can_encode(ch, charset):
            out.append(ch)
        else:
            out.append(FALLBACK.get(ch, ch))
    return ''.join(out)


def gen_oid(rng, mp):
    return '%s-%07d-%07d' % (rng.choice(mp['prefixes']), rng.randrange(10 ** 7), rng.randrange(10 ** 7))


def gen_alias(rng):
    return ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(15))


def gen_token(rng, n=13, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def gen_trk(rng):
    return 'PY%011d' % rng.randrange(10 ** 11)


def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def fmt_amount(mp_key, value):
    mp = MP[mp_key]
    if mp_key == 'us':
        return '$%.2f' % value
    if mp_key == 'ca':
        return 'CDN$ %.2f' % value
    if mp_key == 'mx':
        return '$%.2f MXN' % (value * 18)
    if mp_key == 'uk':
        return '£%.2f' % (value * 0.86)
    if mp_key == 'jp':
        return '{:,}円'.format(int(round(value * 150, -1)))
    if mp_key == 'pl':
        return ('%.2f zł' % (value * 4.3)).replace('.', ',')
    if mp_key == 'se':
        return ('%.2f kr' % (value * 11)).replace('.', ',')
    del mp
    return ('%.2f €' % value).replace('.', ',')


def fmt_date(lang, d, mp_key='us'):
    if lang == 'en':
        if mp_key == 'us':
            return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')
        return str(d.day) + d.strftime(' %B %Y')
    if lang in ('de', 'pl'):
        return d.strftime('%d.%m.%Y')
    if lang == 'nl':
        return d.strftime('%d-%m-%Y')
    if lang in ('fr', 'es', 'it', 'pt'):
        return d.strftime('%d/%m/%Y')
    if lang == 'ja':
        return d.strftime('%Y/%m/%d')
    if lang == 'zh':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    return d.strftime('%Y-%m-%d')


# --------------------------------------------------------------------------- RFC 2047
QSAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def encoded_words(text, charset, enc):
    codec = CODEC[charset]
    label = charset.upper() if charset in ('iso-2022-jp', 'utf-8') and enc == 'B' else charset

    def mk(s):
        b = s.encode(codec)
        if enc == 'B':
            payload = base64.b64encode(b).decode('ascii')
        else:
            payload = ''.join(chr(c) if c in QSAFE else ('_' if c == 32 else '=%02X' % c) for c in b)
        return '=?%s?%s?%s?=' % (label, enc, payload)

    words, cur = [], ''
    for ch in text:
        if cur and len(mk(cur + ch)) > 72:
            words.append(mk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(mk(cur))
    return words


def fold_tokens(name, tokens, seps):
    """Join tokens with their separators, folding lines before ~76 columns."""
    line = name + ': '
    lines = []
    for i, tok in enumerate(tokens):
        sep = seps[i] if i else ''
        if i and len(line) + len(sep) + len(tok) > 76:
            lines.append(line)
            line = ' ' + tok
        else:
            line += sep + tok
    lines.append(line)
    return '\n'.join(lines) + '\n'


def header(name, value, charset='utf-8', enc='B', mode='whole'):
    """Render one header line (folded, RFC 2047 where needed)."""
    if all(ord(c) < 128 for c in value):
        toks = value.split(' ')
        return fold_tokens(name, toks, [''] + [' '] * (len(toks) - 1))
    if mode == 'words':
        toks = value.split(' ')
        pieces, seps = [], []
        run = []

        def flush_run():
            if run:
                ws = encoded_words(' '.join(run), charset, enc)
                for j, w in enumerate(ws):
                    seps.append(' ' if (j == 0 and pieces) else ('' if j == 0 else ' '))
                    pieces.append(w)
                run.clear()
        for t in toks:
            if all(ord(c) < 128 for c in t):
                flush_run()
                seps.append(' ' if pieces else '')
                pieces.append(t)
            else:
                run.append(t)
        flush_run()
        return fold_tokens(name, pieces, seps)
    ws = encoded_words(value, charset, enc)
    return fold_tokens(name, ws, [''] + [' '] * (len(ws) - 1))


def addr_header(name, display, addr, charset='utf-8', enc='Q'):
    if display is None:
        return '%s: %s\n' % (name, addr)
    if all(ord(c) < 128 for c in display):
        return '%s: "%s" <%s>\n' % (name, display.replace('"', ''), addr)
    # encode each run of non-ASCII words as one encoded-word (adjacent encoded-words in a
    # phrase are decoded inconsistently by different readers); keep ASCII words as atoms
    toks, pieces, run = display.split(' '), [], []

    def flush():
        if run:
            ws = encoded_words(' '.join(run), charset, enc)
            pieces.extend(ws)
            run.clear()
    for t in toks:
        if all(ord(c) < 128 for c in t) and re.fullmatch(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+", t):
            flush()
            pieces.append(t)
        else:
            run.append(t)
    flush()
    pieces.append('<%s>' % addr)
    return fold_tokens(name, pieces, [''] + [' '] * (len(pieces) - 1))


# --------------------------------------------------------------------------- MIME tree
class Leaf:
    def __init__(self, ctype, text=None, data=None, charset=None, cte='7bit', filename=None,
                 disposition=None, cid=None, rfc2231=False, quote_charset=True):
        self.ctype, self.text, self.data, self.charset, self.cte = ctype, text, data, charset, cte
        self.filename, self.disposition, self.cid, self.rfc2231 = filename, disposition, cid, rfc2231
        self.quote_charset = quote_charset


class Multi:
    def __init__(self, subtype, parts, boundary, params='', preamble=None):
        self.subtype, self.parts, self.boundary, self.params, self.preamble = subtype, parts, boundary, params, preamble


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        return out if out.endswith(b'\n') else out + b'=\n'
    if cte == '7bit':
        assert all(b < 128 for b in data), '7bit body with 8-bit bytes'
    for ln in data.split(b'\n'):
        if len(ln) > 990:
            raise ValueError('line too long for %s: %d octets' % (cte, len(ln)))
    return data if data.endswith(b'\n') else data + b'\n'


def filename_params(fn, rfc2231):
    if all(ord(c) < 128 for c in fn):
        return '; name="%s"' % fn, '; filename="%s"' % fn
    enc = ''.join(c if c.isalnum() and ord(c) < 128 else ''.join('%%%02X' % b for b in c.encode('utf-8'))
                  for c in fn)
    return "; name*=UTF-8''%s" % enc, "; filename*=UTF-8''%s" % enc


def ser(part):
    if isinstance(part, Multi):
        head = 'Content-Type: multipart/%s;\n boundary="%s"%s\n' % (part.subtype, part.boundary, part.params)
        body = b'\n'
        if part.preamble:
            body += part.preamble.encode('ascii') + b'\n'
        for p in part.parts:
            body += b'\n--' + part.boundary.encode() + b'\n' + ser(p)
        body += b'\n--' + part.boundary.encode() + b'--\n'
        return head.encode('ascii') + body
    h = 'Content-Type: %s' % part.ctype
    if part.charset:
        h += '; charset="%s"' % part.charset if part.quote_charset else '; charset=%s' % part.charset
    if part.filename:
        np_, fp_ = filename_params(part.filename, part.rfc2231)
        h += np_
    h += '\n'
    if part.cte:
        h += 'Content-Transfer-Encoding: %s\n' % part.cte
    if part.cid:
        h += 'Content-ID: <%s>\n' % part.cid
    if part.disposition:
        h += 'Content-Disposition: %s' % part.disposition
        if part.filename:
            h += filename_params(part.filename, part.rfc2231)[1]
        h += '\n'
    if part.text is not None:
        data = part.text.encode(CODEC[part.charset])
    else:
        data = part.data
    return h.encode('ascii') + b'\n' + encode_body(data, part.cte)


def make_png(rng, w=24, h=18):
    base = [rng.randrange(256) for _ in range(3)]
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(((base[0] + x * 7) % 256, (base[1] + y * 11) % 256, (base[2] + (x ^ y) * 5) % 256))
        rows.append(bytes(row))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


def make_pdf(title):
    t = title.encode('ascii', 'replace')
    return (b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
            b'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'
            b'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n'
            b'4 0 obj << /Title (' + t + b') >> endobj\ntrailer << /Root 1 0 R /Info 4 0 R >>\n%%EOF\n')


# --------------------------------------------------------------------------- text -> html
def text_to_html(text):
    return html.escape(text).replace('\n', '<br>\n')


def html_to_text(s):
    s = re.sub(r'(?is)<(script|style|head).*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|tr|table|h\d|li|blockquote)>', '\n', s)
    s = re.sub(r'(?i)</t[dh]>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def norm(s):
    return ' '.join(s.split())


# --------------------------------------------------------------------------- buyer relays
def pick_encoding(e, idx, strict, lang_keys, loose=()):
    """strict texts must encode as they are; loose (wrapper) texts may be downgraded by fit()."""
    def ok(cs):
        return all(can_encode(t, cs) for t in strict) and all(can_encode(fit(t, cs), cs) for t in loose)
    if e.get('charset'):
        cs, cte = e['charset'], e['cte']
        if not ok(cs):
            raise ValueError('%s cannot encode text of %r' % (cs, e.get('name') or e.get('subject')))
        return cs, cte
    cands = []
    for lk in lang_keys:
        rot = ENC_ROT[lk]
        cands += rot[idx % len(rot):] + rot[:idx % len(rot)]
    cands.append(('utf-8', 'base64'))
    for cs, cte in cands:
        if ok(cs):
            return cs, cte
    raise ValueError('no charset')


def quote_block(e, q, lang, dtm, trk):
    seller = q['seller'].replace('{TRK}', trk)
    qd = dtm - dt.timedelta(days=1, hours=3)
    style = q.get('style', 'gt')
    if style == 'gt':
        intro = QUOTE_INTRO.get(lang, QUOTE_INTRO['en']).format(d=qd.strftime('%Y-%m-%d %H:%M'),
                                                                 who=SELLER['support_name'])
        return intro + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in seller.split('\n'))
    if style == 'orig':
        h = ORIG_HDR.get(lang, ORIG_HDR['en'])
        return '%s\n%s: %s\n%s: %s\n%s: %s\n\n%s' % (h[0], h[1], SELLER['support_name'], h[2],
                                                     qd.strftime('%d.%m.%Y %H:%M') if lang == 'de' else
                                                     qd.strftime('%d %B %Y %H:%M'), h[3], q['subject'], seller)
    return '---------- Earlier message from the seller ----------\n' + seller


def relay_urls(rng, tld):
    tok = hexid(rng, 32)
    return ('https://sellercentral.amazon.%s/messaging/thread?t=%s' % (tld, tok),
            'https://sellercentral.amazon.%s/messaging/report?t=%s' % (tld, tok))


def build_buyer(e, idx, rng, dtm):
    mp = MP[e['mp']]
    wl = e.get('wl') or mp['lang']
    L = WL[wl]
    tld, site = mp['tld'], mp['site']
    norders = 0 if e.get('presale') else e.get('orders', 1)
    oids = [gen_oid(rng, mp) for _ in range(norders)]
    oid = oids[0] if oids else ''
    asin, sku, titles = PRODUCTS[e['item']]
    title = titles.get(wl, titles['en'])
    qty = e.get('qty', 1)
    trk = gen_trk(rng)
    text = e['text']
    for i, o in enumerate(oids):
        text = text.replace('{O%d}' % (i + 1), o)
    text = text.replace('{TRK}', trk)
    q = e.get('quote')
    full_text = text
    if q:
        full_text = text + '\n\n' + quote_block(e, q, e['lang'], dtm, trk)
    layout = e.get('layout') or LAYOUT_ROT[idx % len(LAYOUT_ROT)]
    if e.get('cs'):
        layout = 'cs'
    if e.get('presale') and layout in ('old', 'cs'):
        layout = 'plain'
    name = e['name']
    year = str(dtm.year)
    url1, url2 = relay_urls(rng, tld)
    copyright_ = L['copyright'].format(y=year, site=site)
    photos = e.get('photo', 0)
    photo_names = []
    for i in range(photos):
        if e['lang'] == 'ja' and i == 0:
            photo_names.append('写真_%d.png' % (rng.randrange(100, 999)))
        elif i % 2 == 0:
            photo_names.append('IMG_%04d.png' % rng.randrange(1000, 9999))
        else:
            photo_names.append('photo_%s.png' % dtm.strftime('%Y%m%d_%H%M%S'))

    # ---- subject
    ordw = {'en': 'Order', 'de': 'Bestellung', 'fr': 'Commande', 'es': 'Pedido', 'it': 'Ordine',
            'ja': '注文番号', 'nl': 'Bestelling', 'pl': 'Zamówienie', 'sv': 'Beställning'}[wl]
    if e.get('presale'):
        subject = L['subj_presale'].format(n=name)
    elif q:
        subject = 'RE: %s (%s: %s)' % (q['subject'], ordw, oid)
    elif e.get('subj') == 'cs' or layout == 'cs':
        subject = L['subj_cs'].format(o=oid)
    elif e.get('topic') and e['topic'] in L['topics']:
        subject = L['subj_topic'].format(t=L['topics'][e['topic']], n=name, o=oid)
    elif e.get('subj') == 'msg' or idx % 9 == 4:
        subject = L['subj_msg'].format(n=name, o=oid)
    else:
        subject = L['subj'].format(n=name, o=oid)
    if e.get('subj') == 'nospace':
        subject = subject.replace(' (', '(')
    if e.get('subj') == 'noname':
        subject = subject.replace(name, '')

    # ---- plain-text wrappers
    def plain_body(lay, cs):
        f = lambda s: fit(s, cs)  # noqa: E731
        att = ''
        if photo_names:
            att = '\n' + '\n'.join('[%s: %s]' % (L['attach'], fn) for fn in photo_names) + '\n'
        if lay == 'plain':
            head = ('%s: %s\n' % (L['order'], oid) if oid else '') + '%d x %s\nASIN: %s\n' % (qty, title, asin)
            return (head + '\n' + L['msg'] + '\n' + full_text + '\n' + att + '\n' + f(L['view']) + ':\n' + url1 +
                    '\n\n' + f(L['service']) + '\n\n' + f(copyright_) + '\n')
        if lay == 'plain2':
            head = ('%s: %s\n\n' % (L['order'], oid) if oid else '')
            table = '#   ASIN          %s\n%d   %s    %s\n' % (L['pname'], 1, asin, title)
            if qty > 1:
                table = table.rstrip('\n') + '   (%s: %d)\n' % (L['qty'], qty)
            return (head + table + '\n' + L['msg'] + '\n\n' + full_text + '\n' + att + '\n' + f(L['resolve']) + ': ' +
                    url1 + '\n' + f(L['report']) + ': ' + url2 + '\n\n' + f(L['helpful']) + '\n' +
                    f(L['service']) + '\n' + f(copyright_) + '\n')
        if lay in ('blocks', 'deco'):
            if lay == 'blocks':
                sep, sep2 = '=' * 60, '-' * 60
            else:
                sep = f('━' * 36) if can_encode('━', cs) else '=-' * 30
                sep2 = f('─' * 36) if can_encode('─', cs) else '- ' * 30
            rows = []
            if oid:
                rows.append((L['order'], oid))
            rows += [(L['item'], title), ('ASIN', asin), (L['qty'], str(qty))]
            w = max(len(r[0]) for r in rows) + 2
            block = '\n'.join('  %s%s' % ((k + ':').ljust(w), v) for k, v in rows)
            return (sep + '\n' + block + '\n' + sep + '\n\n' + L['buyer_sent'] + '\n\n' + L['msg'] + '\n' +
                    full_text + '\n' + att + '\n' + sep2 + '\n' + f(L['view']) + f(' » ') + url1 + '\n' + sep2 + '\n' +
                    f(L['service']) + '\n' + f(copyright_) + '\n')
        if lay == 'old':
            tok = gen_token(rng)
            msgid = hexid(rng, 20)
            return (L['oldorder'].format(oid=oid) + '\n' + L['oldqty'].format(q=qty) + ' ' + title +
                    ' [ASIN: %s]\n\n' % asin +
                    '------------- %s -------------\n\n' % L['begin'] + full_text + '\n' + att + '\n' +
                    '------------- %s -------------\n\n' % L['end'] +
                    f(L['oldfooter'].format(site=site)) + '\n\n' + f(L['oldreport']) + '\n' +
                    'https://sellercentral.amazon.%s/gp/communication-manager/report.html?msg=%s\n\n' % (tld, msgid) +
                    f(L['nrn']) + '\n' +
                    'https://sellercentral.amazon.%s/gp/communication-manager/no-response-needed.html?msg=%s&mp=%s\n\n'
                    % (tld, msgid, 'A' + gen_token(rng, 12)) + '[commMgrTok:%s]\n' % tok)
        if lay == 'cs':
            cl = wl if wl in CS else 'en'
            return CS[cl].format(n=name, o=oid, asin=asin, title=title, reason=e['cs']['reason'],
                                 text=full_text, site=site) + '\n' + att
        raise ValueError(lay)

    def html_body(cs):
        f = lambda s: fit(s, cs)  # noqa: E731
        body_html = text_to_html(text)
        if q:
            body_html += '<br>\n<br>\n<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">' + \
                text_to_html(quote_block(e, q, e['lang'], dtm, trk)) + '</blockquote>'
        att = ''
        if photo_names:
            att = ''.join('<p>%s: %s</p>\n' % (html.escape(L['attach']), html.escape(fn)) for fn in photo_names)
        parts = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
                 '<title>%s</title></head>' % html.escape(f(site)),
                 '<body style="margin:0;padding:0;background:#f3f3f3">',
                 '<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="background:#ffffff;'
                 'font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111111">',
                 '<tr><td style="padding:16px 24px">']
        if oid:
            parts.append('<p><b>%s:</b> %s</p>' % (html.escape(L['order']), oid))
        parts += ['<table cellpadding="4" cellspacing="0" border="0" style="border-collapse:collapse">',
                  '<tr><th align="left">#</th><th align="left">ASIN</th><th align="left">%s</th></tr>'
                  % html.escape(L['pname']),
                  '<tr><td>1</td><td>%s</td><td>%s</td></tr>' % (asin, html.escape(title)), '</table>',
                  '<p style="margin-top:18px"><b>%s</b></p>' % html.escape(L['msg']),
                  '<div class="message">', body_html, '</div>', att,
                  '<p style="margin-top:18px"><a href="%s">%s</a> &nbsp;|&nbsp; <a href="%s">%s</a></p>'
                  % (url1, html.escape(f(L['view'])), url2, html.escape(f(L['report']))),
                  '<p style="font-size:11px;color:#666666">%s<br>\n%s</p>' % (html.escape(f(L['service'])),
                                                                             html.escape(f(copyright_))),
                  '</td></tr></table>', '</body></html>']
        return '\n'.join(parts) + '\n'

    lang_keys = [e['lang']] + ([wl] if wl != e['lang'] else [])
    wrapper_strings = [L[k] for k in ('order', 'item', 'qty', 'pname', 'msg', 'view', 'resolve', 'report', 'attach',
                                      'helpful', 'service', 'oldfooter', 'oldreport', 'nrn', 'begin', 'end',
                                      'buyer_sent')] + [title, copyright_, subject]
    if layout == 'cs':
        wrapper_strings.append(CS[wl if wl in CS else 'en'])
    cs, cte = pick_encoding(e, idx, [full_text, name, subject], lang_keys, loose=wrapper_strings)
    if cs == 'iso-2022-jp' and cte not in ('7bit', 'base64'):
        cte = '7bit'

    if layout == 'html':
        body = Leaf('text/html', html_body(cs), charset=cs, cte=cte)
    elif layout == 'alt':
        body = Multi('alternative', [Leaf('text/plain', plain_body('plain', cs), charset=cs, cte=cte),
                                     Leaf('text/html', html_body(cs), charset=cs,
                                          cte='base64' if cte == 'base64' else ('7bit' if cs == 'iso-2022-jp' else
                                                                                'quoted-printable'))],
                     '----=_Part_%d_%s' % (rng.randrange(10 ** 6), hexid(rng, 12)))
    else:
        body = Leaf('text/plain', plain_body(layout, cs), charset=cs, cte=cte, quote_charset=idx % 2 == 0)
    if photos:
        atts = [Leaf('image/png', data=make_png(rng), cte='base64', filename=fn,
                     disposition='attachment' if i else ('inline' if idx % 2 else 'attachment'))
                for i, fn in enumerate(photo_names)]
        body = Multi('mixed', [body] + atts, '----=_Part_%d_%s' % (rng.randrange(10 ** 6), hexid(rng, 12)))

    alias = gen_alias(rng)
    frm = ('From', '%s - Amazon Marketplace' % name, '%s@marketplace.amazon.%s' % (alias, tld))
    return dict(subject=subject, from_=frm, body=body, charset=cs, cte=cte, layout=layout, oids=oids,
                expect_text=text, amazon_relay=True, hdr_charset=cs if cs not in ('us-ascii',) else 'utf-8')


# --------------------------------------------------------------------------- notices
SENDER_NAMES = {
    'order-update': '{site}', 'do-not-reply': '{site}', 'donotreply': '{site}',
    'seller-guarantee': 'Amazon A-to-z Guarantee', 'atoz-guarantee-no-reply': 'Amazon A-to-z Guarantee',
    'payments-messages': 'Amazon Payments', 'seller-performance': 'Amazon Seller Performance',
    'auto-confirm': '{site}', 'auto-communication': '{site}', 'seller-news': 'Amazon Selling Partner Services',
    'community-help': 'Amazon Customer Q&A', 'brand-notifications': 'Amazon Brand Registry',
}


def table_html(lines, apos):
    rows = [ln.split('\t') for ln in lines]
    out = ['<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        cells = []
        for c in r:
            ce = html.escape(c, quote=False)
            if i == 0 and apos:
                ce = ce.replace("Customer's", 'Customer' + apos + 's')
            cells.append('<%s align="left">%s</%s>' % (tag, ce, tag))
        out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def notice_html(body, title, cs, apos):
    blocks = body.split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>'
           % (cs, html.escape(title)),
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#232f3e">',
           '<div style="max-width:680px;margin:0 auto">']
    for b in blocks:
        lines = b.split('\n')
        tab = [ln for ln in lines if '\t' in ln]
        if tab and len(tab) == len(lines):
            out.append(table_html(lines, apos))
        else:
            esc = html.escape(b, quote=False)
            esc = re.sub(r'(https://[^\s<]+)', r'<a href="\1">\1</a>', esc)
            out.append('<p>' + esc.replace('\n', '<br>\n') + '</p>')
    out += ['</div>', '</body></html>']
    return '\n'.join(out) + '\n'


def build_notice(e, idx, rng, dtm):
    mp = MP[e['mp']]
    tld, site = mp['tld'], mp['site']
    asin, sku, titles = PRODUCTS.get(e.get('item', 'teapot'))
    tl = e['lang'] if e['lang'] in titles else 'en'
    title = titles[tl] if e['lang'] != 'zh' else titles['en']
    norders = e.get('orders', 1)
    oids = [gen_oid(rng, mp) for _ in range(norders)]
    name = rng.choice(NAMES.get(e['lang'], NAMES['en']))
    trk = gen_trk(rng)
    alias = gen_alias(rng)
    deadline = dtm + dt.timedelta(days=rng.choice([3, 5, 7]))
    vals = {'{NAME}': name, '{ASIN}': asin, '{TITLE}': title, '{SKU}': sku, '{TRK}': trk,
            '{AMT}': fmt_amount(e['mp'], PRICE.get(e.get('item', 'teapot'), 30.0)),
            '{DATE}': fmt_date(e['lang'], dtm, e['mp']), '{DEADLINE}': fmt_date(e['lang'], deadline, e['mp']),
            '{ALIAS}': '%s@marketplace.amazon.%s' % (alias, tld), '{TLD}': tld}
    for i, o in enumerate(oids):
        vals['{O%d}' % (i + 1)] = o

    def sub(s):
        for k, v in vals.items():
            s = s.replace(k, v)
        return s
    subject = sub(e['subject'])
    body = sub(e['body'])
    apos = e.get('apos')
    if apos == '’':
        body = body.replace("Customer's Comment", 'Customer’s Comment')
    cs, cte = pick_encoding(e, idx, [body, subject], [e['lang']])
    mode = e.get('html', '')
    if mode == 'only':
        part = Leaf('text/html', notice_html(body, subject, cs, apos), charset=cs,
                    cte=cte if cte != '8bit' else 'quoted-printable')
    elif mode == 'alt':
        part = Multi('alternative', [Leaf('text/plain', body + '\n', charset=cs, cte=cte),
                                     Leaf('text/html', notice_html(body, subject, cs, apos), charset=cs,
                                          cte='7bit' if cs == 'iso-2022-jp' else 'quoted-printable')],
                     '_%s_' % hexid(rng, 24))
    else:
        part = Leaf('text/plain', body + '\n', charset=cs, cte=cte)
    if e.get('relay'):
        frm = ('From', '%s - Amazon Marketplace' % name, '%s@marketplace.amazon.%s' % (alias, tld))
    else:
        local = e['sender'].split('@')[0]
        disp = e.get('sender_name') or SENDER_NAMES.get(local, '{site}').format(site=site)
        frm = ('From', disp, e['sender'])
    expect = body
    return dict(subject=subject, from_=frm, body=part, charset=cs, cte=cte, layout='notice-' + (mode or 'plain'),
                oids=oids, expect_text=expect, amazon_relay=bool(e.get('relay')),
                hdr_charset=cs if cs != 'us-ascii' else 'utf-8')


# --------------------------------------------------------------------------- other mail
def build_other(e, idx, rng, dtm):
    oids = []
    body = e['body']
    subject = e['subject']
    if e.get('order'):
        oids = [gen_oid(rng, MP['de'])]
        body = body.replace('{O1}', oids[0])
        subject = subject.replace('{O1}', oids[0])
    cs, cte = pick_encoding(e, idx, [body, subject, e['from_name']], [e['lang']])
    mode = e.get('html', '')
    if mode == 'only':
        part = Leaf('text/html', notice_html(body, subject, cs, None), charset=cs,
                    cte=cte if cte != '8bit' else 'quoted-printable')
    elif mode == 'alt':
        part = Multi('alternative', [Leaf('text/plain', body + '\n', charset=cs, cte=cte),
                                     Leaf('text/html', notice_html(body, subject, cs, None), charset=cs,
                                          cte='7bit' if cs == 'iso-2022-jp' else 'quoted-printable')],
                     '=_alt_%s' % hexid(rng, 16))
    else:
        part = Leaf('text/plain', body + '\n', charset=cs, cte=cte)
    if e.get('dsn'):
        d = e['dsn']
        qid = gen_token(rng, 10)
        status = ('Reporting-MTA: dns; %s\nX-Queue-ID: %s\nArrival-Date: %s\n\n'
                  'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n'
                  'Remote-MTA: dns; %s\nDiagnostic-Code: %s\n'
                  % (SELLER['mx'], qid, email.utils.format_datetime(dtm - dt.timedelta(minutes=3)),
                     d['rcpt'], d['rcpt'], d['action'], d['status'], d['mta'], d['diag']))
        orig = ('Return-Path: <%s>\nFrom: %s <%s>\nTo: <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s@kestrellane.example>\n'
                'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n'
                % (SELLER['support'], SELLER['support_name'], SELLER['support'], d['rcpt'], d['subject'],
                   email.utils.format_datetime(dtm - dt.timedelta(minutes=4)), hexid(rng, 24)))
        part = Multi('report', [part, Leaf('message/delivery-status', data=status.encode('ascii'), cte='7bit'),
                                Leaf('text/rfc822-headers', data=orig.encode('ascii'), cte='7bit')],
                     '%s.%d/%s' % (qid, rng.randrange(10 ** 9), SELLER['mx']),
                     params='; report-type=delivery-status', preamble='This is a MIME-encapsulated message.')
    if e.get('attach'):
        atts = []
        for mt, fn in e['attach']:
            if mt == 'application/pdf':
                data = make_pdf(fn)
            else:
                data = ('<html><body><form action="http://amazon-marketplace-notices.example/confirm" method="post">'
                        '<p>Confirm cancellation</p><input name="user"><input name="pass" type="password">'
                        '<button>Confirm</button></form></body></html>\n').encode('ascii')
            atts.append(Leaf(mt, data=data, cte='base64', filename=fn, disposition='attachment'))
        part = Multi('mixed', [part] + atts, '=_mixed_%s' % hexid(rng, 16))
    return dict(subject=subject, from_=('From', e['from_name'], e['from_addr']), body=part, charset=cs, cte=cte,
                layout='other-' + ('dsn' if e.get('dsn') else (mode or 'plain')), oids=oids, expect_text=body,
                amazon_relay=False, hdr_charset=cs if cs not in ('us-ascii',) else 'utf-8')


# --------------------------------------------------------------------------- assemble
def tz_for(e, rng):
    if e['kind'] == 'other':
        lang = e['lang']
        off = {'de': 1, 'fr': 1, 'es': 1, 'it': 1, 'ja': 9, 'zh': 8}.get(lang, 0)
        return dt.timezone(dt.timedelta(hours=off))
    return dt.timezone.utc if rng.random() < 0.7 else dt.timezone(dt.timedelta(hours=-8 if e.get('mp') in ('us', 'ca') else 0))


def assign_dates(entries):
    out = []
    for i, e in enumerate(entries):
        rng = random.Random('date-%s-%d' % (e['kind'], i))
        if e.get('when'):
            day = dt.datetime.strptime(e['when'], '%Y-%m-%d').replace(tzinfo=dt.timezone.utc)
            d = day + dt.timedelta(seconds=rng.randrange(7 * 3600, 22 * 3600))
        else:
            span = int((END - START).total_seconds())
            d = START + dt.timedelta(seconds=rng.randrange(span))
        out.append((d, i, e))
    out.sort(key=lambda t: (t[0], t[1]))
    return out


def build_all():
    entries = [dict(x) for x in BUYERS] + [dict(x) for x in NOTICES] + [dict(x) for x in OTHERS]
    dated = assign_dates(entries)
    results = []
    for n, (d, i, e) in enumerate(dated, 1):
        rng = random.Random('msg-%s-%d' % (e['kind'], i))
        tz = tz_for(e, rng)
        local = d.astimezone(tz)
        if e['kind'] == 'buyer':
            r = build_buyer(e, i, rng, local)
        elif e['kind'] == 'notice':
            r = build_notice(e, i, rng, local)
        else:
            r = build_other(e, i, rng, local)
        crlf = e.get('crlf') or (n % 9 == 4)
        raw = render_message(e, r, rng, local, crlf)
        results.append(dict(n=n, e=e, r=r, raw=raw, date=local))
    return results


def render_message(e, r, rng, dtm, crlf):
    hc = r['hdr_charset']
    if hc in ('gb18030',) and rng.random() < 0.5:
        hc = 'utf-8'
    enc = 'B' if hc in ('iso-2022-jp', 'shift_jis', 'gbk', 'gb18030', 'gb2312', 'big5') else rng.choice(['B', 'Q'])
    mode = 'words' if (enc == 'Q' and rng.random() < 0.6) else 'whole'
    to_line = 'To: "%s" <%s>\n' % (SELLER['support_name'], SELLER['support']) if rng.random() < 0.7 \
        else 'To: %s\n' % SELLER['support']
    ip = '%s.%d' % (rng.choice(['192.0.2', '198.51.100', '203.0.113']), rng.randrange(2, 250))
    date_s = email.utils.format_datetime(dtm)
    frm = r['from_']
    if e['kind'] in ('buyer', 'notice'):
        host = 'a%d-%d.smtp-out.%s.amazonses.com' % (rng.randrange(8, 99), rng.randrange(1, 250),
                                                      rng.choice(['us-west-2', 'eu-west-1', 'us-east-1']))
        mid = '<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>' % (
            hexid(rng, 9), hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12))
        retpath = '<0100019%s-%s-000000@amazonses.com>' % (hexid(rng, 9), hexid(rng, 20))
    else:
        dom = frm[2].split('@')[1]
        host = 'mail.' + dom if not dom.startswith(('mx', 'mail')) else dom
        mid = '<%s.%s@%s>' % (hexid(rng, 16), gen_token(rng, 8), dom)
        retpath = '<>' if 'MAILER-DAEMON' in frm[2].upper() or 'postmaster' in frm[2] else '<%s>' % frm[2]
    lines = ['Return-Path: %s\n' % retpath,
             'Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\n'
             % (host, host, ip, SELLER['mx'], gen_token(rng, 11), SELLER['support'], date_s)]
    for hn, hv in e.get('headers', []):
        lines.append('%s: %s\n' % (hn, hv))
    lines.append('Date: %s\n' % date_s)
    lines.append(addr_header('From', frm[1], frm[2], charset=hc, enc=enc if enc == 'B' else 'Q'))
    lines.append(to_line)
    lines.append(header('Subject', r['subject'], charset=hc, enc=enc, mode=mode))
    lines.append('Message-ID: %s\n' % mid)
    if e['kind'] == 'buyer' and e.get('quote'):
        lines.append('In-Reply-To: <%s@kestrellane.example>\n' % hexid(rng, 20))
    if e['kind'] == 'other' and e.get('dsn'):
        lines.append('Auto-Submitted: auto-replied\n')
    lines.append('MIME-Version: 1.0\n')
    head = ''.join(lines).encode('ascii')
    raw = head + ser(r['body'])
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    return raw


def label_row(res):
    e, r = res['e'], res['r']
    if e['kind'] == 'buyer' and e.get('label_orders') == 'first':
        oids = r['oids'][:1]
    else:
        oids = r['oids']
    return ['mail/%03d.eml' % res['n'], e['case'], e.get('sub', '') or '', ';'.join(oids), e['lang'],
            'true' if e.get('nh') else 'false']


# --------------------------------------------------------------------------- README
def kind_of(e):
    if e['kind'] == 'buyer':
        return 'buyer relay'
    if e['kind'] == 'notice':
        return 'Amazon notice'
    return 'non-Amazon'


def counts_md(results):
    rows = [label_row(x) for x in results]
    out = []

    def table(title, counter, total):
        out.append('### %s\n' % title)
        out.append('| value | count | share |')
        out.append('|---|---:|---:|')
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append('| %s | %d | %.1f %% |' % (k, v, 100.0 * v / total))
        out.append('')
    total = len(rows)
    out.append('Total messages: **%d**\n' % total)
    table('By case', collections.Counter(r[1] for r in rows), total)
    table('return_dissatisfied by subreason', collections.Counter(r[2] for r in rows if r[1] == 'return_dissatisfied'),
          sum(1 for r in rows if r[1] == 'return_dissatisfied'))
    table('By language', collections.Counter(r[4] for r in rows), total)
    table('By kind (who wrote it)', collections.Counter(kind_of(x['e']) for x in results), total)
    table('needs_human', collections.Counter(r[5] for r in rows), total)
    out.append('### Case by kind\n')
    kinds = ['buyer relay', 'Amazon notice', 'non-Amazon']
    out.append('| case | ' + ' | '.join(kinds) + ' |')
    out.append('|---|' + '---:|' * len(kinds))
    cc = collections.Counter((x['e']['case'], kind_of(x['e'])) for x in results)
    for c in sorted(set(r[1] for r in rows)):
        out.append('| %s | ' % c + ' | '.join(str(cc.get((c, k), 0)) for k in kinds) + ' |')
    out.append('')
    table('Buyer-relay wrapper layout', collections.Counter(x['r']['layout'] for x in results
                                                            if x['e']['kind'] == 'buyer'),
          sum(1 for x in results if x['e']['kind'] == 'buyer'))
    table('Body charset (first text part)', collections.Counter(x['r']['charset'] for x in results), total)
    table('Content-Transfer-Encoding (first text part)', collections.Counter(x['r']['cte'] for x in results), total)
    ct = collections.Counter()
    for x in results:
        b = x['r']['body']
        ct['multipart/' + b.subtype if isinstance(b, Multi) else b.ctype] += 1
    table('Top-level Content-Type', ct, total)
    out.append('Messages with attachments (photos, PDFs, HTML form): %d; with CRLF line ends: %d; '
               'buyer replies quoting an earlier seller message: %d; Amazon customer-service relays: %d.\n'
               % (sum(1 for x in results if x['e'].get('photo') or x['e'].get('attach')),
                  sum(1 for x in results if b'\r\n' in x['raw']),
                  sum(1 for x in results if x['e'].get('quote')),
                  sum(1 for x in results if x['e'].get('cs'))))
    return '\n'.join(out)


# --------------------------------------------------------------------------- checks
ORDER_RE = re.compile(r'\b\d{3}-\d{7}-\d{7}\b')
RELAY_RE = re.compile(r'^[a-z0-9]{15}@marketplace\.amazon\.(com|ca|com\.mx|co\.uk|de|fr|it|es|nl|pl|se|co\.jp)$')
AMAZON_SYS_RE = re.compile(r'^[a-z0-9-]+@amazon\.(com|ca|com\.mx|co\.uk|de|fr|it|es|nl|pl|se|co\.jp)$')


def decoded_texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart':
            continue
        if part.get_content_disposition() == 'attachment':
            continue
        ct = part.get_content_type()
        if ct in ('text/plain', 'text/html'):
            t = part.get_content()
            out.append(html_to_text(t) if ct == 'text/html' else t)
    return out


def check(results=None):
    problems = []
    files = sorted(f for f in os.listdir(OUT_MAIL) if f.endswith('.eml'))
    labels = {}
    with open(os.path.join(HERE, 'labels.csv'), newline='', encoding='utf-8') as fh:
        rd = csv.reader(fh)
        hdr = next(rd)
        assert hdr == ['file', 'case', 'subreason', 'order_id', 'language', 'needs_human'], hdr
        for row in rd:
            labels[row[0]] = row
    if set('mail/' + f for f in files) != set(labels):
        problems.append('labels and files differ')
    cases = {'address_change', 'cancel_order', 'shipping_inquiry', 'return_unwanted', 'return_dissatisfied',
             'returned_goods', 'negative_review', 'refund_status', 'other'}
    subs = {'damaged', 'wrong_item', 'not_received', 'defective', 'missing_parts'}
    byname = {('mail/%03d.eml' % x['n']): x for x in (results or [])}
    for f in files:
        path = os.path.join(OUT_MAIL, f)
        raw = open(path, 'rb').read()
        key = 'mail/' + f
        lab = labels[key]
        for ln in raw.split(b'\n'):
            if len(ln.rstrip(b'\r')) > 998:
                problems.append('%s: line > 998 octets' % f)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append('%s: defects %r' % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append('%s: part defects %r' % (f, part.defects))
        subj = str(msg['subject'])
        frm = msg['from'].addresses[0]
        d = msg['date'].datetime
        if not (2025 <= d.year <= 2026):
            problems.append('%s: date %s' % (f, d))
        texts = decoded_texts(msg)
        alltext = subj + '\n' + '\n'.join(texts)
        if lab[1] not in cases:
            problems.append('%s: bad case' % f)
        if (lab[1] == 'return_dissatisfied') != (lab[2] in subs):
            problems.append('%s: subreason mismatch' % f)
        for o in [x for x in lab[3].split(';') if x]:
            if not ORDER_RE.fullmatch(o):
                problems.append('%s: bad order id %s' % (f, o))
            if o not in alltext:
                problems.append('%s: order id %s not in message' % (f, o))
        if lab[5] not in ('true', 'false'):
            problems.append('%s: needs_human' % f)
        if key in byname:
            x = byname[key]
            if norm(subj) != norm(x['r']['subject']):
                problems.append('%s: subject mismatch %r != %r' % (f, subj, x['r']['subject']))
            if frm.display_name != (x['r']['from_'][1] or ''):
                problems.append('%s: from name mismatch %r' % (f, frm.display_name))
            chunks = [norm(c) for c in re.split(r'\n[^\n]*\t[^\n]*(?=\n)', x['r']['expect_text'])]
            for c in chunks:
                if c and not any(c in norm(t) for t in texts):
                    problems.append('%s: expected text not found: %r' % (f, c[:60]))
            kind = x['e']['kind']
            if kind == 'buyer' or x['r']['amazon_relay']:
                if not RELAY_RE.match(frm.addr_spec):
                    problems.append('%s: relay address %s' % (f, frm.addr_spec))
                if not frm.display_name.endswith(' - Amazon Marketplace'):
                    problems.append('%s: relay display name' % f)
            elif kind == 'notice':
                if not AMAZON_SYS_RE.match(frm.addr_spec):
                    problems.append('%s: notice sender %s' % (f, frm.addr_spec))
            else:
                if AMAZON_SYS_RE.match(frm.addr_spec) or RELAY_RE.match(frm.addr_spec):
                    problems.append('%s: non-Amazon mail from an Amazon address' % f)
            if kind == 'buyer' and x['e'].get('photo'):
                imgs = [p for p in msg.walk() if p.get_content_type() == 'image/png']
                if len(imgs) != x['e']['photo'] or not imgs[0].get_content().startswith(b'\x89PNG'):
                    problems.append('%s: photo attachments' % f)
    return problems, len(files)


def main():
    if '--check' in sys.argv:
        probs, n = check()
        print('checked %d files, %d problems' % (n, len(probs)))
        for p in probs:
            print(' ', p)
        return 1 if probs else 0
    results = build_all()
    os.makedirs(OUT_MAIL, exist_ok=True)
    for f in os.listdir(OUT_MAIL):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT_MAIL, f))
    for x in results:
        with open(os.path.join(OUT_MAIL, '%03d.eml' % x['n']), 'wb') as fh:
            fh.write(x['raw'])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['file', 'case', 'subreason', 'order_id', 'language', 'needs_human'])
    for x in results:
        w.writerow(label_row(x))
    with open(os.path.join(HERE, 'labels.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(buf.getvalue())
    tmpl_path = os.path.join(HERE, 'README.template.md')
    if os.path.exists(tmpl_path):
        tmpl = open(tmpl_path, encoding='utf-8').read()
        with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
            fh.write(tmpl.replace('{{COUNTS}}', counts_md(results)))
    probs, n = check(results)
    print('wrote %d messages; check: %d problems' % (n, len(probs)))
    for p in probs:
        print(' ', p)
    return 1 if probs else 0


if __name__ == '__main__':
    sys.exit(main())
