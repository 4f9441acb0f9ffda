namespace LabourDataset.Cli.Tests;

/// <summary>Invariants over every row the data holds, whatever it holds.</summary>
public sealed class EveryRowTests
{
    [Fact]
    public void Get_works_for_every_row_of_every_table_and_fits_80_columns()
    {
        int rows = 0;
        foreach ((DataPackageTable table, List<IReadOnlyList<object?>> values) in Expected.Tables())
        {
            foreach (IReadOnlyList<object?> row in values)
            {
                string key = Expected.Key(table, row);
                CliResult result = Cli.Run("get", table.Name, key).ShouldSucceed();
                result.Lines[0].ShouldStartWith(table.Name + " " + key);
                result.Out.ShouldNotContain("(not found in", customMessage: "every foreign key resolves");
                result.ShouldFitWidth();
                rows++;
            }
        }

        rows.ShouldBe(DatasetInfo.Tables.Sum(t => t.Rows.Count()));
    }

    [Fact]
    public void Every_country_instrument_and_indicator_view_works_and_fits_80_columns()
    {
        int views = 0;
        foreach (Area area in Areas.All)
        {
            CliResult result = Cli.Run("country", area.Code).ShouldSucceed();
            result.Out.ShouldContain($"Ratifications ({area.Ratifications.Count})");
            result.ShouldFitWidth();
            views++;
        }

        foreach (Instrument instrument in Instruments.All)
        {
            CliResult result = Cli.Run("instrument", instrument.Code).ShouldSucceed();
            result.Out.ShouldContain($"Ratifications ({instrument.Ratifications.Count})");
            result.ShouldFitWidth();
            views++;
        }

        foreach (Indicator indicator in Indicators.All)
        {
            CliResult result = Cli.Run("series", indicator.Code).ShouldSucceed();
            result.Lines[0].ShouldStartWith(indicator.Code + ":");
            result.ShouldFitWidth();
            views++;
        }

        views.ShouldBe(Areas.Count + Instruments.Count + Indicators.Count);
    }
}
