using System.Text.Json.Nodes;
using OrchardCore.ContentManagement.Metadata.Models;

namespace OrchardCore.ContentManagement.Metadata.Builders;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/Metadata/Builders/ContentTypeDefinitionBuilder.cs
public class ContentTypeDefinitionBuilder
{
    private readonly string _name;
    private readonly List<ContentTypePartDefinition> _parts;
    private readonly JsonObject _settings;
    private string _displayName;

    public ContentTypeDefinitionBuilder(ContentTypeDefinition existing)
    {
        ArgumentNullException.ThrowIfNull(existing);

        Current = existing;
        _name = existing.Name;
        _displayName = existing.DisplayName;
        _parts = existing.Parts.ToList();
        _settings = SettingsJson.Copy(existing.Settings);
    }

    public ContentTypeDefinition Current { get; private set; }

    public ContentTypeDefinition Build() => new(_name, _displayName, _parts, _settings);

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName)
    {
        _displayName = displayName;
        return this;
    }

    public ContentTypeDefinitionBuilder MergeSettings<T>(Action<T> setting) where T : class, new()
    {
        SettingsJson.Alter(_settings, setting);
        return this;
    }

    public ContentTypeDefinitionBuilder WithPart(string partName)
        => WithPart(partName, partName, _ => { });

    public ContentTypeDefinitionBuilder WithPart(string name, string partName)
        => WithPart(name, partName, _ => { });

    public ContentTypeDefinitionBuilder WithPart(string partName, Action<ContentTypePartDefinitionBuilder> configuration)
        => WithPart(partName, partName, configuration);

    public ContentTypeDefinitionBuilder WithPart(string name, string partName, Action<ContentTypePartDefinitionBuilder> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var existing = _parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        var part = existing ?? new ContentTypePartDefinition(name, new ContentPartDefinition(partName), []);
        var builder = new ContentTypePartDefinitionBuilder(part);
        configuration(builder);

        if (existing != null)
        {
            _parts.Remove(existing);
        }

        _parts.Add(builder.Build());
        return this;
    }

    public ContentTypeDefinitionBuilder WithPart<TPart>() where TPart : ContentPart
        => WithPart(typeof(TPart).Name);

    public ContentTypeDefinitionBuilder WithPart<TPart>(Action<ContentTypePartDefinitionBuilder> configuration) where TPart : ContentPart
        => WithPart(typeof(TPart).Name, configuration);
}
