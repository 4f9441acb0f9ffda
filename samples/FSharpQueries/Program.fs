/// Does seed 004 contradict itself on labour trafficking in East Nusa Tenggara? Its claim that victims rose every
/// year, beside its own case counts: one conflict group of the dataset, read from F#.
/// Run it with: dotnet run --project samples/FSharpQueries
module FSharpQueries.Program

open System.Globalization
open System.IO
open LabourDataset

let private conflictId = "ntt-trafficking-rise-2012-2014"

// Numbers print the same on every machine.
let private invariant (value: decimal) = value.ToString(CultureInfo.InvariantCulture)

/// Writes the answer to output (a parameter so the samples test can read it).
let run (output: TextWriter) =
    // A generated record, looked up by key; a navigation property is just another property.
    let conflict = Conflicts.Get conflictId
    output.WriteLine "Does seed 004 contradict itself on trafficking in East Nusa Tenggara?"
    output.WriteLine $"Conflict {conflict.Id} ({conflict.Kind.ToValue()}): {conflict.Description}"

    // Reverse navigation lists are IReadOnlyList<_>, so every Seq function applies.
    for claim in conflict.Claims |> Seq.sortBy _.Id do
        // Source.Year is an int? in C#: Nullable<int> here, turned into an option.
        let published =
            match Option.ofNullable claim.Source.Year with
            | Some year -> $" ({year})"
            | None -> ""

        output.WriteLine $"The claim ({claim.ClaimType.ToValue()}, {claim.Kind.ToValue()}): {claim.ClaimValue}"
        output.WriteLine $"   {claim.Source.Title}{published}, {claim.Locator}"

    let counts = conflict.Observations |> Seq.sortBy _.PeriodStart |> List.ofSeq
    output.WriteLine $"""Its own counts ({counts |> List.map _.Unit |> List.distinct |> String.concat ", "}):"""

    // A caveat is a string that may be null (F# nullness: string | null); each text is printed once, numbered.
    let caveats = counts |> List.choose (fun o -> Option.ofObj o.Caveat) |> List.distinct

    for o in counts do
        // A value the document does not give is null, never 0.
        let value =
            match Option.ofNullable o.Value with
            | Some v -> invariant v
            | None -> "no value"

        let mark =
            match o.Caveat with
            | null -> ""
            | caveat -> $" [{List.findIndex ((=) caveat) caveats + 1}]"

        output.WriteLine $"   {o.Period}: {value} ({o.Status.ToValue()}){mark}"

    caveats |> List.iteri (fun i caveat -> output.WriteLine $"   [{i + 1}] {caveat}")

    // The verdict from the numbers alone: do the stated counts fall from each year to the next?
    let values = counts |> List.choose (fun o -> Option.ofNullable o.Value)
    let falling = values |> List.pairwise |> List.forall (fun (earlier, later) -> later < earlier)
    let trend = values |> List.map invariant |> String.concat " -> "
    output.WriteLine $"""Counts fall every year: {if falling then "yes" else "no"} ({trend})"""
    output.WriteLine $"{DatasetInfo.Name} {DatasetInfo.Version} {DatasetInfo.ContentHash}"

[<EntryPoint>]
let main _ =
    run stdout
    0
