using System.Collections.Generic;
using System.Globalization;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Diagnostics
{
    /// <summary>
    /// Collects the diagnostics of one file. It knows the file's name (every message starts with it) and where each
    /// JSON token sits, so a check reports a problem in one line, as Mapperly's DiagnosticCollection lets its mappers do.
    /// </summary>
    internal sealed class FileDiagnostics
    {
        private readonly List<DiagnosticInfo> _items = new List<DiagnosticInfo>();

        public FileDiagnostics(string path, string text)
        {
            Locator = new TextLocator(path, text);
            FileName = FilePaths.FileName(path);
        }

        public TextLocator Locator { get; }

        public string FileName { get; }

        public void Report(DiagnosticDescriptor descriptor, LocationInfo? at, params string[] arguments)
        {
            var all = new string[arguments.Length + 1];
            all[0] = FileName;
            arguments.CopyTo(all, 1);
            _items.Add(DiagnosticInfo.Create(descriptor.Id, at, all));
        }

        public void Report(DiagnosticDescriptor descriptor, JsonNode at, params string[] arguments) => Report(descriptor, Locator.At(at), arguments);

        /// <summary>Reports at the property's name, which is what a reader looks for in the file.</summary>
        public void Report(DiagnosticDescriptor descriptor, JsonProperty at, params string[] arguments) => Report(descriptor, Locator.At(at), arguments);

        public void ReportSyntax(JsonParseError error)
        {
            LocationInfo at = Locator.At(error.Position, error.Length);
            Report(DiagnosticDescriptors.JsonSyntax, at, (at.StartLine + 1).ToString(CultureInfo.InvariantCulture), (at.StartColumn + 1).ToString(CultureInfo.InvariantCulture), error.Message);
        }

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _items.ToEquatableArray();
    }

    /// <summary>
    /// The diagnostics of one table's rows: carries the table and the current row (number and key) so a cell check
    /// names only what is its own — the field, what was expected and what was found.
    /// </summary>
    internal sealed class RowDiagnostics
    {
        private readonly FileDiagnostics _file;
        private readonly string _table;
        private int _rowIndex;
        private string? _keyField;
        private string? _key;

        public RowDiagnostics(FileDiagnostics file, string table)
        {
            _file = file;
            _table = table;
        }

        public FileDiagnostics File => _file;

        /// <summary>"#3 (id 'UZB-C029')": built only when a problem in the row is reported.</summary>
        public string RowLabel => RowLabels.Label(_rowIndex, _keyField, _key);

        /// <summary>"row #3 (id 'UZB-C029') of resource 'ratifications'".</summary>
        public string RowDescription => "row " + RowLabel + " of resource '" + _table + "'";

        public void StartRow(int index)
        {
            _rowIndex = index;
            _keyField = null;
            _key = null;
        }

        public void SetKey(string keyField, string? key)
        {
            _keyField = keyField;
            _key = key;
        }

        public int RowIndex => _rowIndex;

        public string? KeyField => _keyField;

        public string? Key => _key;

        /// <summary>A problem with the row as a whole: message arguments continue after file, row and table.</summary>
        public void Row(DiagnosticDescriptor descriptor, LocationInfo at, params string[] rest) => _file.Report(descriptor, at, Prepend(rest, RowLabel, _table));

        public void Row(DiagnosticDescriptor descriptor, JsonNode at, params string[] rest) => Row(descriptor, _file.Locator.At(at), rest);

        /// <summary>A problem with one cell: message arguments continue after file, row, table and field.</summary>
        public void Field(DiagnosticDescriptor descriptor, JsonNode at, string field, params string[] rest) => Field(descriptor, _file.Locator.At(at), field, rest);

        public void Field(DiagnosticDescriptor descriptor, LocationInfo at, string field, params string[] rest) => _file.Report(descriptor, at, Prepend(rest, RowLabel, _table, field));

        private static string[] Prepend(string[] rest, params string[] first)
        {
            var all = new string[first.Length + rest.Length];
            first.CopyTo(all, 0);
            rest.CopyTo(all, first.Length);
            return all;
        }
    }
}
