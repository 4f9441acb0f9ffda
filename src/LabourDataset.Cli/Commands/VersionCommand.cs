using System.Reflection;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Commands;

/// <summary>--version: tool version, dataset version and content hash.</summary>
internal static class VersionCommand
{
    public static string ToolVersion
    {
        get
        {
            string? version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            version ??= typeof(VersionCommand).Assembly.GetName().Version?.ToString() ?? "0.0.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    public static int Run(CliContext context)
    {
        var catalog = context.Catalog;
        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("tool", "labour");
                w.WriteString("toolVersion", ToolVersion);
                w.WriteString("dataset", catalog.Name);
                w.WriteString("datasetVersion", catalog.Version);
                w.WriteString("contentHash", catalog.ContentHash);
                w.WriteEndObject();
            });
            return 0;
        }

        context.Output.WriteLine($"labour {ToolVersion}");
        context.Output.WriteLine($"dataset {catalog.Name} {catalog.Version}");
        context.Output.WriteLine($"content hash {catalog.ContentHash}");
        return 0;
    }
}
