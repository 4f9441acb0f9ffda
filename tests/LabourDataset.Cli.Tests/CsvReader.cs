using System.Text;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// A strict RFC 4180 reader for the tests: records end with CRLF (a bare CR or LF outside quotes is an error), quotes
/// are doubled inside quoted fields. An unquoted empty field reads as null, a quoted empty field as "".
/// </summary>
internal static class CsvReader
{
    public static List<List<string?>> Parse(string text)
    {
        var records = new List<List<string?>>();
        if (text.Length == 0)
        {
            return records;
        }

        text.ShouldEndWith("\r\n");
        var record = new List<string?>();
        var field = new StringBuilder();
        bool inQuotes = false;
        bool quoted = false;

        void EndField()
        {
            record.Add(quoted ? field.ToString() : field.Length == 0 ? null : field.ToString());
            field.Clear();
            quoted = false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                        (i + 1 < text.Length && text[i + 1] is ',' or '\r').ShouldBeTrue($"text after a closing quote at {i}");
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    field.Length.ShouldBe(0, $"quote inside an unquoted field at {i}");
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    (i + 1 < text.Length && text[i + 1] == '\n').ShouldBeTrue($"CR without LF at {i}");
                    EndField();
                    records.Add(record);
                    record = [];
                    i++;
                    break;
                case '\n':
                    throw new ShouldAssertException($"bare LF outside quotes at {i}");
                default:
                    field.Append(c);
                    break;
            }
        }

        inQuotes.ShouldBeFalse("unterminated quoted field");
        return records;
    }
}
