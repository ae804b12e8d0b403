#!/usr/bin/env python3
"""Generator for Rådet core pictograms (hand-drawn geometry, written as SVG)."""
import math, os, sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

W = '#FFFFFF'; G1 = '#9B9B9A'; G2 = '#D0CFCE'; DK = '#3F3F3F'
RED = '#EA5A47'; RED2 = '#D22F27'; ORG = '#F1B31C'; YEL = '#FCEA2B'
LGR = '#B1CC33'; GRN = '#5C9E31'; LBL = '#92D3F5'; BLU = '#61B2E4'; DBL = '#1E50A0'
LPU = '#B399C8'; PUR = '#8967AA'; OR2 = '#E27022'; OR3 = '#F4AA41'
BRN = '#A57939'; DBR = '#6A462F'; SKIN = YEL


def f(v):
    s = ('%.1f' % v).rstrip('0').rstrip('.')
    return '0' if s == '-0' else s


def circle(cx, cy, r, fill=W, extra=''):
    return f'<circle cx="{f(cx)}" cy="{f(cy)}" r="{f(r)}" fill="{fill}"{extra}/>'


def rect(x, y, w, h, fill=W, rx=0, extra=''):
    r = f' rx="{f(rx)}"' if rx else ''
    return f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}"{r} fill="{fill}"{extra}/>'


def path(d, fill=W, extra=''):
    return f'<path d="{d}" fill="{fill}"{extra}/>'


def poly(pts, fill=W, extra=''):
    p = ' '.join(f'{f(x)},{f(y)}' for x, y in pts)
    return f'<polygon points="{p}" fill="{fill}"{extra}/>'


def line(x1, y1, x2, y2, extra=''):
    return f'<path d="M{f(x1)},{f(y1)} L{f(x2)},{f(y2)}" fill="none"{extra}/>'


def fat(d, color, w=6):
    """Thick stroke with a 2-unit black outline: black under-stroke + colour over-stroke."""
    return (f'<path d="{d}" fill="none" stroke-width="{f(w + 4)}"/>'
            f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{f(w)}"/>')


def fat_multi(ds, color, w=6):
    return (''.join(f'<path d="{d}" fill="none" stroke-width="{f(w + 4)}"/>' for d in ds) +
            ''.join(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{f(w)}"/>' for d in ds))


def union(shapes, fill):
    """Shapes drawn outlined, then again without stroke so only the outer outline remains."""
    a = ''.join(s.replace('FILL', fill) for s in shapes)
    b = ''.join(s.replace('FILL', fill).replace('/>', ' stroke="none"/>') for s in shapes)
    return a + b


def person(cx, hy, s=1.0, body=BLU, face=True, head=SKIN):
    r = 7 * s
    out = path(f'M{f(cx-12*s)},{f(hy+31*s)} v{f(-9*s)} a{f(12*s)} {f(11*s)} 0 0 1 {f(24*s)} 0 v{f(9*s)} z', body)
    out += circle(cx, hy, r, head)
    if face:
        out += circle(cx - 2.6 * s, hy - 0.8 * s, 1.1 * s, '#000', ' stroke="none"')
        out += circle(cx + 2.6 * s, hy - 0.8 * s, 1.1 * s, '#000', ' stroke="none"')
        if s >= 0.95:
            out += f'<path d="M{f(cx-2.6*s)},{f(hy+2.6*s)} q{f(2.6*s)},{f(2*s)} {f(5.2*s)},0" fill="none" stroke-width="1.5"/>'
    return out


def pt(cx, cy, r, deg):
    a = math.radians(deg)
    return cx + r * math.cos(a), cy + r * math.sin(a)


def arc_arrow(cx, cy, r, a0, a1, color, w=6, head=7):
    """Arc from angle a0 to a1 (degrees, screen coords; a1>a0 = clockwise) with arrow head at a1."""
    cw = a1 > a0
    x0, y0 = pt(cx, cy, r, a0)
    # stop the shaft a little before the head tip
    back = math.degrees(head * 0.9 / r) * (1 if cw else -1)
    xe, ye = pt(cx, cy, r, a1 - back)
    large = 1 if abs(a1 - back - a0) > 180 else 0
    d = f'M{f(x0)},{f(y0)} A{f(r)} {f(r)} 0 {large} {1 if cw else 0} {f(xe)},{f(ye)}'
    # head: tip at a1 along tangent
    tx, ty = pt(cx, cy, r, a1)
    ang = math.radians(a1 + (90 if cw else -90))
    dx, dy = math.cos(ang), math.sin(ang)
    nx, ny = -dy, dx
    bx, by = tx - dx * head * 1.3, ty - dy * head * 1.3
    tri = poly([(tx + dx * 2, ty + dy * 2), (bx + nx * head, by + ny * head), (bx - nx * head, by - ny * head)], color)
    return fat(d, color, w) + tri


def star(cx, cy, R, r, fill=ORG, rot=-90):
    pts = []
    for i in range(10):
        rad = R if i % 2 == 0 else r
        pts.append(pt(cx, cy, rad, rot + i * 36))
    return poly(pts, fill)


def heart(cx, cy, s, fill=RED):
    d = (f'M{f(cx)},{f(cy+10*s)} C{f(cx-4*s)},{f(cy+6*s)} {f(cx-12*s)},{f(cy+1*s)} {f(cx-12*s)},{f(cy-5*s)} '
         f'C{f(cx-12*s)},{f(cy-11*s)} {f(cx-3*s)},{f(cy-13*s)} {f(cx)},{f(cy-6*s)} '
         f'C{f(cx+3*s)},{f(cy-13*s)} {f(cx+12*s)},{f(cy-11*s)} {f(cx+12*s)},{f(cy-5*s)} '
         f'C{f(cx+12*s)},{f(cy+1*s)} {f(cx+4*s)},{f(cy+6*s)} {f(cx)},{f(cy+10*s)} Z')
    return path(d, fill)


def clock_face(cx, cy, r, h_deg=-150, m_deg=-90, ring=BLU):
    out = circle(cx, cy, r, ring) + circle(cx, cy, r * 0.8, W)
    for i in range(12):
        if i % 3 == 0:
            a, b = pt(cx, cy, r * 0.62, i * 30), pt(cx, cy, r * 0.74, i * 30)
            out += line(*a, *b, ' stroke-width="2.5"')
    hx, hy = pt(cx, cy, r * 0.38, h_deg)
    mx, my = pt(cx, cy, r * 0.6, m_deg)
    out += line(cx, cy, hx, hy, ' stroke-width="3.5"') + line(cx, cy, mx, my, ' stroke-width="2.5"')
    out += circle(cx, cy, 1.8, '#000')
    return out


def bubble(x, y, w, h, tail, fill=W):
    """Speech bubble: rounded rect plus tail triangle, single outline."""
    return union([rect(x, y, w, h, 'FILL', rx=10), poly(tail, 'FILL')], fill)


def thumb(tx, ty, down=False):
    g = (rect(0, 14, 8, 22, BLU) +
         path('M10,16 L14,3.5 a3.6 3.6 0 0 1 7,1.6 L19.5,15 Z', SKIN) +
         rect(7, 14, 23, 22, SKIN, rx=5) +
         line(17, 19.5, 29, 19.5) + line(17, 25, 29, 25) + line(17, 30.5, 29, 30.5))
    tr = f'translate({f(tx)} {f(ty)})'
    if down:
        tr += ' rotate(180 15 20)'
    return f'<g transform="{tr}">{g}</g>'


def face(cx, cy, r, mood):
    out = circle(cx, cy, r, YEL)
    ex = r * 0.35
    out += circle(cx - ex, cy - r * 0.15, r * 0.09, '#000', ' stroke="none"')
    out += circle(cx + ex, cy - r * 0.15, r * 0.09, '#000', ' stroke="none"')
    if mood == 'happy':
        out += f'<path d="M{f(cx-r*0.45)},{f(cy+r*0.25)} Q{f(cx)},{f(cy+r*0.75)} {f(cx+r*0.45)},{f(cy+r*0.25)}" fill="none" stroke-width="3"/>'
    elif mood == 'sad':
        out += f'<path d="M{f(cx-r*0.4)},{f(cy+r*0.55)} Q{f(cx)},{f(cy+r*0.2)} {f(cx+r*0.4)},{f(cy+r*0.55)}" fill="none" stroke-width="3"/>'
    return out


S = {}

# ---------------- meeting ----------------
S['agenda'] = (rect(13, 9, 46, 58, BRN, rx=4) + rect(18, 15, 36, 47, W) + rect(26, 5, 20, 9, G1, rx=2) +
               ''.join(circle(25, y, 2.6, DK) + line(31, y, 48, y, ' stroke-width="2.5"') for y in (25, 35, 45, 55)))

S['vote'] = (rect(23, 5, 26, 32, W) + path('M29,21 l5,5 l9,-11', 'none', ' stroke-width="3"') +
             rect(8, 32, 56, 32, BLU, rx=2) + rect(8, 32, 56, 8, LBL) + line(18, 36, 54, 36, ' stroke-width="3.5"'))

S['yes'] = circle(36, 36, 30, LGR) + fat('M20,37 L31,48 L52,24', W, 9)
S['no'] = circle(36, 36, 30, RED) + fat_multi(['M24,24 L48,48', 'M48,24 L24,48'], W, 9)
S['dont-know'] = (circle(36, 36, 30, G1) + fat('M27,26 A9 9 0 1 1 41,33.5 Q36,36 36,41', W, 8) +
                  circle(36, 53, 4.5, W))

S['decision'] = (rect(6, 56, 38, 9, DBR, rx=2) +
                 '<g transform="rotate(-35 30 30)">' + rect(38, 25, 30, 8, BRN, rx=3) +
                 rect(14, 15, 24, 28, BRN, rx=4) + rect(14, 21, 24, 4, DBR) + rect(14, 33, 24, 4, DBR) + '</g>' +
                 line(10, 46, 6, 42) + line(18, 43, 18, 37) + line(38, 50, 43, 47))

S['break'] = (clock_face(46, 28, 22) +
              path('M8,42 h28 v12 a9 9 0 0 1 -9 9 h-10 a9 9 0 0 1 -9 -9 z', RED2) +
              fat('M36,46 h2 a5 5 0 0 1 0 10 h-3', RED2, 3) + path('M8,42 h28', 'none') +
              ''.join(f'<path d="M{x},36 q-3,-4 0,-8" fill="none"/>' for x in (16, 23, 30)))

S['coffee'] = (path('M6,62 a30 5 0 0 0 60,0 z', G2) + path('M6,62 a30 5 0 0 1 60,0', G2) +
               fat('M50,30 h4 a7.5 7.5 0 0 1 0 15 h-5', W, 4) +
               path('M14,24 h36 v24 a12 12 0 0 1 -12 12 h-12 a12 12 0 0 1 -12 -12 z', W) +
               path('M14,24 a18 4 0 0 0 36,0 a18 4 0 0 0 -36,0 z', DBR) +
               ''.join(f'<path d="M{x},17 q-4,-4 0,-8 q4,-4 0,-7" fill="none"/>' for x in (24, 32, 40)))

S['meeting'] = (person(14, 20, 0.95, LPU) + person(58, 20, 0.95, LGR) + person(36, 17, 1.0, BLU) +
                rect(14, 52, 4, 14, DBR) + rect(54, 52, 4, 14, DBR) + rect(4, 44, 64, 9, BRN, rx=1))


def ring_people(n, R, table=True, offset=-90):
    out = ''
    cols = [BLU, LGR, OR3, LPU, LBL, RED]
    for i in range(n):
        a = offset + i * 360 / n
        x, y = pt(36, 36, R, a)
        out += f'<g transform="rotate({f(a+90)} {f(x)} {f(y)})">' + \
            path(f'M{f(x-9)},{f(y+1)} a9 5 0 0 1 18 0 a9 5 0 0 1 -18 0 z', cols[i % 6]) + '</g>'
        hx, hy = pt(36, 36, R + 1, a)
        out += circle(hx, hy, 5.5, SKIN)
    return out


S['council'] = (poly([(3, 24), (36, 4), (69, 24)], RED2) + person(15, 31, 0.85, LPU) + person(57, 31, 0.85, LGR) + person(36, 28, 0.9, BLU) +
                rect(14, 60, 4, 8, DBR) + rect(54, 60, 4, 8, DBR) + rect(4, 53, 64, 8, BRN, rx=1))
cols6 = [BLU, LGR, OR3, LPU, LBL, RED]
S['round-the-table'] = (arc_arrow(36, 36, 12, -60, 220, DBL, 5, 6) +
                        ''.join(path(f'M{f(x-7)},{f(y+9)} a7 6.5 0 0 1 14,0 z', cols6[i]) + circle(x, y + 0.5, 4.3, SKIN)
                                for i, (x, y) in enumerate(pt(36, 33, 27, -90 + k * 60) for k in range(6))))

S['welcome'] = (rect(6, 8, 30, 58, DK) + poly([(6, 8), (20, 13), (20, 61), (6, 66)], BRN) + circle(17, 38, 1.6, '#000') +
                fat_multi(['M42,40 L36,26', 'M58,40 L64,26'], LBL, 5) + circle(35, 24, 3.6, SKIN) + circle(65, 24, 3.6, SKIN) +
                person(50, 24, 1.1, LBL) + line(2, 66, 70, 66))

S['information'] = (rect(20, 40, 7, 16, DK, rx=2) + rect(6, 29, 9, 14, DK, rx=2) +
                    poly([(14, 30), (42, 14), (42, 58), (14, 42)], OR2) +
                    path('M42,14 a5 22 0 0 1 0,44 a5 22 0 0 1 0,-44 z', OR3) +
                    ''.join(f'<path d="M{a},{36-h} q{q},{h} 0,{2*h}" fill="none" stroke-width="2.5"/>'
                            for a, h, q in ((52, 8, 5), (58, 14, 7), (64, 20, 9))))

S['discussion'] = (person(13, 52, 0.85, BLU, True) + person(59, 52, 0.85, LGR, True) +
                   bubble(3, 5, 38, 24, [(10, 26), (11, 39), (22, 26)], W) +
                   bubble(31, 17, 38, 22, [(50, 36), (61, 40), (60, 36)], LBL) +
                   ''.join(circle(x, 17, 2.2, '#000', ' stroke="none"') for x in (14, 22, 30)) +
                   ''.join(circle(x, 28, 2.2, '#000', ' stroke="none"') for x in (42, 50, 58)))

S['my-turn'] = (fat('M42,44 L52,16', OR3, 7) + circle(53, 11, 6, SKIN) +
                path('M14,68 v-12 a16 15 0 0 1 32,0 v12 z', OR3) + circle(30, 27, 9, SKIN) +
                circle(26.8, 26, 1.3, '#000', ' stroke="none"') + circle(33.2, 26, 1.3, '#000', ' stroke="none"') +
                '<path d="M26.5,30.5 q3.5,3 7,0" fill="none" stroke-width="1.5"/>' +
                ''.join(f'<path d="{d}" fill="none" stroke-width="2.5"/>' for d in ('M62,6 l4,-3', 'M64,14 l5,0', 'M44,5 l-3,-3')))

S['pause'] = rect(8, 8, 56, 56, BLU, rx=12) + rect(23, 20, 9, 32, W, rx=2) + rect(40, 20, 9, 32, W, rx=2)

oct_pts = [pt(36, 36, 31, 22.5 + i * 45) for i in range(8)]
S['stop'] = (poly(oct_pts, RED2) +
             '<g transform="rotate(-32 25 48)">' + rect(19, 34, 7, 18, W, rx=3.5) + '</g>' +
             path('M24,32 h25.5 v14 a12 12 0 0 1 -12 12 h-2 a12 12 0 0 1 -11.5 -12 z', W) +
             ''.join(rect(x, y, 6, 40 - y, W, rx=3) for x, y in ((24, 18), (30.5, 15), (37, 16), (43.5, 20))) +
             rect(25, 33, 23.5, 8, W, extra=' stroke="none"') + rect(21, 41, 6, 8, W, extra=' stroke="none"'))

S['repeat'] = arc_arrow(36, 36, 21, 160, 330, BLU, 7, 8) + arc_arrow(36, 36, 21, -20, 150, BLU, 7, 8)

S['dont-understand'] = (circle(36, 44, 23, YEL) + circle(28, 42, 2.6, '#000') + circle(44, 42, 2.6, '#000') +
                        line(23, 34, 31, 33, ' stroke-width="2.5"') + line(41, 31, 49, 35, ' stroke-width="2.5"') +
                        '<path d="M25,55 q3,-4 5.5,0 t5.5,0 t5.5,0 t5.5,0" fill="none" stroke-width="2.5"/>' +
                        '<path d="M14,14 c4,-10 12,-8 10,0 s-8,4 -2,-6 s14,-2 10,4 s-4,6 2,-4 s12,-4 10,4 s-2,6 4,-4 s8,0 10,2" '
                        'fill="none" stroke-width="2.5"/>')

check_cells = ''.join(rect(19 + c * 10, 11 + r * 9, 10, 9, '#000' if (r + c) % 2 == 0 else W, extra=' stroke="none"')
                      for r in range(3) for c in range(4))
S['finished'] = (rect(12, 6, 5, 62, G1, rx=2) + rect(19, 11, 40, 27, W) + check_cells + rect(19, 11, 40, 27, 'none') +
                 path('M6,68 h17', 'none', ' stroke-width="3"'))

S['since-last-time'] = clock_face(36, 38, 19, h_deg=-120, m_deg=-90) + arc_arrow(36, 38, 28, -40, -250, DBL, 5, 6)

S['minutes'] = (rect(8, 6, 42, 58, W, rx=2) +
                ''.join(line(15, y, 43 if y < 46 else 31, y, ' stroke-width="2.5"') for y in (16, 24, 32, 40, 48)) +
                '<g transform="rotate(40 50 44)">' + rect(45, 14, 10, 38, DBL, rx=2) + rect(45, 14, 10, 7, G1) +
                poly([(45, 52), (55, 52), (50, 62)], W) + poly([(48.3, 58.5), (51.7, 58.5), (50, 62)], '#000') + '</g>')

S['follow-up'] = (rect(8, 5, 40, 56, W, rx=2) +
                  ''.join(rect(13, y, 8, 8, W) + line(25, y + 4, 41, y + 4, ' stroke-width="2.5"') for y in (12, 25, 38)) +
                  path('M14,15.5 l2.5,2.5 l5,-6', 'none', ' stroke-width="2.5"') + path('M14,28.5 l2.5,2.5 l5,-6', 'none', ' stroke-width="2.5"') +
                  fat('M53,53 L65,65', DK, 6) + circle(45, 45, 13, LBL) + '<path d="M38,41 a8 8 0 0 1 7,-5" fill="none" stroke="#FFFFFF" stroke-width="2.5"/>')

S['responsible-person'] = (person(28, 19, 1.45, LGR) +
                           rect(38, 36, 24, 30, BRN, rx=2) + rect(41, 40, 18, 23, W) + rect(44, 33, 12, 5, G1, rx=1.5) +
                           path('M44,51 l4,4 l8,-9', 'none', ' stroke-width="3"') + circle(38, 52, 4, SKIN))

cal = ''
for r in range(3):
    for c in range(4):
        x, y = 15 + c * 12, 32 + r * 10
        cal += rect(x, y, 8, 6, RED if (r, c) == (1, 2) else G2, rx=1)
S['calendar'] = (rect(8, 12, 56, 54, W, rx=4) + path('M8,26 v-10 a4 4 0 0 1 4,-4 h48 a4 4 0 0 1 4,4 v10 z', RED) + cal +
                 rect(19, 5, 5, 12, G1, rx=2) + rect(48, 5, 5, 12, G1, rx=2))

S['clock'] = clock_face(36, 36, 30, h_deg=-60, m_deg=-90)


def mini_person(cx, y):
    return (path(f'M{f(cx-7)},{f(y+15)} a7 6 0 0 1 14,0 z', LPU) + circle(cx, y + 5, 4.2, SKIN))


S['election'] = (rect(12, 4, 48, 64, W, rx=2) +
                 ''.join(mini_person(24, y) + rect(40, y + 3, 11, 11, W) for y in (8, 28, 48)) +
                 fat_multi(['M41.5,34.5 L49.5,42.5', 'M49.5,34.5 L41.5,42.5'], DBL, 2.5))

S['candidate'] = (rect(8, 56, 40, 10, G1, rx=1) + person(28, 18, 1.35, PUR) +
                  star(55, 22, 13, 5.5, ORG))

S['wish'] = (person(14, 37, 1.0, LPU) +
             union([circle(48, 24, 14, 'FILL'), circle(37, 27, 9, 'FILL'), circle(59, 29, 10, 'FILL'),
                    circle(49, 14, 10, 'FILL'), circle(48, 33, 10, 'FILL')], W) +
             circle(21, 27, 1.8, W) + circle(26.5, 21.5, 2.8, W) +
             star(48, 25, 11, 4.6, ORG))

# ---------------- people ----------------
S['relatives'] = (person(18, 30, 1.1, PUR) + person(54, 30, 1.1, LGR) + person(36, 44, 0.75, OR3) +
                  heart(36, 14, 0.85, RED))

S['staff'] = (person(36, 18, 1.6, DBL) +
              path('M29,33 L36,47 L43,33', 'none', ' stroke="#FFFFFF" stroke-width="2.5"') +
              rect(29, 46, 14, 17, W, rx=1.5) + rect(29, 46, 14, 5, RED, rx=1.5) + circle(36, 56, 3, G1))

S['guest'] = (rect(42, 6, 26, 60, DK) + rect(44, 8, 22, 58, BRN) + circle(49, 38, 1.8, '#000') +
              fat('M28,41 L38,34', OR3, 5) + circle(39, 33, 3.5, SKIN) +
              person(20, 24, 1.2, OR3) + line(2, 66, 70, 66) +
              '<path d="M38,24 q3,-3 6,-2 M36,19 q4,-4 8,-4" fill="none" stroke-width="2"/>')

S['resident'] = (poly([(4, 32), (36, 6), (68, 32)], RED2) + rect(11, 28, 50, 38, W) +
                 rect(17, 35, 9, 9, LBL) + rect(46, 35, 9, 9, LBL) +
                 person(36, 40, 1.05, LPU))

S['new-resident'] = (poly([(34, 20), (51, 5), (68, 20)], RED2) + rect(38, 18, 26, 20, W) + rect(47, 26, 8, 12, BRN) +
                     person(20, 28, 1.2, LBL) + rect(34, 46, 22, 18, OR2, rx=3) +
                     path('M40,46 v-4 h10 v4', 'none', ' stroke-width="2.5"') + line(34, 54, 56, 54) +
                     star(64, 50, 7, 3, ORG))

S['people-group'] = person(16, 18, 0.95, BLU) + person(56, 18, 0.95, LGR) + person(36, 26, 1.3, OR3)

# ---------------- daily life ----------------
S['food'] = (circle(36, 38, 20, W) + circle(36, 38, 13, G2) +
             rect(9, 34, 5, 30, G1, rx=2) + path('M6,12 v14 a5.5 5.5 0 0 0 11,0 v-14', G1) +
             line(9.7, 12, 9.7, 25) + line(13.3, 12, 13.3, 25) +
             path('M58,64 h5 v-24 h2 c1,-12 -2,-24 -7,-28 z', G1) + line(58, 40, 63, 40))

S['cake'] = (path('M4,58 a32 7 0 0 0 64,0 a32 7 0 0 0 -64,0 z', G2) +
             path('M12,30 v24 a24 7 0 0 0 48,0 v-24 z', OR3) +
             path('M12,40 a24 7 0 0 0 48,0 v6 a24 7 0 0 1 -48,0 z', RED) +
             path('M12,30 a24 7 0 0 1 48,0 v4 q-3,4 -6,0 q-3,5 -6,1 q-3,5 -6,1 q-3,5 -6,1 q-3,5 -6,1 q-3,5 -6,1 q-3,5 -6,1 q-3,4 -6,0 z', W) +
             circle(36, 24, 5, RED2) + path('M36,19 q2,-5 6,-5', 'none') + circle(24, 27, 3.5, RED2) + circle(48, 27, 3.5, RED2))

S['shopping'] = (circle(28, 19, 7, LGR) + rect(36, 10, 12, 14, OR3, rx=2) + rect(24, 14, 9, 10, RED) +
                 poly([(14, 22), (64, 22), (57, 46), (20, 46)], BLU) +
                 ''.join(line(x, 22, x + dx, 46) for x, dx in ((27, 1.2), (39, 0), (51, -1.8))) + line(16.5, 34, 61, 34) +
                 path('M4,12 h7 l3,10', 'none', ' stroke-width="3"') + path('M20,46 l2,8 h36', 'none', ' stroke-width="3"') +
                 circle(26, 61, 5, DK) + circle(54, 61, 5, DK))

S['money'] = ('<g transform="rotate(-12 30 26)">' + rect(4, 12, 52, 30, LGR, rx=2) + rect(9, 17, 42, 20, W, rx=1) +
              circle(30, 27, 7, LGR) + '</g>' +
              circle(47, 51, 16, ORG) + circle(47, 51, 11, 'none') + circle(47, 51, 3.5, W) +
              circle(20, 56, 11, G2) + circle(20, 56, 3, W))

S['cleaning'] = (fat('M62,4 L50,50', BRN, 4) +
                 path('M40,50 h20 l6,14 h-32 z', W) + ''.join(line(x, 53, x + d, 64) for x, d in ((44, -3), (50, 0), (56, 3))) +
                 path('M6,36 h32 l-4,28 h-24 z', BLU) + path('M7,40 h30', 'none') + rect(6, 34, 32, 4, LBL, rx=2) +
                 path('M10,36 a12 12 0 0 1 24,0', 'none', ' stroke-width="2.5"'))

S['laundry'] = (rect(10, 4, 52, 64, W, rx=5) + line(10, 18, 62, 18) + circle(20, 11, 3, G1) + circle(29, 11, 3, G1) +
                rect(40, 8, 16, 6, G2, rx=1) + circle(36, 43, 19, G1) + circle(36, 43, 14, LBL) +
                path('M22.5,46 q3.5,-3 7,0 t7,0 t7,0 t6.5,0 a14 14 0 0 1 -27.5,0 z', BLU) + rect(14, 64, 8, 4, DK) + rect(50, 64, 8, 4, DK))

S['doctor'] = (path('M10,70 v-14 a26 22 0 0 1 52,0 v14 z', W) +
               path('M28,35 L36,54 L44,35', 'none') + rect(46, 52, 9, 7, W) +
               circle(36, 19, 11, SKIN) + circle(32, 18, 1.4, '#000', ' stroke="none"') + circle(40, 18, 1.4, '#000', ' stroke="none"') +
               '<path d="M32.5,23 q3.5,2.5 7,0" fill="none" stroke-width="1.5"/>' +
               fat('M27,34 Q20,46 26,52 Q34,58 40,50 M45,34 Q52,44 46,52', DK, 2) +
               circle(21, 58, 1, 'none', ' stroke="none"') + circle(40, 49, 4.5, G1))

S['weather'] = (''.join(line(*pt(46, 24, 16, a), *pt(46, 24, 22, a), ' stroke-width="3"') for a in range(-180, 90, 45)) +
                circle(46, 24, 12, YEL) +
                union([circle(24, 48, 12, 'FILL'), circle(38, 40, 14, 'FILL'), circle(52, 50, 10, 'FILL'),
                       rect(14, 48, 42, 12, 'FILL', rx=6)], W))

S['internet'] = (arc_arrow(0, 0, 1, 0, 1, W) if False else '') + \
    ''.join(fat(f'M{f(pt(36,58,r,-135)[0])},{f(pt(36,58,r,-135)[1])} A{r} {r} 0 0 1 {f(pt(36,58,r,-45)[0])},{f(pt(36,58,r,-45)[1])}', BLU, 7)
            for r in (14, 27, 40)) + circle(36, 58, 6, BLU)

# ---------------- activities ----------------
S['bus-trip'] = (path('M4,54 v-34 a6 6 0 0 1 6,-6 h50 a8 8 0 0 1 8,8 v32 z', YEL) +
                 ''.join(rect(x, 20, 10, 13, LBL, rx=1) for x in (9, 22, 35)) + path('M54,20 h7 a3 3 0 0 1 3,3 v10 h-10 z', LBL) +
                 rect(48, 20, 6, 30, G2, rx=1) + line(4, 40, 48, 40) + rect(4, 44, 6, 4, OR2) +
                 circle(18, 54, 7, DK) + circle(18, 54, 2.5, G1) + circle(55, 54, 7, DK) + circle(55, 54, 2.5, G1) + line(2, 66, 70, 66))

S['holiday'] = (path('M2,44 h68 v10 h-68 z', BLU) + path('M2,52 q34,-8 68,0 v16 h-68 z', OR3) +
                circle(58, 14, 8, YEL) + line(33, 26, 28, 62, ' stroke-width="3"') +
                '<g transform="rotate(10 33 28)">' +
                path('M12,32 A21 20 0 0 1 54,32 Q48.7,28 43.5,32 Q38.3,28 33,32 Q27.7,28 22.5,32 Q17.3,28 12,32 Z', RED) +
                path('M33,12 Q25,20 22.5,32 Q27.7,28 33,32 Q38.3,28 43.5,32 Q41,20 33,12 Z', W) + '</g>')

S['party'] = (''.join(f'<path d="{d}" fill="none" stroke-width="1.5"/>' for d in
                      ('M22,38 q-3,8 4,14 t8,14', 'M50,32 q4,10 -4,18 t-10,16', 'M36,46 q2,10 -1,20')) +
              path('M22,6 a11 13 0 0 1 0,26 a11 13 0 0 1 0,-26 z', RED) + poly([(22, 32), (19.5, 38), (24.5, 38)], RED) +
              path('M50,4 a11 13 0 0 1 0,26 a11 13 0 0 1 0,-26 z', BLU) + poly([(50, 30), (47.5, 35), (52.5, 35)], BLU) +
              path('M36,16 a11 13 0 0 1 0,26 a11 13 0 0 1 0,-26 z', YEL) + poly([(36, 42), (33.5, 47), (38.5, 47)], YEL) +
              rect(6, 48, 4, 7, LGR, extra=' transform="rotate(25 8 51)"') + rect(60, 44, 4, 7, OR2, extra=' transform="rotate(-30 62 47)"') +
              circle(8, 64, 2.2, PUR) + circle(62, 60, 2.2, ORG) + rect(48, 62, 4, 6, PUR))

S['christmas'] = (rect(31, 56, 10, 10, BRN) + poly([(36, 28), (62, 58), (10, 58)], GRN) + poly([(36, 18), (56, 44), (16, 44)], GRN) +
                  poly([(36, 10), (50, 30), (22, 30)], GRN) + star(36, 11, 8, 3.5, ORG) +
                  circle(26, 52, 3, RED) + circle(46, 50, 3, YEL) + circle(38, 38, 3, RED) + circle(29, 26, 2.5, YEL) + circle(44, 28, 2.5, RED))

S['garden'] = (rect(14, 34, 7, 26, BRN) + circle(17, 22, 14, LGR) + path('M2,68 v-10 q34,-6 68,0 v10 z', GRN) +
               line(44, 60, 44, 36, ' stroke-width="3"') + line(60, 60, 60, 30, ' stroke-width="3"') +
               path('M44,52 q-8,-8 -12,-2 q6,4 12,2 z', LGR) + path('M60,48 q8,-8 10,-2 q-4,4 -10,2 z', LGR) +
               path('M36,22 l3,14 h10 l3,-14 l-5,4 l-3,-7 l-3,7 z', RED) +
               path('M52,16 l3,14 h10 l3,-14 l-5,4 l-3,-7 l-3,7 z', ORG))

S['tv-music'] = (poly([(28, 52), (44, 52), (48, 64), (24, 64)], G1) + rect(4, 8, 64, 44, DK, rx=4) + rect(9, 13, 54, 34, LBL, rx=2) +
                 '<g stroke="none" fill="#000000">' +
                 '<ellipse cx="28" cy="39" rx="5" ry="3.6" transform="rotate(-20 28 39)"/>' +
                 '<ellipse cx="45" cy="35" rx="5" ry="3.6" transform="rotate(-20 45 35)"/>' +
                 '<path d="M31,38 V20 L48,16 V34 H46 V21 L33,24.5 V38 Z"/></g>')

S['sport'] = (circle(36, 36, 30, W) + '<clipPath id="b"><circle cx="36" cy="36" r="30"/></clipPath><g clip-path="url(#b)">' +
              poly([pt(36, 36, 10, -90 + i * 72) for i in range(5)], DK) +
              ''.join(line(*pt(36, 36, 10, -90 + i * 72), *pt(36, 36, 20, -90 + i * 72)) for i in range(5)) +
              ''.join(poly([pt(*pt(36, 36, 31, -54 + i * 72), 10, -54 + i * 72 + 36 + k * 72) for k in range(5)], DK)
                      for i in range(5)) +
              ''.join(line(*pt(36, 36, 20, -90 + i * 72), *pt(*pt(36, 36, 31, -54 + i * 72), 10, -54 + i * 72 + 180 + 36)) +
                      line(*pt(36, 36, 20, -90 + i * 72), *pt(*pt(36, 36, 31, -126 + i * 72), 10, -126 + i * 72 + 180 - 36))
                      for i in range(5)) + '</g>' + circle(36, 36, 30, 'none'))

S['fire-drill'] = (path('M18,66 c-9,0 -14,-6 -14,-13 c0,-9 7,-13 6,-22 c5,3 7,8 7,13 c2,-5 4,-11 2,-18 c10,7 14,16 14,26 c0,8 -5,14 -15,14 z', RED) +
                   path('M18,66 c-5,0 -8,-3 -8,-7 c0,-5 4,-7 4,-12 c4,3 5,6 5,9 c2,-2 3,-4 3,-7 c4,4 5,8 5,11 c0,4 -3,6 -9,6 z', ORG) +
                   fat_multi(['M48,26 L42,44', 'M47,29 L56,36 L63,32', 'M47,29 L38,33 L34,41',
                              'M42,44 L52,52 L50,64', 'M42,44 L34,54 L26,56'], LGR, 5) +
                   circle(51, 16, 6.5, SKIN))

S['pet'] = (poly([(14, 34), (15, 8), (33, 22)], OR3) + poly([(58, 34), (57, 8), (39, 22)], OR3) +
            poly([(18, 26), (18.5, 14), (27, 21)], '#FADCBC', ' stroke="none"') + poly([(54, 26), (53.5, 14), (45, 21)], '#FADCBC', ' stroke="none"') +
            path('M36,18 c16,0 26,10 26,24 c0,14 -12,22 -26,22 c-14,0 -26,-8 -26,-22 c0,-14 10,-24 26,-24 z', OR3) +
            path('M26,36 a3.5 4.5 0 0 1 0,9 a3.5 4.5 0 0 1 0,-9 z', GRN) + path('M46,36 a3.5 4.5 0 0 1 0,9 a3.5 4.5 0 0 1 0,-9 z', GRN) +
            poly([(32.5, 48), (39.5, 48), (36, 52)], RED) + path('M36,52 q-2,5 -7,4 M36,52 q2,5 7,4', 'none') +
            line(6, 46, 24, 49) + line(6, 54, 24, 53) + line(66, 46, 48, 49) + line(66, 54, 48, 53))

# ---------------- house ----------------
S['house'] = (rect(47, 10, 8, 16, BRN) + rect(14, 32, 44, 34, W) + poly([(6, 35), (36, 8), (66, 35)], RED2) +
              rect(30, 46, 12, 20, BRN) + rect(18, 40, 9, 9, LBL) + rect(45, 40, 9, 9, LBL) + line(2, 66, 70, 66))

S['house-rules'] = (rect(12, 30, 48, 36, W) + poly([(6, 33), (36, 6), (66, 33)], RED2) +
                    ''.join(path(f'M18,{y} l3,3 l6,-7', 'none', ' stroke="#5C9E31" stroke-width="3.5"') +
                            line(32, y + 0, 52, y + 0, ' stroke-width="2.5"') for y in (40, 50, 60)))

S['room-furniture'] = (rect(8, 22, 56, 26, OR2, rx=6) + rect(14, 40, 44, 12, OR3, rx=3) +
                       rect(3, 36, 13, 24, OR2, rx=5) + rect(56, 36, 13, 24, OR2, rx=5) + rect(16, 52, 40, 8, OR2) +
                       rect(8, 60, 5, 5, DBR) + rect(59, 60, 5, 5, DBR) + line(36, 26, 36, 40))

# ---------------- feelings ----------------
S['complaint'] = bubble(5, 4, 62, 50, [(14, 50), (10, 67), (30, 50)], W) + thumb(21, 9, down=True)
S['praise'] = bubble(5, 4, 62, 50, [(14, 50), (10, 67), (30, 50)], W) + thumb(21, 9)
S['happy'] = face(36, 36, 29, 'happy')
S['sad'] = face(36, 36, 29, 'sad') + path('M24,38 q-3,6 0,8 q3,-2 0,-8 z', LBL)

HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
        '<g stroke="#000000" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">')
TAIL = '</g></svg>\n'

os.makedirs(OUT, exist_ok=True)
for k, body in S.items():
    with open(os.path.join(OUT, k + '.svg'), 'w') as fh:
        fh.write(HEAD + body + TAIL)
print(len(S), 'written')
