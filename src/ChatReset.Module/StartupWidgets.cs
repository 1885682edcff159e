using ChatReset.Module.Filters;
using ChatReset.Module.Widgets;
using ChatReset.Module.Widgets.Drivers;
using ChatReset.Module.Widgets.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using OrchardCore.ContentManagement;
using OrchardCore.ContentManagement.Display.ContentDisplay;
using OrchardCore.Data.Migration;
using OrchardCore.Modules;

namespace ChatReset.Module;

/// <summary>
/// Feature "ChatReset.Widgets": the Chat widget (part, driver, migration creating the ChatWidget type) and the result
/// filter that marks full front-end pages. Reads the site's options through <see cref="Services.IChatResetSiteOptions"/>, registered
/// by the "ChatReset" feature this one depends on.
/// </summary>
[Feature(ChatResetConstants.Features.Widgets)]
public sealed class StartupWidgets : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddContentPart<ChatWidgetPart>()
            .UseDisplayDriver<ChatWidgetPartDisplayDriver>();

        services.AddDataMigration<ChatWidgetMigrations>();

        services.Configure<MvcOptions>(options => options.Filters.Add<ChatWidgetFilter>());
    }
}
