import json, sys
import os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
m = json.load(open(os.path.join(ROOT, 'manifest.json')))
big = sys.argv[1].split(',') if len(sys.argv) > 1 else []
h = ['<html><body style="margin:8px;font-family:sans-serif;background:#fff"><div style="display:flex;flex-wrap:wrap;gap:6px">']
for p in m['pictograms']:
    h.append(f'<div style="width:104px;text-align:center;font-size:12px;border:1px solid #ddd;padding:4px"><img src="{ROOT}/{p["file"]}" width="48" height="48"><br>{p["labels"]["da"]}<br><span style="color:#888;font-size:10px">{p["id"]}</span></div>')
h.append('</div><div>')
for b in big:
    h.append(f'<img src="{ROOT}/{b}.svg" width="300" height="300" style="border:1px solid #ddd;margin:4px">')
h.append('</div></body></html>')
open('/tmp/sheet.html', 'w').write(''.join(h))
