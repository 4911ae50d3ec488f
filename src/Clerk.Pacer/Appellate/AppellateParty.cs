using Clerk.Pacer.Text;
using System.Text.Json;
using NodaTime;

namespace Clerk.Pacer.Appellate;

/// <summary>An attorney listed for a party on a court of appeals docket (CM/ECF or ACMS).</summary>
/// <param name="Name">The attorney's name line as printed ("Won S. Shin, Assistant U.S. Attorney").</param>
/// <param name="Roles">The bracketed notice lines without brackets ("COR NTC Retained").</param>
/// <param name="Contact">The remaining lines (phones, firm, address), joined with newlines.</param>
public sealed record AppellateAttorney(string Name, IReadOnlyList<string> Roles, string Contact)
{
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        DocketJson.WriteStrings(writer, "roles", Roles);
        writer.WriteString("contact", Contact);
        writer.WriteEndObject();
    }
}

/// <summary>A labelled line under a party's name other than "Terminated" (label without colon, text after it).</summary>
public sealed record AppellatePartyField(string Label, string? Value);

/// <summary>A party to a court of appeals case with its attorneys.</summary>
/// <param name="Name">The party's name as printed.</param>
/// <param name="Type">The party's role ("Appellant", "Plaintiff - Appellee"), non-breaking spaces kept.</param>
/// <param name="DateTerminated">The date the party was terminated, when the docket gives one.</param>
/// <param name="Fields">Other labelled lines under the name.</param>
/// <param name="Unparsed">Unlabelled lines between name and role (aliases, numbers), as printed; null when none.</param>
/// <param name="Attorneys">The party's attorneys in docket order.</param>
public sealed record AppellateParty(
    string Name,
    string Type,
    LocalDate? DateTerminated,
    IReadOnlyList<AppellatePartyField> Fields,
    IReadOnlyList<string>? Unparsed,
    IReadOnlyList<AppellateAttorney> Attorneys)
{
    /// <summary>True when a "Terminated" line was present, even if its date could not be read.</summary>
    public bool HasTerminatedLine { get; init; }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", Name);
        writer.WriteString("type", Type);
        if (HasTerminatedLine)
        {
            DocketJson.WriteDate(writer, "date_terminated", DateTerminated);
        }

        foreach (var field in Fields)
        {
            writer.WriteString(field.Label, field.Value);
        }

        if (Unparsed is not null)
        {
            DocketJson.WriteStrings(writer, "unparsed", Unparsed);
        }

        DocketJson.WriteArray(writer, "attorneys", Attorneys, static (attorney, w) => attorney.WriteJson(w));
        writer.WriteEndObject();
    }
}
