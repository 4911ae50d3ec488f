using Clerk.App.Access;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.History;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Clerk.App.Editing;

/// <summary>
/// Reads, adds and updates sources (news reports, court records), with versions and history as
/// <see cref="CaseRecordEditor{TRecord, TForm}"/> keeps them. A source belongs to no case: every
/// account may read it, and what it says of a restricted case is read only through that case.
/// </summary>
public sealed class SourceEditor(ClerkStore store, Viewer viewer, IClock clock)
{
    /// <summary>One source with its version.</summary>
    /// <exception cref="NotFoundException">No source has the id.</exception>
    public async Task<Versioned<SourceForm>> ReadAsync(SourceId id, CancellationToken ct = default)
    {
        var source = await store.Db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw Missing(id);
        var form = SourceForm.From(source);
        return new(form, RecordVersion.Of(form));
    }

    /// <summary>Adds a source; its id must be new.</summary>
    /// <exception cref="InvalidEditException">A field is wrong or the id is taken; nothing was written.</exception>
    /// <exception cref="ForbiddenException">The viewer may not edit.</exception>
    public Task<Versioned<SourceForm>> AddAsync(SourceForm form, CancellationToken ct = default) => SaveAsync(null, form, null, ct);

    /// <summary>Replaces a source by the form, if <paramref name="version"/> is its current version.</summary>
    /// <exception cref="VersionRequiredException">No version was given.</exception>
    /// <exception cref="StaleVersionException">The source changed since that version was read.</exception>
    /// <exception cref="InvalidEditException">A field is wrong; nothing was written.</exception>
    /// <exception cref="ForbiddenException">The viewer may not edit.</exception>
    /// <exception cref="NotFoundException">No source has the id.</exception>
    public Task<Versioned<SourceForm>> UpdateAsync(SourceId id, SourceForm form, string? version, CancellationToken ct = default) =>
        SaveAsync(id, form, version, ct);

    /// <summary>Every change to the source, oldest first.</summary>
    public Task<IReadOnlyList<ChangeRow>> HistoryAsync(SourceId id, CancellationToken ct = default) =>
        store.ChangesAsync(new FactRef(FactKind.Source, id.Value), ct);

    private async Task<Versioned<SourceForm>> SaveAsync(SourceId? id, SourceForm form, string? version, CancellationToken ct)
    {
        if (!viewer.CanEdit)
        {
            throw new ForbiddenException("only an editor or an admin may change a source");
        }

        using var tx = store.BeginWrite();
        Source? current = null;
        if (id is { } wanted)
        {
            current = await store.Db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == wanted, ct) ?? throw Missing(wanted);
            var now = RecordVersion.Of(SourceForm.From(current));
            if (version is null)
            {
                throw new VersionRequiredException();
            }

            if (!string.Equals(version, now, StringComparison.Ordinal))
            {
                throw new StaleVersionException(now);
            }
        }

        var errors = new FieldErrors();
        var source = form.ToRecord(current, errors);
        if (source is not null && current is null && await store.Db.Sources.AnyAsync(s => s.Id == source.Id, ct))
        {
            errors.Add(nameof(SourceForm.Id), $"another source has the id \"{source.Id}\"");
        }

        errors.ThrowIfAny();
        store.WriteChecked(new Matter { Sources = [source!] });
        var saved = SourceForm.From(source!);
        store.AddChange(new ChangeRow
        {
            Fact = new FactRef(FactKind.Source, source!.Id.Value),
            Actor = viewer.Name,
            At = clock.GetCurrentInstant(),
            Before = current is null ? null : RecordVersion.Json(SourceForm.From(current)),
            After = RecordVersion.Json(saved),
        });
        tx.Commit();
        return new(saved, RecordVersion.Of(saved));
    }

    private NotFoundException Missing(SourceId id) => new($"no source with id \"{id}\" in {store.Options.Path}");
}
