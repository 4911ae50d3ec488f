using System.Reflection;
using Clerk.Domain;
using Clerk.Store;
using Clerk.Store.MatterFiles;

namespace Clerk.App.Demo;

/// <summary>The Rust demo: the matter file shipped inside Clerk, and storing it.</summary>
public static class DemoMatter
{
    public const string ResourceName = "rust.matter.yaml";

    /// <summary>The demo matter file's text.</summary>
    public static string Text()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo matter file {ResourceName} is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Stores the demo's facts in <paramref name="store"/> and reads its cases back, as stored.</summary>
    public static async Task<Matter> StoreAsync(ClerkStore store, CancellationToken ct = default)
    {
        var matter = MatterReader.Parse(Text(), ResourceName);
        store.Save(matter);
        return await store.ReadCasesAsync(matter.Cases.Select(c => c.Id), ct);
    }
}
