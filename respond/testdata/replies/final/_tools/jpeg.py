"""Tiny pure-Python baseline JPEG encoder (greyscale), for the photo parts.

Only used to make small, valid image/jpeg attachments without Pillow.
"""
import math
import struct

ZIGZAG = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33,
          40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43,
          36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60,
          61, 54, 47, 55, 62, 63]
QT = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24,
      40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77,
      24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95,
      98, 112, 100, 103, 99]  # natural order (Annex K.1)
DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d]
AC_VALS = [
    0x01, 0x02, 0x03, 0x00, 0x04, 0x11, 0x05, 0x12, 0x21, 0x31, 0x41, 0x06, 0x13, 0x51, 0x61, 0x07,
    0x22, 0x71, 0x14, 0x32, 0x81, 0x91, 0xa1, 0x08, 0x23, 0x42, 0xb1, 0xc1, 0x15, 0x52, 0xd1, 0xf0,
    0x24, 0x33, 0x62, 0x72, 0x82, 0x09, 0x0a, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x25, 0x26, 0x27, 0x28,
    0x29, 0x2a, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49,
    0x4a, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69,
    0x6a, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
    0x8a, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7,
    0xa8, 0xa9, 0xaa, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xc2, 0xc3, 0xc4, 0xc5,
    0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xe1, 0xe2,
    0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8,
    0xf9, 0xfa]


def _codes(bits, vals):
    table, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            table[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return table


DC_T = _codes(DC_BITS, DC_VALS)
AC_T = _codes(AC_BITS, AC_VALS)


class _Bits:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, code, length):
        for i in range(length - 1, -1, -1):
            self.acc = (self.acc << 1) | ((code >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)
                self.acc = 0
                self.n = 0

    def flush(self):
        while self.n:
            self.put(1, 1)
        return bytes(self.out)


def _cat(v):
    v = abs(v)
    c = 0
    while v:
        c += 1
        v >>= 1
    return c


def _amp(v, c):
    return v if v >= 0 else v + (1 << c) - 1


def _fdct(block):
    out = [0.0] * 64
    for u in range(8):
        for v in range(8):
            s = 0.0
            for x in range(8):
                for y in range(8):
                    s += block[x * 8 + y] * math.cos((2 * x + 1) * u * math.pi / 16) * \
                        math.cos((2 * y + 1) * v * math.pi / 16)
            cu = 1 / math.sqrt(2) if u == 0 else 1
            cv = 1 / math.sqrt(2) if v == 0 else 1
            out[u * 8 + v] = 0.25 * cu * cv * s
    return out


def encode_grey(width, height, pixel):
    """pixel(x, y) -> 0..255. width/height multiples of 8."""
    bw = _Bits()
    prev_dc = 0
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            blk = [pixel(bx + c, by + r) - 128 for r in range(8) for c in range(8)]
            coef = _fdct(blk)
            q = [int(round(coef[i] / QT[i])) for i in range(64)]
            zz = [q[ZIGZAG[i]] for i in range(64)]
            diff = zz[0] - prev_dc
            prev_dc = zz[0]
            c = _cat(diff)
            bw.put(*DC_T[c])
            if c:
                bw.put(_amp(diff, c), c)
            run = 0
            for i in range(1, 64):
                v = zz[i]
                if v == 0:
                    run += 1
                    continue
                while run > 15:
                    bw.put(*AC_T[0xF0])
                    run -= 16
                c = _cat(v)
                bw.put(*AC_T[(run << 4) | c])
                bw.put(_amp(v, c), c)
                run = 0
            if run:
                bw.put(*AC_T[0x00])
    data = bw.flush()
    seg = bytearray(b"\xff\xd8")
    seg += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    seg += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes(QT[ZIGZAG[i]] for i in range(64))
    seg += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    seg += b"\xff\xc4" + struct.pack(">H", 3 + 16 + len(DC_VALS)) + b"\x00" + bytes(DC_BITS) + bytes(DC_VALS)
    seg += b"\xff\xc4" + struct.pack(">H", 3 + 16 + len(AC_VALS)) + b"\x10" + bytes(AC_BITS) + bytes(AC_VALS)
    seg += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00\x00\x3f\x00"
    seg += data + b"\xff\xd9"
    return bytes(seg)


def photo(seed):
    """A 32x24 greyscale 'photo' that differs a little per seed."""
    a = (seed * 37) % 90 + 60
    b = (seed * 53) % 70 + 20

    def px(x, y):
        v = a + (x * 3 + y * 2) % 60 - b * ((x // 8 + y // 8 + seed) % 2) // 2
        return max(0, min(255, v))
    return encode_grey(32, 24, px)
