using System.Text.Json.Nodes;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Builders;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Builders/ContentPartDefinitionBuilder.cs
public class ContentPartDefinitionBuilder
{
    private readonly string _name;
    private readonly JsonObject _settings;

    public ContentPartDefinitionBuilder(ContentPartDefinition existing)
    {
        ArgumentNullException.ThrowIfNull(existing);

        _name = existing.Name;
        _settings = SettingsJson.Copy(existing.Settings);
    }

    public ContentPartDefinition Build() => new(_name, _settings);

    public ContentPartDefinitionBuilder MergeSettings<T>(Action<T> setting) where T : class, new()
    {
        SettingsJson.Alter(_settings, setting);
        return this;
    }
}
