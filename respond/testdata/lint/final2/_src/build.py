import re, random, glob, os, collections, sys
RULES=['link','email','phone','review_positive','review_incentive','marketing','off_amazon_contact','off_amazon_payment','placeholder']
LANGS=['en','de','fr','es','it','ja','zh']
base='/work/corpora/policy-final2'
items=[]
for f in sorted(glob.glob(base+'/_src/*.txt')):
    s=open(f,encoding='utf-8').read()
    for chunk in re.split(r'^@@ ',s,flags=re.M)[1:]:
        head,_,body=chunk.partition('\n')
        meta,_,note=head.partition('|')
        parts=meta.split()
        lang,verdict=parts[0],parts[1]
        rules=parts[2] if len(parts)>2 else ''
        rl=[r for r in rules.split(';') if r]
        assert lang in LANGS and verdict in ('block','ok'),head
        assert all(r in RULES for r in rl),head
        assert (verdict=='ok')==(not rl),head
        rl=sorted(rl,key=RULES.index)
        body=body.strip('\n')+'\n'
        items.append(dict(lang=lang,verdict=verdict,rules=';'.join(rl),text=body,note=note.strip(),src=os.path.basename(f)))
errs=[]
for it in items:
    t=it['text']
    if it['lang'] in ('ja','zh'):
        n=len(re.sub(r'\s','',t)); ok=60<=n<=240
    else:
        n=len(t.split()); ok=30<=n<=120
    it['len']=n
    if not ok: errs.append((it['lang'],n,t[:40]))
print('errors',errs)
random.seed(918273)
random.shuffle(items)
os.makedirs(base+'/texts',exist_ok=True)
for old in glob.glob(base+'/texts/*.txt'): os.remove(old)
rows=['file,lang,verdict,rules']
for i,it in enumerate(items,1):
    fn='texts/%03d.txt'%i; it['file']=fn
    open(base+'/'+fn,'w',encoding='utf-8',newline='\n').write(it['text'])
    rows.append(f"{fn},{it['lang']},{it['verdict']},{it['rules']}")
for r in rows: assert r.count(',')==3 and '"' not in r
open(base+'/labels.csv','w',encoding='utf-8',newline='\n').write('\n'.join(rows)+'\n')
N=len(items)
lc=collections.Counter(i['lang'] for i in items)
vc=collections.Counter(i['verdict'] for i in items)
lv=collections.Counter((i['lang'],i['verdict']) for i in items)
rc=collections.Counter(r for i in items for r in i['rules'].split(';') if r)
print(N,lc,vc,rc)
import json; json.dump([{k:v for k,v in i.items() if k!='text'} for i in items],open(base+'/_src/meta.json','w'),ensure_ascii=False,indent=0)

TRAP=['refus','declin','named only','coupon','promotion','Subscribe','feedback','review','tracking','postcode','CAP','model','Amazon.com','SKU','call','pdf','bracket','cancellation path','Instagram','phone','email','WeChat','LINE','PayPal','Bizum','Alipay','WhatsApp','Telegram','replacement']
for i in items:
    i['trap']= i['verdict']=='ok' and any(k.lower() in i['note'].lower() for k in TRAP)
ntrap=sum(i['trap'] for i in items)
L=[]
L.append('# Policy evaluation set (policy-final2)\n')
L.append(f'{N} seller replies to Amazon buyers, written from /work/shared/amazon.md (§2.6, §2.7, §4.6) and /work/shared/playbook.md only. Texts were shuffled with `random.seed(918273)` (Python `random.shuffle`) before numbering. Sources with notes live in `_src/` (one file per language group), built by `_src/build.py`, which also checks lengths (30–120 words; ja/zh 60–240 non-space characters) and the CSV.\n')
L.append('## Counts\n')
L.append('| lang | block | ok | total |\n|---|---|---|---|')
for l in LANGS:
    L.append(f"| {l} | {lv[(l,'block')]} | {lv[(l,'ok')]} | {lc[l]} |")
L.append(f"| all | {vc['block']} | {vc['ok']} | {N} |\n")
L.append(f"English share: {lc['en']/N:.1%}. Block share: {vc['block']/N:.1%}.\n")
L.append('Rule occurrences (a block text can carry several rules):\n')
L.append('| rule | texts |\n|---|---|')
for r in RULES: L.append(f'| {r} | {rc[r]} |')
multi=sum(1 for i in items if i['rules'].count(';')>=1)
L.append(f'\nBlock texts with more than one rule: {multi}. Ok texts built as keyword traps (counted from the notes; they name WhatsApp, PayPal, LINE, WeChat, a phone call, a coupon, a review or feedback, or carry tracking numbers, order ids, postcodes, model numbers, bracketed titles): {ntrap} of {vc["ok"]}.\n')
L.append('## Judgement calls\n')
L.append("""- An e-mail address or phone number offered as a way to reach the seller is labelled `email`/`phone` **and** `off_amazon_contact`. A channel named without an address or number (Telegram, Instagram DM, WhatsApp \"reply with your number\", website live chat, LINE/WeChat ID) is `off_amazon_contact` only.
- A WeChat or LINE ID or an Instagram handle is not treated as a link. `@lumencraftoptics` as a follow request is `marketing` (social-media follow), not `off_amazon_contact`, because the buyer is invited to follow, not to talk there.
- An obfuscated e-mail whose domain is spelled out (\"hello … ends at greenroot dot shop\", \"kefu 艾特 jieya-care 点com\") is `email` only, not `link`; the domain is part of the address.
- A web contact or warranty form on the seller's site is `link` + `off_amazon_contact`; a manual or video on the seller's site is `link` only.
- A slot for a review link (`[[lien_avis]]`) is `placeholder`, not `link`; the same text is also `review_positive` because it asks for a review only if satisfied.
- Review gating in soft form (\"if you're happy with how we handled this…\", \"if everything now works…, that's the kind of experience we'd love you to share\") is `review_positive`. Copying a review onto a second order is `review_positive` (same review twice).
- A free replacement, refund or voucher in one paragraph and a request to revisit/adjust/update the review in the next is `review_incentive`, even without \"if\" or \"in return\". A five-star request tied to a gift is both `review_positive` and `review_incentive`.
- Cross-selling with no coupon word (\"search Dreamweave on Amazon\", \"neue Herbstkollektion\", matching products) and \"buy two, get the third free\" are `marketing`, even though the products are sold on Amazon.
- `XXX` standing in for a date, `%s` for an amount and `{{agent_first_name}}` in the sign-off are `placeholder`.
- Ok, on purpose: Amazon's own feedback wording after a resolved problem (\"it is possible to update or remove the feedback… entirely your decision\"); \"you're welcome to leave a review, positive or negative\"; thanking a buyer for a review already written; a free replacement with an explicit \"whatever you write in your review\"; refusals that name WhatsApp, Telegram, LINE, WeChat, PayPal, Bizum, Alipay, Instagram or phone calls; Amazon coupons, Amazon promotions and Subscribe & Save explaining a smaller refund or price; \"Amazon.com\" as the store; a courier who will call the buyer (no seller contact); an attached PDF file name; a seller declining to send promo codes.
- The Sagawa tracking number `4012-3456-7890` (ja) is hyphenated like a phone number but is labelled ok: it is introduced as お問い合わせ番号 of a shipment. A checker that flags it is wrong by the brief's definition.
- Replies that only inform (shipping, refund) still include substance; none is a bare \"thank you\". Style rules (emojis, formatting) are not labelled; no text uses emojis.
""")
L.append('## Per-text notes\n')
L.append('| file | lang | verdict | rules | what makes it hard |\n|---|---|---|---|---|')
for i in items:
    L.append(f"| {i['file']} | {i['lang']} | {i['verdict']} | {i['rules'] or '-'} | {i['note'].replace('|','/')} |")
open(base+'/README.md','w',encoding='utf-8').write('\n'.join(L)+'\n')
print('trap ok',ntrap)
