using System.Globalization;
using System.Text;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Site;

/// <summary>
/// The pages read through the typed API of the compiled package: a page per country (area of kind country),
/// instrument, indicator and source, with SVG charts (time series per area, cross-sections of the areas inside one
/// area such as the NTT regencies, ratification timelines) and every value's provenance one click away.
/// </summary>
internal sealed class ResearchPages
{
    private const int MinCrossSection = 3;

    private readonly SiteContext _context;

    public ResearchPages(SiteContext context) => _context = context;

    private SiteMap Map => _context.Map;

    private Provenance Provenance => _context.Provenance;

    public static IEnumerable<Area> CountryAreas => Areas.All.Where(a => a.Kind == AreaKind.Country);

    public static void Register(SiteMap map)
    {
        map.Add("country", CountryAreas.Select(a => a.Code));
        map.Add("instrument", Instruments.All.Select(i => i.Code));
        map.Add("indicator", Indicators.All.Select(i => i.Code));
        map.Add("source", Sources.All.Select(s => s.Id));
    }

    /// <summary>The index's lists of countries, instruments and indicators.</summary>
    public static void IndexSections(SiteContext context, Page page)
    {
        SiteMap map = context.Map;
        page.H(2, "Countries", "countries");
        page.Table(new DataTable(
            "Countries",
            [new("code", "Code"), new("name", "Name"), new("observations", "Observations"), new("ratifications", "Ratifications")],
            CountryAreas.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new DataRow(null,
            [
                new DataCell(Html.Link(map.Page("country", a.Code)!, a.Code)),
                new DataCell(Html.WithOriginal(a.Name, a.NameOriginal), a.Name.ToLowerInvariant()),
                Count(a.Observations.Count),
                Count(a.Ratifications.Count),
            ])).ToList()));

        page.H(2, "Instruments", "instruments");
        page.Table(new DataTable(
            "Instruments",
            [new("code", "Code"), new("title", "Title"), new("adopted", "Adopted"), new("ratifications", "Ratifications in the data")],
            Instruments.All.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new DataRow(null,
            [
                new DataCell(Html.Link(map.Page("instrument", i.Code)!, i.Code)),
                DataCell.Text(i.Title),
                Count(i.AdoptionYear),
                Count(i.Ratifications.Count),
            ])).ToList()));

        page.H(2, "Indicators", "indicators");
        page.Table(new DataTable(
            "Indicators",
            [new("code", "Code"), new("name", "Name"), new("topic", "Topic"), new("unit", "Unit"), new("observations", "Observations")],
            Indicators.All.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new DataRow(null,
            [
                new DataCell(Html.Link(map.Page("indicator", i.Code)!, i.Code)),
                new DataCell(Html.WithOriginal(i.Name, i.NameOriginal), i.Name.ToLowerInvariant()),
                DataCell.Text(i.Topic.ToValue()),
                DataCell.Text(i.Unit),
                Count(i.Observations.Count),
            ])).ToList()));

        page.H(2, "Sources", "sources");
        page.P(Html.Int(Sources.Count) + " sources, each with its own page: see " + Html.Link(map.TablePage("sources"), "the sources table") + ".");
    }

    public int WriteCountries(IDictionary<string, string> pages)
    {
        int n = 0;
        foreach (Area area in CountryAreas)
        {
            pages[Map.Page("country", area.Code)!] = Country(area);
            n++;
        }

        return n;
    }

    public int WriteInstruments(IDictionary<string, string> pages)
    {
        int n = 0;
        foreach (Instrument instrument in LabourDataset.Instruments.All)
        {
            pages[Map.Page("instrument", instrument.Code)!] = InstrumentPage(instrument);
            n++;
        }

        return n;
    }

    public int WriteIndicators(IDictionary<string, string> pages)
    {
        int n = 0;
        foreach (Indicator indicator in LabourDataset.Indicators.All)
        {
            pages[Map.Page("indicator", indicator.Code)!] = IndicatorPage(indicator);
            n++;
        }

        return n;
    }

    public int WriteSources(IDictionary<string, string> pages)
    {
        int n = 0;
        foreach (Source source in LabourDataset.Sources.All)
        {
            pages[Map.Page("source", source.Id)!] = SourcePage(source);
            n++;
        }

        return n;
    }

    private string Country(Area area)
    {
        Page page = _context.NewPage(area.Name);
        page.H1(Html.WithOriginal(area.Name, area.NameOriginal));
        page.Facts(
        [
            ("Code", Html.Text(area.Code)),
            ("Kind", Html.Text(area.Kind.ToValue())),
            ("ISO 3166", Html.Text(area.Iso3166)),
            ("Part of", area.Parent is { } parent ? Html.Link(Map.Row("areas", parent.Code)!, parent.Name) : null),
            ("Source", Provenance.SourceHtml(area.Source) + " — " + Html.Text(area.Locator)),
            ("Note", Html.Text(area.Note)),
        ]);

        List<Ratification> ratifications = area.Ratifications
            .OrderBy(ResearchLookup.SortDate)
            .ThenBy(r => r.InstrumentCode, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        page.H(2, "Ratifications (" + Html.Int(ratifications.Count) + ")");
        if (ratifications.Count == 0)
        {
            page.P("No ratification of this country is in the data.");
        }
        else
        {
            List<TimelineItem> timeline = ratifications.Where(r => r.RatificationDate is not null || r.RatificationYear is not null)
                .Select(r => new TimelineItem(r.InstrumentCode, ResearchLookup.SortDate(r), r.RatificationDate is null, r.Status.ToValue())).ToList();
            if (timeline.Count > 0)
            {
                page.Chart(SvgCharts.Timeline(page.NextChartId(), "Ratifications by " + area.Name + " over time", timeline));
            }

            page.Table(RatificationTable("Ratifications by " + area.Name, ratifications, byCountry: false));
        }

        List<Observation> observations = ObservationOrder.Sort(area.Observations, ObservationOrder.ByPeriod)
            .OrderBy(o => o.IndicatorCode, StringComparer.Ordinal).ToList();
        List<Series> series = TimeSeries(observations).ToList();
        if (series.Count > 0)
        {
            page.H(2, "Time series");
            foreach (Series s in series)
            {
                page.H(3, Html.Link(Map.Page("indicator", s.Indicator.Code)!, s.Indicator.Name) + Html.Text(Suffix(s.Breakdown)));
                page.Chart(LineChart(page, s.Indicator.Name + " in " + area.Name + Suffix(s.Breakdown), s.Rows));
            }
        }

        page.H(2, "Observations (" + Html.Int(observations.Count) + ")");
        if (observations.Count == 0)
        {
            page.P("No observation of this country is in the data.");
        }
        else
        {
            page.Table(ObservationTable("Observations of " + area.Name, observations, showIndicator: true, showArea: false));
        }

        IReadOnlyList<Area> inside = ResearchLookup.WithDescendants(area).Skip(1).ToList();
        if (inside.Count > 0)
        {
            page.H(2, "Areas inside (" + Html.Int(inside.Count) + ")");
            page.P("Their observations are on the indicator pages and in the " + Html.Link(Map.TablePage("observations"), "observations table") + ".");
            var list = new StringBuilder("<ul class=\"cols\">\n");
            foreach (Area child in inside)
            {
                list.Append("<li>").Append(Html.Link(Map.Row("areas", child.Code)!, child.Name));
                if (child.NameOriginal is not null && child.NameOriginal != child.Name)
                {
                    list.Append(" <span class=\"orig\">(").Append(Html.Lang("id", child.NameOriginal)).Append(")</span>");
                }

                list.Append(" — ").Append(Html.Text(child.Kind.ToValue()));
                if (child.Observations.Count > 0)
                {
                    list.Append(", ").Append(Html.Link(Map.TablePage("observations") + "?q=" + Html.Query(child.Code), Html.Int(child.Observations.Count) + " observations"));
                }

                list.Append("</li>\n");
            }

            page.Raw(list.Append("</ul>\n").ToString());
        }

        return page.Render(_context.Footer);
    }

    private string InstrumentPage(Instrument instrument)
    {
        Page page = _context.NewPage(instrument.Code);
        page.H1(Html.Text(instrument.Code + ": " + instrument.Title));
        string adopted = ResearchText.DateOrYear(instrument.AdoptionDate, instrument.AdoptionYear)
            + (instrument.AdoptionSession is null ? string.Empty : " (" + instrument.AdoptionSession + ")");
        page.Facts(
        [
            ("Organisation", Html.Text(instrument.Organisation.ToValue())),
            ("Kind", Html.Text(instrument.Kind.ToValue())),
            ("Number", instrument.Number is null ? null : Html.Text(instrument.Number.Value.ToString(CultureInfo.InvariantCulture))),
            ("Adopted", Html.Text(adopted)),
            ("Entry into force", instrument.EntryIntoForceDate is null && instrument.EntryIntoForceYear is null
                ? null : Html.Text(ResearchText.DateOrYear(instrument.EntryIntoForceDate, instrument.EntryIntoForceYear))),
            ("Category", Html.Text(instrument.Category.ToValue() + (instrument.CategoryNote is null ? string.Empty : " — " + instrument.CategoryNote))),
            ("Caveat", Html.Text(instrument.Caveat)),
            ("Source", Provenance.SourceHtml(instrument.Source) + " — " + Html.Text(instrument.Locator)),
            ("Also in", instrument.OtherSourceIds is { Count: > 0 } others
                ? string.Join("; ", others.Select(id => LabourDataset.Sources.TryGet(id, out Source? s) ? Provenance.SourceHtml(s) : Html.Text(id)))
                : null),
        ]);

        List<Ratification> ratifications = instrument.Ratifications
            .OrderBy(ResearchLookup.SortDate)
            .ThenBy(r => r.Country.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        List<TimelineItem> timeline = ratifications.Where(r => r.RatificationDate is not null || r.RatificationYear is not null)
            .Select(r => new TimelineItem(r.Country.Name, ResearchLookup.SortDate(r), r.RatificationDate is null, r.Status.ToValue())).ToList();
        page.H(2, "Ratification timeline");
        if (timeline.Count > 0)
        {
            page.Chart(SvgCharts.Timeline(page.NextChartId(), "Ratifications of " + instrument.Code + " over time, by country", timeline));
        }
        else
        {
            page.P("No dated ratification of this instrument is in the data.");
        }

        page.H(2, "Ratifications (" + Html.Int(ratifications.Count) + ")");
        if (ratifications.Count > 0)
        {
            page.Table(RatificationTable("Ratifications of " + instrument.Code, ratifications, byCountry: true));
        }
        else
        {
            page.P("No ratification of this instrument is in the data.");
        }

        return page.Render(_context.Footer);
    }

    private string IndicatorPage(Indicator indicator)
    {
        Page page = _context.NewPage(indicator.Name);
        page.H1(Html.WithOriginal(indicator.Name, indicator.NameOriginal));
        page.P(Html.Text(indicator.Description), "lead");
        page.Facts(
        [
            ("Code", "<code>" + Html.Text(indicator.Code) + "</code>"),
            ("Unit", Html.Text(indicator.Unit)),
            ("Topic", Html.Text(indicator.Topic.ToValue())),
            ("Introduced by", Provenance.SourceHtml(indicator.Source) + " — " + Html.Text(indicator.Locator)),
        ]);

        List<Observation> observations = ObservationOrder.Sort(indicator.Observations, ObservationOrder.ByArea);
        List<CrossSection> sections = CrossSections(observations).ToList();
        if (sections.Count > 0)
        {
            page.H(2, "Cross-sections (" + Html.Int(sections.Count) + ")");
            foreach (CrossSection section in sections)
            {
                string heading = "Areas of " + section.Parent.Name + ", " + section.Period + Suffix(section.Breakdown);
                page.H(3, Html.Text(heading));
                var bars = section.Rows
                    .Select(o => new ChartPoint(o.Area.Name, (double)o.Value!.Value, o.Qualifier.ToValue(), ResearchText.Value(o)))
                    .ToList();
                page.Chart(SvgCharts.Bars(page.NextChartId(), indicator.Name + ": " + heading, ResearchText.Unit(section.Rows[0]), bars));
            }
        }

        List<Series> series = TimeSeries(observations).ToList();
        if (series.Count > 0)
        {
            page.H(2, "Time series (" + Html.Int(series.Count) + ")");
            foreach (Series s in series)
            {
                Area area = s.Rows[0].Area;
                page.H(3, AreaLink(area) + Html.Text(Suffix(s.Breakdown)));
                page.Chart(LineChart(page, indicator.Name + " in " + area.Name + Suffix(s.Breakdown), s.Rows));
            }
        }

        page.H(2, "Observations (" + Html.Int(observations.Count) + ")");
        if (observations.Count == 0)
        {
            page.P("No observation of this indicator is in the data.");
        }
        else
        {
            page.Table(ObservationTable("Observations of " + indicator.Code, observations, showIndicator: false, showArea: true));
        }

        return page.Render(_context.Footer);
    }

    private string SourcePage(Source source)
    {
        Page page = _context.NewPage(source.Title);
        page.H1(Html.WithOriginal(source.Title, source.TitleOriginal, Provenance.LanguageTag(source.Language)));
        page.Facts(
        [
            ("Id", "<code>" + Html.Text(source.Id) + "</code>"),
            ("Kind", Html.Text(source.Kind.ToValue())),
            ("Language", Html.Text(source.Language)),
            ("Authors", source.Authors is { Count: > 0 } authors ? Html.Text(string.Join("; ", authors)) : null),
            ("Institution", Html.Text(source.Institution)),
            ("Publisher", Html.Text(source.Publisher)),
            ("Year", source.Year is null ? null : Html.Int(source.Year.Value)),
            ("Address", Html.IsWebAddress(source.Url) ? $"<a href=\"{Html.Attr(source.Url)}\" rel=\"noopener noreferrer\">{Html.Text(source.Url)}</a>" : Html.Text(source.Url)),
            ("Cited in", source.CitedInSource is { } citedIn
                ? Provenance.SourceHtml(citedIn) + (source.CitedInLocator is null ? string.Empty : " — " + Html.Text(source.CitedInLocator))
                : null),
            ("Note", Html.Text(source.Note)),
            ("Row", Html.Link(Map.Row("sources", source.Id)!, source.Id)),
        ]);

        List<Observation> own = ObservationOrder.Sort(source.ObservationsBySource, ObservationOrder.ByArea)
            .OrderBy(o => o.IndicatorCode, StringComparer.Ordinal).ToList();
        if (own.Count > 0)
        {
            page.H(2, "Observations from this source (" + Html.Int(own.Count) + ")");
            page.Table(ObservationTable("Observations from " + source.Id, own, showIndicator: true, showArea: true));
        }

        List<Observation> cited = ObservationOrder.Sort(source.ObservationsByCitedSource, ObservationOrder.ByArea)
            .OrderBy(o => o.IndicatorCode, StringComparer.Ordinal).ToList();
        if (cited.Count > 0)
        {
            page.H(2, "Observations citing this source (" + Html.Int(cited.Count) + ")");
            page.Table(ObservationTable("Observations citing " + source.Id, cited, showIndicator: true, showArea: true));
        }

        List<Ratification> ratifications = source.Ratifications
            .OrderBy(r => r.CountryCode, StringComparer.Ordinal).ThenBy(r => r.InstrumentCode, StringComparer.Ordinal).ToList();
        if (ratifications.Count > 0)
        {
            page.H(2, "Ratifications from this source (" + Html.Int(ratifications.Count) + ")");
            page.Table(RatificationTable("Ratifications from " + source.Id, ratifications, byCountry: true, showInstrument: true));
        }

        var others = new List<string>();
        void Other(string table, int count, string what)
        {
            if (count > 0)
            {
                others.Add(Html.Link(Map.TablePage(table) + "?q=" + Html.Query(source.Id), Html.Int(count) + " " + what));
            }
        }

        Other("areas", source.Areas.Count, "areas");
        Other("instruments", source.Instruments.Count, "instruments");
        Other("indicators", source.IntroducedIndicators.Count, "indicators introduced");
        Other("organisations", source.Organisations.Count, "organisations");
        Other("initiatives", source.Initiatives.Count, "initiatives");
        Other("concepts", source.ConceptsBySource.Count + source.ConceptsByCitedSource.Count, "concepts");
        Other("claims", source.Claims.Count, "claims");
        foreach (Source citing in source.CitingSources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            others.Add("cited by " + Provenance.SourceHtml(citing));
        }

        if (others.Count > 0)
        {
            page.H(2, "Also used by");
            page.Raw("<ul>\n" + string.Concat(others.Select(o => "<li>" + o + "</li>\n")) + "</ul>\n");
        }

        return page.Render(_context.Footer);
    }

    private DataTable ObservationTable(string caption, IReadOnlyList<Observation> rows, bool showIndicator, bool showArea)
    {
        var columns = new List<DataColumn> { new("id", "Id") };
        if (showIndicator)
        {
            columns.Add(new("indicator", "Indicator"));
        }

        if (showArea)
        {
            columns.Add(new("area", "Area"));
        }

        columns.AddRange([new("period", "Period"), new("breakdown", "Breakdown"), new("value", "Value (select for source)"), new("unit", "Unit")]);
        var list = new List<DataRow>(rows.Count);
        foreach (Observation o in rows)
        {
            var cells = new List<DataCell> { new(Html.Link(Map.Row("observations", o.Id)!, o.Id), o.Id) };
            if (showIndicator)
            {
                cells.Add(new DataCell(Html.Link(Map.Page("indicator", o.IndicatorCode)!, o.Indicator.Name), o.Indicator.Name.ToLowerInvariant()));
            }

            if (showArea)
            {
                cells.Add(new DataCell(AreaLink(o.Area), o.Area.Name.ToLowerInvariant()));
            }

            cells.Add(new DataCell(Html.Text(o.Period), o.PeriodEnd.ToString(CultureInfo.InvariantCulture) + "." + o.PeriodStart.ToString("D4", CultureInfo.InvariantCulture)));
            cells.Add(DataCell.Text(o.Breakdown));
            cells.Add(Provenance.ObservationCell(o));
            cells.Add(DataCell.Text(ResearchText.Unit(o)));
            list.Add(new DataRow(null, cells));
        }

        return new DataTable(caption, columns, list);
    }

    private DataTable RatificationTable(string caption, IReadOnlyList<Ratification> rows, bool byCountry, bool showInstrument = false)
    {
        var columns = new List<DataColumn>();
        if (byCountry)
        {
            columns.Add(new("country", "Country"));
        }

        if (!byCountry || showInstrument)
        {
            columns.Add(new("instrument", "Instrument"));
            columns.Add(new("title", "Title"));
        }

        columns.AddRange([new("status", "Status"), new("date", "Ratified"), new("inForce", "In force from"), new("source", "Source (select for locator)")]);
        var list = new List<DataRow>(rows.Count);
        foreach (Ratification r in rows)
        {
            var cells = new List<DataCell>();
            if (byCountry)
            {
                cells.Add(new DataCell(AreaLink(r.Country), r.Country.Name.ToLowerInvariant()));
            }

            if (!byCountry || showInstrument)
            {
                cells.Add(new DataCell(Html.Link(Map.Page("instrument", r.InstrumentCode)!, r.InstrumentCode), r.InstrumentCode.ToLowerInvariant()));
                cells.Add(DataCell.Text(r.Instrument.Title));
            }

            cells.Add(DataCell.Text(r.Status.ToValue()));
            DateOnly sort = ResearchLookup.SortDate(r);
            cells.Add(new DataCell(Html.Text(ResearchText.Date(r)), sort == DateOnly.MaxValue ? string.Empty : sort.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
            cells.Add(DataCell.Text(r.InForceFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            cells.Add(Provenance.SourceCell(r.Source, r.Locator, r.Caveat, r.OtherSourceIds, r.Detail));
            list.Add(new DataRow(null, cells));
        }

        return new DataTable(caption, columns, list);
    }

    private string LineChart(Page page, string title, IReadOnlyList<Observation> rows)
    {
        var points = rows.Select(o => ((o.PeriodStart + o.PeriodEnd) / 2.0, new ChartPoint(o.Period, (double)o.Value!.Value, o.Qualifier.ToValue(), ResearchText.Value(o)))).ToList();
        return SvgCharts.TimeSeries(page.NextChartId(), title, ResearchText.Unit(rows[0]), points);
    }

    private string AreaLink(Area area)
    {
        string? href = Map.Page("country", area.Code) ?? Map.Row("areas", area.Code);
        string label = Html.WithOriginal(area.Name, area.NameOriginal);
        return href is null ? label : $"<a href=\"{Html.Attr(href)}\">{label}</a>";
    }

    private static string Suffix(string? breakdown) => breakdown is null ? string.Empty : " [" + breakdown + "]";

    private static DataCell Count(int n) => new(Html.Int(n), Html.Int(n), Numeric: true);

    /// <summary>Observations of one indicator, area, breakdown and unit with a value in at least two periods, in period order.</summary>
    private static IEnumerable<Series> TimeSeries(IEnumerable<Observation> observations) => observations
        .Where(o => o.Value is not null)
        .GroupBy(o => (o.IndicatorCode, o.AreaCode, Breakdown: o.Breakdown ?? string.Empty, Unit: ResearchText.Unit(o)))
        .Select(g => (g.Key, Rows: ObservationOrder.Sort(g, ObservationOrder.ByPeriod)))
        .Where(g => g.Rows.Select(o => o.Period).Distinct(StringComparer.Ordinal).Count() >= 2)
        .OrderBy(g => g.Key.IndicatorCode, StringComparer.Ordinal)
        .ThenBy(g => g.Rows[0].Area.Name, StringComparer.Ordinal)
        .ThenBy(g => g.Key.AreaCode, StringComparer.Ordinal)
        .ThenBy(g => g.Key.Breakdown, StringComparer.Ordinal)
        .ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
        .Select(g => new Series(g.Rows[0].Indicator, g.Key.Breakdown.Length == 0 ? null : g.Key.Breakdown, g.Rows));

    /// <summary>
    /// One period's values of the areas directly inside one area (the NTT regencies inside East Nusa Tenggara), when at
    /// least three of them have a value; largest first.
    /// </summary>
    private static IEnumerable<CrossSection> CrossSections(IEnumerable<Observation> observations) => observations
        .Where(o => o.Value is not null && o.Area.ParentCode is not null)
        .GroupBy(o => (Parent: o.Area.ParentCode!, o.Period, Breakdown: o.Breakdown ?? string.Empty, Unit: ResearchText.Unit(o)))
        .Where(g => g.Select(o => o.AreaCode).Distinct(StringComparer.Ordinal).Count() >= MinCrossSection)
        .Select(g => new CrossSection(
            Areas.Get(g.Key.Parent),
            g.Key.Period,
            g.Key.Breakdown.Length == 0 ? null : g.Key.Breakdown,
            ObservationOrder.Sort(g, ObservationOrder.ByValue)))
        .OrderBy(s => s.Parent.Name, StringComparer.Ordinal)
        .ThenBy(s => s.Rows.Max(o => o.PeriodEnd))
        .ThenBy(s => s.Period, StringComparer.Ordinal)
        .ThenBy(s => s.Breakdown ?? string.Empty, StringComparer.Ordinal);

    private sealed record Series(Indicator Indicator, string? Breakdown, IReadOnlyList<Observation> Rows);

    private sealed record CrossSection(Area Parent, string Period, string? Breakdown, IReadOnlyList<Observation> Rows);
}
