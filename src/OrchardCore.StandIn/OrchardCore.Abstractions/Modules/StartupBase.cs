using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCore.Modules;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/IStartup.cs
public interface IStartup
{
    int Order { get; }

    int ConfigureOrder { get; }

    void ConfigureServices(IServiceCollection services);

    void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider);
}

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/IAsyncStartup.cs
public interface IAsyncStartup
{
    ValueTask ConfigureAsync(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider);
}

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Modules/StartupBase.cs
public abstract class StartupBase : IStartup, IAsyncStartup
{
    public virtual int Order { get; }

    public virtual int ConfigureOrder => Order;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
    }

    public virtual ValueTask ConfigureAsync(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) => default;
}
