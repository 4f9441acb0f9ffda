using System.Text.Json;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

public sealed class ShowGetTests
{
    private static readonly string[] LabelFields = ["title", "name", "term"];

    [Fact]
    public void Show_prints_the_first_rows_of_every_table_by_key()
    {
        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables())
        {
            CliResult result = Cli.Run("show", table.Name, "--limit", "3").ShouldSucceed();

            result.Lines[0].ShouldBe($"{table.Name}: {Math.Min(3, rows.Count)} of {rows.Count} rows");
            foreach (IReadOnlyList<object?> row in rows.Take(3))
            {
                string key = Expected.Key(table, row);
                result.Out.ShouldContain(key.Length <= 36 ? key : key[..35]);
            }
        }
    }

    [Fact]
    public void Show_where_keeps_only_matching_rows()
    {
        int checkedTables = 0;
        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables().Where(t => t.Rows.Count > 0))
        {
            // Filter on the first non-key text field of the first row (e.g. kind=country).
            int field = Enumerable.Range(0, table.Fields.Count)
                .FirstOrDefault(i => table.Fields[i].Name != table.PrimaryKey[0] && rows[0][i] is string, -1);
            if (field < 0)
            {
                continue;
            }

            string name = table.Fields[field].Name;
            string value = (string)rows[0][field]!;
            int expected = rows.Count(r => r[field] is string s && string.Equals(s, value, StringComparison.OrdinalIgnoreCase));

            using JsonDocument json = Cli.Run("show", table.Name, "--where", name + "=" + value.ToUpperInvariant(), "--limit", "0", "--json").ShouldSucceed().Json();

            json.RootElement.GetProperty("total").GetInt32().ShouldBe(expected);
            json.RootElement.GetProperty("rows").EnumerateArray()
                .ShouldAllBe(r => string.Equals(r.GetProperty(name).GetString(), value, StringComparison.OrdinalIgnoreCase));
            checkedTables++;
        }

        checkedTables.ShouldBe(Expected.Tables().Count(t => t.Rows.Count > 0));
    }

    [Fact]
    public void Show_where_on_synthetic_data_matches_array_items_and_combines_filters()
    {
        Catalog catalog = Synthetic.Create();

        using JsonDocument byTag = Cli.RunOn(catalog, "show", "places", "--where", "tags=X, Y", "--json").ShouldSucceed().Json();
        byTag.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["A"]);

        using JsonDocument both = Cli.RunOn(catalog, "show", "places", "--where", "parentCode=A", "--where", "code=c", "--json").ShouldSucceed().Json();
        both.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["C"]);
    }

    [Fact]
    public void Show_limit_caps_the_rows_and_says_how_many_are_left()
    {
        Catalog catalog = Synthetic.Create();
        CliResult result = Cli.RunOn(catalog, "show", "places", "--limit", "2").ShouldSucceed();

        result.Lines[0].ShouldBe("places: 2 of 4 rows");
        result.Out.ShouldContain("2 more rows");
        result.Out.ShouldContain("│ A ");
        result.Out.ShouldNotContain("│ C ");
    }

    [Fact]
    public void Show_trims_columns_to_80_and_names_the_ones_left_out()
    {
        CliResult result = Cli.RunOn(Synthetic.Create(), "show", "places", "--limit", "0").ShouldSucceed();

        result.ShouldFitWidth();
        result.Out.ShouldContain("Not shown:");
        result.Out.ShouldContain("…");
    }

    [Fact]
    public void Show_with_a_bad_where_or_limit_fails()
    {
        Cli.Run("show", "areas", "--where", "kind").ShouldFailWithUsageError("expected field=value");
        Cli.Run("show", "areas", "--limit", "-1").ShouldFailWithUsageError("--limit");
        Cli.Run("show", "areas", "--where", "knid=country").ShouldFailWithUsageError("unknown field 'knid' in table 'areas'; did you mean 'kind'");
    }

    [Fact]
    public void Get_prints_the_key_and_every_field_of_the_first_and_last_row_of_every_table()
    {
        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables())
        {
            foreach (IReadOnlyList<object?> row in rows.Take(1).Concat(rows.TakeLast(1)))
            {
                string key = Expected.Key(table, row);
                CliResult text = Cli.Run("get", table.Name, key).ShouldSucceed();
                text.Lines[0].ShouldStartWith($"{table.Name} {key}");
                foreach (DataPackageField field in table.Fields)
                {
                    text.Out.ShouldContain(field.Name);
                }

                using JsonDocument json = Cli.Run("get", table.Name, key, "--json").ShouldSucceed().Json();
                JsonElement values = json.RootElement.GetProperty("values");
                for (int i = 0; i < table.Fields.Count; i++)
                {
                    JsonElement actual = values.GetProperty(table.Fields[i].Name);
                    if (row[i] is null)
                    {
                        actual.ValueKind.ShouldBe(JsonValueKind.Null);
                    }
                    else if (row[i] is IReadOnlyList<string> items)
                    {
                        actual.EnumerateArray().Select(e => e.GetString()).ShouldBe(items);
                    }
                    else if (actual.ValueKind == JsonValueKind.String)
                    {
                        actual.GetString().ShouldBe(Expected.Text(row[i]));
                    }
                    else
                    {
                        actual.GetRawText().ShouldBe(Expected.Text(row[i]));
                    }
                }
            }
        }
    }

    [Fact]
    public void Get_follows_every_foreign_key_to_the_referenced_rows_title_or_name()
    {
        int followed = 0;
        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables())
        {
            for (int f = 0; f < table.Fields.Count; f++)
            {
                if (table.Fields[f].ForeignKeyResource is not { } target)
                {
                    continue;
                }

                IReadOnlyList<object?>? row = rows.FirstOrDefault(r => r[f] is string);
                if (row is null)
                {
                    continue;
                }

                string referencedKey = (string)row[f]!;
                string? label = LabelOf(target, referencedKey);
                using JsonDocument json = Cli.Run("get", table.Name, Expected.Key(table, row), "--json").ShouldSucceed().Json();
                JsonElement reference = json.RootElement.GetProperty("references").EnumerateArray()
                    .Single(r => r.GetProperty("field").GetString() == table.Fields[f].Name);
                reference.GetProperty("table").GetString().ShouldBe(target);
                reference.GetProperty("key").GetString().ShouldBe(referencedKey);
                reference.GetProperty("found").GetBoolean().ShouldBeTrue();
                reference.GetProperty("label").GetString().ShouldBe(label ?? referencedKey);

                string flat = Cli.Run("get", table.Name, Expected.Key(table, row)).ShouldSucceed().Flat;
                flat.ShouldContain(referencedKey + " -> " + Collapse(label ?? referencedKey));
                followed++;
            }
        }

        followed.ShouldBe(DatasetInfo.Tables.Sum(t => t.Fields.Count(f => f.ForeignKeyResource is not null && t.Rows.Any(r => t.GetValues(r)[t.Fields.ToList().IndexOf(f)] is string))));
    }

    [Fact]
    public void Get_of_a_ratification_shows_the_instrument_title_the_country_name_and_the_source_with_locator()
    {
        foreach (Ratification ratification in Ratifications.All.Take(5))
        {
            string flat = Cli.Run("get", "ratifications", ratification.Id).ShouldSucceed().Flat;

            flat.ShouldContain(Collapse(ratification.Instrument.Title));
            flat.ShouldContain(Collapse(ratification.Country.Name));
            flat.ShouldContain("Source: " + Collapse(ratification.Source.Title) + " [" + ratification.SourceId + "], " + Collapse(ratification.Locator));
        }

        // Whatever the data holds, the synthetic package checks the same path.
        string synthetic = Cli.RunOn(Synthetic.Create(), "get", "facts", "f-1").ShouldSucceed().Flat;
        synthetic.ShouldContain("placeCode A -> Comma, Inc.");
    }

    [Fact]
    public void Get_lists_the_rows_that_refer_to_a_row()
    {
        using JsonDocument json = Cli.RunOn(Synthetic.Create(), "get", "places", "A", "--json").ShouldSucceed().Json();

        json.RootElement.GetProperty("referencedBy").EnumerateArray()
            .Select(r => (r.GetProperty("table").GetString(), r.GetProperty("field").GetString(), r.GetProperty("rows").GetInt32()))
            .ShouldBe([("places", "parentCode", 2), ("facts", "placeCode", 1)]);
    }

    [Fact]
    public void Get_accepts_a_key_in_another_case()
    {
        CliResult result = Cli.RunOn(Synthetic.Create(), "get", "places", "a").ShouldSucceed();
        result.Lines[0].ShouldBe("places A - Comma, Inc.");

        Area? area = Areas.All.FirstOrDefault(a => Areas.All.Count(b => string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase)) == 1);
        if (area is not null)
        {
            Cli.Run("get", "areas", area.Code.ToLowerInvariant()).ShouldSucceed().Lines[0].ShouldStartWith("areas " + area.Code);
        }
    }

    [Fact]
    public void Get_of_an_unknown_key_suggests_the_closest_keys()
    {
        Cli.RunOn(Synthetic.Create(), "get", "facts", "f-9").ShouldFailWithUsageError("unknown key 'f-9' in table 'facts'; did you mean 'f-1', 'f-2' or 'f-3'?");

        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables().Where(t => t.Rows.Count > 0))
        {
            string key = Expected.Key(table, rows[0]);
            string typo = key[..^1] + (key[^1] == 'q' ? 'z' : 'q');
            if (rows.Any(r => string.Equals(Expected.Key(table, r), typo, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Cli.Run("get", table.Name, typo).ShouldFailWithUsageError($"unknown key '{typo}' in table '{table.Name}'; did you mean");
        }
    }

    private static string? LabelOf(string tableName, string key)
    {
        DataPackageTable table = DatasetInfo.FindTable(tableName)!;
        int keyIndex = table.Fields.ToList().FindIndex(f => f.Name == table.PrimaryKey[0]);
        IReadOnlyList<object?> row = table.Rows.Select(table.GetValues).Single(r => (string?)r[keyIndex] == key);
        foreach (string name in LabelFields)
        {
            int i = table.Fields.ToList().FindIndex(f => f.Name == name);
            if (i >= 0 && row[i] is string s && s.Length > 0)
            {
                return s;
            }
        }

        return null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
