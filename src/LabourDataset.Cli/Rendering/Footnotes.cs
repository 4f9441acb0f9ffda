using System.Globalization;
using Spectre.Console;

namespace LabourDataset.Cli.Rendering;

/// <summary>Numbered notes under a table; the same text gets the same number, so repeated caveats print once.</summary>
internal sealed class Footnotes
{
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public int Count => _notes.Count;

    /// <summary>"[n]" for a note ("" for none), numbering new texts in order.</summary>
    public string Mark(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (!_numbers.TryGetValue(text, out int number))
        {
            _notes.Add(text);
            number = _notes.Count;
            _numbers.Add(text, number);
        }

        return "[" + number.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>"prefix [n]", or just one of them when the other is empty.</summary>
    public string Cell(string? prefix, string? text)
    {
        string mark = Mark(text);
        return string.Join(' ', new[] { prefix ?? string.Empty, mark }.Where(s => s.Length > 0));
    }

    public void Write(IAnsiConsole console)
    {
        for (int i = 0; i < _notes.Count; i++)
        {
            console.Line("[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "] " + _notes[i]);
        }
    }
}
