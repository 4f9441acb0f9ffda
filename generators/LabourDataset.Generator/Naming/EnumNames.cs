using System;
using System.Collections.Generic;
using System.Globalization;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Naming
{
    /// <summary>
    /// Member names of a generated C# enum, one per allowed value, in the declared order. A value is PascalCased like any
    /// other name ("in-force" becomes InForce); a value with no letter or digit, or one that would repeat an earlier
    /// member, gets a predictable substitute and an LDS0135 note, while the value itself stays exactly as written.
    /// </summary>
    internal static class EnumNames
    {
        public static EquatableArray<EnumMemberSpec> Members(string typeName, DeclaredField field, string resourceName, FileDiagnostics diagnostics)
        {
            var members = new EnumMemberSpec[field.Constraints.Enum.Count];
            var taken = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < members.Length; i++)
            {
                string value = field.Constraints.Enum[i];
                string name = Identifiers.ToPascalCase(value);
                string? reason = null;
                if (name == "_")
                {
                    name = value.Length == 0 ? "Empty" : "Value" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    reason = value.Length == 0 ? "it is empty" : "it has no letter or digit";
                }
                else if (name == typeName)
                {
                    name += "Value";
                    reason = "a member cannot have its enum's name";
                }
                if (!taken.Add(name))
                {
                    string first = name;
                    for (int n = 2; !taken.Add(name = first + "_" + n.ToString(CultureInfo.InvariantCulture)); n++) { }
                    reason = "an earlier value already became '" + first + "'";
                }
                if (reason is not null) diagnostics.Report(DiagnosticDescriptors.EnumMemberAdjusted, field.Enum!.Location, value, field.Name, resourceName, name, reason);
                members[i] = new EnumMemberSpec(value, name, field.Enum!.Labels.TryGetValue(value, out string? label) ? label : null);
            }
            return new EquatableArray<EnumMemberSpec>(members);
        }
    }
}
