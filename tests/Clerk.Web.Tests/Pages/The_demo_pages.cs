using System.Net;
using System.Text.RegularExpressions;

namespace Clerk.Web.Tests.Pages;

public sealed partial class The_demo_pages : IClassFixture<DemoSite>
{
    private readonly DemoSite site;

    public The_demo_pages(DemoSite site)
    {
        this.site = site;
        // The shared fixture restricts the criminal case; these tests read the whole demo as an anonymous visitor,
        // so this class's own copy of the site opens it again (each test class has its own database).
        using var store = site.OpenStore();
        new Clerk.App.Access.CaseAccessService(store).OpenAsync(Clerk.App.Access.Viewer.Operator, DemoSite.Restricted).GetAwaiter().GetResult();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(string path)
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task The_civil_case_page_has_an_inline_svg_timeline_whose_items_link_to_sources()
    {
        var html = await GetAsync("/cases/rust-civil");
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
        var links = ItemLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/sources/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_civil_case_page_shows_both_denied_motions_and_the_limitation_check_beside_the_untimely_claim()
    {
        var html = await GetAsync("/cases/rust-civil");
        Assert.Equal(2, Regex.Count(html, "<span class=\"badge denied\">denied</span>"));
        var check = html[html.IndexOf("class=\"limitation\"", StringComparison.Ordinal)..];
        check = check[..check.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("2024-10-21", check, StringComparison.Ordinal);
        Assert.Contains("NMSA 1978 § 37-1-8", System.Net.WebUtility.HtmlDecode(check), StringComparison.Ordinal);
        Assert.Contains("timely", check, StringComparison.Ordinal);
        Assert.Contains("untimely", System.Net.WebUtility.HtmlDecode(check), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_lists_parties_with_normalized_and_raw_roles_and_counsel()
    {
        var html = System.Net.WebUtility.HtmlDecode(await GetAsync("/cases/rust-civil"));
        Assert.Contains("defendant (Baldwin's company)", html, StringComparison.Ordinal);
        Assert.Contains("Robert Schwartz", html, StringComparison.Ordinal);
        Assert.Contains("Bryan Biedscheid", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/cases/rust-criminal\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/incidents/rust-shooting\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_criminal_case_page_shows_the_charge_and_its_history()
    {
        var html = await GetAsync("/cases/rust-criminal");
        Assert.Contains("Involuntary manslaughter", html, StringComparison.Ordinal);
        Assert.Contains("dismissed without prejudice", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_incident_page_has_one_timeline_with_a_lane_for_each_case()
    {
        var html = System.Net.WebUtility.HtmlDecode(await GetAsync("/incidents/rust-shooting"));
        var svg = html[html.IndexOf("<svg", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];
        // Lane names wrap in the gutter, a line to a <tspan>.
        var names = string.Join(" ", Regex.Matches(svg, "<tspan[^>]*>([^<]*)</tspan>").Select(m => m.Groups[1].Value));
        Assert.Contains("State of New Mexico v. Alec Baldwin", names, StringComparison.Ordinal);
        Assert.Contains("Three \"Rust\" crew members v. Alec Baldwin and El Dorado Pictures", names, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_page_lists_the_facts_that_cite_the_report()
    {
        var html = System.Net.WebUtility.HtmlDecode(await GetAsync("/sources/seed-report"));
        Assert.Contains("Alec Baldwin's legal troubles aren't going away", html, StringComparison.Ordinal);
        Assert.Contains("Motion to dismiss denied", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/cases/rust-criminal#charge-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_shows_the_month_asked_for_with_the_demo_deadline_on_its_day()
    {
        var html = await GetAsync("/calendar?month=2023-09");
        Assert.Contains("September 2023", html, StringComparison.Ordinal);
        Assert.Contains("Responsive pleading", html, StringComparison.Ordinal);
        Assert.Contains("class=\"overdue\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_that_is_not_a_month_is_a_bad_request_that_says_what_was_expected()
    {
        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/calendar?month=2023-13", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expected YYYY-MM", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_list_filters_by_kind_and_counts()
    {
        var html = await GetAsync("/cases?kind=Criminal");
        Assert.Contains("<strong>1</strong> case", html, StringComparison.Ordinal);
        Assert.Contains("/cases/rust-criminal", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/cases/rust-civil\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_cases_incidents_and_sources_are_404()
    {
        using var client = site.CreateClient();
        foreach (var path in new[] { "/cases/nope", "/incidents/nope", "/sources/nope" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_stylesheet_is_served_with_print_and_narrow_screen_rules()
    {
        var html = await GetAsync("/cases");
        var href = Regex.Match(html, "<link rel=\"stylesheet\" href=\"([^\"]+)\"").Groups[1].Value;
        var css = await GetAsync(System.Net.WebUtility.HtmlDecode(href));
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("@media (max-width", css, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a class=\"tl-item[^\"]*\" href=\"([^\"]+)\"")]
    private static partial Regex ItemLink();
}
