#!/usr/bin/env python3
"""What each part of the SQLite schema costs a docket entry, measured by taking it away.

Usage: python3 bench/sqlite-entry-costs.py GENERATED.db VARIANT [VARIANT ...]

GENERATED.db is a database made by `clerk generate` (it is copied, never written). Each run adds
500 new cases of 100 entries, ten dockets to a transaction, with multi-row INSERTs as the import
writer makes them, each entry cited by one source, then indexes the search queue before each
commit, and prints entries per second. A VARIANT is "full" or words joined by "+":
  noflush    leave the search queue unindexed (no FTS5 work)
  notrig     drop the entries' search trigger (no SearchDocs row, no queue)
  emptytrig  a trigger that does nothing
  asc        number new search documents upwards (max + 1) instead of downwards (min - 1)
  nopend     no SearchPending row
  nouniq     drop the unique index on SearchDocs (Case, Ref, Kind)
  noseq      drop IX_Entries_Case_Sequence
  nosrcix    drop IX_EntryCitations_Source
  nofk       foreign keys off
  nocit      no EntryCitations rows
  defer      name each new case in SearchDeferred and make its entries' documents at commit
             (the BulkSearch migration's path; needs a database made by a Clerk with it)
"""
import os
import shutil
import sqlite3
import sys
import tempfile
import time

TRIGGER = 'CREATE TRIGGER "Search_Entries_insert" AFTER INSERT ON "Entries" BEGIN {} END'
NEW_DOC = ('INSERT INTO "SearchDocs" ("Id", "Kind", "Case", "Ref", "Date") VALUES ((SELECT {} FROM "SearchDocs"), '
           '\'entry\', NEW."Case", NEW."Key", NEW."DateFiled");')
QUEUE = 'INSERT INTO "SearchPending" ("Id") VALUES (last_insert_rowid());'
DRAIN = ['INSERT INTO "SearchDocs" ("Id", "Kind", "Case", "Ref", "Date") SELECT (SELECT coalesce(min("Id"), 0) FROM "SearchDocs") '
         '- row_number() OVER (ORDER BY r.rowid), \'entry\', r."Case", r."Key", r."DateFiled" FROM "Entries" r WHERE r."Case" IN (SELECT "Case" FROM "SearchDeferred")',
         'INSERT INTO "SearchIndex" (rowid, "Body") SELECT d."Id", r."Description" FROM "Entries" r JOIN "SearchDocs" d ON d."Kind" = \'entry\' '
         'AND d."Case" IS r."Case" AND d."Ref" = r."Key" WHERE r."Case" IN (SELECT "Case" FROM "SearchDeferred") ORDER BY d."Id"',
         'DELETE FROM "SearchDeferred"']
FLUSH = ('INSERT INTO "SearchIndex" (rowid, "Body") SELECT t."Id", t."Body" FROM "SearchPending" p '
         'JOIN "SearchText" t ON t."Id" = p."Id" ORDER BY p."Id"')


def run(source, variant, folder):
    path = os.path.join(folder, "exp.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    shutil.copy(source, path)
    words = set(variant.split("+"))
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA synchronous=NORMAL")
    c.execute("PRAGMA foreign_keys=" + ("OFF" if "nofk" in words else "ON"))
    c.execute("PRAGMA cache_size=-65536")
    report = c.execute('SELECT "Id" FROM "Sources" LIMIT 1').fetchone()[0]
    court = c.execute('SELECT "Id" FROM "Courts" LIMIT 1').fetchone()[0]
    if words & {"notrig", "emptytrig", "asc", "nopend"}:
        c.execute('DROP TRIGGER "Search_Entries_insert"')
        if "emptytrig" in words:
            c.execute(TRIGGER.format("SELECT 1;"))
        elif "asc" in words:
            c.execute(TRIGGER.format(NEW_DOC.format('coalesce(max("Id"), 0) + 1') + QUEUE))
        elif "nopend" in words:
            c.execute(TRIGGER.format(NEW_DOC.format('coalesce(min("Id"), 0) - 1')))
    for word, index in (("nouniq", "IX_SearchDocs_Case_Ref_Kind"), ("noseq", "IX_Entries_Case_Sequence"), ("nosrcix", "IX_EntryCitations_Source")):
        if word in words:
            c.execute(f'DROP INDEX "{index}"')

    cases = [f"bench:{i}" for i in range(500)]
    c.execute("BEGIN IMMEDIATE")
    for case in cases:
        c.execute('INSERT INTO "Cases" ("Id", "Caption", "Court", "Kind", "Status") VALUES (?, ?, ?, ?, ?)', (case, "A v. B", court, "Civil", "Open"))
    c.execute("COMMIT")

    start, entries = time.perf_counter(), 0
    for batch in range(0, len(cases), 10):
        c.execute("BEGIN IMMEDIATE")
        for case in cases[batch:batch + 10]:
            if "defer" in words:
                c.execute('INSERT INTO "SearchDeferred" ("Case") VALUES (?)', (case,))
            rows = [(case, f"k{j:05d}", f"2020-01-{1 + j % 28:02d}", f"ORDER granting motion {j} to seal documents filed by ACME CORP signed by judge Smith", str(j), j) for j in range(100)]
            for i in range(0, len(rows), 14):
                chunk = rows[i:i + 14]
                c.execute('INSERT INTO "Entries" ("Case", "Key", "DateFiled", "Description", "Number", "Sequence") VALUES ' + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk)), [v for r in chunk for v in r])
            if "nocit" not in words:
                cites = [(case, f"k{j:05d}", report) for j in range(100)]
                for i in range(0, len(cites), 33):
                    chunk = cites[i:i + 33]
                    c.execute('INSERT INTO "EntryCitations" ("Case", "EntryKey", "Source") VALUES ' + ", ".join(["(?, ?, ?)"] * len(chunk)), [v for r in chunk for v in r])
            entries += len(rows)
        if "defer" in words:
            for sql in DRAIN:
                c.execute(sql)
        if not words & {"notrig", "emptytrig", "noflush"}:
            c.execute(FLUSH)
            c.execute('DELETE FROM "SearchPending"')
        c.execute("COMMIT")
    seconds = time.perf_counter() - start
    c.close()
    print(f"{variant:28s} {entries / seconds:9.0f} entries/s")


if len(sys.argv) < 3:
    sys.exit(__doc__)
if not os.path.isfile(sys.argv[1]):
    sys.exit(f"sqlite-entry-costs.py: {sys.argv[1]}: no such database (make one with clerk generate)")
with tempfile.TemporaryDirectory(prefix="clerk-entry-costs-") as folder:
    for v in sys.argv[2:]:
        run(sys.argv[1], v, folder)
