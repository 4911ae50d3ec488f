#!/usr/bin/env python3
"""Writes one district docket report of N entries, for timing `clerk import pacer` of a huge docket.

Usage: python3 bench/big-docket.py N OUT.html [--later | --newest-first]   (N = 1000000 makes 394 MB)

The header, parties and counsel are those of the fixture njd_509180.html (CLERK_FIXTURES, else
../shared/fixtures); its entries are replaced by N one-line orders, sixty a day from 1990-01-01 on,
numbered 1..N. Name OUT after a court (njd_…) so that the court id is read from the file name.

--later writes a later report of the same docket, for timing an import into the case stored: entries
5000 to 5099 are no longer listed, every thousandth entry's text is amended (7, 1007, …), 100 notices
filed on the 30th day are listed after the last entry (so nearly every entry moves), and 1,000
entries follow, filed after the last.

--newest-first lists the same N entries newest first, as PACER does on request (every entry is then
out of date order as read, and moved into its place once all are written).
"""
import datetime
import os
import sys

if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] not in ("--later", "--newest-first")):
    sys.exit(__doc__)
n, out = int(sys.argv[1]), sys.argv[2]
later, newest_first = sys.argv[3:] == ["--later"], sys.argv[3:] == ["--newest-first"]
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


written = 0


def row(f, k, day, text):
    global written
    written += 1
    day = day.strftime("%m/%d/%Y")
    f.write(
        f"\n<tr><td width='94' valign=top nowrap>{day}</td>"
        f"<td style='white-space:nowrap' valign='top' align='right'><a href=\"https://ecf.njd.uscourts.gov/doc1/1191{k:08d}\">{k}</a>&nbsp;</td>"
        f"<td valign=top>{text} Signed by Magistrate Judge Tonianne J. Bongiovanni on {day}. (jjc) (Entered: {day})</td></tr>"
    )


with open(out, "w", encoding="utf-8") as f:
    f.write(text[:header_row_end])
    numbers = range(1, n + 1 + (1000 if later else 0))
    for k in reversed(numbers) if newest_first else numbers:
        if later and 5000 <= k < 5100:
            continue
        text_k = f"ORDER granting {k} Motion to Seal documents filed by CATALYST PHARMACEUTICALS, INC."
        if later and k % 1000 == 7:
            text_k = "AMENDED " + text_k
        row(f, k, first + datetime.timedelta(days=k // 60), text_k)
        if later and k == n:
            for j in range(n + 2001, n + 2101):
                row(f, j, first + datetime.timedelta(days=30), f"NOTICE {j} of appearance.")
    f.write(text[table_end:])
print(f"wrote {written} entries to {out}")
