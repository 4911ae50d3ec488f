#!/usr/bin/env python3
"""Writes one appellate docket report of N entries, for timing `clerk import pacer` of a huge appeal.

Usage: python3 bench/big-appellate.py N OUT.html   (N = 100000 makes about 75 MB)

The header, parties and counsel are those of the fixture appellate/ca1.html (CLERK_FIXTURES, else
../shared/fixtures); its entries are replaced by N orders, each linking its own document, twenty a
day from 1990-01-01 on. Name OUT after a court of appeals (ca1_…) so that the court id is read from
the file name.
"""
import datetime
import os
import sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
n, out = int(sys.argv[1]), sys.argv[2]
fixtures = os.environ.get("CLERK_FIXTURES") or os.path.join(os.path.dirname(__file__), "..", "..", "shared", "fixtures")
report = os.path.join(fixtures, "pacer-dockets", "appellate", "ca1.html")
if not os.path.isfile(report):
    sys.exit(f"big-appellate.py: {report}: not found (set CLERK_FIXTURES to the fixtures folder)")

with open(report, encoding="utf-8", errors="replace") as f:
    text = f.read()
section = text.find("DOCKET ENTRIES")
rows_table = text.find("<table border=0 cellpadding=4>", section) if section >= 0 else -1
# The fixture's entry rows end with the last one's end tag; what follows (the page's footer) is kept.
last_row = text.rfind("<!-- NEED", rows_table) if rows_table >= 0 else -1
rows_end = text.find("</tr>", last_row) if last_row >= 0 else -1
if rows_end < 0:
    sys.exit(f"big-appellate.py: {report}: no docket entries table after the DOCKET ENTRIES section comment")

rows_start = rows_table + len("<table border=0 cellpadding=4>")
first = datetime.date(1990, 1, 1)
with open(out, "w", encoding="utf-8") as f:
    f.write(text[:rows_start])
    for i in range(1, n + 1):
        day = (first + datetime.timedelta(days=(i - 1) // 20)).strftime("%m/%d/%Y")
        doc = f"{106000000000 + i:014d}"
        f.write(
            f"\n<!-- NEED 1 -->\n\t\t<tr><td valign=top>{day}</td><td valign=top NOWRAP>\n"
            f"<input type=checkbox name='d' value='{7000000 + i}' onclick='sumSelected(this,1,40320);'>\n"
            f"<a HREF=\"https://ecf.ca1.uscourts.gov/docs1/{doc}\" ONCLICK=\"return doDocPostURL('{doc}','30442');\" title=\"Open Document\">"
            f"<img width=13 height=15 SRC='TransportRoom?servlet=document.gif' ALT=\"Open Document\" BORDER=1>\n</a>\n"
            f"<BR><Font size=-2>1 pg, 40.32 KB</FONT></td><td width=90% valign=top>ORDER number {i} entered by Judge Ojetta R. Thompson "
            f"granting the motion of Appellant Gifty R. Samuels to extend time. [10-1095]  (ELW) [Entered: {day} 12:25 PM]</td></tr>")
    f.write(text[rows_end + len("</tr>"):])
