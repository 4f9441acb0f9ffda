using System.Globalization;
using System.Text.RegularExpressions;

namespace LabourDataset.Tests;

/// <summary>
/// Re-reads the statistical tables of seed 004 (East Nusa Tenggara) straight from the seed text and compares every
/// cell with the observations in data/: decimal commas converted exactly, '-' kept as a missing value.
/// </summary>
public class SeedTableTests
{
    private static readonly Regex Year = new(@"^(19|20)\d\d$");
    private static readonly Regex Cell = new(@"^(-|\d+(,\d+)?)$");

    private static List<(string Area, int Year, string Printed)> ReadTable(string startMarker)
    {
        string[] lines = Repo.SeedText("seed-004").Split('\n');
        int start = Array.FindIndex(lines, l => l.Trim().Trim('*') == startMarker);
        start.ShouldBeGreaterThan(0, startMarker);
        var cells = new List<(string, int, string)>();
        var years = new List<int>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("Sumber", StringComparison.Ordinal); i++)
        {
            string[] tokens = lines[i].TrimEnd('\r').Split('\t').Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
            if (tokens.Length > 0 && tokens.All(t => Year.IsMatch(t)))
            {
                years = tokens.Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList();
                continue;
            }
            string? name = tokens.FirstOrDefault(t => !Cell.IsMatch(t));
            var values = tokens.Where(t => Cell.IsMatch(t)).ToList();
            if (name is null || values.Count == 0) continue;
            values.Count.ShouldBe(years.Count, lines[i]);
            for (int v = 0; v < values.Count; v++) cells.Add((name, years[v], values[v]));
        }
        return cells;
    }

    private static Area AreaNamed(string name)
        => Areas.All.Single(a => a.Code.StartsWith("ID-NTT", StringComparison.Ordinal) && (a.Name == name || a.NameOriginal == name));

    [Theory]
    [InlineData("Data persentase penduduk miskin NTT", "poor-population-percent", 138)]
    [InlineData("Gambar Data persentase tingkat pengangguran terbuka di NTT", "open-unemployment-rate-percent", 138)]
    public void Regency_tables_match_the_seed_cell_by_cell(string marker, string indicator, int expectedCells)
    {
        var cells = ReadTable(marker);
        cells.Count.ShouldBe(expectedCells);
        foreach (var (name, year, printed) in cells)
        {
            Area area = AreaNamed(name);
            var matches = area.Observations.Where(o => o.IndicatorCode == indicator && o.PeriodStart == year && o.PeriodEnd == year).ToList();
            matches.Count.ShouldBe(1, $"{indicator} {area.Code} {year}");
            Observation o = matches[0];
            o.ValueAsPrinted.ShouldBe(printed, o.Id);
            if (printed == "-")
            {
                o.Value.ShouldBeNull(o.Id);
                o.MissingReason.ShouldNotBeNullOrWhiteSpace(o.Id);
            }
            else
            {
                o.Value.ShouldBe(decimal.Parse(printed.Replace(',', '.'), CultureInfo.InvariantCulture), o.Id);
            }
            o.Unit.ShouldBe("percent", o.Id);
            o.Locator.ShouldContain("Gambar 4.1");
        }
    }

    [Fact]
    public void Educational_attainment_table_matches_the_seed_cell_by_cell()
    {
        // The table's Indonesian row labels and the breakdown each became in data/.
        var categories = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Tidak/Blm Pernah Sekolah/Tidak Tamat SD"] = "none-or-primary-not-completed",
            ["Sekolah Dasar (SD)"] = "primary",
            ["SLTP Sederajat"] = "junior-secondary",
            ["SMU Umum"] = "general-senior-secondary",
            ["SMTA Kejuruan"] = "vocational-senior-secondary",
            ["Diploma I / II"] = "diploma-1-2",
            ["Diploma III"] = "diploma-3",
            ["Diploma IV / S1"] = "diploma-4-or-bachelor",
            ["S2/S3"] = "master-or-doctorate",
            ["Nusa Tenggara Timur"] = "all",
        };
        var cells = ReadTable("Gambar 4.1**Data Persentase pendidikan penduduk NTT tahun 2012-2017");
        cells.Count.ShouldBe(60);
        foreach (var (label, year, printed) in cells)
        {
            string breakdown = "education=" + categories[label];
            Observation o = Observations.All.Single(x => x.IndicatorCode == "educational-attainment-percent" && x.AreaCode == "ID-NTT" && x.PeriodStart == year && x.Breakdown == breakdown);
            o.ValueAsPrinted.ShouldBe(printed, o.Id);
            if (printed == "-") o.Value.ShouldBeNull(o.Id);
            else o.Value.ShouldBe(decimal.Parse(printed.Replace(',', '.'), CultureInfo.InvariantCulture), o.Id);
        }
    }

    [Fact]
    public void Ntt_has_21_regencies_and_1_city_in_the_hierarchy()
    {
        Area ntt = Areas.Get("ID-NTT");
        ntt.Parent!.Code.ShouldBe("IDN");
        ntt.Children.Count(a => a.Kind == AreaKind.Regency).ShouldBe(21);
        ntt.Children.Count(a => a.Kind == AreaKind.City).ShouldBe(1);
    }

    [Fact]
    public void Southeast_asia_trafficking_table_keeps_its_stated_multiplier_apart_from_the_scale()
    {
        var rows = Observations.All.Where(o => o.SourceId == "seed-003" && o.Locator.StartsWith("Pembahasan, Tabel 1.1", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(7);
        rows.ShouldAllBe(o => o.StatedMultiplier == 1000 && o.Scale == null && o.Status == ObservationStatus.Doubtful);
        rows.Select(o => o.PeriodStart).OrderBy(y => y).ShouldBe([2005, 2006, 2007, 2008, 2009, 2010, 2011]);
        string seed = Repo.SeedText("seed-003");
        seed.ShouldContain("setiap angka mewakili 1000");
    }

    [Fact]
    public void Conflicting_ntt_2014_victim_counts_stay_side_by_side()
    {
        var values = Observations.All.Where(o => o.SourceId == "seed-004" && o.AreaCode == "ID-NTT" && o.PeriodStart == 2014 && o.Status == ObservationStatus.Conflicting)
            .Select(o => o.Value).ToList();
        values.ShouldContain(131m);
        values.ShouldContain(605m);
    }
}
