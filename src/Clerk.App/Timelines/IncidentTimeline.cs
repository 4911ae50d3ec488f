using Clerk.App.Cases;
using Clerk.Domain;
using Clerk.Store;
using Microsoft.EntityFrameworkCore;

namespace Clerk.App.Timelines;

/// <summary>An incident and every case it started that the reader may see, with their deadlines and one shared timeline.</summary>
public sealed record IncidentView(Incident Incident, IReadOnlyList<CaseDeadlineReport> Cases, Timeline Timeline);

/// <summary>Reads an incident with the cases it started, side by side on one timeline.</summary>
public sealed class IncidentTimeline(ClerkStore store, CaseDeadlineService deadlines)
{
    /// <summary>The incident's view; cases the reader may not see are left out as if they did not exist.</summary>
    /// <exception cref="NotFoundException">No incident has the id.</exception>
    public async Task<IncidentView> ReadAsync(IncidentId id, CancellationToken ct = default)
    {
        var incident = await store.Db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw new NotFoundException($"no incident with id \"{id}\" in {store.Options.Path}");
        var ids = await store.Db.CaseIncidents.AsNoTracking().Where(ci => ci.Incident == id).Select(ci => ci.Case).ToListAsync(ct);
        var reports = new List<CaseDeadlineReport>();
        foreach (var caseId in ids.OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            try
            {
                reports.Add(await deadlines.ForCaseAsync(caseId, ct: ct));
            }
            catch (NotFoundException)
            {
                // Not visible to this reader: it does not exist for them.
            }
        }

        // Criminal cases first, then by filing date: the order a reader follows the story in.
        reports = [.. reports.OrderBy(r => r.Case.Kind != CaseKind.Criminal).ThenBy(r => r.Case.Filed?.Earliest)];
        return new IncidentView(incident, reports, CaseTimeline.ForIncident(incident, reports));
    }
}
