using System.Collections.Generic;
using System.Globalization;
using System.Text;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// The scalable row encoding. One object creation per row makes huge methods that the JIT gives up on and the
    /// compiler slows down on; instead, large tables become one UTF-8 literal (stored as raw data in the assembly)
    /// holding a table of distinct strings and, per row, indices into it. It is decoded once, on first access of the
    /// collection (the type initialiser makes that thread-safe), with every repeated string shared. The decoder itself is
    /// real code in LabourDataset.Generator.Runtime/DataPackageBlob.cs.
    /// Format: "&lt;count&gt;\n" then per string "&lt;utf-8 length&gt;:&lt;bytes&gt;"; then per row the cells separated by ','
    /// and ended by '\n': empty for null, a string index for a scalar, "[i.j.k]" for an array.
    /// </summary>
    internal static class CompactRows
    {
        /// <summary>
        /// Tables up to this size keep the simple form, which is easier to read. It is kept small because the inline form
        /// costs start-up time: its one creation method is compiled by the JIT on first use, and a 200-row table made
        /// the first answer of a 1,000-row benchmark consumer take 17 ms instead of 12 ms (issue 12, cold start).
        /// </summary>
        public const int Threshold = 32;

        /// <summary>
        /// Text in a small table beyond which it is compact anyway. Inline rows are C# string literals, and a .NET
        /// assembly holds at most 16 MB of them in all (CS8103); the blob is raw data with no such limit.
        /// </summary>
        public const long InlineTextLimit = 1_000_000;

        public static bool Applies(CollectionInput input)
        {
            if (!input.Options.HasUtf8Literals || input.Table.Storage == RowStorage.Inline) return false;
            if (input.Table.Storage == RowStorage.Automatic && input.Data.Rows.Count <= Threshold && TextLength(input) <= InlineTextLimit) return false;
            // UTF-8 cannot carry an unpaired surrogate; such a table keeps the exact inline form.
            foreach (RowView row in input.Data.Rows)
            {
                foreach (CellValue cell in row.Cells)
                {
                    if (cell.Text is string text && HasLoneSurrogate(text)) return false;
                    foreach (string item in cell.Items) if (HasLoneSurrogate(item)) return false;
                }
            }
            return true;
        }

        private static long TextLength(CollectionInput input)
        {
            long length = 0;
            foreach (RowView row in input.Data.Rows)
            {
                foreach (CellValue cell in row.Cells)
                {
                    length += cell.Text?.Length ?? 0;
                    foreach (string item in cell.Items) length += item.Length;
                }
            }
            return length;
        }

        private static bool HasLoneSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return true;
            }
            return false;
        }

        private static string Reader(CollectionInput input) => "global::" + input.Namespace + ".__DataPackageBlob";

        /// <summary>The blob, its index (string and row offsets, built on first use) and the lazily filled row list.</summary>
        public static void EmitStorage(SourceWriter w, CollectionInput input, System.Threading.CancellationToken cancellation)
        {
            TableSpec table = input.Table;
            string type = table.TypeName;
            string rowCount = input.Data.Rows.Count.ToString(CultureInfo.InvariantCulture);
            w.Line("private static global::System.ReadOnlySpan<byte> __Data => " + Literals.String(Encode(input, cancellation)) + "u8;");
            w.Line("private static readonly " + Reader(input) + " __blob = " + Reader(input) + ".Open(__Data, " + rowCount + ");");
            w.Line("private static readonly global::" + input.Namespace + ".__DataPackageLazyRows<" + type + "> __rows = new global::" + input.Namespace + ".__DataPackageLazyRows<" + type + ">(" + rowCount + ", __Decode);");
        }

        private static string Encode(CollectionInput input, System.Threading.CancellationToken cancellation)
        {
            TableSpec table = input.Table;
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var strings = new List<string>();
            var rows = new StringBuilder();
            int Intern(string value)
            {
                if (!index.TryGetValue(value, out int i))
                {
                    i = strings.Count;
                    index[value] = i;
                    strings.Add(value);
                }
                return i;
            }
            int r = 0;
            foreach (RowView row in input.Data.Rows)
            {
                if ((r++ & 1023) == 0) cancellation.ThrowIfCancellationRequested();
                for (int f = 0; f < row.Cells.Count; f++)
                {
                    if (f > 0) rows.Append(',');
                    CellValue cell = row.Cells[f];
                    if (cell.IsNull) continue;
                    if (table.Fields[f].Type == FieldType.StringArray)
                    {
                        rows.Append('[');
                        for (int k = 0; k < cell.Items.Count; k++)
                        {
                            if (k > 0) rows.Append('.');
                            rows.Append(Intern(cell.Items[k]).ToString(CultureInfo.InvariantCulture));
                        }
                        rows.Append(']');
                    }
                    else if (table.Fields[f].Enum is EnumSpec typed)
                    {
                        // An enum cell holds its member's number, not a string index: decoding is a cast.
                        rows.Append(typed.IndexOf(cell.Text!).ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        rows.Append(Intern(cell.Text!).ToString(CultureInfo.InvariantCulture));
                    }
                }
                rows.Append('\n');
            }
            var blob = new StringBuilder();
            blob.Append(strings.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            var utf8 = new UTF8Encoding(false, true);
            foreach (string s in strings) blob.Append(utf8.GetByteCount(s).ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
            blob.Append(rows);
            return blob.ToString();
        }

        /// <summary>Builds the record of row i from the blob.</summary>
        public static void EmitDecode(SourceWriter w, CollectionInput input)
        {
            TableSpec table = input.Table;
            string type = table.TypeName;
            string reader = Reader(input);
            w.Open("private static " + type + " __Decode(int i)");
            w.Line("global::System.ReadOnlySpan<byte> data = __Data;");
            w.Line("int pos = __blob.RowStart(i);");
            var args = new List<string>();
            for (int f = 0; f < table.Fields.Count; f++)
            {
                FieldSpec field = table.Fields[f];
                string c = "c" + f.ToString(CultureInfo.InvariantCulture);
                if (field.Type == FieldType.StringArray)
                {
                    w.Line("string[]? " + c + " = __blob.Array(data, ref pos);");
                    string items = field.IsNullable ? c : c + "!";
                    // Items of other types are stored as their canonical text, like scalar cells, and converted here.
                    args.Add(field.ItemType == FieldType.String ? items
                        : (field.IsNullable ? c + " is null ? null : " : string.Empty) + "global::System.Array.ConvertAll<string, " + TypeMapping.ClrType(field.ItemType, input.Options) + ">(" + items + ", t => " + Convert(field.ItemType, "t", input.Options) + ")");
                    continue;
                }
                w.Line("int " + c + " = " + reader + ".Cell(data, ref pos);");
                if (field.Enum is EnumSpec typed)
                {
                    args.Add(field.IsNullable ? c + " < 0 ? null : (" + typed.TypeName + "?)" + c : "(" + typed.TypeName + ")" + c);
                    continue;
                }
                string value = Convert(field, "__blob.String(data, " + c + ")", input.Options);
                args.Add(field.IsNullable ? c + " < 0 ? null : " + (FieldTypes.IsText(field.Type) ? value : "(" + TypeMapping.ScalarType(field, input.Options) + "?)" + value) : value);
            }
            w.Line("return new " + type + "(" + string.Join(", ", args) + ");");
            w.Close();
        }

        /// <summary>The value of a required scalar field of row i, read from the blob without building the record.</summary>
        public static string FieldExpression(TableSpec table, FieldSpec field, EmitOptions options)
            => Convert(field, "__blob.Text(__Data, i, " + table.FieldIndex(field.Name).ToString(CultureInfo.InvariantCulture) + ")!", options);

        /// <summary>The value of a scalar field of row i as a nullable, read from the blob.</summary>
        /// <param name="temp">The pattern variable that holds the cell text; distinct per expression when several share a block.</param>
        public static string NullableFieldExpression(TableSpec table, FieldSpec field, EmitOptions options, string temp = "t")
        {
            string text = "__blob.Text(__Data, i, " + table.FieldIndex(field.Name).ToString(CultureInfo.InvariantCulture) + ")";
            return FieldTypes.IsText(field.Type)
                ? text
                : "(" + text + " is string " + temp + " ? (" + TypeMapping.ScalarType(field, options) + "?)" + Convert(field, temp, options) + " : null)";
        }

        private static string Convert(FieldSpec field, string text, EmitOptions options)
            => field.BigInteger
                ? TypeMapping.BigIntegerType + ".Parse(" + text + ", global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture)"
                : Convert(field.Type, text, options);

        private static string Convert(FieldType type, string text, EmitOptions options)
        {
            const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            return type switch
            {
                FieldType.String or FieldType.Duration or FieldType.Json or FieldType.GeoJson or FieldType.Any => text,
                FieldType.DateTime => "global::System.DateTimeOffset.ParseExact(" + text + ", \"" + TypeMapping.DateTimeFormat + "\", " + Invariant + ")",
                FieldType.Time => options.HasDateOnly
                    ? "global::System.TimeOnly.ParseExact(" + text + ", \"" + TypeMapping.TimeFormat + "\", " + Invariant + ")"
                    : "global::System.TimeSpan.ParseExact(" + text + ", @\"hh\\:mm\\:ss\\.fffffff\", " + Invariant + ")",
                FieldType.YearMonth => "DataPackageYearMonth.Parse(" + text + ")",
                FieldType.GeoPoint => "DataPackageGeoPoint.Parse(" + text + ")",
                FieldType.Integer => "long.Parse(" + text + ", global::System.Globalization.NumberStyles.AllowLeadingSign, " + Invariant + ")",
                FieldType.Number => "decimal.Parse(" + text + ", global::System.Globalization.NumberStyles.Number, " + Invariant + ")",
                FieldType.Boolean => "(" + text + " == \"true\")",
                FieldType.Year => "int.Parse(" + text + ", global::System.Globalization.NumberStyles.AllowLeadingSign, " + Invariant + ")",
                FieldType.Date => (options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime") + ".ParseExact(" + text + ", \"yyyy-MM-dd\", " + Invariant + ")",
                _ => throw new System.InvalidOperationException("string arrays are decoded by __blob.Array"),
            };
        }
    }
}
