using System;
using System.Collections.Generic;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>A reader of one file of a table, which can go on where the table's previous file ended.</summary>
    internal interface IPartParser
    {
        RowCollector Collector { get; }

        FileDiagnostics Diagnostics { get; }

        int RowsRead { get; }

        void ReadAll();
    }

    /// <summary>
    /// A table whose "path" is an array: its files are read in the order given, as one table. One collector sees every
    /// row, so primary keys and unique constraints hold across files; row numbers run on from file to file; each
    /// problem is reported in the file (and at the line and column) where it is.
    /// </summary>
    internal static class MultipartTable
    {
        public static TableParseResult Parse(IReadOnlyList<DataFile> parts, Func<DataFile, RowCollector?, int, IPartParser> reader)
        {
            RowCollector? collector = null;
            int rows = 0;
            var diagnostics = new List<DiagnosticInfo>();
            var hashes = new List<string>(parts.Count);
            foreach (DataFile part in parts)
            {
                IPartParser parser = reader(part, collector, rows);
                parser.ReadAll();
                collector = parser.Collector;
                rows += parser.RowsRead;
                diagnostics.AddRange(parser.Diagnostics.ToEquatableArray());
                hashes.Add(ContentHash.OfFile(part.Text));
            }
            // Parts is never empty: the descriptor reader refuses an empty "path" array.
            return collector!.Result(ContentHash.OfParts(hashes), diagnostics.ToEquatableArray());
        }
    }
}
