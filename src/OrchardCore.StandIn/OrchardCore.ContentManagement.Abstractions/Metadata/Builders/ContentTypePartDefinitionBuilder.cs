using System.Text.Json.Nodes;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Builders;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Builders/ContentTypePartDefinitionBuilder.cs
public class ContentTypePartDefinitionBuilder
{
    private readonly JsonObject _settings;

    public ContentTypePartDefinitionBuilder(ContentTypePartDefinition part)
    {
        ArgumentNullException.ThrowIfNull(part);

        Current = part;
        Name = part.Name;
        PartName = part.PartDefinition?.Name;
        _settings = SettingsJson.Copy(part.Settings);
    }

    public ContentTypePartDefinition Current { get; private set; }

    public string Name { get; private set; }

    public string PartName { get; private set; }

    public ContentTypePartDefinitionBuilder MergeSettings<T>(Action<T> setting) where T : class, new()
    {
        SettingsJson.Alter(_settings, setting);
        return this;
    }

    public ContentTypePartDefinition Build()
        => new(Name, Current.PartDefinition ?? new ContentPartDefinition(PartName), _settings);
}
