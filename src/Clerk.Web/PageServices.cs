using Clerk.App.Cases;
using Clerk.App.Imports;
using Clerk.App.Search;
using Clerk.App.Sources;
using Clerk.App.Timelines;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Clerk.Web;

/// <summary>What the pages need: the application services they call, the clock, and the stylesheet and scripts.</summary>
public static class PageServices
{
    /// <summary>Registers the pages' services (one of each per request, over the request's store).</summary>
    public static IServiceCollection AddClerkPages(this IServiceCollection services)
    {
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<Pages.Cases.CasePageCache>();
        // Rendered page bodies (the <cache> tag) kept within 32 MB, not the default 100 MB: with the
        // case data kept beside them, the server stays under 300 MB however many cases are read.
        services.Configure<Microsoft.AspNetCore.Mvc.TagHelpers.CacheTagHelperOptions>(o => o.SizeLimit = 32L * 1024 * 1024);
        services.TryAddScoped<CaseReader>();
        services.TryAddScoped<CaseDeadlineService>(s => new CaseDeadlineService(s.GetRequiredService<CaseReader>(), s.GetRequiredService<IClock>()));
        services.TryAddScoped<DocketImporter>();
        services.TryAddScoped<IncidentTimeline>();
        services.TryAddScoped<SourceReader>();
        services.TryAddScoped<SearchService>();
        return services;
    }

    /// <summary>Serves the stylesheet and scripts.</summary>
    public static void MapClerkAssets(this WebApplication app) => app.Services.GetRequiredService<StaticAssets>().Map(app);
}
