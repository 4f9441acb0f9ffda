using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// Emits DatasetInfo (package identity, sources, licences, content hash) and the small metadata types that let
    /// generic tools walk every table without reflection.
    /// </summary>
    internal static class DatasetInfoEmitter
    {
        /// <summary>
        /// SHA-256 over lines "datapackage.json:&lt;hash&gt;" and "&lt;resource path&gt;:&lt;hash&gt;" (package order, '\n'-terminated),
        /// where each hash is the SHA-256 of that file's canonical content (see TableParser.CanonicalHash).
        /// </summary>
        public static string ContentHash(DatasetInfoInput input)
        {
            var sb = new StringBuilder();
            sb.Append("datapackage.json:").Append(input.DescriptorHash).Append('\n');
            foreach (TableSpec table in input.Package.Tables)
            {
                string hash = input.FileHashes.FirstOrDefault(h => h.ResourceName == table.Name)?.Hash ?? "missing";
                sb.Append(table.Path).Append(':').Append(hash).Append('\n');
            }
            using var sha = SHA256.Create();
            byte[] bytes = sha.ComputeHash(new UTF8Encoding(false).GetBytes(sb.ToString()));
            return string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        public static string Emit(DatasetInfoInput input)
        {
            PackageSpec package = input.Package;
            var w = new SourceWriter();
            RecordEmitter.FileHeader(w);
            w.Open("namespace " + package.Namespace);

            w.Line("/// <summary>Identity of the compiled data package: name, version, sources, licences and a content hash to pin the exact data.</summary>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Open("public static partial class DatasetInfo");
            // Properties, not constants: a const would be copied into consumers and go stale when the package is upgraded.
            Property(w, "string", "Name", Literals.String(package.Name), "The data package name.");
            Property(w, "string", "Version", Literals.String(package.Version), "The data package version (SemVer); the NuGet package version of a library built from it.");
            Property(w, "string?", "Title", Literals.String(package.Title), "The data package title.");
            Property(w, "string?", "Description", Literals.String(package.Description), "The data package description.");
            Property(w, "string", "ContentHash", Literals.String(ContentHash(input)),
                "SHA-256 (lower-case hex) over the SHA-256 of datapackage.json and of every resource file, each taken over UTF-8 text without BOM and with '\\n' line endings.");
            w.Line();
            w.Line("/// <summary>Sources the package declares.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<DataPackageSource> Sources { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<DataPackageSource>(new DataPackageSource[]");
            w.Line("{");
            w.Indent();
            foreach (PackageSource s in package.Sources) w.Line("new DataPackageSource(" + Literals.String(s.Title) + ", " + Literals.String(s.Path) + ", " + Literals.String(s.Version) + "),");
            w.Unindent();
            w.Line("});");
            w.Line();
            w.Line("/// <summary>Licences the package declares.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<DataPackageLicense> Licenses { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<DataPackageLicense>(new DataPackageLicense[]");
            w.Line("{");
            w.Indent();
            foreach (PackageLicense l in package.Licenses) w.Line("new DataPackageLicense(" + Literals.String(l.Name) + ", " + Literals.String(l.Path) + ", " + Literals.String(l.Title) + "),");
            w.Unindent();
            w.Line("});");
            w.Line();
            w.Line("/// <summary>Every table (resource) of the package, in descriptor order, with its fields and rows.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<DataPackageTable> Tables { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<DataPackageTable>(new DataPackageTable[]");
            w.Line("{");
            w.Indent();
            foreach (TableSpec table in package.Tables)
            {
                w.Line("new DataPackageTable(" + Literals.String(table.Name) + ", " + Literals.String(table.Path) + ", " + Literals.String(table.Title) + ", " + Literals.String(table.Description) + ", " + Literals.String(table.TypeName) + ",");
                w.Indent();
                w.Line("new DataPackageField[]");
                w.Line("{");
                w.Indent();
                foreach (FieldSpec f in table.Fields)
                {
                    ForeignKeySpec? fk = table.ForeignKeys.FirstOrDefault(k => k.FieldName == f.Name);
                    w.Line("new DataPackageField(" + Literals.String(f.Name) + ", " + Literals.String(f.PropertyName) + ", " + Literals.String(TypeMapping.SchemaTypeName(f.Type)) + ", "
                        + Literals.String(f.Description) + ", " + (f.Constraints.Required ? "true" : "false") + ", " + Literals.String(fk?.TargetResource) + "),");
                }
                w.Unindent();
                w.Line("},");
                w.Line("new string[] { " + string.Join(", ", table.PrimaryKey.Select(Literals.String)) + " },");
                string qualified = "global::" + package.Namespace + ".";
                w.Line("() => " + qualified + table.CollectionName + ".All,");
                w.Line("row => " + qualified + table.CollectionName + ".__GetValues((" + qualified + table.TypeName + ")row)),");
                w.Unindent();
            }
            w.Unindent();
            w.Line("});");
            w.Line();
            w.Line("/// <summary>Finds a table by its resource name (ordinal comparison); null when there is none.</summary>");
            w.Line("public static DataPackageTable? FindTable(string name) => global::System.Linq.Enumerable.FirstOrDefault(Tables, t => string.Equals(t.Name, name, global::System.StringComparison.Ordinal));");
            w.Close();

            EmitSupportTypes(w);
            w.Close();
            return w.ToString();
        }

        private static void Property(SourceWriter w, string type, string name, string literal, string doc)
        {
            w.Line();
            w.Line("/// <summary>" + Literals.XmlDoc(doc) + "</summary>");
            w.Line("public static " + type + " " + name + " => " + literal + ";");
        }

        private static void EmitSupportTypes(SourceWriter w)
        {
            w.Line();
            w.Line("/// <summary>A read-only view of some rows of a table, by row number; used by reverse navigation.</summary>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Open("internal sealed class __DataPackageRowsAt<T> : global::System.Collections.Generic.IReadOnlyList<T>");
            w.Line("private readonly global::System.Collections.Generic.IReadOnlyList<T> _rows;");
            w.Line("private readonly int[] _indices;");
            w.Line();
            w.Open("internal __DataPackageRowsAt(global::System.Collections.Generic.IReadOnlyList<T> rows, int[] indices)");
            w.Line("_rows = rows;");
            w.Line("_indices = indices;");
            w.Close();
            w.Line();
            w.Line("public int Count => _indices.Length;");
            w.Line();
            w.Line("public T this[int index] => _rows[_indices[index]];");
            w.Line();
            w.Open("public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()");
            w.Line("foreach (int index in _indices) yield return _rows[index];");
            w.Close();
            w.Line();
            w.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
            w.Close();
            w.Line();
            w.Line("/// <summary>A source declared in datapackage.json.</summary>");
            w.Line("/// <param name=\"Title\">Title of the source.</param>");
            w.Line("/// <param name=\"Path\">URL or path of the source, if given.</param>");
            w.Line("/// <param name=\"Version\">Version of the source, if given.</param>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Line("public sealed record DataPackageSource(string Title, string? Path, string? Version);");
            w.Line();
            w.Line("/// <summary>A licence declared in datapackage.json.</summary>");
            w.Line("/// <param name=\"Name\">SPDX identifier or name of the licence.</param>");
            w.Line("/// <param name=\"Path\">URL of the licence text, if given.</param>");
            w.Line("/// <param name=\"Title\">Human title, if given.</param>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Line("public sealed record DataPackageLicense(string Name, string? Path, string? Title);");
            w.Line();
            w.Line("/// <summary>A field of a table schema.</summary>");
            w.Line("/// <param name=\"Name\">Field name in the data.</param>");
            w.Line("/// <param name=\"PropertyName\">Name of the generated C# property.</param>");
            w.Line("/// <param name=\"Type\">Table Schema type (string, integer, number, boolean, date, year, array).</param>");
            w.Line("/// <param name=\"Description\">Field description, if given.</param>");
            w.Line("/// <param name=\"Required\">Whether every row must have a value.</param>");
            w.Line("/// <param name=\"ForeignKeyResource\">The resource this field refers to, if it is a foreign key.</param>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Line("public sealed record DataPackageField(string Name, string PropertyName, string Type, string? Description, bool Required, string? ForeignKeyResource);");
            w.Line();
            w.Line("/// <summary>A table of the package: schema and rows, for tools that work on any table.</summary>");
            w.Line(RecordEmitter.GeneratedCode);
            w.Open("public sealed class DataPackageTable");
            w.Line("private readonly global::System.Func<global::System.Collections.Generic.IEnumerable<object>> _rows;");
            w.Line("private readonly global::System.Func<object, object?[]> _values;");
            w.Line();
            w.Line("internal DataPackageTable(string name, string path, string? title, string? description, string rowTypeName, DataPackageField[] fields, string[] primaryKey, global::System.Func<global::System.Collections.Generic.IEnumerable<object>> rows, global::System.Func<object, object?[]> values)");
            w.Line("{");
            w.Indent();
            w.Line("Name = name;");
            w.Line("Path = path;");
            w.Line("Title = title;");
            w.Line("Description = description;");
            w.Line("RowTypeName = rowTypeName;");
            w.Line("Fields = new global::System.Collections.ObjectModel.ReadOnlyCollection<DataPackageField>(fields);");
            w.Line("PrimaryKey = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(primaryKey);");
            w.Line("_rows = rows;");
            w.Line("_values = values;");
            w.Unindent();
            w.Line("}");
            foreach (var (type, name, doc) in new[]
            {
                ("string", "Name", "Resource name."),
                ("string", "Path", "Path of the data file, relative to datapackage.json."),
                ("string?", "Title", "Resource title, if given."),
                ("string?", "Description", "Resource description, if given."),
                ("string", "RowTypeName", "Name of the generated record type."),
                ("global::System.Collections.Generic.IReadOnlyList<DataPackageField>", "Fields", "Fields in schema order."),
                ("global::System.Collections.Generic.IReadOnlyList<string>", "PrimaryKey", "Names of the primary-key fields."),
            })
            {
                w.Line();
                w.Line("/// <summary>" + doc + "</summary>");
                w.Line("public " + type + " " + name + " { get; }");
            }
            w.Line();
            w.Line("/// <summary>The typed rows (records), in file order.</summary>");
            w.Line("public global::System.Collections.Generic.IEnumerable<object> Rows => _rows();");
            w.Line();
            w.Line("/// <summary>The values of a row of this table, in the order of <see cref=\"Fields\"/>.</summary>");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<object?> GetValues(object row) => _values(row);");
            w.Close();
        }
    }
}
