using Clerk.Domain;

namespace Clerk.Store.MatterFiles;

/// <summary>Enum names as files write them: GrantedInPart is "granted-in-part".</summary>
public static class Kebab
{
    public static string Name<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    public static IEnumerable<string> Names<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(Of);

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
        {
            if (string.Equals(Name(v), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static string Of(string pascal) => Chronology.Split(pascal, '-');
}
