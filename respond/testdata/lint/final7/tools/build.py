import random, csv, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import en,de,fr,es,it,ja,zh
ORDER = ["link","email","phone","review_positive","review_incentive","marketing","off_amazon_contact","off_amazon_payment","placeholder"]
D=[]
for m in (en,de,fr,es,it,ja,zh): D+=m.D
random.Random(22).shuffle(D)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
td = os.path.join(root,"texts")
for f in os.listdir(td): os.remove(os.path.join(td,f))
rows=[]; notes=[]; errs=[]
for i,(l,r,n,t) in enumerate(D,1):
    rules=[x for x in r.split(";") if x]
    assert all(x in ORDER for x in rules), r
    rules=sorted(rules,key=ORDER.index)
    if rules!=[x for x in r.split(";") if x]: errs.append(("order",i,r))
    fn=f"texts/{i:03d}.txt"
    with open(os.path.join(root,fn),"w",encoding="utf-8",newline="\n") as f: f.write(t.rstrip("\n")+"\n")
    if l in ("ja","zh"):
        n_=len(re.sub(r"\s","",t))
        if not 60<=n_<=240: errs.append(("len",fn,n_))
    else:
        n_=len(t.split())
        if not 30<=n_<=120: errs.append(("len",fn,n_))
    v="block" if rules else "ok"
    rows.append((fn,l,v,";".join(rules))); notes.append((fn,l,v,";".join(rules),n,n_))
with open(os.path.join(root,"labels.csv"),"w",encoding="utf-8",newline="") as f:
    f.write("file,lang,verdict,rules\n")
    for row in rows:
        for x in row: assert "," not in x and '"' not in x
        f.write(",".join(row)+"\n")
print("errors:",errs)
langs=Counter(r[1] for r in rows); verd=Counter(r[2] for r in rows)
rc=Counter(x for r in rows for x in r[3].split(";") if x)
lv=Counter((r[1],r[2]) for r in rows)
print(len(rows),langs,verd,rc)
trap=sum(1 for x in notes if x[2]=="ok" and x[4].startswith("TRAP"))
import json; json.dump(dict(n=len(rows),langs=langs,verd=verd,rc=rc,lv={f"{a}/{b}":c for (a,b),c in lv.items()},trap=trap,notes=notes),open(os.path.join(root,"tools","stats.json"),"w"),ensure_ascii=False)
