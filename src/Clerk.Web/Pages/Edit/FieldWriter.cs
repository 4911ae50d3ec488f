using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Clerk.Web.Pages.Edit;

/// <summary>
/// Writes a form's fields, each with its label, its value (what is stored, or what the user typed) and,
/// right beside it, the messages the application layer gave for it. Fields are named as the form's
/// properties are (<c>Ruling.Date</c>, <c>History[0].Status</c>); inputs post as <c>Form.</c> + that
/// name, which the page binds back onto the form. Every text goes through <see cref="TagBuilder"/>,
/// which escapes it. It remembers which fields it wrote, so the messages of any other field are not lost.
/// </summary>
public sealed class FieldWriter(IReadOnlyDictionary<string, string[]> errors)
{
    /// <summary>The prefix of every input's name: the page's bound property.</summary>
    public const string Prefix = "Form.";

    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    /// <summary>A one-line text input.</summary>
    public IHtmlContent Text(string field, string label, string? value, string? hint = null, string type = "text")
    {
        var input = Input(field, type, value);
        return Field(field, label, hint, input);
    }

    /// <summary>A number input.</summary>
    public IHtmlContent Number(string field, string label, int? value, string? hint = null) =>
        Text(field, label, value?.ToString(CultureInfo.InvariantCulture), hint, "number");

    /// <summary>A text area, for docket text, a statement, a source's text.</summary>
    public IHtmlContent Area(string field, string label, string? value, int rows = 4, string? hint = null)
    {
        var area = new TagBuilder("textarea");
        Named(area, field);
        area.Attributes["rows"] = rows.ToString(CultureInfo.InvariantCulture);
        area.InnerHtml.Append(value ?? "");
        return Field(field, label, hint, area);
    }

    /// <summary>A choice of values, each with its words; the current value stays a choice even when it is not among them.</summary>
    public IHtmlContent Select(string field, string label, string? value, IEnumerable<(string Value, string Text)> options, string? blank = null, string? hint = null)
    {
        var select = new TagBuilder("select");
        Named(select, field);
        var list = options.ToList();
        if (blank is not null)
        {
            select.InnerHtml.AppendHtml(Option("", blank, string.IsNullOrEmpty(value)));
        }

        if (!string.IsNullOrEmpty(value) && !list.Any(o => o.Value == value))
        {
            list.Insert(0, (value, value));
        }

        foreach (var (v, t) in list)
        {
            select.InnerHtml.AppendHtml(Option(v, t, v == value));
        }

        return Field(field, label, hint, select);
    }

    /// <summary>Check boxes for a list field (parties, sources); chosen values not among the options are kept as boxes too.</summary>
    public IHtmlContent Checks(string field, string label, IEnumerable<string?>? chosen, IEnumerable<(string Value, string Text)> options, string? other = null, string? hint = null)
    {
        var picked = (chosen ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        var list = options.ToList();
        list.AddRange(picked.Where(p => !list.Any(o => o.Value == p)).Distinct(StringComparer.Ordinal).Select(p => (p, p)));
        var set = new TagBuilder("fieldset");
        set.AddCssClass("checks");
        var legend = new TagBuilder("legend");
        legend.InnerHtml.Append(label);
        set.InnerHtml.AppendHtml(legend);
        for (var i = 0; i < list.Count; i++)
        {
            var (v, t) = list[i];
            var box = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            box.Attributes["type"] = "checkbox";
            box.Attributes["name"] = Prefix + field;
            box.Attributes["value"] = v;
            box.Attributes["id"] = Id(field) + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (picked.Contains(v))
            {
                box.Attributes["checked"] = "checked";
            }

            var l = new TagBuilder("label");
            l.AddCssClass("check");
            l.InnerHtml.AppendHtml(box);
            l.InnerHtml.Append(" " + t);
            set.InnerHtml.AppendHtml(l);
        }

        if (other is not null)
        {
            var l = new TagBuilder("label");
            l.InnerHtml.Append(other);
            l.InnerHtml.AppendHtml(Input(field, "text", null, id: Id(field) + "-other"));
            set.InnerHtml.AppendHtml(l);
        }

        return Wrap(field, hint, set);
    }

    /// <summary>A list of lines (allegations, damages): one input per item and <paramref name="spare"/> empty ones for more.</summary>
    public IHtmlContent Lines(string field, string label, IEnumerable<string?>? values, int spare = 2, string? hint = null)
    {
        var items = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var set = new TagBuilder("fieldset");
        set.AddCssClass("lines");
        var legend = new TagBuilder("legend");
        legend.InnerHtml.Append(label);
        set.InnerHtml.AppendHtml(legend);
        foreach (var (v, i) in items.Concat(Enumerable.Repeat<string?>(null, spare)).Select((v, i) => (v, i)))
        {
            set.InnerHtml.AppendHtml(Input(field, "text", v, id: Id(field) + "-" + i.ToString(CultureInfo.InvariantCulture)));
        }

        return Wrap(field, hint, set);
    }

    /// <summary>The messages of a field that is a group of inputs (a charge's whole history), where the group is.</summary>
    public IHtmlContent Messages(string field)
    {
        _written.Add(field);
        return errors.GetValueOrDefault(field) is { Length: > 0 } messages ? Message(field, messages) : HtmlString.Empty;
    }

    /// <summary>The messages for fields no input was written for (a rule about the whole record); empty when none.</summary>
    public IHtmlContent Remaining()
    {
        var rest = errors.Where(kv => !_written.Contains(kv.Key)).ToList();
        if (rest.Count == 0)
        {
            return HtmlString.Empty;
        }

        var list = new TagBuilder("ul");
        list.AddCssClass("form-errors");
        foreach (var (field, messages) in rest)
        {
            foreach (var m in messages)
            {
                var li = new TagBuilder("li");
                li.AddCssClass("field-error");
                li.Attributes["data-field"] = field;
                li.InnerHtml.Append(field.Length == 0 ? m : $"{field}: {m}");
                list.InnerHtml.AppendHtml(li);
            }
        }

        return list;
    }

    /// <summary>The id an input of a field has (dots and brackets made dashes), for labels and links.</summary>
    public static string Id(string field) => "f-" + new string([.. field.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');

    private TagBuilder Field(string field, string label, string? hint, TagBuilder control)
    {
        var l = new TagBuilder("label");
        l.Attributes["for"] = Id(field);
        l.InnerHtml.Append(label);
        return Wrap(field, hint, control, l);
    }

    private TagBuilder Wrap(string field, string? hint, TagBuilder control, TagBuilder? label = null)
    {
        _written.Add(field);
        var div = new TagBuilder("div");
        div.AddCssClass("field");
        if (label is not null)
        {
            div.InnerHtml.AppendHtml(label);
        }

        var messages = errors.GetValueOrDefault(field) ?? [];
        if (messages.Length > 0)
        {
            div.AddCssClass("has-error");
            control.Attributes["aria-invalid"] = "true";
            control.Attributes["aria-describedby"] = Id(field) + "-error";
        }

        div.InnerHtml.AppendHtml(control);
        if (hint is not null)
        {
            var h = new TagBuilder("span");
            h.AddCssClass("hint");
            h.InnerHtml.Append(hint);
            div.InnerHtml.AppendHtml(h);
        }

        if (messages.Length > 0)
        {
            div.InnerHtml.AppendHtml(Message(field, messages));
        }

        return div;
    }

    private static TagBuilder Message(string field, string[] messages)
    {
        var e = new TagBuilder("span");
        e.AddCssClass("field-error");
        e.Attributes["id"] = Id(field) + "-error";
        e.Attributes["data-field"] = field;
        e.InnerHtml.Append(string.Join("; ", messages));
        return e;
    }

    private static TagBuilder Named(TagBuilder tag, string field, string? id = null)
    {
        tag.Attributes["name"] = Prefix + field;
        tag.Attributes["id"] = id ?? Id(field);
        return tag;
    }

    private static TagBuilder Input(string field, string type, string? value, string? id = null)
    {
        var input = Named(new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing }, field, id);
        input.Attributes["type"] = type;
        if (!string.IsNullOrEmpty(value))
        {
            input.Attributes["value"] = value;
        }

        return input;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var o = new TagBuilder("option");
        o.Attributes["value"] = value;
        if (selected)
        {
            o.Attributes["selected"] = "selected";
        }

        o.InnerHtml.Append(text);
        return o;
    }
}
