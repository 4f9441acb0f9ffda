using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace LabourDataset.Generator.Naming
{
    /// <summary>
    /// Turns data-package names into C# identifiers predictably: split on anything that is not a letter or digit and
    /// on lower-to-upper case changes, capitalise each part (invariant culture, so 'i' never becomes a dotted 'İ').
    /// </summary>
    internal static class Identifiers
    {
        public static string ToPascalCase(string name)
        {
            var sb = new StringBuilder(name.Length);
            bool startOfWord = true;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!IsIdentifierPart(c))
                {
                    startOfWord = true;
                    continue;
                }
                if (startOfWord)
                {
                    sb.Append(char.ToUpperInvariant(c));
                    startOfWord = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            string result = sb.ToString();
            if (result.Length == 0) return "_";
            if (!SyntaxFacts.IsIdentifierStartCharacter(result[0])) result = "_" + result;
            return result;
        }

        /// <summary>Letters and digits (any script) are kept; underscores separate words like other punctuation.</summary>
        private static bool IsIdentifierPart(char c)
        {
            if (c == '_') return false;
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            return cat == UnicodeCategory.UppercaseLetter || cat == UnicodeCategory.LowercaseLetter || cat == UnicodeCategory.TitlecaseLetter
                || cat == UnicodeCategory.ModifierLetter || cat == UnicodeCategory.OtherLetter || cat == UnicodeCategory.DecimalDigitNumber;
        }

        /// <summary>True when <paramref name="text"/> can be used verbatim as a C# member name.</summary>
        public static bool IsSafeIdentifier(string text)
            => SyntaxFacts.IsValidIdentifier(text)
               && SyntaxFacts.GetKeywordKind(text) == SyntaxKind.None
               && SyntaxFacts.GetContextualKeywordKind(text) == SyntaxKind.None
               && !text.StartsWith("__", System.StringComparison.Ordinal);

        /// <summary>Simple English singular for type names: "instruments" -> "Instrument", "countries" -> "Country".</summary>
        public static string Singularize(string pascal)
        {
            if (pascal.EndsWith("ies", System.StringComparison.Ordinal) && pascal.Length > 3) return pascal.Substring(0, pascal.Length - 3) + "y";
            if (pascal.EndsWith("sses", System.StringComparison.Ordinal) || pascal.EndsWith("xes", System.StringComparison.Ordinal)
                || pascal.EndsWith("ches", System.StringComparison.Ordinal) || pascal.EndsWith("shes", System.StringComparison.Ordinal))
            {
                return pascal.Substring(0, pascal.Length - 2);
            }
            if (pascal.EndsWith("ss", System.StringComparison.Ordinal) || pascal.EndsWith("us", System.StringComparison.Ordinal)) return pascal;
            if (pascal.EndsWith("s", System.StringComparison.Ordinal) && pascal.Length > 1) return pascal.Substring(0, pascal.Length - 1);
            return pascal;
        }

        /// <summary>Navigation name for a foreign-key field: "countryCode" -> "Country"; "citedIn" -> "CitedInSource".</summary>
        public static string NavigationName(string fieldPropertyName, string targetTypeName)
        {
            foreach (string suffix in new[] { "Code", "Id", "Key", "Ref" })
            {
                if (fieldPropertyName.Length > suffix.Length && fieldPropertyName.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    return fieldPropertyName.Substring(0, fieldPropertyName.Length - suffix.Length);
                }
            }
            return fieldPropertyName + targetTypeName;
        }

        /// <summary>Navigation name for a list of keys: "otherSourceIds" -> "OtherSources"; "partners" -> "PartnersOrganisations".</summary>
        public static string ListNavigationName(string fieldPropertyName, string targetTypeName)
        {
            foreach (string suffix in new[] { "Codes", "Ids", "Keys", "Refs" })
            {
                if (fieldPropertyName.Length > suffix.Length && fieldPropertyName.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    return fieldPropertyName.Substring(0, fieldPropertyName.Length - suffix.Length) + "s";
                }
            }
            return fieldPropertyName + targetTypeName + "s";
        }

        /// <summary>A constructor parameter for a property: camelCase, escaped with '@' when that is a keyword.</summary>
        public static string ParameterName(string propertyName)
        {
            string name = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
            return IsSafeIdentifier(name) ? name : "@" + name;
        }
    }
}
