using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// What every table reader does with a typed row, whatever the file format: keep its cells, check the primary key
    /// and unique fields, and collect its foreign-key values for the cross-table check.
    /// </summary>
    internal sealed class RowCollector
    {
        private readonly TableSpec _table;
        private RowDiagnostics _row;
        private readonly int[] _keyFields;
        private readonly int[] _foreignKeyFields;
        private readonly int[]?[] _compositeForeignKeyFields;
        private readonly Dictionary<string, string> _seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string>?[] _uniqueSeen;
        private readonly int[][] _uniqueKeys;
        private readonly Dictionary<string, string>[] _uniqueKeySeen;
        private readonly List<CellValue> _cells;
        private readonly List<ForeignKeyValue> _foreignKeyValues;
        private readonly List<string> _keys;

        /// <param name="estimatedRows">Sizes the big lists up front: each regrowth of an array on the large-object heap is a full collection.</param>
        public RowCollector(TableSpec table, RowDiagnostics row, int estimatedRows)
        {
            _table = table;
            _row = row;
            _keyFields = table.PrimaryKey.Select(table.FieldIndex).ToArray();
            _foreignKeyFields = table.ForeignKeys.Select(k => table.FieldIndex(k.FieldName)).ToArray();
            _compositeForeignKeyFields = table.ForeignKeys.Select(k => k.IsComposite ? k.KeyOrderFields.Select(table.FieldIndex).ToArray() : null).ToArray();
            _uniqueSeen = new Dictionary<string, string>?[table.Fields.Count];
            for (int i = 0; i < table.Fields.Count; i++) if (table.Fields[i].Constraints.Unique) _uniqueSeen[i] = new Dictionary<string, string>(StringComparer.Ordinal);
            _uniqueKeys = table.UniqueKeys.Select(k => k.Fields.Select(table.FieldIndex).ToArray()).ToArray();
            _uniqueKeySeen = _uniqueKeys.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
            _cells = new List<CellValue>(estimatedRows * table.Fields.Count);
            _foreignKeyValues = new List<ForeignKeyValue>(table.ForeignKeys.Count == 0 ? 0 : estimatedRows * table.ForeignKeys.Count);
            _keys = new List<string>(table.PrimaryKey.Count > 0 ? estimatedRows : 0);
        }

        /// <summary>
        /// Where row problems are reported: the file being read. A table in several files keeps one collector (keys are
        /// unique across all its files) and points it at each file's diagnostics in turn.
        /// </summary>
        public RowDiagnostics Row
        {
            get => _row;
            set => _row = value;
        }

        /// <summary>Joins the values of a composite key (primary or foreign) into one text; a control character no key holds.</summary>
        public const string CompositeKeySeparator = "\u001F";

        /// <summary>Indices of the primary-key fields, so readers can label rows by their key before typing them.</summary>
        public int[] KeyFields => _keyFields;

        /// <param name="at">Where each cell was written (used for duplicate and foreign-key reports); default for an absent cell.</param>
        public void Add(int rowIndex, CellValue[] cells, LocationInfo[] at)
        {
            _cells.AddRange(cells);
            CheckPrimaryKey(rowIndex, cells, at);
            CheckUnique(cells, at);
            CheckUniqueKeys(cells, at);
            for (int k = 0; k < _foreignKeyFields.Length; k++)
            {
                int index = _foreignKeyFields[k];
                ForeignKeySpec fk = _table.ForeignKeys[k];
                if (_compositeForeignKeyFields[k] is int[] parts)
                {
                    // All fields or none: a key with an empty field refers to nothing. Joined in the target's key order,
                    // as the target joins its own keys, and reported at the first field.
                    if (AnyNull(cells, parts)) continue;
                    _foreignKeyValues.Add(new ForeignKeyValue(_table.Name, fk.FieldsText, fk.TargetResource, fk.TargetFieldsText, string.Join(CompositeKeySeparator, parts.Select(p => cells[p].Text)),
                        rowIndex, _row.KeyField, _row.Key, at[parts[0]]));
                    continue;
                }
                if (cells[index].IsNull) continue;
                if (fk.IsList)
                {
                    // Each key of a list is checked; a dangling one is reported at the list.
                    foreach (string item in cells[index].Items) _foreignKeyValues.Add(new ForeignKeyValue(_table.Name, fk.FieldName, fk.TargetResource, fk.TargetField, item, rowIndex, _row.KeyField, _row.Key, at[index]));
                }
                else if (cells[index].Text is string value)
                {
                    _foreignKeyValues.Add(new ForeignKeyValue(_table.Name, fk.FieldName, fk.TargetResource, fk.TargetField, value, rowIndex, _row.KeyField, _row.Key, at[index]));
                }
            }
        }

        private static bool AnyNull(CellValue[] cells, int[] fields)
        {
            foreach (int f in fields) if (cells[f].IsNull) return true;
            return false;
        }

        public TableParseResult Result(string contentHash, EquatableArray<DiagnosticInfo> diagnostics) => new TableParseResult(
            new TableData(_table.Name, _table.Fields.Count, _cells.ToEquatableArray(), contentHash),
            new TableKeys(_table.Name, _keys.ToEquatableArray()),
            _foreignKeyValues.ToEquatableArray(),
            diagnostics);

        private void CheckPrimaryKey(int rowIndex, CellValue[] cells, LocationInfo[] at)
        {
            if (_keyFields.Length == 0 || AnyNull(cells, _keyFields)) return;
            string key = _keyFields.Length == 1 ? cells[_keyFields[0]].Text! : string.Join(CompositeKeySeparator, _keyFields.Select(k => cells[k].Text));
            if (_seenKeys.TryGetValue(key, out string? firstRow))
            {
                _row.Row(DiagnosticDescriptors.DuplicateKey, at[_keyFields[0]], string.Join(", ", _keyFields.Select(k => "'" + cells[k].Text + "'")), firstRow);
                return;
            }
            // The first row's label is kept only as a number and key, which is all a duplicate report needs.
            _seenKeys[key] = RowLabels.Label(rowIndex, _row.KeyField, _row.Key);
            _keys.Add(key);
        }

        private void CheckUniqueKeys(CellValue[] cells, LocationInfo[] at)
        {
            for (int k = 0; k < _uniqueKeys.Length; k++)
            {
                int[] fields = _uniqueKeys[k];
                if (AnyNull(cells, fields)) continue;
                string key = string.Join("\u001F", fields.Select(f => cells[f].Text ?? string.Join("\u001E", cells[f].Items)));
                if (_uniqueKeySeen[k].TryGetValue(key, out string? other))
                {
                    _row.Row(DiagnosticDescriptors.UniqueKeyViolation, at[fields[0]], string.Join(", ", fields.Select(f => "'" + cells[f].Text + "'")),
                        string.Join(", ", fields.Select(f => _table.Fields[f].Name)), other);
                }
                else
                {
                    _uniqueKeySeen[k][key] = _row.RowLabel;
                }
            }
        }

        private void CheckUnique(CellValue[] cells, LocationInfo[] at)
        {
            for (int f = 0; f < cells.Length; f++)
            {
                if (_uniqueSeen[f] is not Dictionary<string, string> seen || cells[f].IsNull || cells[f].Text is not string text) continue;
                if (seen.TryGetValue(text, out string? other)) _row.Field(DiagnosticDescriptors.NotUnique, at[f], _table.Fields[f].Name, text, other);
                else seen[text] = _row.RowLabel;
            }
        }
    }
}
