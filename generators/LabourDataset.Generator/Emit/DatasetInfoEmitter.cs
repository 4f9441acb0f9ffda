using System.Linq;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// Emits DatasetInfo: package identity, sources, licences, content hash and every table's metadata, so generic tools
    /// walk every table without reflection. The metadata types themselves are run-time support code (DataPackageTypes.cs).
    /// </summary>
    internal static class DatasetInfoEmitter
    {
        /// <summary>The package content hash (see <see cref="Rows.ContentHash.OfPackage"/>); a missing file hashes as "missing".</summary>
        public static string ContentHash(DatasetInfoInput input)
            => Rows.ContentHash.OfPackage(input.DescriptorHash, input.Package.Tables.Select(table =>
                (table.Path, input.FileHashes.FirstOrDefault(h => h.ResourceName == table.Name)?.Hash ?? "missing")));

        public static string Emit(DatasetInfoInput input)
        {
            PackageSpec package = input.Package;
            var w = new SourceWriter();
            GeneratedFile.Header(w);
            w.Open("namespace " + package.Namespace);

            w.Line("/// <summary>Identity of the compiled data package: name, version, sources, licences and a content hash to pin the exact data.</summary>");
            w.Line(GeneratedFile.Attribute);
            w.Open("public static partial class DatasetInfo");
            // Properties, not constants: a const would be copied into consumers and go stale when the package is upgraded.
            // Nullable only when the package leaves them out (the spec makes both optional), so packages that have
            // them keep non-nullable properties.
            Property(w, package.Name is null ? "string?" : "string", "Name", Literals.String(package.Name), "The data package name" + (package.Name is null ? ", null because the descriptor gives none." : "."));
            Property(w, package.Version is null ? "string?" : "string", "Version", Literals.String(package.Version),
                "The data package version as written (usually SemVer); the NuGet package version of a library built from it" + (package.Version is null ? "; null because the descriptor gives none." : "."));
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
                    ForeignKeySpec? fk = table.ForeignKeys.FirstOrDefault(k => k.Fields.Contains(f.Name));
                    w.Line("new DataPackageField(" + Literals.String(f.Name) + ", " + Literals.String(f.PropertyName) + ", " + Literals.String(f.FallbackFrom ?? (f.ListDelimiter is null ? TypeMapping.SchemaTypeName(f.Type) : "list")) + ", "
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
            w.Close();
            return w.ToString();
        }

        private static void Property(SourceWriter w, string type, string name, string literal, string doc)
        {
            w.Line();
            w.Line("/// <summary>" + Literals.XmlDoc(doc) + "</summary>");
            w.Line("public static " + type + " " + name + " => " + literal + ";");
        }
    }
}
