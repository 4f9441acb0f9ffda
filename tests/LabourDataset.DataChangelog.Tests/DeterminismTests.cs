using System.Globalization;
using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

public class DeterminismTests
{
    private static TestPackage Changed(TestPackage old, bool reverseRows)
    {
        TestPackage @new = old.Clone();
        @new.Version = "2.0.0";
        foreach (int id in new[] { 7, 5, 12, 6 }) @new.RowsOf("people").Add(new JsonObject { ["id"] = id, ["name"] = "p" + id });
        @new.RowsOf("stats").RemoveAt(2);
        @new.Row("stats", 0)["value"] = 29.6;
        @new.Row("people", 0)["tags"] = new JsonArray("a", "c");
        if (reverseRows)
        {
            foreach (string file in @new.Rows.Keys.ToList())
            {
                @new.Rows[file] = new JsonArray(@new.Rows[file].Reverse().Select(n => n!.DeepClone()).ToArray());
            }
        }

        return @new;
    }

    [Fact]
    public void Markdown_and_json_are_the_same_twice()
    {
        TestPackage old = TestPackage.Sample();
        TestPackage @new = Changed(old, reverseRows: false);

        string md1 = MarkdownReport.Render(Run.Diff(old, @new)), md2 = MarkdownReport.Render(Run.Diff(old, @new));
        string json1 = JsonReport.Render(Run.Diff(old, @new)), json2 = JsonReport.Render(Run.Diff(old, @new));

        md1.ShouldBe(md2);
        json1.ShouldBe(json2);
        md1.ShouldNotContain("\r");
    }

    [Fact]
    public void Output_does_not_depend_on_row_order_in_the_files()
    {
        TestPackage old = TestPackage.Sample();

        string inOrder = MarkdownReport.Render(Run.Diff(old, Changed(old, reverseRows: false)));
        string reversed = MarkdownReport.Render(Run.Diff(old, Changed(old, reverseRows: true)));

        reversed.ShouldBe(inOrder);
    }

    [Fact]
    public void Added_and_removed_rows_are_listed_sorted_by_key()
    {
        TestPackage old = TestPackage.Sample();
        string md = MarkdownReport.Render(Run.Diff(old, Changed(old, reverseRows: true)));

        md.ShouldContain("- Row added: `5`\n- Row added: `6`\n- Row added: `7`\n- Row added: `12`\n");
        md.ShouldContain("- Row removed: `(KHM, 2020)`");
        md.IndexOf("### `people`", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("### `stats`", StringComparison.Ordinal));
        md.ShouldContain("- Row changed: `1`: `tags`: `[\"a\",\"b\"]` -> `[\"a\",\"c\"]`");
        md.ShouldContain("- Row changed: `(UZB, 2020)`: `value`: `29.56` -> `29.6`");
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        TestPackage old = TestPackage.Sample();
        TestPackage @new = Changed(old, reverseRows: false);
        string invariant = MarkdownReport.Render(Run.Diff(old, @new));

        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            string german = MarkdownReport.Render(Run.Diff(old, @new)) + JsonReport.Render(Run.Diff(old, @new));
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            string turkish = MarkdownReport.Render(Run.Diff(old, @new)) + JsonReport.Render(Run.Diff(old, @new));
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string reference = MarkdownReport.Render(Run.Diff(old, @new)) + JsonReport.Render(Run.Diff(old, @new));

            german.ShouldBe(reference);
            turkish.ShouldBe(reference);
            invariant.ShouldContain("29.6");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
