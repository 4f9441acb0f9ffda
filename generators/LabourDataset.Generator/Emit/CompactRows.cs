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
    /// collection (the type initialiser makes that thread-safe), with every repeated string shared.
    /// Format: "&lt;count&gt;\n" then per string "&lt;utf-8 length&gt;:&lt;bytes&gt;"; then per row the cells separated by ','
    /// and ended by '\n': empty for null, a string index for a scalar, "[i.j.k]" for an array.
    /// </summary>
    internal static class CompactRows
    {
        /// <summary>Tables up to this size keep the simple form: it is as fast for them and easier to read.</summary>
        public const int Threshold = 256;

        public static bool Applies(CollectionInput input)
        {
            if (!input.Options.HasUtf8Literals || input.Table.Storage == RowStorage.Inline) return false;
            if (input.Table.Storage == RowStorage.Automatic && input.Data.Rows.Count <= Threshold) return false;
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

        private static bool HasLoneSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (char.IsSurrogate(text[i])) return true;
            }
            return false;
        }

        public static void EmitCreate(SourceWriter w, CollectionInput input)
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
            foreach (RowView row in input.Data.Rows)
            {
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

            string type = table.TypeName;
            string reader = "global::" + input.Package.Namespace + ".__DataPackageBlob";
            w.Open("private static " + type + "[] __Create()");
            w.Line("global::System.ReadOnlySpan<byte> data = " + Literals.String(blob.ToString()) + "u8;");
            w.Line("int pos = 0;");
            w.Line("string[] s = " + reader + ".Strings(data, ref pos);");
            w.Line("var rows = new " + type + "[" + input.Data.Rows.Count.ToString(CultureInfo.InvariantCulture) + "];");
            w.Open("for (int i = 0; i < rows.Length; i++)");
            var args = new List<string>();
            for (int f = 0; f < table.Fields.Count; f++)
            {
                FieldSpec field = table.Fields[f];
                string c = "c" + f.ToString(CultureInfo.InvariantCulture);
                if (field.Type == FieldType.StringArray)
                {
                    w.Line("string[]? " + c + " = " + reader + ".Array(data, ref pos, s);");
                    args.Add(field.IsNullable ? c : c + "!");
                    continue;
                }
                w.Line("int " + c + " = " + reader + ".Cell(data, ref pos);");
                string value = Convert(field.Type, "s[" + c + "]", input.Options);
                args.Add(field.IsNullable ? c + " < 0 ? null : " + (field.Type == FieldType.String ? value : "(" + TypeMapping.ClrType(field.Type, input.Options) + "?)" + value) : value);
            }
            w.Line("rows[i] = new " + type + "(" + string.Join(", ", args) + ");");
            w.Close();
            w.Line("return rows;");
            w.Close();
        }

        private static string Convert(FieldType type, string text, EmitOptions options)
        {
            const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            return type switch
            {
                FieldType.String => text,
                FieldType.Integer => "long.Parse(" + text + ", global::System.Globalization.NumberStyles.AllowLeadingSign, " + Invariant + ")",
                FieldType.Number => "decimal.Parse(" + text + ", global::System.Globalization.NumberStyles.Number, " + Invariant + ")",
                FieldType.Boolean => "(" + text + " == \"true\")",
                FieldType.Year => "int.Parse(" + text + ", global::System.Globalization.NumberStyles.AllowLeadingSign, " + Invariant + ")",
                _ => (options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime") + ".ParseExact(" + text + ", \"yyyy-MM-dd\", " + Invariant + ")",
            };
        }

        /// <summary>The decoder, emitted once per package as internal code so users take no run-time dependency.</summary>
        public static string EmitReader(string ns)
        {
            var w = new SourceWriter();
            RecordEmitter.FileHeader(w);
            w.Open("namespace " + ns);
            w.Line("/// <summary>Decodes the compact row blobs of generated collections; see the generator's CompactRows for the format.</summary>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Open("internal static class __DataPackageBlob");
            w.Open("internal static string[] Strings(global::System.ReadOnlySpan<byte> data, ref int pos)");
            w.Line("int count = Number(data, ref pos, (byte)'\\n');");
            w.Line("var strings = new string[count];");
            w.Open("for (int i = 0; i < count; i++)");
            w.Line("int length = Number(data, ref pos, (byte)':');");
            w.Line("strings[i] = global::System.Text.Encoding.UTF8.GetString(data.Slice(pos, length));");
            w.Line("pos += length;");
            w.Close();
            w.Line("return strings;");
            w.Close();
            w.Line();
            w.Line("/// <summary>Reads one scalar cell: its string index, or -1 for null; skips the ',' or '\\n' after it.</summary>");
            w.Open("internal static int Cell(global::System.ReadOnlySpan<byte> data, ref int pos)");
            w.Line("byte b = data[pos];");
            w.Open("if (b == (byte)',' || b == (byte)'\\n')");
            w.Line("pos++;");
            w.Line("return -1;");
            w.Close();
            w.Line("int value = 0;");
            w.Line("while ((b = data[pos]) != (byte)',' && b != (byte)'\\n') { value = (value * 10) + (b - (byte)'0'); pos++; }");
            w.Line("pos++;");
            w.Line("return value;");
            w.Close();
            w.Line();
            w.Line("/// <summary>Reads one array cell (\"[i.j]\"), or null for an empty cell.</summary>");
            w.Open("internal static string[]? Array(global::System.ReadOnlySpan<byte> data, ref int pos, string[] strings)");
            w.Line("byte b = data[pos];");
            w.Open("if (b == (byte)',' || b == (byte)'\\n')");
            w.Line("pos++;");
            w.Line("return null;");
            w.Close();
            w.Line("pos++;");
            w.Line("var items = new global::System.Collections.Generic.List<string>();");
            w.Open("while (data[pos] != (byte)']')");
            w.Line("int value = 0;");
            w.Line("while ((b = data[pos]) != (byte)'.' && b != (byte)']') { value = (value * 10) + (b - (byte)'0'); pos++; }");
            w.Line("items.Add(strings[value]);");
            w.Line("if (b == (byte)'.') pos++;");
            w.Close();
            w.Line("pos += 2;");
            w.Line("return items.Count == 0 ? global::System.Array.Empty<string>() : items.ToArray();");
            w.Close();
            w.Line();
            w.Open("private static int Number(global::System.ReadOnlySpan<byte> data, ref int pos, byte terminator)");
            w.Line("int value = 0;");
            w.Line("byte b;");
            w.Line("while ((b = data[pos++]) != terminator) value = (value * 10) + (b - (byte)'0');");
            w.Line("return value;");
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
