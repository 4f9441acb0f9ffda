using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>Table Schema constraints on one typed cell: enum, pattern, length and range.</summary>
    internal sealed class ConstraintChecker
    {
        private readonly TableSpec _table;
        private readonly RowDiagnostics _row;
        private readonly Regex?[] _patterns;
        private readonly Regex?[] _itemPatterns;

        public ConstraintChecker(TableSpec table, RowDiagnostics row)
        {
            _table = table;
            _row = row;
            // Compiled once per table; a timeout keeps a pathological pattern from hanging the compiler. Anchored at the
            // start and the very end of the text (\z, not $, which would also match before a final line break), as
            // XML Schema patterns, which Table Schema uses, match the whole value.
            _patterns = table.Fields.Select(f => Anchored(f.Constraints.Pattern)).ToArray();
            _itemPatterns = table.Fields.Select(f => Anchored(f.ItemConstraints?.Pattern)).ToArray();
        }

        private static Regex? Anchored(string? pattern) => pattern is null ? null : new Regex(@"\A(?:" + pattern + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>
        /// One item of an array or list field against its arrayItem constraints, by the item type: enum, pattern and
        /// length for strings, enum and range for numbers and years, range (ordinal on the canonical form) and enum for
        /// dates and times. <paramref name="item"/> is the item's canonical text; <paramref name="position"/> counts from 1.
        /// </summary>
        public void CheckItem(int fieldIndex, LocationInfo at, string item, int position)
        {
            FieldSpec field = _table.Fields[fieldIndex];
            if (field.ItemConstraints is not ConstraintsSpec c) return;
            string name = field.Name + " (item " + position.ToString(CultureInfo.InvariantCulture) + ")";
            switch (field.ItemType)
            {
                case FieldType.String:
                    CheckText(c, _itemPatterns[fieldIndex], name, at, item);
                    break;
                case FieldType.Integer:
                case FieldType.Number:
                case FieldType.Year:
                    CheckNumber(c, name, at, item, item);
                    break;
                case FieldType.Boolean:
                    if (c.Enum.Count > 0 && !c.Enum.Contains(item)) _row.Field(DiagnosticDescriptors.EnumViolation, at, name, item, string.Join(", ", c.Enum));
                    break;
                default:
                    CheckDate(c, name, at, item);
                    break;
            }
        }

        public void CheckString(int fieldIndex, LocationInfo node, string text)
        {
            FieldSpec field = _table.Fields[fieldIndex];
            CheckText(field.Constraints, _patterns[fieldIndex], field.Name, node, text);
            if (field.Format != StringFormat.Default && !MatchesFormat(field.Format, text))
            {
                _row.Field(DiagnosticDescriptors.FormatViolation, node, field.Name, text, FormatName(field.Format));
            }
        }

        /// <summary>enum, pattern and length: the constraints of a string cell, and of a string item of an array.</summary>
        private void CheckText(ConstraintsSpec c, Regex? pattern, string fieldName, LocationInfo node, string text)
        {
            if (c.Enum.Count > 0 && !c.Enum.Contains(text)) _row.Field(DiagnosticDescriptors.EnumViolation, node, fieldName, text, string.Join(", ", c.Enum));
            if (pattern is not null && !Matches(pattern, text)) _row.Field(DiagnosticDescriptors.PatternViolation, node, fieldName, text, c.Pattern!);
            if (c.MinLength is not null || c.MaxLength is not null) CheckLength(c, fieldName, node, new StringInfo(text).LengthInTextElements);
        }

        private static readonly Regex Email = new Regex(@"\A[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant);

        /// <summary>Table Schema string formats: email (an address shape), uri (absolute), uuid (8-4-4-4-12 hex), binary (base64).</summary>
        private static bool MatchesFormat(StringFormat format, string text)
        {
            switch (format)
            {
                case StringFormat.Email: return Email.IsMatch(text);
                case StringFormat.Uri: return Uri.TryCreate(text, UriKind.Absolute, out _);
                case StringFormat.Uuid: return Guid.TryParseExact(text, "D", out _);
                case StringFormat.Binary:
                    try
                    {
                        Convert.FromBase64String(text);
                        return true;
                    }
                    catch (FormatException)
                    {
                        return false;
                    }
                default: return true;
            }
        }

        private static string FormatName(StringFormat format) => format switch
        {
            StringFormat.Email => "an email address",
            StringFormat.Uri => "an absolute URI",
            StringFormat.Uuid => "a UUID (8-4-4-4-12 hexadecimal digits)",
            _ => "base64-encoded binary",
        };

        private static bool Matches(Regex pattern, string text)
        {
            try
            {
                return pattern.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        public void CheckLength(int fieldIndex, LocationInfo node, int length) => CheckLength(_table.Fields[fieldIndex].Constraints, _table.Fields[fieldIndex].Name, node, length);

        private void CheckLength(ConstraintsSpec c, string fieldName, LocationInfo node, int length)
        {
            string len = length.ToString(CultureInfo.InvariantCulture);
            if (c.MinLength is int min && length < min) _row.Field(DiagnosticDescriptors.LengthViolation, node, fieldName, len, "below", "minLength", min.ToString(CultureInfo.InvariantCulture));
            if (c.MaxLength is int max && length > max) _row.Field(DiagnosticDescriptors.LengthViolation, node, fieldName, len, "above", "maxLength", max.ToString(CultureInfo.InvariantCulture));
        }

        /// <param name="raw">The value as written, for messages; <paramref name="value"/> is its canonical form.</param>
        public void CheckNumber(int fieldIndex, LocationInfo node, string raw, string value) => CheckNumber(_table.Fields[fieldIndex].Constraints, _table.Fields[fieldIndex].Name, node, raw, value);

        private void CheckNumber(ConstraintsSpec c, string fieldName, LocationInfo node, string raw, string value)
        {
            if (c.Enum.Count > 0 && !c.Enum.Any(e => ValueFormats.TryParseDecimal(e, out string ev) && ValueFormats.CompareNumbers(ev, value) == 0))
            {
                _row.Field(DiagnosticDescriptors.EnumViolation, node, fieldName, raw, string.Join(", ", c.Enum));
            }
            if (c.Minimum is string min && ValueFormats.CompareNumbers(value, min) < 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, raw, "below", "minimum", min);
            if (c.Maximum is string max && ValueFormats.CompareNumbers(value, max) > 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, raw, "above", "maximum", max);
            if (c.ExclusiveMinimum is string xmin && ValueFormats.CompareNumbers(value, xmin) <= 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, raw, "not above", "exclusiveMinimum", xmin);
            if (c.ExclusiveMaximum is string xmax && ValueFormats.CompareNumbers(value, xmax) >= 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, raw, "not below", "exclusiveMaximum", xmax);
        }

        public void CheckDate(int fieldIndex, LocationInfo node, string value) => CheckDate(_table.Fields[fieldIndex].Constraints, _table.Fields[fieldIndex].Name, node, value);

        private void CheckDate(ConstraintsSpec c, string fieldName, LocationInfo node, string value)
        {
            if (c.Minimum is string min && string.CompareOrdinal(value, min) < 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, value, "before", "minimum", min);
            if (c.Maximum is string max && string.CompareOrdinal(value, max) > 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, value, "after", "maximum", max);
            if (c.ExclusiveMinimum is string xmin && string.CompareOrdinal(value, xmin) <= 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, value, "not after", "exclusiveMinimum", xmin);
            if (c.ExclusiveMaximum is string xmax && string.CompareOrdinal(value, xmax) >= 0) _row.Field(DiagnosticDescriptors.RangeViolation, node, fieldName, value, "not before", "exclusiveMaximum", xmax);
            if (c.Enum.Count > 0 && !c.Enum.Contains(value)) _row.Field(DiagnosticDescriptors.EnumViolation, node, fieldName, value, string.Join(", ", c.Enum));
        }
    }
}
