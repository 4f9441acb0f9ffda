using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Model;
using LabourDataset.Generator.Naming;

namespace LabourDataset.Generator.Emit
{
    /// <summary>Emits the immutable record of one resource, with foreign-key navigation in both directions.</summary>
    internal static class RecordEmitter
    {
        public static string Emit(RecordInput input)
        {
            TableSpec table = input.Table;
            EmitOptions options = input.Options;
            var w = new SourceWriter();
            GeneratedFile.Header(w);
            w.Open("namespace " + input.Namespace);
            w.Line("/// <summary>A row of the '" + Literals.XmlDoc(table.Name) + "' resource" + GeneratedFile.DocSuffix(table.Title ?? table.Description) + "</summary>");
            w.Line(GeneratedFile.Attribute);
            w.Open("public sealed partial record " + table.TypeName);

            // Internal: only the generated collection creates rows, so a data release that adds a field changes no public
            // signature and consumers compiled against the previous release keep working (package validation checks it).
            w.Line("/// <summary>Creates a row of '" + Literals.XmlDoc(table.Name) + "'.</summary>");
            foreach (FieldSpec field in table.Fields)
            {
                w.Line("/// <param name=\"" + Identifiers.ParameterName(field.PropertyName).TrimStart('@') + "\">" + Literals.XmlDoc(field.Description ?? field.Name) + "</param>");
            }
            w.Line("internal " + table.TypeName + "(" + string.Join(", ", table.Fields.Select(f => TypeMapping.PropertyType(f, options) + " " + Identifiers.ParameterName(f.PropertyName))) + ")");
            w.Line("{");
            w.Indent();
            foreach (FieldSpec field in table.Fields) w.Line("this." + field.PropertyName + " = " + Identifiers.ParameterName(field.PropertyName) + ";");
            w.Unindent();
            w.Line("}");

            foreach (FieldSpec field in table.Fields)
            {
                w.Line();
                w.Line("/// <summary>" + (field.Description is null ? "Field '" + Literals.XmlDoc(field.Name) + "'." : Literals.XmlDoc(field.Description)) + "</summary>");
                w.Line("/// <remarks>Field '" + Literals.XmlDoc(field.Name) + "', type " + (field.FallbackFrom is null ? TypeMapping.SchemaTypeName(field.Type) : field.FallbackFrom + " (read as text)") + (field.IsNullable ? ", optional" : ", required") + ".</remarks>");
                w.Line("public " + TypeMapping.PropertyType(field, options) + " " + field.PropertyName + " { get; init; }");
            }

            foreach (ForeignKeySpec fk in table.ForeignKeys.Where(k => k.IsList))
            {
                FieldSpec field = table.Field(fk.FieldName);
                string list = "global::System.Collections.Generic.IReadOnlyList<" + fk.TargetTypeName + ">";
                w.Line();
                w.Line("/// <summary>The rows of '" + Literals.XmlDoc(fk.TargetResource) + "' that <see cref=\"" + field.PropertyName + "\"/> lists, in its order; empty when it is empty.</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                w.Open("public " + list + " " + fk.NavigationName);
                w.Open("get");
                w.Line("if (" + field.PropertyName + " is null || " + field.PropertyName + ".Count == 0) return global::System.Array.Empty<" + fk.TargetTypeName + ">();");
                w.Line("var rows = new " + fk.TargetTypeName + "[" + field.PropertyName + ".Count];");
                w.Line("for (int i = 0; i < rows.Length; i++) rows[i] = global::" + input.Namespace + "." + fk.TargetCollectionName + ".Get(" + field.PropertyName + "[i]);");
                w.Line("return rows;");
                w.Close();
                w.Close();
            }

            foreach (ForeignKeySpec fk in table.ForeignKeys.Where(k => k.IsComposite))
            {
                // Null when any field of the key is empty: a partial key refers to nothing (the spec's rule for nulls).
                List<FieldSpec> fields = fk.KeyOrderFields.Select(table.Field).ToList();
                string nullCheck = string.Join(" || ", fields.Where(f => f.IsNullable).Select(f => f.PropertyName + " is null"));
                string arguments = string.Join(", ", fields.Select(f => f.PropertyName + (f.IsNullable && !FieldTypes.IsReference(f.Type) ? ".Value" : string.Empty)));
                w.Line();
                w.Line("/// <summary>The row of '" + Literals.XmlDoc(fk.TargetResource) + "' whose key (" + Literals.XmlDoc(fk.TargetFieldsText) + ") is this row's " + Literals.XmlDoc(fk.FieldsText)
                    + (nullCheck.Length > 0 ? ", or null when any of them is empty" : string.Empty) + ".</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                w.Line("public " + fk.TargetTypeName + (nullCheck.Length > 0 ? "?" : string.Empty) + " " + fk.NavigationName + " => "
                    + (nullCheck.Length > 0 ? nullCheck + " ? null : " : string.Empty) + "global::" + input.Namespace + "." + fk.TargetCollectionName + ".Get(" + arguments + ");");
            }

            foreach (ForeignKeySpec fk in table.ForeignKeys.Where(k => !k.IsList && !k.IsComposite))
            {
                FieldSpec field = table.Field(fk.FieldName);
                w.Line();
                w.Line("/// <summary>The row of '" + Literals.XmlDoc(fk.TargetResource) + "' that <see cref=\"" + field.PropertyName + "\"/> refers to" + (field.IsNullable ? ", or null when it is empty" : string.Empty) + ".</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                string lookup = "global::" + input.Namespace + "." + fk.TargetCollectionName + ".Get(" + field.PropertyName + (field.IsNullable && !FieldTypes.IsReference(field.Type) ? ".Value" : string.Empty) + ")";
                w.Line("public " + fk.TargetTypeName + (field.IsNullable ? "?" : string.Empty) + " " + fk.NavigationName + " => "
                    + (field.IsNullable ? field.PropertyName + " is null ? null : " : string.Empty) + lookup + ";");
            }

            foreach (ReverseLinkSpec link in table.ReverseLinks)
            {
                // A composite key is looked up as one tuple, in the order of this table's primary key.
                List<FieldSpec> keys = TypeMapping.KeyFields(table).ToList();
                string key = keys.Count == 1 ? keys[0].PropertyName : "(" + string.Join(", ", keys.Select(k => k.PropertyName)) + ")";
                w.Line();
                w.Line("/// <summary>Rows of '" + Literals.XmlDoc(link.ChildResource) + "' whose '" + Literals.XmlDoc(link.ChildFieldName) + "' refers to this row, in file order.</summary>");
                if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + link.ChildTypeName + "> " + link.PropertyName + " => global::" + input.Namespace + "." + link.ChildCollectionName + "." + link.LookupMethodName + "(" + key + ");");
            }

            // Prints fields only: navigation properties would recurse through the whole graph.
            w.Line();
            w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
            for (int i = 0; i < table.Fields.Count; i++)
            {
                FieldSpec field = table.Fields[i];
                w.Line("builder.Append(\"" + (i > 0 ? ", " : string.Empty) + field.PropertyName + " = \").Append(" + TypeMapping.InvariantText(field, "this." + field.PropertyName, options) + ");");
            }
            w.Line("return true;");
            w.Close();

            w.Close();
            w.Close();
            return w.ToString();
        }
    }
}
