using System.Globalization;
using System.Text;

namespace LabourDataset.Cli.Site;

/// <summary>
/// One HTML page being written: the shell (lang="en", title, inline style and script, navigation), headings that
/// never skip a level, fact lists and sortable, filterable data tables. Everything appended as text is escaped;
/// methods taking "html" expect markup the site built itself.
/// </summary>
internal sealed class Page
{
    private readonly StringBuilder _body = new();
    private readonly string _title;
    private readonly string _siteName;
    private readonly string _nav;
    private int _level;
    private int _tables;
    private int _charts;

    public Page(string title, string siteName, string navHtml)
    {
        _title = title;
        _siteName = siteName;
        _nav = navHtml;
    }

    /// <summary>The page's only h1 (html: already escaped markup).</summary>
    public Page H1(string html)
    {
        if (_level != 0)
        {
            throw new InvalidOperationException("A page has one h1, first.");
        }

        _level = 1;
        return Raw("<h1>" + html + "</h1>\n");
    }

    /// <summary>A heading of <paramref name="level"/> (2 or 3), at most one level below the previous one.</summary>
    public Page H(int level, string html, string? id = null)
    {
        if (level < 2 || level > _level + 1)
        {
            throw new InvalidOperationException($"Heading h{level.ToString(CultureInfo.InvariantCulture)} after h{_level.ToString(CultureInfo.InvariantCulture)}.");
        }

        _level = level;
        string idAttr = id is null ? string.Empty : $" id=\"{Html.Attr(id)}\"";
        return Raw($"<h{level.ToString(CultureInfo.InvariantCulture)}{idAttr}>{html}</h{level.ToString(CultureInfo.InvariantCulture)}>\n");
    }

    public Page P(string html, string? cssClass = null) =>
        Raw(cssClass is null ? "<p>" + html + "</p>\n" : $"<p class=\"{cssClass}\">{html}</p>\n");

    public Page Raw(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>A definition list of facts; rows with empty html are left out.</summary>
    public Page Facts(IEnumerable<(string Term, string? Html)> facts)
    {
        var items = facts.Where(f => !string.IsNullOrEmpty(f.Html)).ToList();
        if (items.Count == 0)
        {
            return this;
        }

        _body.Append("<dl class=\"facts\">\n");
        foreach ((string term, string? html) in items)
        {
            _body.Append("<dt>").Append(Html.Text(term)).Append("</dt><dd>").Append(html).Append("</dd>\n");
        }

        _body.Append("</dl>\n");
        return this;
    }

    /// <summary>The next chart id on this page (for the SVG title and desc ids).</summary>
    public string NextChartId() => "c" + (++_charts).ToString(CultureInfo.InvariantCulture);

    public Page Chart(string svg) => Raw("<figure>\n" + svg + "</figure>\n");

    /// <summary>A sortable, filterable table; the first column is the row header.</summary>
    public Page Table(DataTable table)
    {
        string id = "t" + (++_tables).ToString(CultureInfo.InvariantCulture);
        string rows = table.Rows.Count.ToString(CultureInfo.InvariantCulture);
        _body.Append("<div class=\"tools\"><label for=\"").Append(id).Append("-filter\">Filter rows</label> <input type=\"search\" id=\"")
            .Append(id).Append("-filter\" autocomplete=\"off\"> <output id=\"").Append(id).Append("-count\" for=\"").Append(id)
            .Append("-filter\" aria-live=\"polite\">").Append(rows).Append(table.Rows.Count == 1 ? " row" : " rows").Append("</output></div>\n");
        _body.Append("<div class=\"scroll\"><table class=\"data\" id=\"").Append(id).Append("\">\n<caption>")
            .Append(Html.Text(table.Caption)).Append(" (").Append(rows).Append(table.Rows.Count == 1 ? " row" : " rows")
            .Append("; select a column header to sort)</caption>\n<thead><tr>");
        foreach (DataColumn column in table.Columns)
        {
            _body.Append("<th scope=\"col\" data-col=\"").Append(Html.Attr(column.Key)).Append('"');
            if (column.Description is not null)
            {
                _body.Append(" title=\"").Append(Html.Attr(column.Description)).Append('"');
            }

            _body.Append("><button type=\"button\">").Append(Html.Text(column.Label)).Append("</button></th>");
        }

        _body.Append("</tr></thead>\n<tbody>\n");
        foreach (DataRow row in table.Rows)
        {
            _body.Append(row.Id is null ? "<tr>" : $"<tr id=\"{Html.Attr(row.Id)}\">");
            for (int i = 0; i < row.Cells.Count; i++)
            {
                DataCell cell = row.Cells[i];
                string tag = i == 0 ? "th" : "td";
                _body.Append('<').Append(tag);
                if (i == 0)
                {
                    _body.Append(" scope=\"row\"");
                }

                if (cell.SortValue is not null)
                {
                    _body.Append(" data-v=\"").Append(Html.Attr(cell.SortValue)).Append('"');
                }

                if (cell.Numeric)
                {
                    _body.Append(" class=\"num\"");
                }

                if (cell.Lang is not null)
                {
                    _body.Append(" lang=\"").Append(Html.Attr(cell.Lang)).Append('"');
                }

                _body.Append('>').Append(cell.Html).Append("</").Append(tag).Append('>');
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody>\n</table></div>\n");
        return this;
    }

    /// <summary>The whole document.</summary>
    public string Render(string footerHtml)
    {
        var sb = new StringBuilder(_body.Length + 8192);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Text(_title)).Append(" · ").Append(Html.Text(_siteName)).Append("</title>\n")
            .Append("<style>\n").Append(SiteAssets.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<header><nav aria-label=\"Site\">").Append(_nav).Append("</nav></header>\n")
            .Append("<main>\n").Append(_body).Append("</main>\n<footer>").Append(footerHtml).Append("</footer>\n");
        if (_tables > 0)
        {
            sb.Append("<script>\n").Append(SiteAssets.Script).Append("\n</script>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}

/// <summary>A table for <see cref="Page.Table"/>.</summary>
internal sealed record DataTable(string Caption, IReadOnlyList<DataColumn> Columns, IReadOnlyList<DataRow> Rows);

/// <summary>A column: key (for ?sort=), label, optional description (the header's tooltip).</summary>
internal sealed record DataColumn(string Key, string Label, string? Description = null);

internal sealed record DataRow(string? Id, IReadOnlyList<DataCell> Cells);

/// <summary>A cell: markup, the value to sort by when it is not the text, right-aligned numbers, a language.</summary>
internal sealed record DataCell(string Html, string? SortValue = null, bool Numeric = false, string? Lang = null)
{
    public static DataCell Text(string? text) => new(LabourDataset.Cli.Site.Html.Text(text));
}
