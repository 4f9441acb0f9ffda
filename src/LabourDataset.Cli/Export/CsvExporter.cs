using System.Text;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Export;

/// <summary>
/// RFC 4180 CSV: a header row of field names, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF
/// (quotes doubled). Null is an empty field; an empty string is "" (quoted). Numbers and dates are invariant,
/// arrays are JSON arrays. UTF-8 without BOM.
/// </summary>
internal static class CsvExporter
{
    public const string Extension = ".csv";
    private const string LineEnd = "\r\n";

    public static void Write(CatalogTable table, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(table, writer);
    }

    public static void Write(CatalogTable table, TextWriter writer)
    {
        writer.Write(string.Join(",", table.Fields.Select(f => Escape(f.Name))));
        writer.Write(LineEnd);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                string? text = Values.ToInvariant(row[i]);
                if (text is not null)
                {
                    writer.Write(Escape(text));
                }
            }

            writer.Write(LineEnd);
        }
    }

    public static string Escape(string text)
    {
        if (text.Length == 0)
        {
            return "\"\"";
        }

        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
