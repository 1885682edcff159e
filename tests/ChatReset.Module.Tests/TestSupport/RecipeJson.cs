using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCore.ContentManagement.Metadata.Models;

namespace ChatReset.Module.Tests;

/// <summary>Reads recipe JSON the way Orchard Core does (comments and trailing commas allowed).</summary>
internal static class RecipeJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonObject Parse(string json) => JsonNode.Parse(json, documentOptions: Options)!.AsObject();

    public static IEnumerable<JsonObject> Steps(JsonObject recipe) => recipe["steps"]!.AsArray().Select(s => s!.AsObject());

    public static JsonObject Step(JsonObject recipe, string name)
        => Assert.Single(Steps(recipe), s => string.Equals((string?)s["name"], name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A ContentDefinition step's type record as the content definition Orchard Core stores from it.</summary>
    public static ContentTypeDefinition ToTypeDefinition(JsonObject type)
    {
        var parts = type["ContentTypePartDefinitionRecords"]!.AsArray().Select(record => new ContentTypePartDefinition(
            (string)record!["Name"]!,
            new ContentPartDefinition((string)record["PartName"]!),
            record["Settings"]!.DeepClone().AsObject()));
        return new ContentTypeDefinition((string)type["Name"]!, (string)type["DisplayName"]!, parts, type["Settings"]!.DeepClone().AsObject());
    }
}
