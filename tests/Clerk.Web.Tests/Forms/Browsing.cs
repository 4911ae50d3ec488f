using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Clerk.Web.Tests.Forms;

/// <summary>
/// Uses the pages as a browser would: signs in with the form (a cookie), reads pages as documents, and
/// submits a page's form with every field as the page filled it in, except the fields a test changes.
/// </summary>
internal sealed class Browsing(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    /// <summary>A client signed in as the named account of the site (admin, editor, viewer, outsider); null: anonymous.</summary>
    public static async Task<Browsing> AsAsync(DemoSite site, string? account)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        if (account is not null)
        {
            var form = await client.GetStringAsync(Http.U("/account/signin"), Http.Ct);
            var post = await client.PostAsync(Http.U("/account/signin"), Signing_in.Form(
                ("Email", $"{account}@example.org"), ("Password", site.Passwords[account]), ("__RequestVerificationToken", Signing_in.AntiforgeryToken(form))), Http.Ct);
            Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        }

        return new Browsing(client);
    }

    /// <summary>A page that must answer 200, as a document.</summary>
    public async Task<IHtmlDocument> PageAsync(string path)
    {
        var response = await client.GetPathAsync(path);
        var html = await response.Content.ReadAsStringAsync(Http.Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {html}");
        return Parse(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// Submits the page's edit form with <paramref name="changes"/> made to it (by input name without the
    /// <c>Form.</c> prefix): a text field gets the text, a select the value, a group of check boxes exactly the values listed.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string action, params (string Field, string[] Values)[] changes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form.edit") ?? throw new InvalidOperationException("the page has no edit form: " + page.Body?.TextContent);
        foreach (var (field, values) in changes)
        {
            var name = field.StartsWith("__", StringComparison.Ordinal) || field == "Version" ? field : "Form." + field;
            var elements = form.Elements.Where(e => e.GetAttribute("name") == name).ToList();
            Assert.True(elements.Count > 0, $"the form has no field {name}");
            // Check boxes take the values they offer; the text inputs of the name (a list's lines, "another source") take the rest in order.
            var boxes = elements.OfType<IHtmlInputElement>().Where(e => e.Type == "checkbox").ToList();
            var rest = new Queue<string>(values.Where(v => !boxes.Any(b => b.Value == v)));
            foreach (var element in elements)
            {
                switch (element)
                {
                    case IHtmlInputElement { Type: "checkbox" } box:
                        box.IsChecked = values.Contains(box.Value);
                        break;
                    case IHtmlInputElement input:
                        input.Value = rest.TryDequeue(out var v) ? v : "";
                        break;
                    case IHtmlSelectElement select:
                        foreach (var option in select.Options)
                        {
                            option.IsSelected = option.Value == values[0];
                        }

                        Assert.True(select.Options.Any(o => o.Value == values[0]), $"{name} offers no choice {values[0]}");
                        break;
                    case IHtmlTextAreaElement area:
                        area.Value = values[0];
                        break;
                }
            }
        }

        var fields = form.Elements.OfType<IHtmlElement>().SelectMany(FieldValues).ToList();
        return await client.PostAsync(Http.U(action), new FormUrlEncodedContent(fields), Http.Ct);
    }

    // The pairs a browser sends for one element of a form (HTML's form data set, for the controls these forms use).
    private static IEnumerable<KeyValuePair<string, string>> FieldValues(IHtmlElement element)
    {
        var name = element.GetAttribute("name");
        if (string.IsNullOrEmpty(name))
        {
            yield break;
        }

        switch (element)
        {
            case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                if (box.IsChecked)
                {
                    yield return new(name, box.Value);
                }

                break;
            case IHtmlInputElement input when input.Type is not ("submit" or "button"):
                yield return new(name, input.Value);
                break;
            case IHtmlSelectElement select:
                foreach (var option in select.Options.Where(o => o.IsSelected))
                {
                    yield return new(name, option.Value);
                }

                break;
            case IHtmlTextAreaElement area:
                yield return new(name, area.Value);
                break;
        }
    }

    /// <summary>The field container (<c>div.field</c>) of the input named <c>Form.</c> + <paramref name="field"/>.</summary>
    public static IElement FieldOf(IHtmlDocument page, string field)
    {
        var input = page.QuerySelectorAll("[name]").FirstOrDefault(e => e.GetAttribute("name") == "Form." + field)
            ?? throw new InvalidOperationException($"the page has no input Form.{field}");
        return input.Closest("div.field") ?? throw new InvalidOperationException($"Form.{field} is not inside a div.field");
    }

    public void Dispose() => client.Dispose();
}
