using System.Globalization;
using System.Text.Json;

namespace LabourDataset.Tests;

/// <summary>Every cell read through the typed API equals the JSON value exactly.</summary>
public class RoundTripTests
{
    [Fact]
    public void Every_cell_of_the_real_data_round_trips()
    {
        int cells = 0;
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            JsonElement rows = Repo.ReadJson(table.Path);
            var typed = table.Rows.ToList();
            typed.Count.ShouldBe(rows.GetArrayLength(), table.Name);
            int r = 0;
            foreach (JsonElement json in rows.EnumerateArray())
            {
                IReadOnlyList<object?> values = table.GetValues(typed[r]);
                for (int f = 0; f < table.Fields.Count; f++)
                {
                    DataPackageField field = table.Fields[f];
                    bool present = json.TryGetProperty(field.Name, out JsonElement cell) && cell.ValueKind != JsonValueKind.Null;
                    string where = $"{table.Name}[{r}].{field.Name}";
                    if (!present)
                    {
                        values[f].ShouldBeNull(where);
                        continue;
                    }
                    cells++;
                    switch (field.Type)
                    {
                        case "number":
                            ((decimal)values[f]!).ToString(CultureInfo.InvariantCulture).ShouldBe(cell.GetRawText(), where);
                            break;
                        case "integer":
                            ((long)values[f]!).ShouldBe(cell.GetInt64(), where);
                            break;
                        case "year":
                            ((int)values[f]!).ShouldBe(cell.GetInt32(), where);
                            break;
                        case "date":
                            ((DateOnly)values[f]!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ShouldBe(cell.GetString(), where);
                            break;
                        case "boolean":
                            ((bool)values[f]!).ShouldBe(cell.GetBoolean(), where);
                            break;
                        case "array":
                            ((IReadOnlyList<string>)values[f]!).ShouldBe(cell.EnumerateArray().Select(e => e.GetString()!).ToList(), where);
                            break;
                        default:
                            values[f].ShouldBe(cell.GetString() == string.Empty ? null : cell.GetString(), where);
                            break;
                    }
                }
                r++;
            }
        }
        cells.ShouldBeGreaterThanOrEqualTo(0);
    }
}
