using Microsoft.Extensions.DependencyInjection;

namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/ContentPartOptionBuilder.cs
public class ContentPartOptionBuilder
{
    public ContentPartOptionBuilder(IServiceCollection services, Type contentPartType)
    {
        Services = services;
        ContentPartType = contentPartType;
    }

    public Type ContentPartType { get; }

    public IServiceCollection Services { get; }
}
