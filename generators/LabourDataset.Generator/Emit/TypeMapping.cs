using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>Table Schema types to C# types and literals. number maps to decimal so no printed digit is lost.</summary>
    internal static class TypeMapping
    {
        public static string ClrType(FieldType type, EmitOptions options) => type switch
        {
            FieldType.String => "string",
            FieldType.Integer => "long",
            FieldType.Number => "decimal",
            FieldType.Boolean => "bool",
            FieldType.Date => options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime",
            FieldType.Year => "int",
            _ => "global::System.Collections.Generic.IReadOnlyList<string>",
        };

        public static string PropertyType(FieldSpec field, EmitOptions options)
            => ClrType(field.Type, options) + (field.IsNullable ? "?" : string.Empty);

        public static string SchemaTypeName(FieldType type) => type switch
        {
            FieldType.String => "string",
            FieldType.Integer => "integer",
            FieldType.Number => "number",
            FieldType.Boolean => "boolean",
            FieldType.Date => "date",
            FieldType.Year => "year",
            _ => "array",
        };

        public static string Literal(FieldSpec field, CellValue cell, EmitOptions options)
        {
            FieldType type = field.Type;
            // A missing value in a required field has already failed the build with an LDS error; default! keeps the
            // generated file itself free of follow-on errors (null for a long) and warnings (CS8625).
            if (cell.IsNull) return field.IsNullable ? "null" : "default!";
            switch (type)
            {
                case FieldType.String: return Literals.String(cell.Text);
                case FieldType.Integer: return cell.Text + "L";
                case FieldType.Number: return cell.Text + "m";
                case FieldType.Boolean:
                case FieldType.Year: return cell.Text!;
                case FieldType.Date:
                    {
                        string t = cell.Text!;
                        string args = int.Parse(t.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + ", " + int.Parse(t.Substring(5, 2), System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + ", " + int.Parse(t.Substring(8, 2), System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        return "new " + ClrType(FieldType.Date, options) + "(" + args + ")";
                    }
                default:
                    return cell.Items.Count == 0
                        ? "global::System.Array.Empty<string>()"
                        : "new string[] { " + string.Join(", ", cell.Items.Select(Literals.String)) + " }";
            }
        }

        /// <summary>An expression that formats a property for ToString without depending on the current culture.</summary>
        public static string InvariantText(FieldSpec field, string access)
        {
            const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            string q = field.IsNullable ? "?" : string.Empty;
            return field.Type switch
            {
                FieldType.String => access,
                FieldType.Boolean => field.IsNullable ? "(" + access + " is null ? null : " + access + ".Value ? \"true\" : \"false\")" : "(" + access + " ? \"true\" : \"false\")",
                FieldType.Date => access + q + ".ToString(\"yyyy-MM-dd\", " + Invariant + ")",
                FieldType.StringArray => "(" + access + " is null ? null : \"[\" + string.Join(\", \", " + access + ") + \"]\")",
                _ => access + q + ".ToString(" + Invariant + ")",
            };
        }

        public static IEnumerable<FieldSpec> KeyFields(TableSpec table)
            => table.PrimaryKey.Select(table.Field);
    }
}
