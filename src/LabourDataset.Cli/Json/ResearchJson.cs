using System.Text.Json;

namespace LabourDataset.Cli.Json;

/// <summary>
/// The JSON shapes of an observation, a ratification and a claim, shared by the research views (country, instrument,
/// series, conflict) so each record reads the same wherever it appears: its fields plus the names and titles its keys
/// point at.
/// </summary>
internal static class ResearchJson
{
    public static void WriteObservation(Utf8JsonWriter w, Observation o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("indicatorCode", o.IndicatorCode);
        w.WriteString("areaCode", o.AreaCode);
        w.WriteString("areaName", o.Area.Name);
        w.WriteString("period", o.Period);
        w.WriteNumber("periodStart", o.PeriodStart);
        w.WriteNumber("periodEnd", o.PeriodEnd);
        w.WriteStringOrNull("breakdown", o.Breakdown);
        CatalogJson.WriteValue(w, "value", o.Value);
        w.WriteStringOrNull("valueAsPrinted", o.ValueAsPrinted);
        w.WriteString("qualifier", o.Qualifier.ToValue());
        w.WriteStringOrNull("missingReason", o.MissingReason);
        w.WriteString("unit", o.Unit);
        CatalogJson.WriteValue(w, "scale", o.Scale);
        CatalogJson.WriteValue(w, "statedMultiplier", o.StatedMultiplier);
        w.WriteString("status", o.Status.ToValue());
        w.WriteStringOrNull("caveat", o.Caveat);
        w.WriteStringOrNull("cellCaveat", o.CellCaveat);
        w.WriteStringOrNull("restatesId", o.RestatesId);
        WriteRestated(w, o.Restates);
        w.WriteStringOrNull("restatesSourceId", o.RestatesSourceId);
        w.WriteStringOrNull("restatesSourceTitle", o.RestatesSource?.Title);
        w.WriteStringOrNull("conflictId", o.ConflictId);
        w.WriteString("sourceId", o.SourceId);
        w.WriteString("sourceTitle", o.Source.Title);
        w.WriteStringOrNull("citedSourceId", o.CitedSourceId);
        w.WriteString("locator", o.Locator);
        w.WriteEndObject();
    }

    /// <summary>
    /// "restates": the original estimate a row repeats, in brief (what it says and where), or null; the whole row is
    /// one 'get observations &lt;id&gt;' away.
    /// </summary>
    public static void WriteRestated(Utf8JsonWriter w, Observation? original)
    {
        if (original is null)
        {
            w.WriteNull("restates");
            return;
        }

        w.WriteStartObject("restates");
        w.WriteString("id", original.Id);
        w.WriteString("period", original.Period);
        CatalogJson.WriteValue(w, "value", original.Value);
        w.WriteStringOrNull("valueAsPrinted", original.ValueAsPrinted);
        w.WriteString("qualifier", original.Qualifier.ToValue());
        w.WriteString("unit", original.Unit);
        CatalogJson.WriteValue(w, "scale", original.Scale);
        w.WriteString("status", original.Status.ToValue());
        w.WriteString("sourceId", original.SourceId);
        w.WriteString("sourceTitle", original.Source.Title);
        w.WriteString("locator", original.Locator);
        w.WriteEndObject();
    }

    public static void WriteClaim(Utf8JsonWriter w, Claim c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteString("claim", c.ClaimValue);
        w.WriteString("kind", c.Kind.ToValue());
        w.WriteString("claimType", c.ClaimType.ToValue());
        w.WriteStringOrNull("areaCode", c.AreaCode);
        w.WriteStringOrNull("organisationCode", c.OrganisationCode);
        w.WriteStringOrNull("conflictId", c.ConflictId);
        w.WriteString("sourceId", c.SourceId);
        w.WriteString("sourceTitle", c.Source.Title);
        w.WriteString("locator", c.Locator);
        w.WriteEndObject();
    }

    public static void WriteRatification(Utf8JsonWriter w, Ratification r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("countryCode", r.CountryCode);
        w.WriteString("countryName", r.Country.Name);
        w.WriteString("instrumentCode", r.InstrumentCode);
        w.WriteString("instrumentTitle", r.Instrument.Title);
        w.WriteString("status", r.Status.ToValue());
        CatalogJson.WriteValue(w, "ratificationYear", r.RatificationYear);
        CatalogJson.WriteValue(w, "ratificationDate", r.RatificationDate);
        CatalogJson.WriteValue(w, "inForceFrom", r.InForceFrom);
        w.WriteStringOrNull("statusAsOf", r.StatusAsOf);
        w.WriteStringOrNull("detail", r.Detail);
        w.WriteStringOrNull("caveat", r.Caveat);
        w.WriteString("sourceId", r.SourceId);
        w.WriteString("sourceTitle", r.Source.Title);
        w.WriteString("locator", r.Locator);
        w.WriteEndObject();
    }
}
