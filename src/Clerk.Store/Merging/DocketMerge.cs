using Clerk.Domain;
using Clerk.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Clerk.Store.Merging;

/// <summary>
/// Merges a docket report into its case in one transaction: reads the case's <see cref="DocketState"/>,
/// asks <see cref="DocketPlan.Of"/> what changes, and writes exactly those rows.
/// </summary>
internal static class DocketMerge
{
    public static ImportResult Import(ClerkStore store, Matter report, CaseId caseId)
    {
        var violations = report.Violations(store.IsStored);
        if (violations.Count > 0)
        {
            throw new MatterRejectedException(violations);
        }

        var db = store.Db;
        using var tx = db.Database.BeginTransaction();
        var plan = DocketPlan.Of(Read(db, caseId, report.Sources.Single().Id), report, caseId);
        Apply(db, report, plan);
        tx.Commit();
        return plan.Result;
    }

    /// <summary>What is stored about <paramref name="caseId"/> that a report <paramref name="reportId"/> can change.</summary>
    internal static DocketState Read(ClerkDbContext db, CaseId caseId, SourceId reportId) => new()
    {
        Entries = db.Entries.AsNoTracking().Where(e => e.Case == caseId).OrderBy(e => e.Sequence).ToList(),
        Participations = db.Participations.AsNoTracking().Where(p => p.Case == caseId).ToList(),
        Counsel = db.Counsel.AsNoTracking().Where(c => c.Case == caseId).ToList(),
        Charges = db.Charges.AsNoTracking().Where(c => c.Case == caseId).ToList(),
        Citations = db.Citations.AsNoTracking().Where(c => c.Source == reportId).Select(c => new Citation(c.Source, c.Fact, c.Detail)).ToList(),
        Reports = db.DocketReports.AsNoTracking().Where(r => r.Case == caseId).ToList(),
    };

    // Deletes first (citations of deleted facts go with them), then what others refer to, then the
    // rows that refer to it: the order the foreign keys need.
    private static void Apply(ClerkDbContext db, Matter report, DocketPlan plan)
    {
        BulkWrite.Delete(db, plan.Participations.Delete);
        BulkWrite.Delete(db, plan.Counsel.Delete);
        BulkWrite.Delete(db, plan.Charges.Delete);

        var u = plan.Upserts;
        BulkWrite.Upsert(db, u.Sources);
        BulkWrite.Upsert(db, u.Courts);
        BulkWrite.Upsert(db, u.Judges);
        BulkWrite.Upsert(db, u.Incidents);
        BulkWrite.Upsert(db, u.Parties);
        BulkWrite.Upsert(db, u.Attorneys);
        BulkWrite.Upsert(db, u.Cases);
        BulkWrite.Upsert(db, u.CaseIncidents);
        BulkWrite.Upsert(db, u.CaseLinks);
        BulkWrite.Upsert(db, plan.Reports.Insert.Concat(plan.Reports.Update));

        BulkWrite.Update(db, plan.Entries.Update);
        BulkWrite.Insert(db, plan.Entries.Insert);
        BulkWrite.Update(db, plan.Participations.Update);
        BulkWrite.Insert(db, plan.Participations.Insert);
        BulkWrite.Update(db, plan.Counsel.Update);
        BulkWrite.Insert(db, plan.Counsel.Insert);
        BulkWrite.Update(db, plan.Charges.Update);
        BulkWrite.Insert(db, plan.Charges.Insert);

        var rows = CitationRows.Of(report with { Citations = [.. plan.Citations.Insert, .. plan.Citations.Update] });
        BulkWrite.Update(db, rows.Skip(plan.Citations.Insert.Count));
        BulkWrite.Insert(db, rows.Take(plan.Citations.Insert.Count));
    }
}
