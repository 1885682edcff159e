using Microsoft.Extensions.DependencyInjection;

namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ServiceCollectionExtensions.cs
// Upstream records the part in ContentOptions; the stand-in only hands back the builder that drivers hang off.
public static class ServiceCollectionExtensions
{
    public static ContentPartOptionBuilder AddContentPart<TContentPart>(this IServiceCollection services)
        where TContentPart : ContentPart
        => new(services, typeof(TContentPart));
}
