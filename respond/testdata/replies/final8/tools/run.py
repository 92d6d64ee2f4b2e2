import base
import en, de, fr, es, it, ja, zh, extra  # noqa
base.build()
print(len(base.SC))
