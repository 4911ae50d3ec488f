using Clerk.App.Access;
using Clerk.App.Cases;
using Clerk.App.Editing.Forms;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.History;
using NodaTime;

namespace Clerk.App.Editing;

/// <summary>
/// Reads, adds and updates one kind of a case's records for a viewer. A write is checked against the
/// whole case (the model's rules, named by form field), refused when it names a version that is no
/// longer current, and kept in the record's history with who made it and the record before and after,
/// all in one transaction. Deadlines are computed from the stored case whenever they are read
/// (<see cref="CaseDeadlineService"/>), so a saved change shows in them at once: nothing is cached.
/// </summary>
public sealed class CaseRecordEditor<TRecord, TForm>(ClerkStore store, Viewer viewer, IClock clock, RecordKind<TRecord, TForm> kind)
    where TRecord : class
    where TForm : IRecordForm
{
    /// <summary>The case's records of this kind, each with its version.</summary>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<Versioned<TForm>>> ListAsync(CaseId @case, CancellationToken ct = default)
    {
        var matter = (await new CaseReader(store, viewer).ReadAsync(@case, ct)).Matter;
        return [.. kind.All(matter).Where(r => kind.CaseOf(r) == @case).Select(r => Versioned(r, matter))];
    }

    /// <summary>One record with its version.</summary>
    /// <exception cref="NotFoundException">No such case or record, or the viewer may not see the case.</exception>
    public async Task<Versioned<TForm>> ReadAsync(CaseId @case, string key, CancellationToken ct = default)
    {
        Matter matter;
        if (kind.ReadAlone)
        {
            await new CaseAccessService(store).EnsureVisibleAsync(viewer, @case, ct);
            matter = await store.ReadCaseRecordAsync(@case, ct) ?? throw CaseAccessService.NotFound(@case, store);
        }
        else
        {
            matter = (await new CaseReader(store, viewer).ReadAsync(@case, ct)).Matter;
        }

        return Versioned(Find(matter, @case, key) ?? throw Missing(@case, key), matter);
    }

    /// <summary>Adds a record to the case; it must cite at least one stored source.</summary>
    /// <exception cref="InvalidEditException">A field is wrong; nothing was written.</exception>
    /// <exception cref="ForbiddenException">The viewer may not edit.</exception>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public Task<Versioned<TForm>> AddAsync(CaseId @case, TForm form, CancellationToken ct = default) => SaveAsync(@case, null, form, null, ct);

    /// <summary>Replaces a record by the form, if <paramref name="version"/> is its current version.</summary>
    /// <exception cref="VersionRequiredException">No version was given.</exception>
    /// <exception cref="StaleVersionException">The record changed since that version was read.</exception>
    /// <exception cref="InvalidEditException">A field is wrong; nothing was written.</exception>
    /// <exception cref="ForbiddenException">The viewer may not edit.</exception>
    /// <exception cref="NotFoundException">No such case or record, or the viewer may not see the case.</exception>
    public Task<Versioned<TForm>> UpdateAsync(CaseId @case, string key, TForm form, string? version, CancellationToken ct = default) =>
        SaveAsync(@case, key, form, version, ct);

    /// <summary>Every change to the record, oldest first (kept after the record is gone).</summary>
    /// <exception cref="NotFoundException">No such case, or the viewer may not see it.</exception>
    public async Task<IReadOnlyList<ChangeRow>> HistoryAsync(CaseId @case, string key, CancellationToken ct = default)
    {
        await new CaseAccessService(store).EnsureVisibleAsync(viewer, @case, ct);
        return await store.ChangesAsync(kind.FactOf(@case, key), ct);
    }

    private async Task<Versioned<TForm>> SaveAsync(CaseId @case, string? key, TForm form, string? version, CancellationToken ct)
    {
        await new CaseAccessService(store).EnsureVisibleAsync(viewer, @case, ct);
        if (!viewer.CanEdit)
        {
            throw new ForbiddenException($"only an editor or an admin may change a {kind.Noun}");
        }

        using var tx = store.BeginWrite();
        var matter = await store.ReadCaseAsync(@case, ct) ?? throw CaseAccessService.NotFound(@case, store);
        var current = key is null ? null : Find(matter, @case, key) ?? throw Missing(@case, key);
        TForm? before = default;
        if (current is not null)
        {
            before = Form(current, matter);
            var now = RecordVersion.Of(before);
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
        TRecord? record = null;
        try
        {
            record = kind.ToRecord(form, @case, current, matter, errors);
        }
        catch (DomainRuleException e)
        {
            errors.Add(kind.FieldOf(e), $"{e.Rule} ({e.Detail})");
        }

        errors.ThrowIfAny();
        var fact = kind.FactOf(record!);
        if (current is null && store.IsStored(fact))
        {
            errors.Add("Id", $"another {kind.Noun} is stored as {fact.Key}");
        }

        var citations = Citations(form, fact, matter, current is null, errors);
        var after = kind.With(matter, [.. kind.All(matter).Where(r => !ReferenceEquals(r, current)), record!]) with
        {
            Citations = [.. matter.Citations.Where(c => c.Fact != fact), .. citations],
        };
        foreach (var v in after.Violations(store.IsStored).Where(v => v.Fact == fact))
        {
            errors.Add(kind.FieldOf(v), $"{v.Rule} ({v.Detail})");
        }

        errors.ThrowIfAny();
        store.WriteChecked(kind.Only(record!) with { Citations = citations });
        var saved = kind.ToForm(record!, citations.Select(c => c.Source.Value).Order(StringComparer.Ordinal));
        store.AddChange(new ChangeRow
        {
            Case = @case,
            Fact = fact,
            Actor = viewer.Name,
            At = clock.GetCurrentInstant(),
            Before = current is null ? null : RecordVersion.Json(before),
            After = RecordVersion.Json(saved),
        });
        tx.Commit();
        return new(saved, RecordVersion.Of(saved));
    }

    // The sources a form names become the fact's citations (keeping what each said of it); none keeps the
    // citations it has, and a new fact must name one.
    private IReadOnlyList<Citation> Citations(TForm form, FactRef fact, Matter matter, bool isNew, FieldErrors errors)
    {
        var had = matter.Citations.Where(c => c.Fact == fact).ToList();
        var named = FieldErrors.Items(form.Sources).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0)
        {
            if (isNew)
            {
                errors.Add(nameof(IRecordForm.Sources), $"a new {kind.Noun} cites at least one source (a source id, see 'clerk source add')");
            }

            return had;
        }

        return [.. named.Select(s => had.FirstOrDefault(c => c.Source.Value == s) ?? new Citation(new SourceId(s), fact, null))];
    }

    private TRecord? Find(Matter matter, CaseId @case, string key) =>
        kind.All(matter).FirstOrDefault(r => kind.CaseOf(r) == @case && kind.KeyOf(r) == key);

    private TForm Form(TRecord record, Matter matter)
    {
        var fact = kind.FactOf(record);
        return kind.ToForm(record, matter.Citations.Where(c => c.Fact == fact).Select(c => c.Source.Value).Order(StringComparer.Ordinal));
    }

    private Versioned<TForm> Versioned(TRecord record, Matter matter)
    {
        var form = Form(record, matter);
        return new(form, RecordVersion.Of(form));
    }

    private NotFoundException Missing(CaseId @case, string key) => new($"no {kind.Noun} \"{key}\" in case \"{@case}\"");
}
