#!/usr/bin/env python3
"""Generate the Brackenridge Trail Co. seller-mail triage corpus.

Python 3 standard library only, deterministic (same bytes on every run: all
"randomness" comes from SHA-256 of fixed strings; no clock, no random module).

    python3 gen.py            write mail/NNN.eml, labels.csv, meta.csv
    python3 gen.py --check    also parse every file back and verify it
    python3 gen.py --stats    print count tables (markdown) for the README

The texts live in texts.py next to this file.
"""
import base64
import csv
import datetime as dt
import email
import hashlib
import html
import io
import os
import quopri
import re
import struct
import sys
import zlib
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import texts as T  # noqa: E402

MAILDIR = os.path.join(HERE, 'mail')

CASES = ['address_change', 'cancel_order', 'shipping_inquiry', 'return_unwanted',
         'return_dissatisfied', 'returned_goods', 'negative_review', 'refund_status', 'other']
SUBREASONS = ['damaged', 'wrong_item', 'not_received', 'defective', 'missing_parts']

# ------------------------------------------------------------------ hashing helpers
def h(*a):
    return hashlib.sha256('\x1f'.join(map(str, a)).encode('utf-8')).digest()


def hn(n, *a):
    return int.from_bytes(h(*a)[:8], 'big') % n


def pick(seq, *a):
    return seq[hn(len(seq), *a)]


def hexid(n, *a):
    out = ''
    i = 0
    while len(out) < n:
        out += h(i, *a).hex()
        i += 1
    return out[:n]


ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
UPALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def make_alias(*a):
    d = h('alias', *a)
    return ''.join(ALNUM[b % 36] for b in d[:15])


PREFIXES = ['026', '028', '111', '112', '113', '114', '171', '202', '203', '204', '249',
            '250', '302', '303', '304', '305', '306', '402', '403', '404', '405', '406',
            '407', '408', '503', '701', '702']


def make_order(*a):
    pre = pick(PREFIXES, 'pre', *a)
    n = int.from_bytes(h('order', *a)[:12], 'big')
    s = str(n).zfill(14)[-14:]
    return '%s-%s-%s' % (pre, s[:7], s[7:])


# ------------------------------------------------------------------ charsets / encodings
CODEC = {'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15',
         'windows-1252': 'cp1252', 'iso-8859-2': 'iso8859_2', 'iso-8859-9': 'iso8859_9',
         'iso-2022-jp': 'iso2022_jp', 'shift_jis': 'shift_jis', 'gbk': 'gbk', 'gb18030': 'gb18030',
         'gb2312': 'gb2312', 'big5': 'big5'}


def codec(cs):
    return CODEC[cs.lower()]


def encodable(s, cs):
    try:
        s.encode(codec(cs))
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def qword(b):
    out = []
    for byte in b:
        c = chr(byte)
        if c == ' ':
            out.append('_')
        elif byte < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % byte)
    return ''.join(out)


def ew(s, cs='UTF-8', mode='B'):
    """RFC 2047 encoded words, split on character boundaries, joined by folding."""
    cdc = codec(cs)

    def one(chunk):
        b = chunk.encode(cdc)
        if mode == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode('ascii'))
        return '=?%s?Q?%s?=' % (cs, qword(b))
    words, chunk = [], ''
    for ch in s:
        if chunk and len(one(chunk + ch)) > 75:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return ' '.join(words)


def ew_words(s, cs='UTF-8', mode='Q'):
    """Encode only the non-ASCII words (runs of them together)."""
    toks = s.split(' ')
    out, run = [], []
    for t in toks:
        if is_ascii(t):
            if run:
                out.append(ew(' '.join(run), cs, mode))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(ew(' '.join(run), cs, mode))
    return ' '.join(out)


def fold(name, value, width=76):
    """Fold at spaces; unfolding (removing the line breaks) restores value."""
    toks = value.split(' ')
    lines = []
    cur = name + ':'
    first = True
    for t in toks:
        if not first and len(cur) + 1 + len(t) > width and cur.strip():
            lines.append(cur)
            cur = ' ' + t
        else:
            cur += ' ' + t
        first = False
    lines.append(cur)
    return '\n'.join(lines)


def enc_header_text(s, seed, cs_hint='utf-8'):
    """Encode an unstructured header value (subject); several styles."""
    if is_ascii(s):
        return s
    cs_hint = cs_hint.lower()
    if cs_hint in ('iso-2022-jp', 'shift_jis'):
        if encodable(s, 'ISO-2022-JP'):
            return ew(s, 'ISO-2022-JP', 'B')
        return ew(s, 'UTF-8', 'B')
    if cs_hint in ('gbk', 'gb18030', 'big5') and encodable(s, cs_hint):
        return ew(s, cs_hint.upper() if cs_hint != 'big5' else 'Big5', 'B')
    if cs_hint in ('iso-8859-1', 'iso-8859-15', 'windows-1252', 'iso-8859-2', 'iso-8859-9') \
            and encodable(s, cs_hint):
        style = hn(2, 'hdrstyle', seed)
        label = cs_hint.upper() if cs_hint != 'windows-1252' else 'windows-1252'
        return ew_words(s, label, 'Q') if style == 0 else ew(s, label, 'Q')
    cjk = any(ord(c) > 0x2e80 for c in s)
    style = hn(4, 'hdrstyle', seed)
    if cjk:
        return ew(s, 'UTF-8', 'B') if style != 3 else ew(s, 'utf-8', 'B')
    if style == 0:
        return ew_words(s, 'UTF-8', 'Q')
    if style == 1:
        return ew(s, 'UTF-8', 'Q')
    if style == 2:
        return ew(s, 'utf-8', 'B')
    return ew(s, 'UTF-8', 'B')


def enc_addr(display, addr, seed, cs_hint='utf-8'):
    if display is None:
        return addr
    if is_ascii(display):
        if re.fullmatch(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+", display) and hn(3, 'addrq', seed) == 0:
            return '%s <%s>' % (display, addr)
        return '"%s" <%s>' % (display.replace('\\', '\\\\').replace('"', '\\"'), addr)
    return '%s <%s>' % (enc_header_text(display, seed + 'from', cs_hint), addr)


# ------------------------------------------------------------------ MIME tree
class Leaf:
    def __init__(self, ctype, text=None, data=None, cs=None, cte='7bit', filename=None,
                 disp=None, check=True, raw_headers=None):
        self.ctype, self.text, self.data, self.cs, self.cte = ctype, text, data, cs, cte
        self.filename, self.disp, self.check = filename, disp, check
        self.raw_headers = raw_headers or []


class Multi:
    def __init__(self, subtype, parts, boundary, params='', preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble = params, preamble


def param_filename(fn, seed):
    if is_ascii(fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    pct = ''.join(c if (c.isascii() and (c.isalnum() or c in '._-')) else
                  ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in fn)
    return 'name="%s"' % ew(fn, 'UTF-8', 'B'), "filename*=UTF-8''%s" % pct


def render(part, crlf, seed):
    """Return (header_lines, body_bytes)."""
    if isinstance(part, Multi):
        hdr = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (
            part.subtype, (' ' + part.params) if part.params else '', part.boundary)]
        out = io.BytesIO()
        if part.preamble:
            out.write(part.preamble.encode('ascii') + b'\n')
        for i, sub in enumerate(part.parts):
            sh, sb = render(sub, crlf, seed + '/%d' % i)
            out.write(b'\n--' + part.boundary.encode('ascii') + b'\n')
            out.write('\n'.join(sh).encode('ascii') + b'\n\n')
            out.write(sb)
        out.write(b'\n--' + part.boundary.encode('ascii') + b'--\n')
        return hdr, out.getvalue()
    hdr = []
    params = [part.ctype]
    if part.cs:
        q = hn(2, 'csq', seed)
        params.append(('charset="%s"' if q else 'charset=%s') % part.cs)
    dispo = None
    if part.filename:
        pn, fnp = param_filename(part.filename, seed)
        params.append(pn)
        dispo = '%s; %s' % (part.disp or 'attachment', fnp)
    hdr.append(fold('Content-Type', '; '.join(params)))
    for rh in part.raw_headers:
        hdr.append(rh)
    if part.cte:
        hdr.append('Content-Transfer-Encoding: ' + part.cte)
    if dispo:
        hdr.append(fold('Content-Disposition', dispo))
    if part.data is not None:
        b = part.data
    else:
        t = part.text
        if part.cte == 'base64' and crlf:
            t = t.replace('\n', '\r\n')
        b = t.encode(codec(part.cs)) if part.cs else t.encode('ascii')
    if part.cte == 'base64':
        body = base64.encodebytes(b)
    elif part.cte == 'quoted-printable':
        body = quopri.encodestring(b)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        if part.cte == '7bit' and any(x > 127 for x in b):
            raise ValueError('8-bit data in 7bit part (%s)' % seed)
        body = b if b.endswith(b'\n') else b + b'\n'
    return hdr, body


def leaves(part):
    if isinstance(part, Multi):
        out = []
        for p in part.parts:
            out += leaves(p)
        return out
    return [part]


# ------------------------------------------------------------------ binary attachments
def make_png(seed, w=32, hgt=24):
    rows = []
    for y in range(hgt):
        row = bytearray([0])
        for x in range(w):
            v = (x * 7 + y * 5 + h(seed, x // 8, y // 8)[0]) % 256
            row += bytes([v, (v * 3) % 256, (255 - v) % 256])
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, hgt, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 0)) + chunk(b'IEND', b''))


def make_pdf(title):
    safe = ''.join(c if (32 <= ord(c) < 127 and c not in '()\\') else '?' for c in title)
    content = ('BT /F1 14 Tf 72 770 Td (%s) Tj ET' % safe).encode('ascii')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = bytearray(b'%PDF-1.4\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)


def attachment(kind, fn, seed):
    if kind == 'png':
        return Leaf('image/png', data=make_png(seed + fn), cte='base64', filename=fn,
                    disp=pick(['attachment', 'inline'], 'disp', seed, fn), check=False)
    return Leaf('application/pdf', data=make_pdf(fn), cte='base64', filename=fn,
                disp='attachment', check=False)


# ------------------------------------------------------------------ substitution
def subst(s, ctx):
    def rep(m):
        k = m.group(1)
        if k in ctx:
            return ctx[k]
        mm = re.fullmatch(r'd([+-])(\d+)', k)
        if mm:
            delta = dt.timedelta(days=int(mm.group(2)))
            d = ctx['_date'] + delta if mm.group(1) == '+' else ctx['_date'] - delta
            return d.strftime('%Y-%m-%d')
        raise KeyError(k)
    out = re.sub(r'<<([^<>]+)>>', rep, s)
    assert '<<' not in out, out
    return out


def title_for(pkey, lang):
    p = T.PRODUCTS[pkey]
    return p.get(lang, p['en'])


# ------------------------------------------------------------------ buyer wrappers
DECOS = ['━' * 30, '* ' * 24, '-=' * 24, '~' * 48, '─' * 36, '#' * 48, '<>' * 20, '=' * 48, '·' * 40]


def deco_for(cs, seed):
    start = hn(len(DECOS), 'deco', seed)
    for i in range(len(DECOS)):
        d = DECOS[(start + i) % len(DECOS)]
        if encodable(d, cs):
            return d
    return '-' * 48


def buyer_plain(c, form):
    L = c['L']
    text = c['text']
    lines = []
    if form == 'A':
        lines += ['%s: %s' % (L['order'], c['o1']), ''] if c['o1'] else []
        for p in c['prods']:
            lines += ['%d x %s' % (p['qty'], p['title']), 'ASIN: %s' % p['asin'], '']
        lines += [L['msg'], '', text, '', L['view'] + ':', c['link_view'], '',
                  L['report'] + ':', c['link_report'], '', L['service'], '', L['copy']]
    elif form == 'B':
        if c['o1']:
            lines += ['%s: %s' % (L['order'], c['o1']), '']
        lines += ['#   ASIN         %s' % L['prod']]
        for i, p in enumerate(c['prods'], 1):
            lines += ['%d   %s   %s' % (i, p['asin'], p['title'])]
        lines += ['', L['msg'], text, '', '--', '%s | %s | %s' % (L['view'], L['resolve'], L['report']),
                  L['reply'], L['helpful'], L['copy']]
    else:  # 'C': label and first line of the message on one line
        if c['o1']:
            lines += ['%s %s' % (L['order'], c['o1'])]
        for p in c['prods']:
            lines += ['%s (%s)' % (p['title'], p['asin'])]
        tl = text.split('\n')
        lines += ['', (L['msg'] + ' ' + tl[0]).rstrip()] + tl[1:]
        lines += ['', L['reply'], c['link_view'], '', L['service'], L['copy']]
    return '\n'.join(lines)


def buyer_blocks(c):
    L = c['L']
    bar = pick(['=' * 48, '-' * 48, '_' * 48], 'bar', c['seed'])
    lines = [bar]
    if c['o1']:
        lines.append('%s: %s' % (L['order'], c['o1']))
    for p in c['prods']:
        lines += ['%s: %s' % (L['item'], p['title']), 'ASIN: %s' % p['asin'],
                  '%s: %d' % (L['qty'], p['qty']), 'SKU: %s' % p['sku']]
    lines += [bar, '', L['msg'], c['text'], '', bar, '%s: %s' % (L['view'], c['link_view']),
              L['reply'], '', L['service']]
    return '\n'.join(lines)


def buyer_deco(c):
    L = c['L']
    d = deco_for(c['cs'], c['seed'])
    lines = [d]
    if c['o1']:
        lines.append('  %s: %s' % (L['order'], c['o1']))
    for p in c['prods']:
        lines += ['  %s' % p['title'], '  ASIN %s' % p['asin']]
    lines += [d, '', '  ' + L['msg'], '', c['text'], '', d, L['reply'],
              '%s: %s' % (L['view'], c['link_view']), d, L['service']]
    return '\n'.join(lines)


LEGACY = {
    'en': dict(order='Order ID %s:', item='%d of %s [ASIN: %s] ',
               begin='------------- Begin message -------------',
               end='------------- End message -------------',
               fyi='Please note: to help settle disputes and keep the marketplace safe, Amazon keeps a copy of every message that buyers and sellers exchange through this service for two years. This includes your reply to the message above. Amazon uses filtering technology to protect buyers and sellers from possible fraud.',
               nrn='To mark this message as no response needed, click here:'),
    'de': dict(order='Bestellnummer %s:', item='%d von %s [ASIN: %s] ',
               begin='------------- Beginn der Nachricht -------------',
               end='------------- Ende der Nachricht -------------',
               fyi='Hinweis: Um bei Streitfällen helfen zu können, bewahrt Amazon alle Nachrichten, die Käufer und Verkäufer über diesen Service austauschen, zwei Jahre lang auf. Dazu gehört auch Ihre Antwort auf die obige Nachricht.',
               nrn='Um diese Nachricht als "Keine Antwort erforderlich" zu markieren, klicken Sie hier:'),
}


def buyer_legacy(c):
    G = LEGACY['de' if c['wl'] == 'de' else 'en']
    lines = [G['order'] % c['o1']]
    for p in c['prods']:
        lines.append(G['item'] % (p['qty'], p['title'], p['asin']))
    mp = '&mp=ATVPDKIKX0DER' if c['tld'] == 'com' else ''
    lines += ['', G['begin'], '', c['text'], '', G['end'], '', G['fyi'], '', G['nrn'],
              'https://sellercentral.amazon.%s/gp/communication-manager/no-response-needed.html?msg=%s%s'
              % (c['tld'], hexid(24, 'nrn', c['seed']), mp),
              '', '[commMgrTok:%s]' % ''.join(UPALNUM[b % 36] for b in h('tok', c['seed'])[:13])]
    return '\n'.join(lines)


def buyer_cs(c, reason):
    C = T.CS_RELAY['it' if c['wl'] == 'it' else 'en']
    p = c['prods'][0]
    lines = [C['greet'], '', C['intro'], '', '%s %s' % (C['order'], c['o1']),
             '%s %s' % (C['asin'], p['asin']), '%s %s' % (C['reason'], reason), '',
             C['details'], c['text'], '', C['ask'], '', C['sign']]
    return '\n'.join(lines)


def quote_block(c, q, style):
    L = c['L']
    qtext = q['text']
    if style == 'gt':
        head = subst(L['wrote'], c['sub'])
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in qtext.split('\n'))
    lab = {'de': ('Von', 'Gesendet', 'Betreff'), 'fr': ('De', 'Envoyé', 'Objet'), 'es': ('De', 'Enviado', 'Asunto'),
           'it': ('Da', 'Inviato', 'Oggetto'), 'ja': ('差出人', '送信日時', '件名')}.get(c['wl'], ('From', 'Sent', 'Subject'))
    hdr = [L['orig'], '%s: %s' % (lab[0], T.SELLER), '%s: %s' % (lab[1], c['sub']['qd']), '%s: %s' % (lab[2], q['subj']), '']
    return '\n'.join(hdr) + '\n' + qtext


def html_page(c, body_html, cs):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n</head>\n%s\n</html>') % (c['wl'], cs, html.escape(c['subject_plain']), body_html)


def text_to_html(text):
    if not text:
        return ''
    return '<br>\n'.join(html.escape(l) for l in text.split('\n'))


def buyer_html(c, cs, quoted=None):
    L = c['L']
    esc = html.escape
    msg = text_to_html(c['text'])
    if quoted:
        msg += ('\n<br><br>\n<blockquote style="margin:0 0 0 8px;border-left:2px solid #999;padding-left:8px">\n'
                + text_to_html(quoted) + '\n</blockquote>')
    form = hn(2, 'htmlform', c['seed'])
    if form == 0:
        rows = ''.join('<tr><td style="padding:4px 8px;border:1px solid #ddd">%d</td>'
                       '<td style="padding:4px 8px;border:1px solid #ddd">%s</td>'
                       '<td style="padding:4px 8px;border:1px solid #ddd">%s</td></tr>\n'
                       % (i, p['asin'], esc(p['title'])) for i, p in enumerate(c['prods'], 1))
        order = ('<p style="margin:0 0 12px 0"><b>%s:</b> %s</p>\n' % (esc(L['order']), c['o1'])) if c['o1'] else ''
        body = ('<body style="margin:0;padding:0;background:#f3f3f3">\n'
                '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3">\n'
                '<tr><td align="center">\n'
                '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
                'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#0f1111">\n'
                '<tr><td style="padding:16px 20px;border-bottom:3px solid #ff9900"><b>amazon</b> seller central</td></tr>\n'
                '<tr><td style="padding:16px 20px">\n'
                + order +
                '<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0">\n'
                '<tr><th align="left" style="padding:4px 8px">#</th><th align="left" style="padding:4px 8px">ASIN</th>'
                '<th align="left" style="padding:4px 8px">%s</th></tr>\n' % esc(L['prod'])
                + rows + '</table>\n'
                '<p style="margin:0 0 6px 0;font-weight:bold">%s</p>\n' % esc(L['msg']) +
                '<div style="padding:12px;background:#f7f7f7;border-left:4px solid #c8c8c8">\n%s\n</div>\n' % msg +
                '<p style="margin:20px 0 0 0"><a href="%s" style="color:#007185">%s</a> &nbsp;|&nbsp; '
                '<a href="%s" style="color:#007185">%s</a></p>\n' % (esc(c['link_view']), esc(L['view']),
                                                                   esc(c['link_report']), esc(L['report'])) +
                '</td></tr>\n<tr><td style="padding:12px 20px;font-size:11px;color:#565959">%s<br>\n%s</td></tr>\n'
                % (esc(L['service']), esc(L['copy'])) +
                '</table>\n</td></tr></table>\n</body>')
    else:
        items = ''.join('<li>%s <span style="color:#565959">(ASIN %s)</span></li>\n' % (esc(p['title']), p['asin'])
                        for p in c['prods'])
        order = ('<div class="order">%s: <strong>%s</strong></div>\n' % (esc(L['order']), c['o1'])) if c['o1'] else ''
        body = ('<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
                '<div style="max-width:640px;margin:0 auto">\n' + order +
                '<ul style="padding-left:18px">\n' + items + '</ul>\n'
                '<h3 style="font-size:15px;margin:18px 0 6px 0">%s</h3>\n' % esc(L['msg']) +
                '<div class="message">\n%s\n</div>\n' % msg +
                '<p><a href="%s" style="display:inline-block;padding:8px 14px;background:#ffd814;color:#0f1111;'
                'text-decoration:none;border-radius:8px">%s</a></p>\n' % (esc(c['link_view']), esc(L['view'])) +
                '<hr style="border:0;border-top:1px solid #ddd">\n'
                '<p style="font-size:11px;color:#565959">%s<br>\n%s<br>\n%s</p>\n'
                % (esc(L['reply']), esc(L['service']), esc(L['copy'])) +
                '</div>\n</body>')
    return html_page(c, body, cs)


def html_cs_cte(cs, cte):
    hcs = cs if cs.lower() in ('utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252', 'iso-8859-2', 'iso-8859-9') else 'utf-8'
    hcte = cte if cte in ('quoted-printable', 'base64') else ('quoted-printable' if cte == '7bit' else '8bit')
    return hcs, hcte


FALLBACK = {'\u00a9': '(c)', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
            '\u00b7': '.', '\u00a0': ' '}


def fit(text, cs):
    """Amazon's wrapper in a narrow charset: degrade a few symbols the way old templates did."""
    if encodable(text, cs):
        return text
    out = ''.join(FALLBACK.get(ch, ch) if not encodable(ch, cs) else ch for ch in text)
    out.encode(codec(cs))  # raises if still impossible
    return out


def plain_cte(text, cs, cte):
    """Keep the requested CTE unless it cannot carry the text."""
    b = text.encode(codec(cs))
    if cte == '7bit' and any(x > 127 for x in b):
        return 'quoted-printable'
    return cte


# ------------------------------------------------------------------ notice / other html
def auto_html(text, title, lang, seed):
    esc = html.escape
    parts = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        kv = [re.match(r'^([^:：]{1,40}?)\s?([:：])\s?(.*)$', l) for l in lines]
        if len(lines) >= 2 and all(kv) and not any(l.startswith('http') for l in lines):
            rows = ''.join('<tr><td style="padding:3px 12px 3px 0;color:#565959">%s</td><td style="padding:3px 0">%s</td></tr>\n'
                           % (esc(m.group(1)), esc(m.group(3))) for m in kv)
            parts.append('<table cellpadding="0" cellspacing="0">\n%s</table>' % rows)
        elif len(lines) == 1 and re.match(r'^https?://\S+$', lines[0]):
            parts.append('<p><a href="%s">%s</a></p>' % (esc(lines[0]), esc(lines[0])))
        else:
            parts.append('<p>%s</p>' % '<br>\n'.join(esc(l) for l in lines))
    inner = '\n'.join(parts)
    style = hn(2, 'autohtml', seed)
    if style == 0:
        body = ('<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">\n'
                '<div style="max-width:600px;margin:0 auto;padding:16px;border-top:4px solid #232f3e">\n%s\n</div>\n</body>' % inner)
    else:
        body = ('<body>\n<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="font-family:Verdana,sans-serif;font-size:13px">\n'
                '%s\n</td></tr></table>\n</body>' % inner)
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<title>%s</title>\n</head>\n%s\n</html>'
            % (lang, '@@CS@@', esc(title), body))


# ------------------------------------------------------------------ headers
def ses_msgid(seed, region):
    return '<0100%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>' % (
        hexid(12, 'm1', seed), hexid(8, 'm2', seed), hexid(4, 'm3', seed), hexid(4, 'm4', seed),
        hexid(4, 'm5', seed), hexid(12, 'm6', seed), region)


def ip(seed, net):
    return '%s.%d' % (net, 2 + hn(250, 'ip', seed))


def received(from_host, ipaddr, date_s, seed, tls=True):
    return fold('Received', 'from %s (%s [%s]) by %s (Postfix) with %s id %s for <%s>; %s' % (
        from_host, from_host, ipaddr, T.OUR_MX, 'ESMTPS' if tls else 'ESMTP',
        ''.join(UPALNUM[b % 36] for b in h('qid', seed)[:11]), T.SUPPORT, date_s))


def to_header(seed):
    if hn(3, 'to', seed) == 0:
        return 'To: ' + T.SUPPORT
    return 'To: "%s" <%s>' % (T.SUPPORT_NAME, T.SUPPORT)


# ------------------------------------------------------------------ building one message
def q_date(d, lang):
    if lang == 'en':
        return d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y at %H:%M')
    if lang == 'ja':
        return '%d年%d月%d日 %s' % (d.year, d.month, d.day, d.strftime('%H:%M'))
    return d.strftime('%d.%m.%Y %H:%M') if lang in ('de', 'pl', 'tr') else d.strftime('%d/%m/%Y %H:%M')


def build(spec, key, date, ids):
    """Return (bytes, info) for one spec. info holds what --check verifies."""
    seed = key
    kind = spec['kind']
    crlf = hn(9, 'crlf', seed) == 0
    mpk = spec.get('mp', 'com')
    mp = T.MARKETPLACES[mpk]
    wl = mp['wl']
    orders = ids['orders']
    o1 = orders[0] if orders else ''
    o2 = orders[1] if len(orders) > 1 else ''
    tlang = spec['lang'] if kind != 'buyer' else wl
    prods = []
    pkeys = spec.get('prod', [])
    if kind == 'buyer' and spec.get('orders', 1) > 1:
        pkeys = pkeys[:1]  # the wrapper shows the order of the thread; the others are only in the text
    for i, pk in enumerate(pkeys):
        p = T.PRODUCTS[pk]
        prods.append(dict(asin=p['asin'], sku=p['sku'], title=title_for(pk, tlang if kind != 'buyer' else wl), qty=1))
    sub = {'o1': o1, 'o2': o2, 'name': spec.get('name', ''), 'seller': T.SELLER,
           'year': str(date.year), 'd0': date.strftime('%Y-%m-%d'), '_date': date,
           'qd': q_date(date - dt.timedelta(days=1, hours=3), wl),
           'trk': 'SP%010dUS' % (int.from_bytes(h('trk', seed)[:6], 'big') % 10 ** 10)}
    if prods:
        sub.update(title=prods[0]['title'], asin=prods[0]['asin'], sku=prods[0]['sku'])
    date_s = format_datetime(date)
    info = {'leaves': [], 'attach': []}
    headers = []
    extra_top = []

    if kind == 'buyer':
        L = {k: subst(v, sub) if isinstance(v, str) else v for k, v in T.L10N[wl].items()}
        alias = ids['alias']
        dom = 'marketplace.amazon.' + mp['tld']
        local = alias
        if spec.get('plus'):
            g = hexid(32, 'guid', seed)
            local = '%s+%s-%s-%s-%s-%s' % (alias, g[:8], g[8:12], g[12:16], g[16:20], g[20:])
        from_addr = '%s@%s' % (local, dom)
        text = subst(spec['text'], sub)
        wrap = spec.get('wrap', 'plain')
        cs = spec.get('cs', 'utf-8')
        cte = spec.get('cte', '8bit')
        text.encode(codec(cs))  # the buyer's own words must fit the declared charset
        L = {k: fit(v, cs) for k, v in L.items()}
        for p in prods:
            p['title'] = fit(p['title'], cs)
        if wrap == 'reply':
            q = spec['quote']
            m = re.search(r'\(([^()]*)<<o1>>\)', T.L10N[wl]['inq'])
            subject = L['re'] + q['subj'] + ' (' + subst(m.group(1), sub) + o1 + ')'
        elif spec.get('subj'):
            subject = subst(spec['subj'], sub)
        elif wrap == 'cs_system':
            subject = 'Customer contact regarding order %s - %s' % (o1, spec['cs_reason'])
        else:
            subject = L['inq'] if o1 else L['msgsubj']
        c = dict(L=L, wl=wl, tld=mp['tld'], o1=o1, prods=prods, text=text, cs=cs, seed=seed,
                 subject_plain=subject, sub=sub,
                 link_view='https://sellercentral.amazon.%s/messaging/inbox?threadId=%s' % (mp['tld'], hexid(20, 'thr', ids['thread'])),
                 link_report='https://sellercentral.amazon.%s/messaging/report?threadId=%s' % (mp['tld'], hexid(20, 'thr', ids['thread'])))
        quoted = None
        if wrap == 'reply':
            q = spec['quote']
            quoted = quote_block(c, q, q['style'])
            c['text'] = text + '\n\n' + quoted
        # choose body
        if wrap in ('plain', 'plain_table', 'reply'):
            form = 'B' if wrap == 'plain_table' else pick(['A', 'A', 'C'], 'form', seed)
            ptxt = buyer_plain(c, form)
        elif wrap == 'blocks':
            ptxt = buyer_blocks(c)
        elif wrap == 'deco':
            ptxt = buyer_deco(c)
        elif wrap == 'legacy':
            ptxt = buyer_legacy(c)
        elif wrap in ('cs', 'cs_system'):
            ptxt = buyer_cs(c, spec['cs_reason'])
        else:
            ptxt = buyer_plain(c, pick(['A', 'B', 'C'], 'form', seed))
        as_alt = wrap == 'alt' or (wrap == 'reply' and hn(3, 'replyalt', seed) == 0)
        if wrap == 'html':
            hcs, hcte = html_cs_cte(cs, cte)
            c['text'] = text
            root = Leaf('text/html', text=buyer_html(c, hcs), cs=hcs, cte=hcte)
        elif as_alt:
            pl = Leaf('text/plain', text=ptxt, cs=cs, cte=plain_cte(ptxt, cs, cte))
            hcs, hcte = html_cs_cte(cs, cte)
            c['text'] = text
            hl = Leaf('text/html', text=buyer_html(c, hcs, quoted), cs=hcs, cte=hcte)
            root = Multi('alternative', [pl, hl], '----=_Part_%d_%s' % (hn(900000, 'b', seed) + 100000, hexid(10, 'bd', seed)))
        else:
            root = Leaf('text/plain', text=ptxt, cs=cs, cte=plain_cte(ptxt, cs, cte))
        if spec.get('attach'):
            atts = [attachment(k, fn, seed) for k, fn in spec['attach']]
            root = Multi('mixed', [root] + atts, '----=_Part_%d_%s' % (hn(900000, 'bm', seed) + 100000, hexid(10, 'bm', seed)))
        if wrap == 'cs_system':
            from_disp, from_addr = 'Amazon Customer Service', 'cs-reply@amazon.%s' % mp['tld']
            display = from_disp
        else:
            display = '%s - Amazon Marketplace' % spec['name'] if spec['name'] else 'Amazon Marketplace'
        region = mp['region']
        hostn = 'a%d-%d.smtp-out.%s.amazonses.com' % (hn(90, 'h1', seed) + 10, hn(250, 'h2', seed) + 1, region)
        headers.append('Return-Path: <%s@%s.amazonses.com>' % ('0100' + hexid(28, 'rp', seed), region))
        headers.append('Delivered-To: ' + T.SUPPORT)
        headers.append(received(hostn, ip(seed, '198.51.100'), date_s, seed))
        adom = from_addr.split('@')[1]
        headers.append(fold('Authentication-Results', '%s; spf=pass smtp.mailfrom=%s.amazonses.com; dkim=pass header.d=%s; dmarc=pass header.from=%s'
                            % (T.OUR_MX, region, adom, adom)))
        msgid = ses_msgid(seed, region)
        if wrap == 'reply':
            sid = '<%s@brackenridge-trail.example>' % hexid(24, 'sellermsg', seed)
            extra_top += ['In-Reply-To: ' + sid, 'References: ' + sid]
        subj_cs = cs
    else:
        display, from_addr = spec['sender']
        cs = spec.get('cs', 'utf-8')
        cte = spec.get('cte', '8bit')
        subject = subst(spec['subj'], sub)
        body = subst(spec.get('body', ''), sub) if spec.get('body') else ''
        fmt = spec.get('fmt', 'plain')
        lang = spec['lang']
        if fmt == 'dsn':
            root = build_dsn(spec, body, cs, cte, seed, date_s)
        else:
            parts = []
            if fmt in ('plain', 'alt'):
                parts.append(Leaf('text/plain', text=body, cs=cs, cte=plain_cte(body, cs, cte)))
            if fmt in ('html', 'alt'):
                hcs, hcte = html_cs_cte(cs, cte)
                if spec.get('html'):
                    htxt = subst(spec['html'], sub)
                else:
                    htxt = auto_html(body, subject, lang, seed).replace('@@CS@@', hcs)
                parts.append(Leaf('text/html', text=htxt, cs=hcs, cte=hcte))
            if len(parts) == 2:
                bstyle = hn(3, 'bs', seed)
                bnd = ['=_alt_%s' % hexid(20, 'b', seed), '----=_NextPart_%s' % hexid(16, 'b', seed),
                       '_000_%s_' % hexid(24, 'b', seed).upper()][bstyle]
                root = Multi('alternative', parts, bnd, preamble='This is a multi-part message in MIME format.' if bstyle == 1 else None)
            else:
                root = parts[0]
            if spec.get('attach'):
                atts = [attachment(k, fn, seed) for k, fn in spec['attach']]
                root = Multi('mixed', [root] + atts, '=_mixed_%s' % hexid(20, 'bm', seed))
        adom = from_addr.split('@')[1]
        if kind == 'notice':
            region = mp['region']
            hostn = 'a%d-%d.smtp-out.%s.amazonses.com' % (hn(90, 'h1', seed) + 10, hn(250, 'h2', seed) + 1, region)
            headers.append('Return-Path: <%s@%s.amazonses.com>' % ('0100' + hexid(28, 'rp', seed), region))
            headers.append('Delivered-To: ' + T.SUPPORT)
            headers.append(received(hostn, ip(seed, '198.51.100'), date_s, seed))
            headers.append(fold('Authentication-Results', '%s; spf=pass smtp.mailfrom=%s.amazonses.com; dkim=pass header.d=%s; dmarc=pass header.from=%s'
                                % (T.OUR_MX, region, adom, adom)))
            msgid = ses_msgid(seed, region)
        else:
            tz = dt.timezone(dt.timedelta(hours=spec.get('tz', 0)))
            date = date.astimezone(tz)
            date_s = format_datetime(date)
            if from_addr.lower().startswith('mailer-daemon'):
                headers.append('Return-Path: <>')
            else:
                headers.append('Return-Path: <%s>' % from_addr)
            headers.append('Delivered-To: ' + T.SUPPORT)
            if adom == 'brackenridge-trail.example' or adom == T.OUR_MX:
                headers.append(received('localhost', '127.0.0.1', date_s, seed, tls=False))
            else:
                netb = '203.0.113' if not spec.get('phish') else '192.0.2'
                headers.append(received('mail.' + '.'.join(adom.split('.')[-2:]), ip(seed, netb), date_s, seed))
            if spec.get('phish'):
                headers.append(fold('Authentication-Results', '%s; spf=softfail smtp.mailfrom=%s; dkim=none; dmarc=fail header.from=%s'
                                    % (T.OUR_MX, adom, adom)))
            elif adom != 'mx.brackenridge-trail.example':
                headers.append(fold('Authentication-Results', '%s; spf=pass smtp.mailfrom=%s; dkim=pass header.d=%s'
                                    % (T.OUR_MX, adom, adom)))
            msgid = '<%s.%s@%s>' % (hexid(16, 'mid', seed), hexid(8, 'mid2', seed), adom)
            if spec.get('auto'):
                extra_top.append('Auto-Submitted: auto-replied')
                if hn(2, 'xauto', seed):
                    extra_top.append('X-Auto-Response-Suppress: All')
            if spec.get('listunsub'):
                extra_top.append('List-Unsubscribe: <https://%s/unsubscribe?u=%s>' % (adom, hexid(12, 'lu', seed)))
                extra_top.append('Precedence: bulk')
        subj_cs = cs

    headers.append('Date: ' + date_s)
    headers.append(fold('From', enc_addr(display, from_addr, seed, subj_cs)))
    headers.append(to_header(seed))
    headers.append(fold('Subject', enc_header_text(subject, seed, subj_cs)))
    headers.append('Message-ID: ' + msgid)
    headers += extra_top
    headers.append('MIME-Version: 1.0')
    rh, rb = render(root, crlf, seed)
    raw = ('\n'.join(headers + rh) + '\n\n').encode('ascii') + rb
    if crlf:
        raw = raw.replace(b'\n', b'\r\n')
    info['subject'] = subject
    info['from_display'] = display
    info['from_addr'] = from_addr
    info['crlf'] = crlf
    info['leaves'] = [(lf.ctype, lf.text, lf.filename, lf.data) for lf in leaves(root)
                      if lf.ctype.startswith('text/') and lf.check]
    info['attach'] = [(lf.ctype, lf.filename, lf.data) for lf in leaves(root) if lf.data is not None]
    info['structure'] = structure(root)
    info['charset'] = cs
    return raw, info


def structure(p):
    if isinstance(p, Multi):
        return 'multipart/%s[%s]' % (p.subtype, ','.join(structure(x) for x in p.parts))
    return '%s(%s,%s)' % (p.ctype, p.cs or '-', p.cte)


def build_dsn(spec, body, cs, cte, seed, date_s):
    d = spec['dsn']
    expl = Leaf('text/plain', text=body, cs=cs, cte=plain_cte(body, cs, cte))
    reporter = T.OUR_MX if 'brackenridge' in spec['sender'][1] else d['remote']
    status = ('Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\n'
              'Action: %s\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: %s\n'
              % (reporter, date_s, d['rcpt'], d['rcpt'], d['action'], d['status'], d['remote'], d['diag']))
    st = Leaf('message/delivery-status', text=status, cs=None, cte='7bit', check=False)
    orig_hdr = ('From: Anna Brackenridge <anna@brackenridge-trail.example>\nTo: %s\nSubject: %s\nDate: %s\n'
                'Message-ID: <%s@brackenridge-trail.example>\nMIME-Version: 1.0\n'
                'Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n'
                % (d['rcpt'], d['orig_subj'], date_s, hexid(20, 'orig', seed)))
    if 'brackenridge' in spec['sender'][1]:
        orig = Leaf('message/rfc822', text=orig_hdr + '\n' + d['orig_body'], cs=None, cte='7bit', check=False)
    else:
        orig = Leaf('text/rfc822-headers', text=orig_hdr, cs=None, cte='7bit', check=False)
    return Multi('report', [expl, st, orig], '%s/%s' % (hexid(10, 'dsn', seed).upper(), T.OUR_MX),
                 params='report-type=delivery-status;',
                 preamble='This is a MIME-encapsulated message.')


# ------------------------------------------------------------------ corpus assembly
def all_specs():
    specs = []
    for group, name in ((T.BUYERS, 'b'), (T.NOTICES, 'n'), (T.OTHERS, 'x')):
        for i, s in enumerate(group):
            specs.append(('%s%03d' % (name, i), s))
    return specs


START = dt.datetime(2025, 1, 6, 8, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 4, 28, 18, 0, tzinfo=dt.timezone.utc)


def ordered():
    specs = all_specs()
    specs.sort(key=lambda kv: h('order-salt-7', kv[0]))
    # follow-ups ("same") are placed `gap` positions after the message carrying the tag
    followers = [kv for kv in specs if kv[1].get('same')]
    specs = [kv for kv in specs if not kv[1].get('same')]
    for kv in followers:
        pos = [i for i, (k, s) in enumerate(specs) if s.get('tag') == kv[1]['same']][0]
        specs.insert(min(pos + kv[1].get('gap', 2), len(specs)), kv)
    return specs


def ids_for(key, spec):
    thread = spec.get('tag') or spec.get('same') or key
    n = spec.get('orders', 0 if spec['kind'] == 'nonamazon' else 1)
    orders = [make_order('ord', thread, j) for j in range(n)]
    return {'thread': thread, 'alias': make_alias(thread), 'orders': orders}


def label_row(fname, spec, ids):
    case = spec['case']
    sub = spec.get('sub', '') if case == 'return_dissatisfied' else ''
    return [fname, case, sub, ';'.join(ids['orders']), spec['lang'], 'true' if spec.get('nh') else 'false']


def generate():
    specs = ordered()
    n = len(specs)
    step = (END - START) / n
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith('.eml'):
            os.remove(os.path.join(MAILDIR, f))
    rows, meta, infos = [], [], []
    for i, (key, spec) in enumerate(specs):
        jitter = dt.timedelta(seconds=hn(int(step.total_seconds() * 0.8), 'jit', key))
        date = (START + step * i + jitter).replace(microsecond=0)
        ids = ids_for(key, spec)
        raw, info = build(spec, key, date, ids)
        fname = 'mail/%03d.eml' % (i + 1)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(raw)
        rows.append(label_row(fname, spec, ids))
        kind = spec['kind']
        if kind == 'buyer' and spec.get('wrap') == 'cs_system':
            kind = 'buyer_cs_system'
        meta.append([fname, kind, spec.get('wrap', spec.get('fmt', '')), spec.get('mp', ''),
                     info['structure'], 'crlf' if info['crlf'] else 'lf', spec.get('note', '')])
        infos.append((fname, spec, ids, info))
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'case', 'subreason', 'order_id', 'language', 'needs_human'])
        w.writerows(rows)
    with open(os.path.join(HERE, 'meta.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'kind', 'layout', 'marketplace', 'mime_structure', 'line_endings', 'note'])
        w.writerows(meta)
    return rows, meta, infos


# ------------------------------------------------------------------ verification
def norm(s):
    return s.replace('\r\n', '\n').rstrip('\n')


def walk_leaves(m):
    if m.get_content_maintype() == 'multipart':
        out = []
        for p in m.get_payload():
            out += walk_leaves(p)
        return out
    if m.get_content_maintype() == 'message':
        return [m]
    return [m]


ORDER_RE = re.compile(r'^\d{3}-\d{7}-\d{7}$')
RELAY_RE = re.compile(r'^[a-z0-9]{15}(\+[0-9a-f-]+)?@marketplace\.amazon\.[a-z.]+$')


def check(rows, infos):
    errors = []
    for (fname, spec, ids, info), row in zip(infos, rows):
        path = os.path.join(HERE, fname)
        raw = open(path, 'rb').read()
        for ln in raw.split(b'\n'):
            if len(ln.rstrip(b'\r')) > 998:
                errors.append('%s: line longer than 998 octets' % fname)
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            errors.append('%s: defects %r' % (fname, msg.defects))
        if str(msg['subject']) != info['subject']:
            errors.append('%s: subject %r != %r' % (fname, str(msg['subject']), info['subject']))
        addrs = msg['from'].addresses
        if len(addrs) != 1 or addrs[0].display_name != info['from_display'] or addrs[0].addr_spec != info['from_addr']:
            errors.append('%s: from %r != %r <%s>' % (fname, str(msg['from']), info['from_display'], info['from_addr']))
        d = msg['date'].datetime
        if d.year not in (2025, 2026):
            errors.append('%s: date %s' % (fname, d))
        got = [p for p in walk_leaves(msg)]
        texts = [p for p in got if p.get_content_maintype() == 'text']
        want = info['leaves']
        # compare text leaves in order (DSN: only the first text/plain is ours to compare)
        wt = [w for w in want]
        gt = [p for p in texts if p.get_content_type() in ('text/plain', 'text/html')][:len(wt)]
        if len(gt) != len(wt):
            errors.append('%s: %d text parts, expected %d' % (fname, len(gt), len(wt)))
        for p, (ctype, text, _fn, _d) in zip(gt, wt):
            if p.get_content_type() != ctype:
                errors.append('%s: part type %s != %s' % (fname, p.get_content_type(), ctype))
            if norm(p.get_content()) != norm(text):
                errors.append('%s: body of %s does not decode to the intended text' % (fname, ctype))
        atts = [(p.get_content_type(), p.get_filename(), p.get_payload(decode=True)) for p in got
                if p.get_filename()]
        if [(a[0], a[1], a[2]) for a in atts] != [(a[0], a[1], a[2]) for a in info['attach']]:
            errors.append('%s: attachments differ' % fname)
        # label sanity
        f, case, subr, oid, lang, nh = row
        if case not in CASES:
            errors.append('%s: bad case' % fname)
        if (case == 'return_dissatisfied') != bool(subr) or (subr and subr not in SUBREASONS):
            errors.append('%s: bad subreason' % fname)
        if oid and not all(ORDER_RE.match(x) for x in oid.split(';')):
            errors.append('%s: bad order id %r' % (fname, oid))
        if not re.fullmatch(r'[a-z]{2}', lang) or nh not in ('true', 'false'):
            errors.append('%s: bad lang/nh' % fname)
        if spec['kind'] == 'buyer' and spec.get('wrap') != 'cs_system':
            if not RELAY_RE.match(info['from_addr']) or not info['from_display'].endswith(' - Amazon Marketplace'):
                errors.append('%s: relay sender malformed %s' % (fname, info['from_addr']))
        for o in ids['orders']:
            if o.encode() not in raw and spec['kind'] != 'nonamazon':
                # order ids in base64/QP bodies are not visible in raw bytes; look in decoded text
                alltext = str(msg['subject']) + ''.join(p.get_content() for p in texts)
                if o not in alltext:
                    errors.append('%s: order id %s not present' % (fname, o))
    for p in T.PRODUCTS.values():
        if not re.fullmatch(r'B0[A-Z0-9]{8}', p['asin']):
            errors.append('bad ASIN %s' % p['asin'])
    # relay alias uniqueness per buyer thread
    seen = {}
    for fname, spec, ids, info in infos:
        if spec['kind'] == 'buyer' and spec.get('wrap') != 'cs_system':
            a = info['from_addr'].split('@')[0].split('+')[0]
            if a in seen and seen[a] != ids['thread']:
                errors.append('%s: alias collision' % fname)
            seen[a] = ids['thread']
    return errors


# ------------------------------------------------------------------ statistics
def stats(rows, meta):
    from collections import Counter, defaultdict
    out = []
    n = len(rows)
    kinds = Counter(m[1] for m in meta)
    out.append('| kind | messages | share |\n|---|---:|---:|')
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d | %.1f %% |' % (k, v, 100.0 * v / n))
    out.append('| total | %d | |' % n)
    out.append('')
    cases = Counter(r[1] for r in rows)
    bykind = defaultdict(Counter)
    for r, m in zip(rows, meta):
        bykind[r[1]][m[1]] += 1
    out.append('| case | total | buyer | buyer_cs_system | notice | nonamazon | needs_human |\n|---|---:|---:|---:|---:|---:|---:|')
    for c in CASES:
        nh = sum(1 for r in rows if r[1] == c and r[5] == 'true')
        out.append('| %s | %d | %d | %d | %d | %d | %d |' % (c, cases[c], bykind[c]['buyer'], bykind[c]['buyer_cs_system'],
                                                         bykind[c]['notice'], bykind[c]['nonamazon'], nh))
    out.append('')
    subs = Counter(r[2] for r in rows if r[2])
    out.append('| return_dissatisfied subreason | messages |\n|---|---:|')
    for s in SUBREASONS:
        out.append('| %s | %d |' % (s, subs[s]))
    out.append('')
    langs = Counter(r[4] for r in rows)
    lk = defaultdict(Counter)
    for r, m in zip(rows, meta):
        lk[r[4]][m[1]] += 1
    out.append('| language | total | share | buyer (+cs) | notice | nonamazon |\n|---|---:|---:|---:|---:|---:|')
    for l, v in sorted(langs.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d | %.1f %% | %d | %d | %d |' % (l, v, 100.0 * v / n, lk[l]['buyer'] + lk[l]['buyer_cs_system'],
                                                          lk[l]['notice'], lk[l]['nonamazon']))
    out.append('')
    nh = sum(1 for r in rows if r[5] == 'true')
    out.append('needs_human = true: %d of %d' % (nh, n))
    out.append('')
    lay = Counter(m[2] for m in meta if m[1].startswith('buyer'))
    out.append('| buyer wrapper layout | messages |\n|---|---:|')
    for k, v in sorted(lay.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d |' % (k, v))
    out.append('')
    mps = Counter(m[3] for m in meta if m[1] != 'nonamazon')
    out.append('| marketplace (buyer + notice) | messages |\n|---|---:|')
    for k, v in sorted(mps.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d |' % (k, v))
    out.append('')
    cs = Counter()
    cte = Counter()
    for m in meta:
        for mm in re.finditer(r'text/\w+\(([^,]+),([^)]+)\)', m[4]):
            cs[mm.group(1).lower()] += 1
            cte[mm.group(2)] += 1
    out.append('| charset (text parts) | parts |\n|---|---:|')
    for k, v in sorted(cs.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d |' % (k, v))
    out.append('')
    out.append('| transfer encoding (text parts) | parts |\n|---|---:|')
    for k, v in sorted(cte.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d |' % (k, v))
    out.append('')
    top = Counter(re.match(r'[^\[(]+', m[4]).group(0) for m in meta)
    out.append('| top-level MIME type | messages |\n|---|---:|')
    for k, v in sorted(top.items(), key=lambda kv: -kv[1]):
        out.append('| %s | %d |' % (k, v))
    out.append('')
    out.append('CRLF line endings: %d files; LF: %d files' % (sum(1 for m in meta if m[5] == 'crlf'),
                                                               sum(1 for m in meta if m[5] == 'lf')))
    return '\n'.join(out)


def main():
    rows, meta, infos = generate()
    print('wrote %d messages' % len(rows))
    if '--check' in sys.argv:
        errs = check(rows, infos)
        for e in errs:
            print('ERROR', e)
        print('check: %d errors' % len(errs))
        if errs:
            sys.exit(1)
    if '--stats' in sys.argv:
        print(stats(rows, meta))


if __name__ == '__main__':
    main()
