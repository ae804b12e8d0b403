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

# "Det er min stemme": a blank ballot with a down arrow, half into the box's slot. No tick on the
# paper, so it never looks like the "Ja" option it may confirm.
S['cast-vote'] = (rect(6, 38, 60, 28, BLU, rx=2) + rect(6, 38, 60, 9, LBL) + rect(13, 40, 46, 5, DK, rx=2.5) +
                  rect(20, 4, 32, 39, W, rx=1) + fat('M36,10 V22', OR2, 5) + poly([(25, 21), (47, 21), (36, 34)], OR2))

# "Jeg vil vælge igen": a U-turn arrow back to the left, unlike the two round arrows of "Gentag".
S['back'] = (fat('M60,58 V38 a16 16 0 0 0 -16,-16 H30', PUR, 9) + poly([(8, 22), (30, 6), (30, 38)], PUR))

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

# ================ second batch (set grown to 95) ================


def cloud(dx=0, dy=0, fill=W, s=1.0):
    def c(x, y, r):
        return circle(dx + x * s, dy + y * s, r * s, 'FILL')
    return union([c(22, 30, 11), c(37, 22, 14), c(52, 31, 10),
                  rect(dx + 11 * s, dy + 29 * s, 51 * s, 12 * s, 'FILL', rx=6 * s)], fill)


def drop(x, y, s=1.0, fill=BLU):
    return path(f'M{f(x)},{f(y)} c{f(-2*s)},{f(3.5*s)} {f(-4*s)},{f(6*s)} {f(-4*s)},{f(8*s)} '
                f'a{f(4*s)} {f(4*s)} 0 0 0 {f(8*s)},0 c0,{f(-2*s)} {f(-2*s)},{f(-4.5*s)} {f(-4*s)},{f(-8*s)} z', fill)


def flake(cx, cy, r):
    ds = []
    for k in range(3):
        x0, y0 = pt(cx, cy, r, 90 + k * 60)
        x1, y1 = pt(cx, cy, r, 270 + k * 60)
        ds.append(f'M{f(x0)},{f(y0)} L{f(x1)},{f(y1)}')
    return fat_multi(ds, W, 2.5)


# ---- meeting ----
S['idea'] = (''.join(line(*pt(36, 29, 19, a), *pt(36, 29, 26, a), ' stroke-width="3"') for a in (-180, -135, -90, -45, 0)) +
             path('M29,49 c0,-6 -8,-9 -8,-19 a15 15 0 0 1 30,0 c0,10 -8,13 -8,19 z', YEL) +
             path('M32,48 V39 Q36,34 40,39 V48', 'none') +
             rect(29, 49, 14, 5, G1, rx=1.5) + rect(29, 54, 14, 5, G1, rx=1.5) + path('M32,59 h8 l-2,4 h-4 z', DK) +
             '<path d="M27,24 a10 10 0 0 1 6,-6" fill="none" stroke="#FFFFFF" stroke-width="2.5"/>')

S['question'] = (person(17, 38, 1.05, LBL) +
                 bubble(28, 3, 40, 38, [(34, 34), (26, 46), (46, 38)], W) +
                 path('M41,15 A7 7 0 1 1 51,22 Q48,24 48,28', 'none', ' stroke="#1E50A0" stroke-width="5"') +
                 circle(48, 34, 2.8, DBL, ' stroke="none"'))

EAR = ('M28,34 c0,-14 9,-24 21,-24 c11,0 19,9 19,20 c0,10 -6,14 -9,19 c-3,6 -3,15 -13,15 '
       'c-7,0 -10,-4 -11,-8 c-4,-6 -7,-12 -7,-22 z')
S['listen'] = (path(EAR, SKIN) +
               path('M38,34 c0,-8 5,-13 11,-13 c6,0 10,5 10,10 c0,6 -6,7 -8,12 c-1,3 -4,4 -6,2', 'none', ' stroke-width="2.5"') +
               ''.join(fat(f'M{x},{36-h} q{q},{h} 0,{2*h}', BLU, 3.5) for x, h, q in ((18, 8, 5), (10, 15, 8))))

S['speak'] = (path('M10,66 v-10 c-5,-4 -7,-11 -7,-18 c0,-14 10,-24 23,-24 c12,0 19,8 19,17 l5,9 c1,2 0,3 -2,3 h-3 v5 '
                   'c0,3 -2,5 -6,5 h-4 v13 z', YEL) +
               circle(33, 28, 2, '#000', ' stroke="none"') + path('M41,45 h6', 'none', ' stroke-width="2.5"') +
               ''.join(fat(f'M{f(pt(45,44,r,-35)[0])},{f(pt(45,44,r,-35)[1])} A{r} {r} 0 0 1 {f(pt(45,44,r,35)[0])},{f(pt(45,44,r,35)[1])}', BLU, 3.5)
                       for r in (12, 20)))

# ---- people ----
hand = union([rect(21, 12, 7, 30, 'FILL', rx=3.5), rect(28.5, 8, 7, 32, 'FILL', rx=3.5),
              rect(36, 9, 7, 32, 'FILL', rx=3.5), rect(43.5, 14, 7, 28, 'FILL', rx=3.5),
              '<g transform="rotate(-40 22 46)">' + rect(18.5, 28, 7, 22, 'FILL', rx=3.5) + '</g>',
              rect(21, 30, 29.5, 28, 'FILL', rx=9)], SKIN)
S['hello'] = ('<g transform="rotate(-14 36 44)">' + rect(26, 54, 20, 16, BLU) + hand + '</g>' +
              ''.join(f'<path d="{d}" fill="none" stroke-width="3"/>' for d in
                      ('M12,14 q-5,7 -3,15', 'M5,10 q-6,10 -3,21', 'M60,8 q6,6 5,15', 'M66,4 q6,10 4,20')))

# ---- daily life ----
S['menu'] = (rect(12, 4, 48, 64, W, rx=3) + circle(38, 20, 10, W) + circle(38, 20, 6, G2) +
             path('M22,10 v7 a3 3 0 0 0 6,0 v-7', 'none') + line(25, 10, 25, 31, ' stroke-width="2.5"') +
             path('M52,31 V10 c3,2 4,7 4,12 h-4', G1) +
             ''.join(circle(21, y, 2.8, c) + line(28, y, 51, y, ' stroke-width="2.5"')
                     for y, c in ((40, RED), (50, LGR), (60, OR3))))

S['phone'] = (rect(23, 5, 26, 62, DK, rx=5) + rect(26, 12, 20, 46, LBL, rx=1) + line(32, 8.5, 40, 8.5) +
              circle(36, 62.5, 2.2, G1) + path('M29,46 a7 6 0 0 1 14,0 z', BLU) + circle(36, 33, 5, SKIN) +
              ''.join(f'<path d="{d}" fill="none" stroke-width="3"/>' for d in
                      ('M16,26 q-5,10 0,20', 'M9,20 q-8,16 0,32', 'M56,26 q5,10 0,20', 'M63,20 q8,16 0,32')))

S['computer'] = (rect(12, 10, 48, 36, DK, rx=3) + rect(16, 14, 40, 28, LBL, rx=1) +
                 rect(20, 18, 24, 16, W) + rect(20, 18, 24, 4, BLU) + line(23, 27, 38, 27) + line(23, 31, 34, 31) +
                 poly([(12, 46), (60, 46), (68, 60), (4, 60)], G2) + rect(4, 60, 64, 4, G1, rx=2) +
                 ''.join(line(x1, y, x2, y, ' stroke-width="1.5"') for x1, x2, y in ((14, 58, 50),)) +
                 poly([(30, 53), (42, 53), (43, 57.5), (29, 57.5)], W))

S['medicine'] = (rect(8, 20, 32, 44, OR3, rx=4) + rect(6, 8, 36, 12, W, rx=2) +
                 ''.join(line(x, 10, x, 18, ' stroke-width="1.5"') for x in (12, 18, 24, 30, 36)) +
                 rect(8, 32, 32, 20, W) + fat_multi(['M24,36 v12', 'M18,42 h12'], RED, 3) +
                 '<g transform="rotate(-40 56 50)">' + path('M56,44 v12 h-6 a6 6 0 0 1 0,-12 z', RED) +
                 path('M56,44 h6 a6 6 0 0 1 0,12 h-6 z', W) + '</g>' +
                 circle(54, 22, 6, W) + circle(60, 34, 4.5, LBL))

S['dentist'] = (path('M14,12 c6,-4 12,0 16,0 c4,0 10,-4 16,0 c8,5 7,18 3,26 c-2,4 -2,10 -4,18 c-1,6 -6,7 -7,1 l-3,-12 '
                     'c-1,-4 -5,-4 -6,0 l-3,12 c-1,6 -6,5 -7,-1 c-2,-8 -2,-14 -4,-18 c-4,-8 -5,-21 3,-26 z', W) +
                 '<path d="M18,22 q1,-5 6,-6" fill="none" stroke="#92D3F5" stroke-width="3"/>' +
                 fat('M48,50 L66,68', G1, 4) + circle(46, 46, 8, LBL) +
                 star(60, 14, 8, 3, YEL))

S['work'] = ('<g transform="rotate(-20 20 20)">' + rect(17, 12, 5, 26, BRN, rx=1.5) + rect(9, 8, 20, 8, G1, rx=1.5) + '</g>' +
             '<g transform="rotate(15 54 20)">' + rect(52.5, 4, 3, 22, G2) + rect(50, 18, 8, 14, ORG, rx=3) + '</g>' +
             path('M26,32 v-8 h20 v8', 'none', ' stroke-width="7"') + path('M26,32 v-8 h20 v8', 'none', ' stroke="#3F3F3F" stroke-width="3"') +
             rect(5, 30, 62, 34, RED, rx=3) + rect(5, 30, 62, 9, RED2, rx=3) + rect(31, 36, 10, 7, G2, rx=1.5))

S['budget'] = (rect(6, 6, 36, 52, W, rx=2) +
               ''.join(circle(13, y, 3, ORG) + line(20, y, 35 if i % 2 else 30, y, ' stroke-width="2.5"')
                       for i, y in enumerate((16, 26, 36, 46))) +
               ''.join(path(f'M38,{y} v5 a14 4.5 0 0 0 28,0 v-5 z', ORG) +
                       path(f'M38,{y} a14 4.5 0 0 1 28,0 a14 4.5 0 0 1 -28,0 z', ORG) for y in (60, 53, 46, 39)) +
               path('M44,39 a8 2.5 0 0 1 16,0 a8 2.5 0 0 1 -16,0 z', 'none', ' stroke-width="1.5"'))

S['transport'] = (path('M4,52 v-10 c0,-3 2,-5 5,-5 h6 l9,-12 c1,-1.5 2.5,-2 4,-2 h18 c2,0 3.5,1 4.5,2.5 l8,11.5 h6 '
                       'c3,0 5,2 5,5 v10 z', RED) +
                  poly([(19, 36), (26, 27), (35, 27), (35, 36)], LBL) + poly([(39, 27), (47, 27), (53, 36), (39, 36)], LBL) +
                  rect(62, 41, 6, 4, YEL, rx=1) + rect(4, 43, 4, 4, OR2) + line(30, 41, 34, 41, ' stroke-width="2.5"') +
                  line(46, 41, 50, 41, ' stroke-width="2.5"') +
                  circle(18, 52, 7, DK) + circle(18, 52, 2.5, G1) + circle(56, 52, 7, DK) + circle(56, 52, 2.5, G1) +
                  line(2, 62, 70, 62))

S['sun'] = (''.join(fat('M%s,%s L%s,%s' % (f(pt(36, 36, 23, a)[0]), f(pt(36, 36, 23, a)[1]),
                                           f(pt(36, 36, 31, a)[0]), f(pt(36, 36, 31, a)[1])), ORG, 3)
                    for a in range(0, 360, 45)) +
            circle(36, 36, 17, YEL))

S['rain'] = cloud(0, -6, G2) + drop(20, 44, 1.1) + drop(36, 48, 1.1) + drop(52, 44, 1.1) + drop(28, 58, 0.9) + drop(44, 58, 0.9)

S['snow'] = cloud(0, -8, G2) + flake(19, 50, 8) + flake(53, 50, 8) + flake(36, 60, 8)

# ---- activities ----
S['birthday'] = (path('M2,60 a22 5 0 0 0 44,0 a22 5 0 0 0 -44,0 z', G2) +
                 path('M6,40 v18 a18 5 0 0 0 36,0 v-18 z', LPU) +
                 path('M6,40 a18 5 0 0 1 36,0 v3 q-3,4 -6,0 q-3,4 -6,0 q-3,4 -6,0 q-3,4 -6,0 q-3,4 -6,0 q-3,4 -6,0 z', W) +
                 ''.join(rect(x - 2, 26, 4, 13, c, rx=1) + path(f'M{x},16 q-4,5 0,8 q4,-3 0,-8 z', ORG)
                         for x, c in ((14, BLU), (24, RED), (34, LGR))) +
                 rect(48, 46, 20, 18, RED) + rect(46, 40, 24, 7, RED) + rect(55.5, 40, 5, 24, YEL) +
                 path('M58,40 c-8,-8 -12,-2 -8,0 z M58,40 c8,-8 12,-2 8,0 z', YEL))

S['music'] = ('<g stroke="none" fill="#000000">' +
              '<ellipse cx="19" cy="54" rx="8.5" ry="6.5" transform="rotate(-20 19 54)"/>' +
              '<ellipse cx="50" cy="47" rx="8.5" ry="6.5" transform="rotate(-20 50 47)"/>' +
              '<path d="M24,53 V19 L58.5,10 V47 H55 V21 L27.5,28 V53 Z"/></g>')

S['tv'] = (line(36, 17, 24, 4, ' stroke-width="2.5"') + line(36, 17, 48, 4, ' stroke-width="2.5"') + circle(36, 17, 3, G1) +
           rect(12, 58, 6, 8, DK) + rect(54, 58, 6, 8, DK) +
           rect(6, 18, 60, 42, BRN, rx=5) + rect(11, 23, 40, 32, LBL, rx=4) +
           path('M12,48 q9,-9 18,-2 q8,-6 20,1 v4 a3 3 0 0 1 -3,3 h-32 a3 3 0 0 1 -3,-3 z', LGR) +
           circle(41, 32, 4, YEL) + circle(58.5, 30, 3, G2) + circle(58.5, 40, 3, G2) +
           line(56, 48, 61, 48) + line(56, 51.5, 61, 51.5))

pip = lambda x, y, c='#000': circle(x, y, 2.6, c, ' stroke="none"')
S['games'] = ('<g transform="rotate(-14 24 42)">' + rect(8, 26, 32, 32, W, rx=6) +
              pip(16, 34) + pip(32, 34) + pip(24, 42) + pip(16, 50) + pip(32, 50) + '</g>' +
              '<g transform="rotate(18 50 30)">' + rect(36, 14, 28, 28, RED, rx=5) +
              pip(43, 21, W) + pip(50, 28, W) + pip(57, 35, W) + '</g>')

S['art'] = (path('M36,10 c18,0 31,10 31,24 c0,13 -10,22 -24,22 c-6,0 -6,-6 -10,-8 c-4,-2 -8,4 -14,2 '
                 'c-9,-3 -14,-10 -14,-18 c0,-14 14,-22 31,-22 z', OR3) +
            circle(18, 38, 5, W) + circle(20, 24, 5, RED) + circle(34, 19, 5, BLU) + circle(48, 21, 5, YEL) +
            circle(57, 32, 5, GRN) +
            fat('M66,68 L46,50', DBR, 4) + fat('M46,50 L42,46', G1, 5) +
            path('M42,46 c-3,-3 -7,-4 -10,-8 c5,1 10,3 12,6 z', PUR))

stripes = lambda y: ''.join(poly([(x, y), (x + 7, y), (x + 3, y + 8), (x - 4, y + 8)], W) for x in (16, 30, 44, 58 - 4))
S['cinema'] = (rect(8, 30, 56, 36, DK, rx=2) + rect(8, 30, 56, 9, DK) + stripes(30) + rect(8, 30, 56, 9, 'none') +
               '<g transform="rotate(-16 9 29)">' + rect(8, 20, 56, 9, DK) + stripes(20) + rect(8, 20, 56, 9, 'none') + '</g>' +
               circle(9, 29, 2.5, G1) + line(16, 48, 56, 48, ' stroke="#9B9B9A" stroke-width="2.5"') +
               line(16, 56, 44, 56, ' stroke="#9B9B9A" stroke-width="2.5"'))

S['book'] = (path('M3,20 v42 c12,-2 24,-1 33,4 c9,-5 21,-6 33,-4 v-42 z', DBL) +
             path('M36,18 c-8,-5 -19,-6 -29,-4 v42 c10,-2 21,-1 29,4 z', W) +
             path('M36,18 c8,-5 19,-6 29,-4 v42 c-10,-2 -21,-1 -29,4 z', W) +
             ''.join(f'<path d="M12,{y} c6,-1 13,-0.5 19,2 M41,{y+2} c6,-2.5 13,-3 19,-2" fill="none" stroke="#9B9B9A" stroke-width="2"/>'
                     for y in (24, 32, 40, 48)))

S['train'] = (rect(2, 58, 68, 4, G1) + ''.join(rect(x, 62, 5, 4, BRN) for x in (8, 22, 36, 50, 62)) +
              path('M4,54 v-30 a4 4 0 0 1 4,-4 h38 c10,0 18,8 22,20 v10 a4 4 0 0 1 -4,4 z', RED) +
              rect(4, 44, 64, 4, W, extra=' stroke="none"') + line(4, 44, 68, 44) + line(4, 48, 68, 48) +
              ''.join(rect(x, 26, 8, 11, LBL, rx=1) for x in (8, 20, 32)) +
              path('M46,26 h3 c6,0 11,5 13,11 h-16 z', LBL) +
              ''.join(circle(x, 56, 4, DK) for x in (14, 26, 44, 56)))

S['bicycle'] = (circle(16, 48, 13, 'none', ' stroke-width="4"') + circle(56, 48, 13, 'none', ' stroke-width="4"') +
                fat_multi(['M16,48 L34,48 L28,27 Z', 'M34,48 L50,28 L28,27', 'M50,28 L56,48'], BLU, 3) +
                circle(16, 48, 2.2, '#000') + circle(56, 48, 2.2, '#000') +
                path('M49,27 L46,17 h8', 'none', ' stroke-width="3.5"') +
                path('M22,25 h11', 'none', ' stroke-width="5"') + circle(34, 48, 3, G1) + line(34, 48, 38, 55, ' stroke-width="3"'))

S['walk'] = (path('M2,68 v-8 q34,-5 68,0 v8 z', LGR) +
             rect(54, 38, 6, 24, BRN) + circle(57, 27, 13, GRN) +
             fat_multi(['M30,27 L27,44', 'M30,30 L21,38 L18,46', 'M30,30 L38,38 L42,44',
                        'M27,44 L20,54 L17,63', 'M27,44 L34,53 L38,62'], BLU, 5) +
             circle(31, 16, 7, SKIN) + circle(33.5, 15, 1.1, '#000', ' stroke="none"'))

S['swimming'] = (circle(28, 36, 8, SKIN) + circle(30.5, 35, 1.2, '#000', ' stroke="none"') +
                 circle(34.5, 35, 1.2, '#000', ' stroke="none"') +
                 path('M20,33 a8 8 0 0 1 16,0 z', RED) +
                 fat('M38,46 C38,28 52,22 60,34', SKIN, 6) + circle(61, 36, 4.5, SKIN) +
                 path('M2,44 q6,-5 12,0 t12,0 t12,0 t12,0 t12,0 t10,0 V70 H2 Z', BLU) +
                 path('M4,58 q5,-4 10,0 t10,0 t10,0 t10,0 t10,0 t10,0', 'none', ' stroke="#92D3F5" stroke-width="3"'))

# ---- house ----
S['kitchen'] = (''.join(f'<path d="M{x},14 q-3,-3 0,-7 q3,-3 0,-6" fill="none"/>' for x in (28, 36, 44)) +
                fat('M16,22 h6 M50,22 h6', DK, 3) +
                path('M21,17 h30 v12 a4 4 0 0 1 -4,4 h-22 a4 4 0 0 1 -4,-4 z', RED) + rect(19, 16, 34, 4, RED2, rx=2) +
                rect(8, 34, 56, 32, W, rx=2) + line(8, 44, 64, 44) +
                ''.join(circle(x, 39, 2.5, DK) for x in (16, 26, 46, 56)) +
                rect(16, 49, 40, 13, DK, rx=2) + rect(20, 52, 32, 7, OR3, rx=1))

S['dishes'] = (fat('M60,40 V12 H50 V17', G1, 4) + path('M49,19 h6', 'none', ' stroke-width="3"') +
               circle(24, 34, 14, W) + circle(24, 34, 9, G2) + circle(44, 38, 11, W) + circle(44, 38, 7, G2) +
               path('M8,42 h56 l-5,22 h-46 z', G1) + rect(4, 39, 64, 5, G2, rx=2) +
               circle(12, 34, 4, W) + circle(18, 27, 2.5, W) + circle(34, 24, 3, W))

S['trash'] = (rect(26, 10, 20, 5, DK, rx=2) + rect(12, 14, 48, 8, G1, rx=2) +
              poly([(15, 22), (57, 22), (53, 66), (19, 66)], G1) +
              arc_arrow(36, 44, 10, -80, 20, LGR, 3, 4) + arc_arrow(36, 44, 10, 40, 140, LGR, 3, 4) +
              arc_arrow(36, 44, 10, 160, 260, LGR, 3, 4))

S['shower'] = (fat('M62,70 V10 H44 V16', G1, 4) +
               path('M28,24 h26 l-4,-8 h-18 z', G1) +
               ''.join(drop(x, y, 0.75, LBL) for x, y in ((30, 30), (41, 30), (52, 30), (25, 44), (36, 42), (47, 44), (30, 56), (41, 56), (52, 56))))

S['bed'] = (path('M54,12 a10 10 0 1 0 10,14 a8 8 0 0 1 -10,-14 z', YEL) +
            rect(4, 28, 8, 40, BRN, rx=2) + rect(60, 40, 8, 28, BRN, rx=2) + rect(10, 48, 52, 10, W) +
            path('M12,38 h12 a5 5 0 0 1 0,10 h-12 z', W) + circle(22, 39, 7, SKIN) + path('M18,39 q2,2 4,0', 'none', ' stroke-width="1.5"') +
            path('M26,50 v-8 c6,-4 14,-4 20,-2 h10 a4 4 0 0 1 4,4 v6 z', BLU))

S['noise'] = (circle(36, 40, 18, YEL) +
              path('M27,35 l5,3 l-5,3 M45,35 l-5,3 l5,3', 'none', ' stroke-width="2.5"') +
              path('M29,49 q3.5,-4 7,0 q3.5,4 7,0', 'none', ' stroke-width="2.5"') +
              '<g transform="rotate(15 16 40)">' + rect(9, 30, 12, 20, SKIN, rx=6) + '</g>' +
              '<g transform="rotate(-15 56 40)">' + rect(51, 30, 12, 20, SKIN, rx=6) + '</g>' +
              fat_multi(['M4,22 l6,-2 l-2,-6 l6,-2 l-2,-6', 'M68,22 l-6,-2 l2,-6 l-6,-2 l2,-6',
                         'M30,14 l3,-5 l3,5 l3,-5 l3,5'], RED, 3))

S['quiet'] = (circle(36, 34, 27, YEL) + circle(26, 28, 2.6, '#000', ' stroke="none"') +
              circle(46, 28, 2.6, '#000', ' stroke="none"') +
              path('M28,46 q8,3 16,0', 'none', ' stroke-width="2.5"') +
              rect(32, 38, 9, 34, SKIN, rx=4.5) + path('M34,44 h5', 'none', ' stroke-width="1.5"'))

# ---- feelings ----
S['thank-you'] = ('<g transform="rotate(-20 10 60)">' + rect(-6, 52, 20, 14, BLU) + '</g>' +
                  union([path('M12,48 h44 a5.5 5.5 0 0 1 0,11 h-18 c-6,4 -14,6 -22,4 z', 'FILL'),
                         '<g transform="rotate(-30 24 44)">' + rect(20, 30, 8, 20, 'FILL', rx=4) + '</g>'], SKIN) +
                  line(34, 53.5, 55, 53.5, ' stroke-width="1.5"') +
                  heart(38, 32, 1.3, RED))

HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
        '<g stroke="#000000" stroke-width="2" stroke-linejoin="round" stroke-linecap="round">')
TAIL = '</g></svg>\n'

os.makedirs(OUT, exist_ok=True)
for k, body in S.items():
    with open(os.path.join(OUT, k + '.svg'), 'w') as fh:
        fh.write(HEAD + body + TAIL)
print(len(S), 'written')
