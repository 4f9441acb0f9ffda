using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LabourDataset.Generator.Model;
using LabourDataset.Generator.Naming;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// Emits the static collection of one resource: All in file order, O(1) key lookups, a static property per row
    /// whose key is a safe identifier, and the internal reverse-lookups that referenced records call.
    /// </summary>
    internal static class CollectionEmitter
    {
        public static string Emit(CollectionInput input, RowProperties rowProperties, System.Threading.CancellationToken cancellation = default)
        {
            TableSpec table = input.Table;
            EmitOptions options = input.Options;
            RowList rows = input.Data.Rows;
            string type = table.TypeName;
            string rowCount = rows.Count.ToString(CultureInfo.InvariantCulture);
            var w = new SourceWriter();
            GeneratedFile.Header(w);
            w.Open("namespace " + input.Namespace);
            w.Line("/// <summary>The rows of resource '" + Literals.XmlDoc(table.Name) + "' (" + rowCount + " rows)" + GeneratedFile.DocSuffix(table.Description ?? table.Title) + "</summary>");
            w.Line(GeneratedFile.Attribute);
            w.Open("public static partial class " + table.CollectionName);
            bool compact = CompactRows.Applies(input);
            if (compact)
            {
                CompactRows.EmitStorage(w, input, cancellation);
            }
            else
            {
                w.Line("private static readonly " + type + "[] __rows = __Create();");
                w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<" + type + "> __all = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + type + ">(__rows);");
            }
            w.Line();
            w.Line("/// <summary>Every row, in the order of the data file" + (compact ? "; each record is built on first access." : ".") + "</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All => " + (compact ? "__rows" : "__all") + ";");
            if (options.HasUtf8Literals)
            {
                // All stays read-only, so System.Linq walks it through an enumerator (its span path takes only writable
                // arrays and lists); this is the array-speed way through every row, and still read-only.
                w.Line();
                w.Line("/// <summary>Every row, in the order of the data file, as a read-only span: a loop over it runs at array speed" + (compact ? "; the first call builds every record." : ".") + "</summary>");
                w.Line("public static global::System.ReadOnlySpan<" + type + "> AsSpan() => " + (compact ? "__rows.AsSpan()" : "__rows") + ";");
            }
            w.Line();
            w.Line("/// <summary>The number of rows.</summary>");
            w.Line("public static int Count => " + rowCount + ";");

            List<FieldSpec> keyFields = TypeMapping.KeyFields(table).ToList();
            if (keyFields.Count > 0) EmitKeyLookup(w, table, keyFields, options, compact, rows);
            EmitRowProperties(w, table, rows, rowProperties);
            foreach (ForeignKeySpec fk in table.ForeignKeys) EmitReverseLookup(w, table, fk, options, compact, rowCount, input.Namespace);

            w.Line();
            w.Line("/// <summary>Field values of a row in schema order, for generic tools (export, diff).</summary>");
            w.Line("internal static object?[] __GetValues(" + type + " row) => new object?[] { " + string.Join(", ", table.Fields.Select(f => "row." + f.PropertyName + (f.Enum is null ? string.Empty : (f.IsNullable ? "?" : string.Empty) + ".ToValue()"))) + " };");

            w.Line();
            if (compact)
            {
                CompactRows.EmitDecode(w, input);
            }
            else
            {
                EmitInlineCreate(w, input, cancellation);
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void EmitInlineCreate(SourceWriter w, CollectionInput input, System.Threading.CancellationToken cancellation)
        {
            TableSpec table = input.Table;
            string type = table.TypeName;
            w.Open("private static " + type + "[] __Create()");
            w.Line("return new " + type + "[]");
            w.Line("{");
            w.Indent();
            int r = 0;
            foreach (RowView row in input.Data.Rows)
            {
                if ((r++ & 1023) == 0) cancellation.ThrowIfCancellationRequested();
                var args = new List<string>(table.Fields.Count);
                for (int i = 0; i < table.Fields.Count; i++) args.Add(TypeMapping.Literal(table.Fields[i], row.Cells[i], input.Options));
                w.Line("new " + type + "(" + string.Join(", ", args) + "),");
            }
            w.Unindent();
            w.Line("};");
            w.Close();
        }

        private static string KeyType(List<FieldSpec> keyFields, EmitOptions options)
            => keyFields.Count == 1
                ? TypeMapping.ScalarType(keyFields[0], options)
                : "(" + string.Join(", ", keyFields.Select(f => TypeMapping.ScalarType(f, options))) + ")";

        /// <summary>A field of row <c>i</c> as its C# value: from the record for inline rows, from the blob for compact ones (no record is built).</summary>
        private static string FieldOf(TableSpec table, FieldSpec field, EmitOptions options, bool compact)
            => compact ? CompactRows.FieldExpression(table, field, options) : "__rows[i]." + field.PropertyName;

        /// <summary>Tables over this many rows build their key index with fully optimised code from the first call.</summary>
        internal const int OptimisedIndexRows = 2000;

        private static void EmitKeyLookup(SourceWriter w, TableSpec table, List<FieldSpec> keyFields, EmitOptions options, bool compact, RowList rows)
        {
            string rowCount = rows.Count.ToString(CultureInfo.InvariantCulture);
            string type = table.TypeName;
            string keyType = KeyType(keyFields, options);
            string parameters = string.Join(", ", keyFields.Select(f => TypeMapping.ScalarType(f, options) + " " + Identifiers.ParameterName(f.PropertyName)));
            string keyExpr = keyFields.Count == 1 ? Identifiers.ParameterName(keyFields[0].PropertyName) : "(" + string.Join(", ", keyFields.Select(f => Identifiers.ParameterName(f.PropertyName))) + ")";
            string rowKey = keyFields.Count == 1 ? FieldOf(table, keyFields[0], options, compact) : "(" + string.Join(", ", keyFields.Select(f => FieldOf(table, f, options, compact))) + ")";
            string keyNames = string.Join(", ", keyFields.Select(f => f.Name));
            string nullCheck = string.Join(" || ", keyFields.Where(f => FieldTypes.IsReference(f.Type)).Select(f => Identifiers.ParameterName(f.PropertyName) + " is null"));

            w.Line();
            w.Line("/// <summary>Finds the row whose primary key (" + Literals.XmlDoc(keyNames) + ") has the given value, in constant time.</summary>");
            w.Line("/// <returns>True when such a row exists.</returns>");
            w.Open("public static bool TryGet(" + parameters + ", [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + type + "? row)");
            if (nullCheck.Length > 0)
            {
                w.Open("if (" + nullCheck + ")");
                w.Line("row = null;");
                w.Line("return false;");
                w.Close();
            }
            EmitIndexedLookup(w, keyExpr);
            w.Close();
            w.Line();
            w.Line("/// <summary>Returns the row whose primary key (" + Literals.XmlDoc(keyNames) + ") has the given value.</summary>");
            w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No row has that key.</exception>");
            w.Line("public static " + type + " Get(" + parameters + ") => TryGet(" + string.Join(", ", keyFields.Select(f => Identifiers.ParameterName(f.PropertyName))) + ", out " + type + "? row) ? row : throw new global::System.Collections.Generic.KeyNotFoundException(\"No row of '" + Literals.String(table.Name).Trim('"') + "' has " + Literals.String(keyNames).Trim('"') + " '\" + " + keyExpr + " + \"'.\");");
            w.Line();
            // A nested class so the dictionary is built on first lookup only, thread-safely by the type initialiser.
            w.Open("private static class __KeyIndex");
            // Maps keys to row numbers, so a lookup builds only the record it returns.
            w.Line("internal static readonly global::System.Collections.Generic.Dictionary<" + keyType + ", int> Rows = Build();");
            w.Line();
            // Runs once over every row, so tiered compilation never promotes it. For a large table it is compiled
            // optimised from the start: run unoptimised, the index of 10,000 rows made the first answer 36 ms instead of
            // 20 ms. For a small one the optimising compile costs more than it saves (measured 2026-12-04).
            if (rows.Count > OptimisedIndexRows) w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]");
            w.Open("private static global::System.Collections.Generic.Dictionary<" + keyType + ", int> Build()");
            w.Line("var rows = new global::System.Collections.Generic.Dictionary<" + keyType + ", int>(" + rowCount + (keyFields.Count == 1 && FieldTypes.IsText(keyFields[0].Type) ? ", global::System.StringComparer.Ordinal" : string.Empty) + ");");
            w.Line("for (int i = 0; i < " + rowCount + "; i++) rows[" + rowKey + "] = i;");
            w.Line("return rows;");
            w.Close();
            w.Close();
        }

        private static void EmitIndexedLookup(SourceWriter w, string keyExpr)
        {
            w.Open("if (__KeyIndex.Rows.TryGetValue(" + keyExpr + ", out int index))");
            w.Line("row = __rows[index];");
            w.Line("return true;");
            w.Close();
            w.Line("row = null;");
            w.Line("return false;");
        }

        private static void EmitRowProperties(SourceWriter w, TableSpec table, RowList rows, RowProperties properties)
        {
            if (properties.Names.Count == 0) return;
            string keyName = table.PrimaryKey[0];
            int titleIndex = TitleFieldIndex(table);
            foreach ((int r, string key) in properties.Names)
            {
                string? title = titleIndex >= 0 ? rows[r].Cells[titleIndex].Text : null;
                w.Line();
                w.Line("/// <summary>The row with " + Literals.XmlDoc(keyName) + " '" + Literals.XmlDoc(key) + "'" + (title is null ? "." : ": " + Literals.XmlDoc(title)) + "</summary>");
                w.Line("public static " + table.TypeName + " " + key + " => __rows[" + r.ToString(CultureInfo.InvariantCulture) + "];");
            }
        }

        /// <summary>A human label for row docs: the first string field called title or name, if any.</summary>
        private static int TitleFieldIndex(TableSpec table)
        {
            for (int i = 0; i < table.Fields.Count; i++)
            {
                if (table.Fields[i].Type == FieldType.String && table.Fields[i].Enum is null && (table.Fields[i].Name == "title" || table.Fields[i].Name == "name")) return i;
            }
            return -1;
        }

        private static void EmitReverseLookup(SourceWriter w, TableSpec table, ForeignKeySpec fk, EmitOptions options, bool compact, string rowCount, string ns)
        {
            if (fk.ReverseName.Length == 0) return;
            FieldSpec field = table.Field(fk.FieldName);
            List<FieldSpec> keyFields = fk.Fields.Select(table.Field).ToList();
            string type = table.TypeName;
            // A composite key is one value tuple (ValueTuple compares strings ordinally by default).
            string keyType = fk.IsList ? "string" : fk.IsComposite ? "(" + string.Join(", ", keyFields.Select(f => TypeMapping.ScalarType(f, options))) + ")" : TypeMapping.ScalarType(field, options);
            string list = "global::System.Collections.Generic.IReadOnlyList<" + type + ">";
            string comparer = !fk.IsComposite && (FieldTypes.IsText(field.Type) || fk.IsList) ? "global::System.StringComparer.Ordinal" : string.Empty;
            string holder = fk.LookupMethodName + "Index";
            w.Line();
            w.Line("/// <summary>Rows whose '" + Literals.XmlDoc(fk.FieldsText) + "' is the given key, in file order; used by the referenced record's navigation.</summary>");
            w.Line("internal static " + list + " " + fk.LookupMethodName + "(" + keyType + " key) => "
                + holder + ".Rows.TryGetValue(key, out " + list + "? rows) ? rows : global::System.Array.Empty<" + type + ">();");
            w.Line();
            w.Open("private static class " + holder);
            w.Line("internal static readonly global::System.Collections.Generic.Dictionary<" + keyType + ", " + list + "> Rows = Build();");
            w.Line();
            w.Open("private static global::System.Collections.Generic.Dictionary<" + keyType + ", " + list + "> Build()");
            w.Line("var lists = new global::System.Collections.Generic.Dictionary<" + keyType + ", global::System.Collections.Generic.List<int>>(" + comparer + ");");
            w.Open("for (int i = 0; i < " + rowCount + "; i++)");
            if (fk.IsList)
            {
                // Every key the row lists; a key listed twice in one row still lists the row once.
                w.Line("if (All[i]." + field.PropertyName + " is not global::System.Collections.Generic.IReadOnlyList<string> keys) continue;");
                w.Open("foreach (string key in keys)");
                w.Line("if (!lists.TryGetValue(key, out global::System.Collections.Generic.List<int>? list)) lists[key] = list = new global::System.Collections.Generic.List<int>();");
                w.Line("if (list.Count == 0 || list[list.Count - 1] != i) list.Add(i);");
                w.Close();
            }
            else if (fk.IsComposite)
            {
                // A row with any field of the key empty refers to nothing and is listed nowhere.
                for (int k = 0; k < keyFields.Count; k++)
                {
                    string part = compact ? CompactRows.NullableFieldExpression(table, keyFields[k], options, "t" + k.ToString(CultureInfo.InvariantCulture)) : "__rows[i]." + keyFields[k].PropertyName;
                    w.Line("if (" + part + " is not " + TypeMapping.ScalarType(keyFields[k], options) + " k" + k.ToString(CultureInfo.InvariantCulture) + ") continue;");
                }
                w.Line("var key = (" + string.Join(", ", keyFields.Select((_, k) => "k" + k.ToString(CultureInfo.InvariantCulture))) + ");");
                w.Line("if (!lists.TryGetValue(key, out global::System.Collections.Generic.List<int>? list)) lists[key] = list = new global::System.Collections.Generic.List<int>();");
                w.Line("list.Add(i);");
            }
            else
            {
                string value = compact ? CompactRows.NullableFieldExpression(table, field, options) : "__rows[i]." + field.PropertyName;
                w.Line("if (" + value + " is not " + keyType + " key) continue;");
                w.Line("if (!lists.TryGetValue(key, out global::System.Collections.Generic.List<int>? list)) lists[key] = list = new global::System.Collections.Generic.List<int>();");
                w.Line("list.Add(i);");
            }
            w.Close();
            w.Line("var result = new global::System.Collections.Generic.Dictionary<" + keyType + ", " + list + ">(lists.Count" + (comparer.Length > 0 ? ", " + comparer : string.Empty) + ");");
            // Views over row numbers: the records are built only when a list is read.
            w.Line("foreach (var pair in lists) result[pair.Key] = new global::" + ns + ".__DataPackageRowsAt<" + type + ">(All, pair.Value.ToArray());");
            w.Line("return result;");
            w.Close();
            w.Close();
        }
    }
}
