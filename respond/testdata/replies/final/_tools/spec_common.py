"""Helpers to declare scenarios compactly."""
SCEN = []


def U(ch, v, p=-1, l=6, **kw):
    """unshipped order"""
    d = dict(st="unshipped", ch=ch, v=v, p=p, l=l)
    d.update(kw)
    return d


def SH(ch, v, car="", trk="", p=-5, s=-3, l=4, **kw):
    """shipped, in transit"""
    d = dict(st="shipped", ch=ch, v=v, car=car, trk=trk, p=p, s=s, l=l)
    d.update(kw)
    return d


def DL(ch, v, car="", trk="", p=-12, s=-10, d=-3, l=None, **kw):
    """delivered (latest_delivery defaults to one day after delivery: on time)"""
    if l is None:
        l = d + 1
    o = dict(st="delivered", ch=ch, v=v, car=car, trk=trk, p=p, s=s, d=d, l=l)
    o.update(kw)
    return o


def RT(ch, v, car="", trk="", p=-40, s=-38, d=-33, l=-32, r=-1, **kw):
    """returned: the item came back"""
    o = dict(st="returned", ch=ch, v=v, car=car, trk=trk, p=p, s=s, d=d, l=l, r=r)
    o.update(kw)
    return o


def CX(ch, v, p=-2, l=5, **kw):
    o = dict(st="canceled", ch=ch, v=v, p=p, l=l)
    o.update(kw)
    return o


def add(lang, mkt, case, name, title, text, order=None, *, note, offers=(), forbid_offers=(),
        requests=(), forbid_requests=(), tasks=(), photo=False, kind="buyer", draft=True,
        sub="", topic=None, **extra):
    sc = dict(lang=lang, mkt=mkt, case=case, sub=sub, name=name, title=title, text=text,
              order=order, photo=photo, kind=kind, topic=topic)
    sc.update(extra)
    sc["exp"] = dict(note=note, draft=draft, lang=lang, offers=list(offers),
                     forbid_offers=list(forbid_offers), requests=list(requests),
                     forbid_requests=list(forbid_requests), tasks=list(tasks))
    SCEN.append(sc)
    return sc
