"""Print the counts quoted in README.md (reads data.py and labels.csv)."""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

specs = data.all_specs()
rows = list(csv.DictReader(open(os.path.join(HERE, 'labels.csv'), encoding='utf-8')))
n = len(rows)
C = collections.Counter


def show(title, counter):
    print('%s: %s' % (title, ', '.join('%s %d' % kv for kv in counter.most_common())))


print('messages:', n)
show('kind', C(s['kind'] for s in specs))
show('case', C(r['case'] for r in rows))
show('case x kind', C((r['case'], s['kind']) for r, s in zip(rows, specs)))
show('subreason', C(r['subreason'] for r in rows if r['subreason']))
show('language', C(r['language'] for r in rows))
show('needs_human', C(r['needs_human'] for r in rows))
show('needs_human by kind', C(s['kind'] for r, s in zip(rows, specs) if r['needs_human'] == 'true'))
show('buyer wrapper', C(s['wrap'] for s in specs if s['kind'] == 'buyer'))
show('mime', C(s['mime'] for s in specs))
show('charset', C(s['cs'] for s in specs))
show('cte', C(s['cte'] for s in specs))
show('buyer marketplace', C(s['tld'] for s in specs if s['kind'] == 'buyer'))
show('with attachments', C(s['kind'] for s in specs if s.get('attach')))
show('order ids per message', C(len(r['order_id'].split(';')) if r['order_id'] else 0 for r in rows))
allo = [o for r in rows for o in r['order_id'].split(';') if o]
print('distinct order ids:', len(set(allo)), 'of', len(allo))
