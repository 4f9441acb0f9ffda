using System.Globalization;
using System.Text;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Site;

/// <summary>
/// A value and, one click away (a details element), where it comes from: source title (linked to its page) with the
/// original title, locator, how it was printed, qualifier, scale, caveats, the estimate it restates and its conflict.
/// </summary>
internal sealed class Provenance
{
    private readonly SiteMap _map;

    public Provenance(SiteMap map) => _map = map;

    /// <summary>The value cell of an observation: "&gt; 180" (qualifier shown), the notes in a details element.</summary>
    public DataCell ObservationCell(Observation o)
    {
        string value = ResearchText.Value(o);
        string flag = o.Status == ObservationStatus.AsStated ? string.Empty : " <span class=\"status\">" + Html.Text(o.Status.ToValue()) + "</span>";
        bool noted = o.Caveat is not null || o.CellCaveat is not null || o.ConflictId is not null || o.RestatesId is not null || o.RestatesSourceId is not null;
        var dl = new StringBuilder("<dl>");
        Fact(dl, "Source", SourceHtml(o.Source));
        Fact(dl, "Locator", Html.Text(o.Locator));
        if (o.CitedSource is { } cited)
        {
            Fact(dl, "Cited source", SourceHtml(cited));
        }

        Fact(dl, "Printed as", o.ValueAsPrinted is null ? null : "“" + Html.Text(o.ValueAsPrinted) + "”");
        Fact(dl, "Qualifier", Html.Text(o.Qualifier.ToValue()));
        Fact(dl, "Status", Html.Text(o.Status.ToValue()));
        Fact(dl, "Unit", Html.Text(ResearchText.Unit(o)));
        Fact(dl, "Scale", o.Scale is null ? null : "× " + Html.Text(o.Scale.Value.ToString(CultureInfo.InvariantCulture)) + " (the printed scale word; the value is in its unit)");
        Fact(dl, "Stated multiplier", o.StatedMultiplier is null ? null
            : "the document says each number stands for " + Html.Text(o.StatedMultiplier.Value.ToString(CultureInfo.InvariantCulture)) + " (not applied)");
        Fact(dl, "Missing", Html.Text(o.MissingReason));
        Fact(dl, "Caveat", Html.Text(o.Caveat));
        Fact(dl, "Cell caveat", Html.Text(o.CellCaveat));
        if (o.Restates is { } original)
        {
            Fact(dl, "Restates", Html.Text(original.Id) + ": " + Html.Text(ResearchText.Value(original) + " " + ResearchText.Unit(original))
                + ", " + SourceHtml(original.Source));
        }
        else if (o.RestatesSource is { } restated)
        {
            Fact(dl, "Restates", "an estimate of " + SourceHtml(restated));
        }

        if (o.Conflict is { } conflict)
        {
            string? link = _map.Row("conflicts", conflict.Id);
            Fact(dl, "Conflict", (link is null ? Html.Text(conflict.Id) : Html.Link(link, conflict.Id)) + ": " + Html.Text(conflict.Description));
        }

        Fact(dl, "Row", Html.Link(_map.Row("observations", o.Id) ?? _map.TablePage("observations"), o.Id));
        dl.Append("</dl>");
        string summary = Html.Text(value) + (noted ? " <span class=\"status\" title=\"has notes\">†</span>" : string.Empty) + flag;
        return new DataCell(
            "<details><summary>" + summary + "</summary>" + dl + "</details>",
            o.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Numeric: true);
    }

    /// <summary>A cell for any record with a source, locator and caveat (ratifications, instruments).</summary>
    public DataCell SourceCell(Source source, string locator, string? caveat, IReadOnlyList<string>? otherSourceIds, string? detail = null)
    {
        var dl = new StringBuilder("<dl>");
        Fact(dl, "Source", SourceHtml(source));
        Fact(dl, "Locator", Html.Text(locator));
        if (otherSourceIds is { Count: > 0 })
        {
            Fact(dl, "Also in", string.Join("; ", otherSourceIds.Select(id => Sources.TryGet(id, out Source? s) ? SourceHtml(s) : Html.Text(id))));
        }

        Fact(dl, "Detail", Html.Text(detail));
        Fact(dl, "Caveat", Html.Text(caveat));
        dl.Append("</dl>");
        string summary = Html.Text(Shorten(source.Title, 48)) + (caveat is null ? string.Empty : " <span class=\"status\" title=\"has a caveat\">†</span>");
        return new DataCell("<details><summary>" + summary + "</summary>" + dl + "</details>", source.Title);
    }

    /// <summary>A source as a link to its page, with its original title in its language.</summary>
    public string SourceHtml(Source source)
    {
        string title = Html.WithOriginal(source.Title, source.TitleOriginal, LanguageTag(source.Language));
        string? page = _map.Page("source", source.Id);
        return page is null ? title : $"<a href=\"{Html.Attr(page)}\">{title}</a>";
    }

    /// <summary>The source's language as a lang attribute: its code when it looks like one, else "id".</summary>
    public static string LanguageTag(string language) =>
        language.Length is >= 2 and <= 8 && language != "und" && language.All(c => c is (>= 'a' and <= 'z') or '-') ? language : "id";

    public static void Fact(StringBuilder dl, string term, string? html)
    {
        if (!string.IsNullOrEmpty(html))
        {
            dl.Append("<dt>").Append(Html.Text(term)).Append("</dt><dd>").Append(html).Append("</dd>");
        }
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
}
