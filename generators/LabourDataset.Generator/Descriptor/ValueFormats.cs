using System;
using System.Globalization;
using System.Numerics;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>The lexical forms of Table Schema values: exact conversions of scalars to canonical invariant text for each field type.</summary>
    internal static class ValueFormats
    {
        private static readonly string[] DateTimeForms = { "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" };
        private static readonly string[] TimeForms = { "HH:mm:ss", "HH:mm:ss.FFFFFFF" };
        private static readonly System.Text.RegularExpressions.Regex DurationPattern = new System.Text.RegularExpressions.Regex(
            @"\AP(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// An ISO 8601 datetime (the spec's default form, YYYY-MM-DDThh:mm:ss with optional fraction and zone); without a
        /// zone it is UTC, as the spec's "Z" form says. Canonical text: yyyy-MM-ddTHH:mm:ss.fffffffzzz.
        /// </summary>
        public static bool TryParseDateTime(string text, out string canonical)
        {
            canonical = text;
            if (!DateTimeOffset.TryParseExact(text, DateTimeForms, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value)) return false;
            canonical = value.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>An ISO 8601 time of day (hh:mm:ss, optional fraction). Canonical text: HH:mm:ss.fffffff.</summary>
        public static bool TryParseTime(string text, out string canonical)
        {
            canonical = text;
            if (!DateTime.TryParseExact(text, TimeForms, CultureInfo.InvariantCulture, DateTimeStyles.NoCurrentDateDefault, out DateTime value)) return false;
            canonical = value.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture);
            return true;
        }

        /// <summary>YYYY-MM. Canonical text: the same.</summary>
        public static bool TryParseYearMonth(string text, out string canonical)
        {
            canonical = text;
            return text.Length == 7 && text[4] == '-' && Digits(text, 0, 4) >= 1 && Digits(text, 5, 2) is int month && month >= 1 && month <= 12;
        }

        /// <summary>A geopoint's longitude and latitude, each an exact decimal within range. Canonical text: "lon,lat".</summary>
        public static bool TryMakeGeoPoint(string longitude, string latitude, out string canonical)
        {
            canonical = string.Empty;
            if (!TryParseDecimal(longitude.Trim(), out string lon) || !TryParseDecimal(latitude.Trim(), out string lat)) return false;
            if (Math.Abs(decimal.Parse(lon, NumberStyles.Float, CultureInfo.InvariantCulture)) > 180 || Math.Abs(decimal.Parse(lat, NumberStyles.Float, CultureInfo.InvariantCulture)) > 90) return false;
            canonical = lon + "," + lat;
            return true;
        }

        /// <summary>The default geopoint form, "lon, lat".</summary>
        public static bool TryParseGeoPoint(string text, out string canonical)
        {
            canonical = string.Empty;
            int comma = text.IndexOf(',');
            return comma > 0 && TryMakeGeoPoint(text.Substring(0, comma), text.Substring(comma + 1), out canonical);
        }

        /// <summary>An ISO 8601 duration (PnYnMnDTnHnMnS, or PnW).</summary>
        public static bool IsDuration(string text) => DurationPattern.IsMatch(text);
        public static bool TryParseDate(string text, out string canonical)
        {
            canonical = text;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }

        /// <summary>The value of <paramref name="count"/> ASCII digits, or -1 if any is not a digit.</summary>
        private static int Digits(string text, int start, int count)
        {
            int value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9') return -1;
                value = (value * 10) + (c - '0');
            }
            return value;
        }

        /// <summary>Integer text of a JSON number with no fraction or exponent, within the 64-bit range.</summary>
        public static bool TryParseInteger(string raw, out long value)
            => long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        /// <summary>
        /// Parses a JSON number into a decimal only when no digit is lost, and returns its canonical text
        /// (plain notation, trailing zeros of the fraction kept because they carry the printed precision).
        /// </summary>
        public static bool TryParseDecimal(string raw, out string canonical)
        {
            if (IsPlainDecimal(raw))
            {
                // JSON's grammar already gives the canonical plain form; at most 28 digits always fit a decimal exactly.
                canonical = raw;
                return true;
            }
            canonical = string.Empty;
            if (!TryDecompose(raw, out bool negative, out string digits, out int exponent)) return false;
            // value = digits * 10^exponent, exactly. decimal holds up to 28 fractional digits and 96-bit mantissas.
            string trimmed = digits.TrimStart('0');
            if (trimmed.Length == 0)
            {
                canonical = exponent < 0 ? "0." + new string('0', Math.Min(-exponent, 28)) : "0";
                if (exponent < -28) canonical = "0";
                return true;
            }
            int scale = exponent < 0 ? -exponent : 0;
            BigInteger mantissa = BigInteger.Parse(trimmed, CultureInfo.InvariantCulture);
            if (exponent > 0) mantissa *= BigInteger.Pow(10, exponent);
            if (scale > 28)
            {
                // Drop trailing zeros only: they carry no value, so dropping them loses nothing.
                while (scale > 28 && mantissa % 10 == 0)
                {
                    mantissa /= 10;
                    scale--;
                }
                if (scale > 28) return false;
            }
            if (mantissa > DecimalMax) return false;
            string plain = mantissa.ToString(CultureInfo.InvariantCulture);
            if (scale > 0)
            {
                plain = plain.PadLeft(scale + 1, '0');
                plain = plain.Substring(0, plain.Length - scale) + "." + plain.Substring(plain.Length - scale);
            }
            canonical = (negative ? "-" : string.Empty) + plain;
            return true;
        }

        private static bool IsPlainDecimal(string raw)
        {
            int digits = 0;
            bool nonZero = false;
            for (int i = raw[0] == '-' ? 1 : 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c >= '0' && c <= '9')
                {
                    digits++;
                    nonZero |= c != '0';
                }
                else if (c != '.')
                {
                    return false; // an exponent: take the exact slow path
                }
            }
            return digits <= 28 && nonZero;
        }

        private static readonly BigInteger DecimalMax = BigInteger.Parse("79228162514264337593543950335", CultureInfo.InvariantCulture);

        private static bool TryDecompose(string raw, out bool negative, out string digits, out int exponent)
        {
            negative = raw.StartsWith("-", StringComparison.Ordinal);
            string body = negative ? raw.Substring(1) : raw;
            int e = body.IndexOfAny(new[] { 'e', 'E' });
            exponent = 0;
            if (e >= 0)
            {
                if (!int.TryParse(body.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 100)
                {
                    digits = string.Empty;
                    return false;
                }
                body = body.Substring(0, e);
            }
            int dot = body.IndexOf('.');
            if (dot >= 0)
            {
                exponent -= body.Length - dot - 1;
                body = body.Remove(dot, 1);
            }
            digits = body;
            return digits.Length > 0;
        }

        /// <summary>Numeric comparison of canonical decimal texts (for minimum/maximum); both parse exactly as decimals.</summary>
        public static int CompareNumbers(string left, string right)
        {
            if (decimal.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal a) && decimal.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal b)) return a.CompareTo(b);
            // Integers beyond decimal's range (BigInteger fields) compare exactly; anything else beyond it, approximately.
            if (System.Numerics.BigInteger.TryParse(left, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out System.Numerics.BigInteger x)
                && System.Numerics.BigInteger.TryParse(right, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out System.Numerics.BigInteger y)) return x.CompareTo(y);
            return double.Parse(left, NumberStyles.Float, CultureInfo.InvariantCulture).CompareTo(double.Parse(right, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
    }
}
