#!/usr/bin/env python3
"""Writes one district docket report of N entries, for timing `clerk import pacer` of a huge docket.

Usage: python3 bench/big-docket.py N OUT.html   (N = 1000000 makes 394 MB)

The header, parties and counsel are those of the fixture njd_509180.html (CLERK_FIXTURES, else
../shared/fixtures); its entries are replaced by N one-line orders, sixty a day from 1990-01-01 on,
numbered 1..N. Name OUT after a court (njd_…) so that the court id is read from the file name.
"""
import datetime
import os
import sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
n, out = int(sys.argv[1]), sys.argv[2]
fixtures = os.environ.get("CLERK_FIXTURES") or os.path.join(os.path.dirname(__file__), "..", "..", "shared", "fixtures")
report = os.path.join(fixtures, "pacer-dockets", "district", "njd_509180.html")
if not os.path.isfile(report):
    sys.exit(f"big-docket.py: {report}: not found (set CLERK_FIXTURES to the fixtures folder)")

with open(report, encoding="utf-8", errors="replace") as f:
    text = f.read()
header = text.find("Docket Text")
header_row_end = text.find("</tr>", header) if header >= 0 else -1
table_end = text.find("</table>", header_row_end) if header_row_end >= 0 else -1
if table_end < 0:
    sys.exit(f"big-docket.py: {report}: no docket entries table (a 'Docket Text' header row, then '</table>')")

header_row_end += len("</tr>")
first = datetime.date(1990, 1, 1)
with open(out, "w", encoding="utf-8") as f:
    f.write(text[:header_row_end])
    for k in range(1, n + 1):
        day = (first + datetime.timedelta(days=k // 60)).strftime("%m/%d/%Y")
        f.write(
            f"\n<tr><td width='94' valign=top nowrap>{day}</td>"
            f"<td style='white-space:nowrap' valign='top' align='right'><a href=\"https://ecf.njd.uscourts.gov/doc1/1191{k:08d}\">{k}</a>&nbsp;</td>"
            f"<td valign=top>ORDER granting {k} Motion to Seal documents filed by CATALYST PHARMACEUTICALS, INC. "
            f"Signed by Magistrate Judge Tonianne J. Bongiovanni on {day}. (jjc) (Entered: {day})</td></tr>"
        )
    f.write(text[table_end:])
print(f"wrote {n} entries to {out}")
