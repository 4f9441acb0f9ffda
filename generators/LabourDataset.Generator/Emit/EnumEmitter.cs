using System.Linq;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// Emits the C# enum of a field with closed values, and beside it a static class that turns each member back into
    /// the text written in the data (ToValue), its v2 category label (ToLabel), and text into a member (TryParse, Parse).
    /// Members are numbered in declared order, so comparing two values follows the schema's order. Where
    /// System.Text.Json is referenced, the enum carries a converter that reads and writes the data's text, so a
    /// serialised record shows "in-force", not 1 or "InForce".
    /// </summary>
    internal static class EnumEmitter
    {
        /// <summary>The member name of a value the constraint check has already accepted.</summary>
        public static string MemberOf(EnumSpec spec, string value) => spec.Members[spec.IndexOf(value)].MemberName;

        public static string Emit(EnumSpec spec, string ns, EmitOptions options)
        {
            string type = spec.TypeName;
            string where = "field '" + Literals.XmlDoc(spec.FieldName) + "' of resource '" + Literals.XmlDoc(spec.ResourceName) + "'";
            var w = new SourceWriter();
            GeneratedFile.Header(w);
            w.Open("namespace " + ns);
            w.Line("/// <summary>The allowed values of " + where + (spec.Ordered ? ", an ordered scale" : string.Empty) + ", in declared order. ToValue() gives the text written in the data.</summary>");
            w.Line(GeneratedFile.Attribute);
            if (options.HasJsonIgnore) w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(global::" + ns + ".__" + type + "JsonConverter))]");
            w.Open("public enum " + type);
            for (int i = 0; i < spec.Members.Count; i++)
            {
                EnumMemberSpec member = spec.Members[i];
                w.Line("/// <summary>'" + Literals.XmlDoc(member.Value) + "'" + (member.Label is null ? "." : ": " + Literals.XmlDoc(member.Label)) + "</summary>");
                w.Line(member.MemberName + " = " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
            }
            w.Close();

            w.Line();
            w.Line("/// <summary>The data's text of each <see cref=\"" + type + "\"/> value, and parsing it back.</summary>");
            w.Line(GeneratedFile.Attribute);
            w.Open("public static class " + type + "Values");
            w.Line("/// <summary>Every value, in declared order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + type + "> All { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<" + type + ">(new " + type + "[] { "
                + string.Join(", ", spec.Members.Select(m => type + "." + m.MemberName)) + " });");
            w.Line();
            w.Line("/// <summary>The value as written in the data (for example '" + Literals.XmlDoc(spec.Members[0].Value) + "' for " + spec.Members[0].MemberName + ").</summary>");
            Switch(w, "public static string ToValue(this " + type + " value)", spec, m => Literals.String(m.Value));
            w.Line();
            w.Line("/// <summary>The category label the data package gives the value, or the value itself when it gives none.</summary>");
            if (spec.Members.Any(m => m.Label is not null)) Switch(w, "public static string ToLabel(this " + type + " value)", spec, m => Literals.String(m.Label ?? m.Value));
            else w.Line("public static string ToLabel(this " + type + " value) => value.ToValue();");
            w.Line();
            w.Line("/// <summary>The member whose data text is <paramref name=\"value\"/> (ordinal comparison).</summary>");
            w.Line("/// <returns>True when <paramref name=\"value\"/> is one of the allowed values.</returns>");
            w.Open("public static bool TryParse(string? value, out " + type + " result)");
            w.Open("switch (value)");
            foreach (EnumMemberSpec member in spec.Members) w.Line("case " + Literals.String(member.Value) + ": result = " + type + "." + member.MemberName + "; return true;");
            w.Close();
            w.Line("result = default;");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The member whose data text is <paramref name=\"value\"/>.</summary>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">It is not one of the allowed values.</exception>");
            string allowed = string.Join(", ", spec.Members.Select(m => m.Value));
            w.Line("public static " + type + " Parse(string value) => TryParse(value, out " + type + " result) ? result : throw new global::System.ArgumentException("
                + Literals.String("'") + " + value + " + Literals.String("' is not an allowed value of field '" + spec.FieldName + "' of resource '" + spec.ResourceName + "' (" + allowed + ").") + ", nameof(value));");
            w.Close();

            if (options.HasJsonIgnore)
            {
                w.Line();
                w.Line("/// <summary>Reads and writes <see cref=\"" + type + "\"/> as the data's text.</summary>");
                w.Line(GeneratedFile.Attribute);
                w.Open("internal sealed class __" + type + "JsonConverter : global::System.Text.Json.Serialization.JsonConverter<" + type + ">");
                w.Line("public override " + type + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
                w.Line("    => " + type + "Values.TryParse(reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null, out " + type + " result) ? result : throw new global::System.Text.Json.JsonException("
                    + Literals.String("Expected one of: " + allowed + ".") + ");");
                w.Line();
                w.Line("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + type + " value, global::System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(value.ToValue());");
                w.Close();
            }
            w.Close();
            return w.ToString();
        }

        private static void Switch(SourceWriter w, string signature, EnumSpec spec, System.Func<EnumMemberSpec, string> text)
        {
            w.Line(signature + " => value switch");
            w.Line("{");
            w.Indent();
            foreach (EnumMemberSpec member in spec.Members) w.Line(spec.TypeName + "." + member.MemberName + " => " + text(member) + ",");
            // Only a value cast from a number outside the enum gets here; it prints as that number, as Enum.ToString would.
            w.Line("_ => value.ToString(),");
            w.Unindent();
            w.Line("};");
        }
    }
}
