using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Drivers;
using ChatReset.Module.Widgets.Models;
using Microsoft.Extensions.DependencyInjection;
using OrchardCore.ContentManagement;
using OrchardCore.ContentManagement.Display.ContentDisplay;
using OrchardCore.Data.Migration;
using OrchardCore.Modules;

namespace ChatReset.Module;

/// <summary>
/// Feature "ChatReset.Widgets": the Chat widget (part, driver, migration creating the ChatWidget type). Reads the
/// site's options through <see cref="Services.IChatResetSiteOptions"/>, registered by the "ChatReset" feature this one
/// depends on. The widget's script reaches the page through Orchard's resource manager (a foot script), so the feature
/// needs no result filter of its own.
/// </summary>
[Feature(ChatResetConstants.Features.Widgets)]
public sealed class StartupWidgets : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentPart<ChatWidgetPart>()
            .UseDisplayDriver<ChatWidgetPartDisplayDriver>();

        services.AddDataMigration<ChatWidgetMigrations>();
    }
}
