using Clerk.App.Access;
using Clerk.App.Demo;
using Clerk.App.Editing;
using NodaTime;
using NodaTime.Testing;

namespace Clerk.App.Tests.Editing;

/// <summary>The demo in a real SQLite file, with editors for an editor account and a clock that stands still.</summary>
internal sealed class DemoEditing : IDisposable
{
    private readonly TempStore _db = new();

    private DemoEditing()
    {
    }

    public static Viewer Editor { get; } = new("u-editor", "editor@example.org", Role.Editor);

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 3, 12, 0));

    public Clerk.Store.ClerkStore Store => _db.Store;

    public RecordEditor As(Viewer viewer) => new(Store, viewer, Clock);

    public static async Task<DemoEditing> CreateAsync(CancellationToken ct)
    {
        var d = new DemoEditing();
        await DemoMatter.StoreAsync(d.Store, ct);
        return d;
    }

    public void Dispose() => _db.Dispose();
}
