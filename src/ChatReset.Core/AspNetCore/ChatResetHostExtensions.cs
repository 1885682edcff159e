using ChatReset.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>Startup helpers for hosts that bind ChatReset's settings with <c>AddChatReset</c>.</summary>
public static class ChatResetHostExtensions
{
    /// <summary>
    /// Binds and validates the ChatReset settings now, before the host starts. When they are invalid, writes one
    /// short line per failing field to <paramref name="errorOutput"/> and returns false, so that the program can exit
    /// with a non-zero code: without it the host logs the validation failure with a stack trace, then the runtime
    /// prints it again as an unhandled exception.
    /// <code>
    /// var app = builder.Build();
    /// if (!app.TryValidateChatResetSettings(Console.Error)) return 1;
    /// app.Run();
    /// </code>
    /// </summary>
    public static bool TryValidateChatResetSettings(this IHost host, TextWriter errorOutput)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(errorOutput);

        var failures = new List<string>();
        Collect<ChatResetOptions>(host, failures);
        Collect<ChatReset.Core.PageContext.ChatResetPageContextOptions>(host, failures);
        Collect<ChatReset.Core.Deployments.ChatResetDeploymentsOptions>(host, failures);
        if (failures.Count == 0)
        {
            return true;
        }

        errorOutput.WriteLine($"ChatReset cannot start: the \"{ChatResetOptions.SectionName}\" settings are invalid.");
        foreach (var failure in failures)
        {
            errorOutput.WriteLine($"  - {failure}");
        }

        return false;
    }

    private static void Collect<TOptions>(IHost host, List<string> failures) where TOptions : class
    {
        try
        {
            _ = host.Services.GetRequiredService<IOptions<TOptions>>().Value;
        }
        catch (OptionsValidationException exception)
        {
            failures.AddRange(exception.Failures);
        }
    }
}
