using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

/// <summary>One in-memory change per rule of the data-package-version recipe, and the bump it requires.</summary>
public class BumpRuleTests
{
    private static readonly TestPackage Old = TestPackage.Sample();

    private static (DiffResult Diff, string Markdown) Compare(Action<TestPackage> change)
    {
        TestPackage @new = Old.Clone();
        change(@new);
        DiffResult diff = Run.Diff(Old, @new);
        return (diff, MarkdownReport.Render(diff));
    }

    [Fact]
    public void Identical_packages_need_no_bump()
    {
        (DiffResult diff, string md) = Compare(_ => { });

        diff.RequiredBump.ShouldBe(BumpLevel.None);
        diff.Reasons.ShouldBeEmpty();
        diff.Resources.ShouldAllBe(r => r.Status == ResourceStatus.Unchanged);
        md.ShouldContain("Required bump: **NONE**: nothing but formatting changed");
    }

    [Fact]
    public void Removing_a_field_is_major()
    {
        (DiffResult diff, string md) = Compare(p =>
        {
            p.Fields("people").Remove(p.Field("people", "age"));
            foreach (JsonNode? row in p.RowsOf("people")) row!.AsObject().Remove("age");
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Count(ChangeKind.FieldRemoved).ShouldBe(1);
        diff.Resources.Single(r => r.Name == "people").FieldsRemoved.Select(f => f.Name).ShouldBe(["age"]);
        diff.Count(ChangeKind.RowChanged).ShouldBe(0); // the removed field's values are not reported as corrections
        md.ShouldContain("- Field removed (or renamed): `age` (integer)");
    }

    [Fact]
    public void Renaming_a_field_is_major_as_removal_plus_addition()
    {
        (DiffResult diff, _) = Compare(p =>
        {
            p.Field("people", "age")["name"] = "ageYears";
            foreach (JsonNode? row in p.RowsOf("people"))
            {
                JsonObject o = row!.AsObject();
                if (o.Remove("age", out JsonNode? v)) o["ageYears"] = v;
            }
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Count(ChangeKind.FieldRemoved).ShouldBe(1);
        diff.Count(ChangeKind.FieldAdded).ShouldBe(1);
    }

    [Fact]
    public void Renaming_a_resource_is_major()
    {
        (DiffResult diff, string md) = Compare(p => p.Resource("stats")["name"] = "statistics");

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Resources.Single(r => r.Name == "stats").Status.ShouldBe(ResourceStatus.Removed);
        diff.Resources.Single(r => r.Name == "statistics").Status.ShouldBe(ResourceStatus.Added);
        diff.Count(ChangeKind.ResourceRemoved).ShouldBe(1);
        diff.Count(ChangeKind.ResourceAdded).ShouldBe(1);
        md.ShouldContain("| `stats` | removed | 3 -> 0 | 0 | 3 | 0 |");
        md.ShouldContain("| `statistics` | added | 0 -> 3 | 3 | 0 | 0 |");
    }

    [Fact]
    public void Removing_a_resource_is_major()
    {
        (DiffResult diff, _) = Compare(p =>
        {
            p.ResourcesArray.Remove(p.Resource("stats"));
            p.Rows.Remove("stats.json");
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Count(ChangeKind.RowRemoved).ShouldBe(3);
    }

    [Fact]
    public void Changing_the_primary_key_is_major()
    {
        (DiffResult diff, string md) = Compare(p => p.Resource("people")["schema"]!["primaryKey"] = new JsonArray("id", "name"));

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Count(ChangeKind.PrimaryKeyChanged).ShouldBe(1);
        ResourceDiff people = diff.Resources.Single(r => r.Name == "people");
        people.PrimaryKeyChanged.ShouldBeTrue();
        people.MatchedBy.ShouldBe(["id", "name"]);
        people.RowsAdded.ShouldBeEmpty(); // the same rows, matched by the new key
        md.ShouldContain("- Primary key changed: `id` -> `id`, `name`; rows matched by `id`, `name`");
    }

    [Fact]
    public void Changing_a_field_type_is_major()
    {
        (DiffResult diff, string md) = Compare(p => p.Field("people", "age")["type"] = "number");

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Resources.Single(r => r.Name == "people").FieldTypeChanges.ShouldHaveSingleItem()
            .ShouldBe(new FieldTypeChange("age", "integer", "number"));
        md.ShouldContain("- Field type changed: `age`: integer -> number");
    }

    [Fact]
    public void Changing_a_field_format_or_array_item_type_is_major()
    {
        (DiffResult format, _) = Compare(p => p.Field("stats", "year")["format"] = "%Y");
        (DiffResult item, _) = Compare(p => p.Field("people", "tags")["arrayItem"] = new JsonObject { ["type"] = "integer" });

        format.Count(ChangeKind.FieldTypeChanged).ShouldBe(1);
        format.RequiredBump.ShouldBe(BumpLevel.Major);
        item.Resources.Single(r => r.Name == "people").FieldTypeChanges.Single().NewType.ShouldBe("array<integer>");
        item.Count(ChangeKind.FieldMetadataChanged).ShouldBe(0);
    }

    [Fact]
    public void Removing_a_row_is_major()
    {
        (DiffResult diff, string md) = Compare(p => p.RowsOf("people").RemoveAt(1));

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Resources.Single(r => r.Name == "people").RowsRemoved.Select(k => k.Display).ShouldBe(["2"]);
        md.ShouldContain("- Row removed: `2`");
    }

    [Fact]
    public void Changing_a_key_value_removes_one_row_key_and_adds_another()
    {
        (DiffResult diff, _) = Compare(p => p.Row("people", 0)["id"] = 10);

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        ResourceDiff people = diff.Resources.Single(r => r.Name == "people");
        people.RowsRemoved.Select(k => k.Display).ShouldBe(["1"]);
        people.RowsAdded.Select(k => k.Display).ShouldBe(["10"]);
    }

    [Fact]
    public void Adding_a_row_is_minor()
    {
        (DiffResult diff, string md) = Compare(p => p.RowsOf("people").Add(new JsonObject { ["id"] = 4, ["name"] = "Di", ["age"] = 25 }));

        diff.RequiredBump.ShouldBe(BumpLevel.Minor);
        diff.Resources.Single(r => r.Name == "people").RowsAdded.Select(k => k.Display).ShouldBe(["4"]);
        md.ShouldContain("- Row added: `4`");
        md.ShouldContain("| `people` | modified | 3 -> 4 | 1 | 0 | 0 |");
    }

    [Fact]
    public void Adding_a_field_is_minor_and_its_values_are_not_reported_as_corrections()
    {
        (DiffResult diff, string md) = Compare(p =>
        {
            p.Fields("people").Add(new JsonObject { ["name"] = "email", ["type"] = "string" });
            foreach (JsonNode? row in p.RowsOf("people")) row!["email"] = "x@example.org";
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Minor);
        diff.Count(ChangeKind.FieldAdded).ShouldBe(1);
        diff.Count(ChangeKind.RowChanged).ShouldBe(0);
        md.ShouldContain("- Field added: `email` (string)");
    }

    [Fact]
    public void Adding_a_resource_is_minor()
    {
        (DiffResult diff, string md) = Compare(p => p.AddResource("notes", ["id"], [("id", "string")], """[{"id":"n1"},{"id":"n2"}]"""));

        diff.RequiredBump.ShouldBe(BumpLevel.Minor);
        diff.Count(ChangeKind.ResourceAdded).ShouldBe(1);
        diff.Count(ChangeKind.RowAdded).ShouldBe(2);
        md.ShouldContain("- Resource added: `notes.json`, 2 rows, primary key `id`");
    }

    [Fact]
    public void Changing_a_value_is_patch_and_shows_old_and_new_value()
    {
        (DiffResult diff, string md) = Compare(p => p.Row("people", 1)["name"] = "Robert");

        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
        RowChange change = diff.Resources.Single(r => r.Name == "people").RowsChanged.ShouldHaveSingleItem();
        change.Key.Display.ShouldBe("2");
        change.Changes.ShouldHaveSingleItem().Field.ShouldBe("name");
        md.ShouldContain("- Row changed: `2`: `name`: `\"Bob\"` -> `\"Robert\"`");
    }

    [Fact]
    public void Setting_a_value_that_was_null_or_absent_is_patch()
    {
        (DiffResult diff, string md) = Compare(p => p.Row("people", 2)["age"] = 52);

        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
        md.ShouldContain("- Row changed: `3`: `age`: `null` -> `52`");
    }

    [Fact]
    public void Changing_a_description_is_patch()
    {
        (DiffResult diff, string md) = Compare(p =>
        {
            p.Field("people", "name")["description"] = "Given name.";
            p.Resource("people")["description"] = "People.";
            p.Descriptor["description"] = "A package.";
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
        diff.Count(ChangeKind.FieldMetadataChanged).ShouldBe(1);
        diff.Count(ChangeKind.ResourceMetadataChanged).ShouldBe(1);
        diff.Count(ChangeKind.PackageMetadataChanged).ShouldBe(1);
        md.ShouldContain("- Field `name`: `description`: `null` -> `\"Given name.\"`");
    }

    [Fact]
    public void Renaming_the_package_is_major_and_retitling_it_is_patch()
    {
        (DiffResult renamed, _) = Compare(p => p.Descriptor["name"] = "other-package");
        (DiffResult retitled, string md) = Compare(p => p.Descriptor["title"] = "Better title");

        renamed.RequiredBump.ShouldBe(BumpLevel.Major);
        renamed.Count(ChangeKind.PackageRenamed).ShouldBe(1);
        retitled.RequiredBump.ShouldBe(BumpLevel.Patch);
        md.ShouldContain("- `title`: `\"Test package\"` -> `\"Better title\"`");
    }

    [Fact]
    public void Changing_a_resource_path_is_major()
    {
        (DiffResult diff, _) = Compare(p =>
        {
            p.Resource("people")["path"] = "persons.json";
            p.Rows["persons.json"] = p.Rows["people.json"];
            p.Rows.Remove("people.json");
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Count(ChangeKind.ResourcePathChanged).ShouldBe(1);
        diff.Count(ChangeKind.RowChanged).ShouldBe(0);
    }

    [Fact]
    public void Reordering_fields_is_patch_because_rows_are_objects()
    {
        (DiffResult diff, string md) = Compare(p =>
        {
            JsonArray fields = p.Fields("people");
            JsonNode age = p.Field("people", "age");
            fields.Remove(age);
            fields.Insert(0, age);
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
        diff.Count(ChangeKind.FieldsReordered).ShouldBe(1);
        md.ShouldContain("- Fields reordered: `id`, `name`, `age`, `tags` -> `age`, `id`, `name`, `tags`");
    }

    [Fact]
    public void Whitespace_property_order_row_order_and_number_formatting_need_no_bump()
    {
        TestPackage @new = Old.Clone();
        // Reverse row order and property order; 29.56 written as 29.560 and 12 as 12.0; null written as absent.
        foreach (string file in @new.Rows.Keys.ToList())
        {
            var reversed = new JsonArray();
            foreach (JsonNode? row in @new.Rows[file].Reverse())
            {
                var o = new JsonObject();
                foreach (KeyValuePair<string, JsonNode?> kv in row!.AsObject().Reverse())
                {
                    if (kv.Value is not null) o[kv.Key] = kv.Value.DeepClone();
                }

                reversed.Add(o);
            }

            @new.Rows[file] = reversed;
        }

        Dictionary<string, string> files = @new.Files(indented: false);
        files["stats.json"] = files["stats.json"]
            .Replace("\"value\":29.56,", "\"value\":29.560,", StringComparison.Ordinal)
            .Replace("\"value\":12,", "\"value\":12.0,", StringComparison.Ordinal);
        files["stats.json"].ShouldContain("29.560");
        files["stats.json"].ShouldContain("12.0");
        files["people.json"].ShouldNotContain("null");
        files["datapackage.json"] = "\n\n  " + files["datapackage.json"].Replace(",", " ,\n\t", StringComparison.Ordinal) + "\n";

        DiffResult diff = DataPackageDiff.Compare(Old.Snapshot(), DataPackageSnapshot.FromFiles(files));

        diff.RequiredBump.ShouldBe(BumpLevel.None);
        diff.Reasons.ShouldBeEmpty();
    }

    [Fact]
    public void Required_bump_is_the_highest_of_all_changes()
    {
        (DiffResult diff, string md) = Compare(p =>
        {
            p.Row("people", 0)["name"] = "Anna";
            p.RowsOf("stats").Add(new JsonObject { ["country"] = "IDN", ["year"] = 2020, ["value"] = 1 });
            p.RowsOf("people").RemoveAt(2);
        });

        diff.RequiredBump.ShouldBe(BumpLevel.Major);
        diff.Reasons.Select(r => r.Kind).ShouldBe([ChangeKind.RowRemoved, ChangeKind.RowAdded, ChangeKind.RowChanged]);
        md.ShouldContain("- Required bump: **MAJOR**: rows removed (or their keys changed) (1, MAJOR); rows added (1, MINOR); rows with corrected values (1, PATCH)");
    }
}
