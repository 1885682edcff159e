using Moq;
using OrchardCore.ContentManagement.Metadata;
using OrchardCore.ContentManagement.Metadata.Models;
using OrchardCore.ContentManagement.Metadata.Settings;

namespace ChatReset.Module.Tests;

/// <summary>
/// The widget migration alters content definitions in code; these pin down that the definitions it stores carry
/// the nested settings objects Orchard's own migration recipes write (ContentPartSettings, ContentTypeSettings,
/// ContentTypePartSettings).
/// </summary>
public sealed class StandInContentDefinitionTests
{
    [Fact]
    public async Task AlteringAPartStoresItsSettingsObject()
    {
        ContentPartDefinition? stored = null;
        var manager = new Mock<IContentDefinitionManager>();
        manager.Setup(m => m.StorePartDefinitionAsync(It.IsAny<ContentPartDefinition>()))
            .Callback((ContentPartDefinition d) => stored = d).Returns(Task.CompletedTask);

        await manager.Object.AlterPartDefinitionAsync("ChatPart", part => part.Attachable().WithDescription("Adds the chat."));

        Assert.NotNull(stored);
        Assert.Equal("ChatPart", stored.Name);
        Assert.True(stored.IsAttachable());
        Assert.Equal("Adds the chat.", stored.Description());
        Assert.True(stored.Settings[nameof(ContentPartSettings)]!["Attachable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AlteringATypeKeepsWhatWasThereAndAddsTheWidgetStereotypeAndPart()
    {
        var existing = new ContentTypeDefinition("ChatWidget", "Old name");
        ContentTypeDefinition? stored = null;
        var manager = new Mock<IContentDefinitionManager>();
        manager.Setup(m => m.LoadTypeDefinitionAsync("ChatWidget")).ReturnsAsync(existing);
        manager.Setup(m => m.StoreTypeDefinitionAsync(It.IsAny<ContentTypeDefinition>()))
            .Callback((ContentTypeDefinition d) => stored = d).Returns(Task.CompletedTask);

        await manager.Object.AlterTypeDefinitionAsync("ChatWidget", type => type
            .DisplayedAs("Chat")
            .Stereotype("Widget")
            .Creatable(false)
            .WithPart("ChatPart", part => part.WithPosition("1")));

        Assert.NotNull(stored);
        Assert.Equal("Chat", stored.DisplayName);
        Assert.Equal("Widget", stored.GetStereotype());
        Assert.False(stored.IsCreatable());
        var part = Assert.Single(stored.Parts);
        Assert.Equal("ChatPart", part.PartDefinition.Name);
        Assert.Equal("1", part.Settings[nameof(ContentTypePartSettings)]!["Position"]!.GetValue<string>());
    }
}
