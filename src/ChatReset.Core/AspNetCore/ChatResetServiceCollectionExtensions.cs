using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Deployments;
using ChatReset.Core.PageContext;
using ChatReset.Core.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ChatReset in a plain ASP.NET Core application.</summary>
public static class ChatResetServiceCollectionExtensions
{
    /// <summary>
    /// Registers ChatReset, binds <see cref="ChatResetOptions"/> from the <c>ChatReset</c> configuration section
    /// and validates them when the application starts: invalid settings stop startup with a message per field
    /// (<see cref="Microsoft.Extensions.Hosting.ChatResetHostExtensions.TryValidateChatResetSettings"/> reports them
    /// without stack traces).
    /// </summary>
    /// <remarks>
    /// Serve the script and stylesheet with <c>app.MapStaticAssets()</c> and map the pages that render ChatReset
    /// <c>.WithStaticAssets()</c>: they are then linked by fingerprinted URLs, compressed and cached for a year.
    /// <c>app.UseStaticFiles()</c> serves them too, under their plain names.
    /// </remarks>
    public static IServiceCollection AddChatReset(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<ChatResetOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        var builder = services.AddChatResetServices().AddOptions<ChatResetOptions>()
            .Bind(configuration.GetSection(ChatResetOptions.SectionName));
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatResetOptions>, ChatResetOptionsValidator>());

        // The hidden pre-chat field mapping: the HiddenPrechatFields list of the same section.
        services.AddOptions<ChatResetPageContextOptions>().Bind(configuration.GetSection(ChatResetOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatResetPageContextOptions>, HiddenPrechatFieldRules>());
        // The additional deployments: the Deployments list of the same section, each over the section's own settings.
        var section = configuration.GetSection(ChatResetOptions.SectionName);
        services.AddOptions<ChatResetDeploymentsOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<ChatResetDeploymentsOptions>>(provider => new ChatResetDeploymentsSetup(
            section,
            provider.GetServices<IConfigureOptions<ChatResetOptions>>(),
            provider.GetServices<IPostConfigureOptions<ChatResetOptions>>()));
        services.AddSingleton<IOptionsChangeTokenSource<ChatResetDeploymentsOptions>>(new ConfigurationChangeTokenSource<ChatResetDeploymentsOptions>(section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatResetDeploymentsOptions>, ChatResetDeploymentRules>());
        services.AddChatResetUserVerification(configuration);
        return services;
    }

    /// <summary>
    /// Registers the renderers without binding options: for hosts (such as the Orchard Core module) that build
    /// <see cref="ChatResetOptions"/> themselves.
    /// </summary>
    public static IServiceCollection AddChatResetServices(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<ChatResetRenderer>();
        services.TryAddSingleton<IChatResetNonceSource, NoNonceSource>();
        services.TryAddSingleton<ChatResetPageRenderer>();
        return services;
    }
}
