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
            FieldType.Integer => "long",
            FieldType.Number => "decimal",
            FieldType.Boolean => "bool",
            FieldType.Date => options.HasDateOnly ? "global::System.DateOnly" : "global::System.DateTime",
            FieldType.Year => "int",
            FieldType.StringArray => "global::System.Collections.Generic.IReadOnlyList<string>",
            FieldType.DateTime => "global::System.DateTimeOffset",
            // TimeOnly came with DateOnly (.NET 6); before it, a time of day is a TimeSpan.
            FieldType.Time => options.HasDateOnly ? "global::System.TimeOnly" : "global::System.TimeSpan",
            FieldType.YearMonth => "DataPackageYearMonth",
            FieldType.GeoPoint => "DataPackageGeoPoint",
            _ => "string",
        };

        /// <summary>Canonical text of a datetime cell (round-trips with ParseExact) and of a time cell.</summary>
        public const string DateTimeFormat = "yyyy-MM-ddTHH:mm:ss.fffffffzzz";

        public const string TimeFormat = "HH:mm:ss.fffffff";

        public static string PropertyType(FieldSpec field, EmitOptions options)
            => (field.Enum?.TypeName ?? (field.Type == FieldType.StringArray ? ListType(field.ItemType, options) : ScalarType(field, options))) + (field.IsNullable ? "?" : string.Empty);

        /// <summary>The C# type of a scalar field's value (keys included): its type's, or BigInteger where the descriptor asks.</summary>
        public static string ScalarType(FieldSpec field, EmitOptions options) => field.BigInteger ? BigIntegerType : ClrType(field.Type, options);

        public const string BigIntegerType = "global::System.Numerics.BigInteger";

        /// <summary>The C# type of an array or list field: IReadOnlyList of its item type.</summary>
        public static string ListType(FieldType itemType, EmitOptions options) => "global::System.Collections.Generic.IReadOnlyList<" + ClrType(itemType, options) + ">";

        /// <summary>The field an item of an array or list field would be: its item type, never null.</summary>
        public static FieldSpec ItemField(FieldSpec field) => field with { Type = field.ItemType, Enum = null, ListDelimiter = null, Constraints = field.Constraints with { Required = true } };

        public static string SchemaTypeName(FieldType type) => type switch
        {
            FieldType.String => "string",
            FieldType.Integer => "integer",
            FieldType.Number => "number",
            FieldType.Boolean => "boolean",
            FieldType.Date => "date",
            FieldType.Year => "year",
            FieldType.StringArray => "array",
            FieldType.DateTime => "datetime",
            FieldType.Time => "time",
            FieldType.YearMonth => "yearmonth",
            FieldType.GeoPoint => "geopoint",
            FieldType.Duration => "duration",
            FieldType.Json => "object",
            FieldType.GeoJson => "geojson",
            _ => "any",
        };

        public static string Literal(FieldSpec field, CellValue cell, EmitOptions options)
        {
            FieldType type = field.Type;
            // A missing value in a required field has already failed the build with an LDS error; default! keeps the
            // generated file itself free of follow-on errors (null for a long) and warnings (CS8625).
            if (cell.IsNull) return field.IsNullable ? "null" : "default!";
            if (field.Enum is EnumSpec typed) return typed.TypeName + "." + EnumEmitter.MemberOf(typed, cell.Text!);
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            switch (type)
            {
                case FieldType.DateTime:
                    {
                        System.DateTimeOffset value = System.DateTimeOffset.ParseExact(cell.Text!, DateTimeFormat, culture);
                        return "new global::System.DateTimeOffset(" + value.Ticks.ToString(culture) + "L, new global::System.TimeSpan(" + value.Offset.Ticks.ToString(culture) + "L))";
                    }
                case FieldType.Time:
                    {
                        long ticks = System.DateTime.ParseExact(cell.Text!, TimeFormat, culture).TimeOfDay.Ticks;
                        return "new " + ClrType(FieldType.Time, options) + "(" + ticks.ToString(culture) + "L)";
                    }
                case FieldType.YearMonth:
                    return "new DataPackageYearMonth(" + int.Parse(cell.Text!.Substring(0, cell.Text.Length - 3), culture).ToString(culture) + ", " + int.Parse(cell.Text.Substring(cell.Text.Length - 2), culture).ToString(culture) + ")";
                case FieldType.GeoPoint:
                    {
                        string[] parts = cell.Text!.Split(',');
                        return "new DataPackageGeoPoint(" + parts[0] + "m, " + parts[1] + "m)";
                    }
                case FieldType.String:
                case FieldType.Duration:
                case FieldType.Json:
                case FieldType.GeoJson:
                case FieldType.Any: return Literals.String(cell.Text);
                case FieldType.Integer when field.BigInteger: return BigIntegerType + ".Parse(" + Literals.String(cell.Text) + ", global::System.Globalization.CultureInfo.InvariantCulture)";
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
                    {
                        string item = ClrType(field.ItemType, options);
                        FieldSpec itemField = ItemField(field);
                        return cell.Items.Count == 0
                            ? "global::System.Array.Empty<" + item + ">()"
                            : "new " + item + "[] { " + string.Join(", ", cell.Items.Select(i => Literal(itemField, CellValue.Scalar(i), options))) + " }";
                    }
            }
        }

        /// <summary>An expression that formats a property for ToString without depending on the current culture.</summary>
        public static string InvariantText(FieldSpec field, string access, EmitOptions options)
        {
            const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            string q = field.IsNullable ? "?" : string.Empty;
            if (field.Enum is not null) return access + q + ".ToValue()";
            return field.Type switch
            {
                FieldType.String or FieldType.Duration or FieldType.Json or FieldType.GeoJson or FieldType.Any => access,
                FieldType.DateTime => access + q + ".ToString(\"yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz\", " + Invariant + ")",
                FieldType.Time => access + q + ".ToString(" + (options.HasDateOnly ? "\"HH:mm:ss.FFFFFFF\"" : "\"c\"") + ", " + Invariant + ")",
                FieldType.YearMonth or FieldType.GeoPoint => access + q + ".ToString()",
                FieldType.Boolean => field.IsNullable ? "(" + access + " is null ? null : " + access + ".Value ? \"true\" : \"false\")" : "(" + access + " ? \"true\" : \"false\")",
                FieldType.Date => access + q + ".ToString(\"yyyy-MM-dd\", " + Invariant + ")",
                FieldType.StringArray when field.ItemType == FieldType.String => "(" + access + " is null ? null : \"[\" + string.Join(\", \", " + access + ") + \"]\")",
                FieldType.StringArray => "(" + access + " is null ? null : \"[\" + string.Join(\", \", global::System.Linq.Enumerable.Select(" + access + ", item => " + InvariantText(ItemField(field), "item", options) + ")) + \"]\")",
                _ => access + q + ".ToString(" + Invariant + ")",
            };
        }

        public static IEnumerable<FieldSpec> KeyFields(TableSpec table)
            => table.PrimaryKey.Select(table.Field);
    }
}
