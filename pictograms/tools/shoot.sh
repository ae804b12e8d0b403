#!/bin/bash
# usage: shoot.sh big_ids
python3 "$(dirname "$0")/contact-sheet.py" "$1"
C="chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
$C --screenshot=/tmp/sheet.png --window-size=1400,1800 file:///tmp/sheet.html >/dev/null 2>&1
sed 's/width:104px/width:96px/' /tmp/sheet.html > /tmp/sheet_small.html
$C --screenshot=/tmp/sheet48.png --window-size=960,1420 file:///tmp/sheet_small.html >/dev/null 2>&1
ls -la /tmp/sheet.png /tmp/sheet48.png
