using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

public class KeyAndValueTests
{
    private static readonly TestPackage Old = TestPackage.Sample();

    [Fact]
    public void Composite_keys_match_rows_by_all_key_fields()
    {
        TestPackage @new = Old.Clone();
        @new.Row("stats", 1)["value"] = 30.2;                                                     // (UZB, 2021) corrected
        @new.RowsOf("stats").Add(new JsonObject { ["country"] = "KHM", ["year"] = 2021, ["value"] = 13 }); // same country, new year
        @new.RowsOf("stats").RemoveAt(0);                                                          // (UZB, 2020) removed

        ResourceDiff stats = Run.Diff(Old, @new).Resources.Single(r => r.Name == "stats");

        stats.MatchedBy.ShouldBe(["country", "year"]);
        stats.RowsAdded.Select(k => k.Display).ShouldBe(["(KHM, 2021)"]);
        stats.RowsRemoved.Select(k => k.Display).ShouldBe(["(UZB, 2020)"]);
        stats.RowsChanged.ShouldHaveSingleItem().Key.Display.ShouldBe("(UZB, 2021)");
        stats.RowsChanged[0].Key.Parts.ShouldBe(["UZB", "2021"]);
    }

    [Fact]
    public void Composite_key_rows_in_another_order_are_unchanged()
    {
        TestPackage @new = Old.Clone();
        JsonArray rows = @new.RowsOf("stats");
        JsonNode first = rows[0]!;
        rows.RemoveAt(0);
        rows.Add(first);

        DiffResult diff = Run.Diff(Old, @new);

        diff.RequiredBump.ShouldBe(BumpLevel.None);
    }

    [Fact]
    public void Composite_key_changes_render_with_the_key_tuple()
    {
        TestPackage @new = Old.Clone();
        @new.Row("stats", 2)["value"] = 12.5;

        string md = MarkdownReport.Render(Run.Diff(Old, @new));

        md.ShouldContain("- Row changed: `(KHM, 2020)`: `value`: `12` -> `12.5`");
    }

    [Fact]
    public void Without_a_primary_key_rows_are_matched_by_index()
    {
        TestPackage old = Old.Clone();
        old.Resource("people")["schema"]!.AsObject().Remove("primaryKey");
        TestPackage @new = old.Clone();
        @new.Row("people", 1)["age"] = 42;

        DiffResult diff = Run.Diff(old, @new);

        ResourceDiff people = diff.Resources.Single(r => r.Name == "people");
        people.MatchedBy.ShouldBeEmpty();
        people.RowsChanged.ShouldHaveSingleItem().Key.Display.ShouldBe("#1");
        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
    }

    [Fact]
    public void Duplicate_keys_are_reported_and_matched_by_occurrence()
    {
        TestPackage old = Old.Clone();
        old.RowsOf("people").Add(new JsonObject { ["id"] = 2, ["name"] = "Bob twin" });
        TestPackage @new = old.Clone();
        @new.Row("people", 3)["name"] = "Bobby twin";

        ResourceDiff people = Run.Diff(old, @new).Resources.Single(r => r.Name == "people");

        people.Warnings.ShouldContain("duplicate key 2 in the old rows; duplicates are matched by occurrence");
        people.RowsChanged.ShouldHaveSingleItem().Key.Display.ShouldBe("2 (occurrence 2)");
    }

    [Fact]
    public void Keys_sort_numbers_by_value_then_strings_ordinally()
    {
        TestPackage old = Old.Clone();
        old.RowsOf("people").Clear();
        TestPackage @new = old.Clone();
        foreach (JsonNode id in new JsonNode[] { 10, 9, 100, 2.5m, "b", "B", "a" })
        {
            @new.RowsOf("people").Add(new JsonObject { ["id"] = id.DeepClone() });
        }

        ResourceDiff people = Run.Diff(old, @new).Resources.Single(r => r.Name == "people");

        people.RowsAdded.Select(k => k.Display).ShouldBe(["2.5", "9", "10", "100", "B", "a", "b"]);
    }

    [Fact]
    public void Numeric_keys_match_by_value()
    {
        JsonElement a = JsonDocument.Parse("""{"id": 1.50}""").RootElement;
        JsonElement b = JsonDocument.Parse("""{"id": 1.5}""").RootElement;
        JsonElement c = JsonDocument.Parse("""{"id": "1.5"}""").RootElement;

        RowKey.FromRow(a, ["id"]).ShouldBe(RowKey.FromRow(b, ["id"]));
        RowKey.FromRow(b, ["id"]).ShouldNotBe(RowKey.FromRow(c, ["id"]));
        RowKey.FromRow(a, ["id"]).Display.ShouldBe("1.5");
    }

    [Theory]
    [InlineData("29.56", "29.560", true)]
    [InlineData("1", "1.0", true)]
    [InlineData("1e2", "100", true)]
    [InlineData("-0", "0", true)]
    [InlineData("1", "1.5", false)]
    [InlineData("0.1", "0.10000000000000001", false)]
    [InlineData("1", "\"1\"", false)]
    [InlineData("\"a\"", "\"a\"", true)]
    [InlineData("\"a\"", "\"A\"", false)]
    [InlineData("\"é\"", "\"\\u00e9\"", true)]
    [InlineData("true", "true", true)]
    [InlineData("true", "false", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", "0", false)]
    [InlineData("null", "\"\"", false)]
    [InlineData("[1,2]", "[1.0, 2]", true)]
    [InlineData("[1,2]", "[2,1]", false)]
    [InlineData("[1,2]", "[1,2,3]", false)]
    [InlineData("[]", "null", false)]
    [InlineData("{\"a\":1,\"b\":null}", "{ \"a\" : 1.0 }", true)]
    [InlineData("{\"a\":1}", "{\"a\":2}", false)]
    public void Values_compare_by_json_value(string a, string b, bool equal)
    {
        JsonElement x = JsonDocument.Parse(a).RootElement, y = JsonDocument.Parse(b).RootElement;

        JsonValues.AreEqual(x, y).ShouldBe(equal);
        JsonValues.AreEqual(y, x).ShouldBe(equal);
    }

    [Fact]
    public void Null_and_absent_are_equal()
    {
        JsonElement nullValue = JsonDocument.Parse("null").RootElement;

        JsonValues.AreEqual(nullValue, null).ShouldBeTrue();
        JsonValues.AreEqual(null, null).ShouldBeTrue();
        JsonValues.AreEqual(JsonDocument.Parse("0").RootElement, null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("29.560", "29.56")]
    [InlineData("1.0", "1")]
    [InlineData("100", "100")]
    [InlineData("-0.0", "0")]
    [InlineData("1E3", "1000")]
    public void Canonical_numbers_drop_trailing_zeros(string raw, string expected) =>
        JsonValues.CanonicalNumber(raw).ShouldBe(expected);

    [Fact]
    public void Long_values_are_shown_as_excerpts_around_the_difference()
    {
        string prefix = new('a', 200), suffix = new('z', 200);
        JsonElement x = JsonDocument.Parse($"\"{prefix}OLD{suffix}\"").RootElement;
        JsonElement y = JsonDocument.Parse($"\"{prefix}NEW{suffix}\"").RootElement;

        (string a, string b) = MarkdownReport.Values(x, y);

        a.ShouldBe("`…" + new string('a', 40) + "OLD" + new string('z', 40) + "…`");
        b.ShouldBe("`…" + new string('a', 40) + "NEW" + new string('z', 40) + "…`");
    }

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a`b", "`` a`b ``")]
    [InlineData("``x", "``` ``x ```")]
    public void Code_spans_survive_backticks(string text, string expected) => MarkdownReport.Code(text).ShouldBe(expected);
}
