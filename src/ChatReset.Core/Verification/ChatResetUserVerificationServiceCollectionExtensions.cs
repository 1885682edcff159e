using ChatReset.Core.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers verified chat (<see cref="ChatResetUserVerification"/>).</summary>
public static class ChatResetUserVerificationServiceCollectionExtensions
{
    /// <summary>
    /// Verified chat configured from <c>ChatReset:UserVerification</c> (<see cref="ChatResetUserVerificationOptions"/>,
    /// off by default), its keys in a protected file (<see cref="FileUserVerificationKeyStore"/>). Called by
    /// <c>AddChatReset</c>; map the endpoints with <c>app.MapChatResetUserVerification()</c>.
    /// </summary>
    public static IServiceCollection AddChatResetUserVerification(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ChatResetUserVerificationOptions>()
            .Bind(configuration.GetSection(ChatResetUserVerificationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatResetUserVerificationOptions>, ChatResetUserVerificationOptionsValidator>());
        services.TryAddSingleton<IUserVerificationSettingsSource, ConfiguredUserVerificationSettingsSource>();
        services.TryAddSingleton<FileUserVerificationKeyStore>();
        services.TryAddSingleton<IUserVerificationKeyStore>(provider => provider.GetRequiredService<FileUserVerificationKeyStore>());
        services.AddDataProtection();
        return services.AddChatResetUserVerificationCore();
    }

    /// <summary>
    /// The parts every host shares (the key protector, <see cref="ChatResetUserVerification"/>), for a host that sets up
    /// Data Protection and registers its own <see cref="IUserVerificationSettingsSource"/> and <see cref="IUserVerificationKeyStore"/>.
    /// </summary>
    public static IServiceCollection AddChatResetUserVerificationCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UserVerificationKeyRingProtector>();
        services.TryAddScoped<ChatResetUserVerification>();
        return services;
    }
}
