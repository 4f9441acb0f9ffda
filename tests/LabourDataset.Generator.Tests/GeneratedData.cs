using System.Collections;
using System.Reflection;

namespace LabourDataset.Generator.Tests;

/// <summary>Reads every table of a generated assembly through its public DatasetInfo.Tables API.</summary>
public static class GeneratedData
{
    public static Dictionary<string, List<IReadOnlyList<object?>>> ReadAll(Assembly assembly, string ns = "TestData")
    {
        Type info = assembly.GetType(ns + ".DatasetInfo")!;
        var tables = (IEnumerable)info.GetProperty("Tables")!.GetValue(null)!;
        var result = new Dictionary<string, List<IReadOnlyList<object?>>>(StringComparer.Ordinal);
        foreach (object table in tables)
        {
            Type t = table.GetType();
            string name = (string)t.GetProperty("Name")!.GetValue(table)!;
            var rows = (IEnumerable<object>)t.GetProperty("Rows")!.GetValue(table)!;
            MethodInfo values = t.GetMethod("GetValues")!;
            result[name] = rows.Select(r => (IReadOnlyList<object?>)values.Invoke(table, [r])!).ToList();
        }
        return result;
    }
}
