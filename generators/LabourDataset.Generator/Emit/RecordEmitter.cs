using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>Emits the immutable record of one resource, with foreign-key navigation in both directions.</summary>
    internal static class RecordEmitter
    {
        public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"LabourDataset.Generator\", \"1.0.0\")]";

        public static string Emit(RecordInput input)
        {
            TableSpec table = input.Table;
            PackageSpec package = input.Package;
            EmitOptions options = input.Options;
            var w = new SourceWriter();
            FileHeader(w);
            w.Open("namespace " + package.Namespace);
            w.Line("/// <summary>A row of the '" + Literals.XmlDoc(table.Name) + "' resource" + DocSuffix(table.Title ?? table.Description) + "</summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial record " + table.TypeName);

            w.Line("/// <summary>Creates a row of '" + Literals.XmlDoc(table.Name) + "'.</summary>");
            foreach (FieldSpec field in table.Fields)
            {
                w.Line("/// <param name=\"" + TypeMapping.ParameterName(field.PropertyName).TrimStart('@') + "\">" + Literals.XmlDoc(field.Description ?? field.Name) + "</param>");
            }
            w.Line("public " + table.TypeName + "(" + string.Join(", ", table.Fields.Select(f => TypeMapping.PropertyType(f, options) + " " + TypeMapping.ParameterName(f.PropertyName))) + ")");
            w.Line("{");
            w.Indent();
            foreach (FieldSpec field in table.Fields) w.Line("this." + field.PropertyName + " = " + TypeMapping.ParameterName(field.PropertyName) + ";");
            w.Unindent();
            w.Line("}");

            foreach (FieldSpec field in table.Fields)
            {
                w.Line();
                w.Line("/// <summary>" + (field.Description is null ? "Field '" + Literals.XmlDoc(field.Name) + "'." : Literals.XmlDoc(field.Description)) + "</summary>");
                w.Line("/// <remarks>Field '" + Literals.XmlDoc(field.Name) + "', type " + TypeMapping.SchemaTypeName(field.Type) + (field.IsNullable ? ", optional" : ", required") + ".</remarks>");
                w.Line("public " + TypeMapping.PropertyType(field, options) + " " + field.PropertyName + " { get; init; }");
            }

            foreach (ForeignKeySpec fk in table.ForeignKeys)
            {
                TableSpec target = package.Tables.First(t => t.Name == fk.TargetResource);
                FieldSpec field = table.Fields.First(f => f.Name == fk.FieldName);
                w.Line();
                w.Line("/// <summary>The row of '" + Literals.XmlDoc(target.Name) + "' that <see cref=\"" + field.PropertyName + "\"/> refers to" + (field.IsNullable ? ", or null when it is empty" : string.Empty) + ".</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                string lookup = "global::" + package.Namespace + "." + target.CollectionName + ".Get(" + field.PropertyName + (field.IsNullable && field.Type != FieldType.String ? ".Value" : string.Empty) + ")";
                w.Line("public " + target.TypeName + (field.IsNullable ? "?" : string.Empty) + " " + fk.NavigationName + " => "
                    + (field.IsNullable ? field.PropertyName + " is null ? null : " : string.Empty) + lookup + ";");
            }

            foreach ((TableSpec child, ForeignKeySpec fk) in IncomingLinks(package, table))
            {
                FieldSpec childField = child.Fields.First(f => f.Name == fk.FieldName);
                FieldSpec key = TypeMapping.KeyFields(table).First();
                w.Line();
                w.Line("/// <summary>Rows of '" + Literals.XmlDoc(child.Name) + "' whose '" + Literals.XmlDoc(childField.Name) + "' refers to this row, in file order.</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + child.TypeName + "> " + fk.ReverseName + " => global::" + package.Namespace + "." + child.CollectionName + "." + fk.LookupMethodName + "(" + key.PropertyName + ");");
            }

            // Prints fields only: navigation properties would recurse through the whole graph.
            w.Line();
            w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
            for (int i = 0; i < table.Fields.Count; i++)
            {
                FieldSpec field = table.Fields[i];
                w.Line("builder.Append(\"" + (i > 0 ? ", " : string.Empty) + field.PropertyName + " = \").Append(" + TypeMapping.InvariantText(field, "this." + field.PropertyName) + ");");
            }
            w.Line("return true;");
            w.Close();

            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>Foreign keys of any table that point at <paramref name="target"/> and got a reverse name.</summary>
        public static IEnumerable<(TableSpec Child, ForeignKeySpec Key)> IncomingLinks(PackageSpec package, TableSpec target)
            => package.Tables.SelectMany(t => t.ForeignKeys.Select(k => (Child: t, Key: k)))
                .Where(x => x.Key.TargetResource == target.Name && x.Key.ReverseName.Length > 0);

        public static void FileHeader(SourceWriter w)
        {
            w.Line("// <auto-generated/>");
            w.Line("// Generated by LabourDataset.Generator from a Frictionless data package. Edit the data, not this file.");
            w.Line("#nullable enable");
            w.Line();
        }

        public static string DocSuffix(string? text) => string.IsNullOrWhiteSpace(text) ? "." : ": " + Literals.XmlDoc(text);
    }
}
