using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrchardCore.ContentManagement.Display.ContentDisplay;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Display/ContentDisplay/ContentPartServiceCollectionExtensions.cs
// Upstream also records the driver in ContentDisplayOptions for every display mode and editor; the stand-in
// registers the driver type so it can be resolved.
public static class ContentPartServiceCollectionExtensions
{
    public static ContentPartOptionBuilder UseDisplayDriver<TContentPartDisplayDriver>(this ContentPartOptionBuilder builder)
        where TContentPartDisplayDriver : class, IContentPartDisplayDriver
        => builder.UseDisplayDriver(typeof(TContentPartDisplayDriver));

    public static ContentPartOptionBuilder UseDisplayDriver(this ContentPartOptionBuilder builder, Type partDisplayDriverType)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.TryAddScoped(partDisplayDriverType);
        return builder;
    }
}
