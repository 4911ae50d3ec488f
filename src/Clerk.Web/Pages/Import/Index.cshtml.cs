using Clerk.App.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clerk.Web.Pages.Import;

/// <summary>Upload PACER docket reports (several at once) and see what became of each file.</summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class IndexModel(DocketImporter importer) : PageModel
{
    /// <summary>The most one upload may carry: a few hundred large docket reports.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    public IReadOnlyList<FileOutcome> Outcomes { get; private set; } = [];

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken ct)
    {
        if (files.Count == 0)
        {
            Problem = "Choose one or more docket reports (.html, or .acms_json for ACMS) to upload.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The importer reads files by path and takes the court from the file name, so each upload keeps its own name.
        var dir = Directory.CreateTempSubdirectory("clerk-upload-");
        try
        {
            var reports = new List<ReportToImport>();
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var path = Path.Combine(sub.FullName, SafeName(file.FileName));
                await using (var target = System.IO.File.Create(path))
                {
                    await file.CopyToAsync(target, ct);
                }

                reports.Add(new ReportToImport(path));
            }

            var summary = await importer.ImportAsync(reports, new ImportOptions(), null, ct);
            // Shown by the name the user chose, not the temporary path.
            Outcomes = [.. summary.Outcomes.Select(o => o with { Path = Path.GetFileName(o.Path), Problem = o.Problem?.Replace(Path.GetDirectoryName(o.Path) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal) })];
            if (summary.Failed > 0 && summary.Imported == 0)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }

            return Page();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // The last part of the name only, without characters a file system would refuse.
    private static string SafeName(string name)
    {
        var last = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string([.. last.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c)]);
        return clean.Length == 0 || clean is "." or ".." ? "report.html" : clean;
    }
}
