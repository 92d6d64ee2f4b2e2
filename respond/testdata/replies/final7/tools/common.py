def O(st, ch, v, ship=None, deliv=None, carrier="", trk="", ref=None, refd=None, purch=-6, latest=None, ret=""):
    return dict(st=st, ch=ch, v=v, ship=ship, deliv=deliv, carrier=carrier, trk=trk, ref=ref, refd=refd,
                purch=purch, latest=latest, ret=ret)

def E(note, offers=(), fo=(), req=(), fr=(), tasks=(), draft=True):
    return dict(note=note, offers=list(offers), forbid_offers=list(fo), requests=list(req),
                forbid_requests=list(fr), tasks=list(tasks), draft=draft)

def S(lang, tld, name, product, text, order, e, **kw):
    d = dict(lang=lang, tld=tld, name=name, product=product, text=text, order=order, e=e)
    d.update(kw)
    return d
