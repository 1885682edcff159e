using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Deployments;

/// <summary>
/// Reads <see cref="ChatResetDeploymentsOptions"/> from the <c>ChatReset</c> section over the default deployment's
/// options as the host configures them (binding and its <c>configure</c> callback), without validating those: the
/// default deployment's own validation reports its problems once, and a change of configuration reaches both.
/// </summary>
internal sealed class ChatResetDeploymentsSetup(
    IConfigurationSection section,
    IEnumerable<IConfigureOptions<ChatResetOptions>> configures,
    IEnumerable<IPostConfigureOptions<ChatResetOptions>> postConfigures) : IConfigureOptions<ChatResetDeploymentsOptions>
{
    public void Configure(ChatResetDeploymentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // What OptionsFactory does before it validates.
        var defaults = new ChatResetOptions();
        foreach (var configure in configures)
        {
            if (configure is IConfigureNamedOptions<ChatResetOptions> named)
            {
                named.Configure(Options.DefaultName, defaults);
            }
            else
            {
                configure.Configure(defaults);
            }
        }

        foreach (var postConfigure in postConfigures)
        {
            postConfigure.PostConfigure(Options.DefaultName, defaults);
        }

        options.Deployments = ChatResetDeploymentsOptions.Read(section, defaults);
    }
}
