// Run-time value types for Table Schema types .NET has no type for, emitted into the consuming assembly (only when a
// field uses them) by RuntimeSources with this namespace replaced by the package's and the GeneratedCode version by
// the generator's. Only code from "namespace" on is emitted.
#nullable enable

namespace LabourDataset.Generator.Runtime
{
    /// <summary>A Table Schema yearmonth: a month of a year, with no day ("2015-07").</summary>
    /// <param name="Year">The year.</param>
    /// <param name="Month">The month, 1 to 12.</param>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed record DataPackageYearMonth(int Year, int Month)
    {
        /// <summary>The ISO form, "2015-07".</summary>
        public override string ToString()
            => Year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Reads the canonical form the generator stores ("2015-07").</summary>
        internal static DataPackageYearMonth Parse(string text)
        {
            int dash = text.LastIndexOf('-');
            return new DataPackageYearMonth(
                int.Parse(text.Substring(0, dash), global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(text.Substring(dash + 1), global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A Table Schema geopoint: longitude and latitude in degrees, kept exactly as decimals.</summary>
    /// <param name="Longitude">Longitude in degrees, -180 to 180.</param>
    /// <param name="Latitude">Latitude in degrees, -90 to 90.</param>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed record DataPackageGeoPoint(decimal Longitude, decimal Latitude)
    {
        /// <summary>The spec's default form, "longitude, latitude".</summary>
        public override string ToString()
            => Longitude.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ", " + Latitude.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Reads the canonical form the generator stores ("125.6,-8.6").</summary>
        internal static DataPackageGeoPoint Parse(string text)
        {
            int comma = text.IndexOf(',');
            return new DataPackageGeoPoint(
                decimal.Parse(text.Substring(0, comma), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(text.Substring(comma + 1), global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
