using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Deployments;

/// <summary>One problem with one additional deployment.</summary>
/// <param name="Deployment">The deployment's index in the list (0-based); the message counts from 1.</param>
/// <param name="Field">
/// The <see cref="ChatResetDeployment"/> property (<c>Name</c>, <c>Cultures</c>, <c>PathPrefixes</c>, <c>Layers</c>) or the
/// <see cref="ChatResetOptions"/> property the problem is about.
/// </param>
/// <param name="Message">Names the deployment, the setting and the rule. Never contains the rejected value.</param>
public sealed record ChatResetDeploymentError(int Deployment, string Field, string Message);

/// <summary>An additional deployment as a host checks it: its name and rules, and its Salesforce settings.</summary>
public sealed record ChatResetDeploymentEntry(ChatResetDeployment Deployment, ChatResetOptions Options);

/// <summary>
/// The rules of additional deployments: a name that is a key, culture names, path prefixes and layer names, and each
/// deployment's Salesforce settings under the same rules as the default deployment
/// (<see cref="ChatResetOptionsValidator.ValidateDeployment"/>). Used on start in plain ASP.NET Core and by the Orchard
/// Core module's settings page and recipe step.
/// </summary>
public sealed partial class ChatResetDeploymentRules : IValidateOptions<ChatResetDeploymentsOptions>
{
    /// <summary>The longest deployment name accepted.</summary>
    public const int MaxNameLength = 50;

    /// <summary>The most additional deployments a site may have.</summary>
    public const int MaxDeployments = 20;

    /// <summary>The most cultures, path prefixes or layers one deployment may list.</summary>
    public const int MaxRuleValues = 50;

    /// <summary>The longest path prefix or layer name accepted.</summary>
    public const int MaxRuleValueLength = 200;

    /// <summary>
    /// Every problem of <paramref name="deployments"/>, deployment by deployment in order; empty when all are valid. A
    /// null entry is a row an editor left empty or removed: it is not checked but keeps its number.
    /// </summary>
    public static IReadOnlyList<ChatResetDeploymentError> Validate(IReadOnlyList<ChatResetDeploymentEntry?> deployments)
    {
        ArgumentNullException.ThrowIfNull(deployments);

        var errors = new List<ChatResetDeploymentError>();
        if (deployments.Count(entry => entry is not null) > MaxDeployments)
        {
            errors.Add(new ChatResetDeploymentError(MaxDeployments, nameof(ChatResetDeployment.Name),
                $"Deployments: at most {MaxDeployments} additional deployments are allowed. Remove the ones no page needs."));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < deployments.Count; index++)
        {
            if (deployments[index] is not { } entry)
            {
                continue;
            }

            var deployment = entry.Deployment;
            var nameError = CheckName(deployment.Name, names);
            var label = nameError is null ? $"Deployment {deployment.Name} (row {index + 1}):" : $"Deployment in row {index + 1}:";
            void Add(string field, string? message)
            {
                if (message is not null)
                {
                    errors.Add(new ChatResetDeploymentError(index, field, $"{label} {message}"));
                }
            }

            Add(nameof(ChatResetDeployment.Name), nameError);
            Add(nameof(ChatResetDeployment.Cultures), CheckValues(deployment.Cultures, "Cultures", CheckCulture));
            Add(nameof(ChatResetDeployment.PathPrefixes), CheckValues(deployment.PathPrefixes, "Path prefixes", CheckPathPrefix));
            Add(nameof(ChatResetDeployment.Layers), CheckValues(deployment.Layers, "Layers", CheckLayer));
            foreach (var error in ChatResetOptionsValidator.ValidateDeployment(entry.Options))
            {
                Add(error.Field, error.Message);
            }
        }

        return errors;
    }

    ValidateOptionsResult IValidateOptions<ChatResetDeploymentsOptions>.Validate(string? name, ChatResetDeploymentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var errors = Validate(options.Deployments);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.Message));
    }

    private static string? CheckName(string? name, HashSet<string> seen)
    {
        const string Rule = "Name is required: letters, digits, - and _ only, for example French or support-queue.";
        if (string.IsNullOrWhiteSpace(name))
        {
            return Rule;
        }

        if (name.Length > MaxNameLength)
        {
            return $"Name must be at most {MaxNameLength} characters long, but it has {name.Length}.";
        }

        if (!NameCharacters().IsMatch(name))
        {
            return $"Name may contain only letters, digits, - and _ (no spaces), for example French or support-queue.";
        }

        if (string.Equals(name, ChatResetDeploymentSelection.DefaultName, StringComparison.OrdinalIgnoreCase))
        {
            return $"Name cannot be {ChatResetDeploymentSelection.DefaultName}: that is the name of the deployment at the top of the page. Choose another name.";
        }

        return seen.Add(name) ? null : "Name is already used by another deployment (case does not matter). Give each deployment its own name.";
    }

    private static string? CheckValues(List<string>? values, string label, Func<string, string?> check)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        if (values.Count > MaxRuleValues)
        {
            return $"{label}: at most {MaxRuleValues} values are allowed, but there are {values.Count}.";
        }

        if (values.Distinct(StringComparer.OrdinalIgnoreCase).Count() < values.Count)
        {
            return $"{label}: a value is listed twice (case does not matter). List each once.";
        }

        return values.Select(check).FirstOrDefault(message => message is not null) is { } problem ? $"{label}: {problem}" : null;
    }

    private static string? CheckCulture(string culture)
        => ChatResetCultures.IsCultureName(culture)
            ? null
            : "each value must be a culture name such as fr, fr-CA or en-US.";

    private static string? CheckPathPrefix(string prefix)
    {
        if (prefix.Length > MaxRuleValueLength)
        {
            return $"each prefix must be at most {MaxRuleValueLength} characters long.";
        }

        // A site-relative path: "//host" would be another site, and "." or ".." segments never reach a page as typed.
        return PathPrefix().IsMatch(prefix) && !prefix.Split('/').Any(segment => segment is "." or "..")
            ? null
            : "each prefix must be a site-relative path starting with a single /, made of URL characters (no spaces, query or fragment), for example /support or /fr/help.";
    }

    private static string? CheckLayer(string layer)
    {
        if (string.IsNullOrWhiteSpace(layer))
        {
            return "a layer name is empty; remove the empty entry.";
        }

        return layer.Length > MaxRuleValueLength || layer.Any(char.IsControl)
            ? $"each layer name must be at most {MaxRuleValueLength} characters long, without control characters, as Orchard's Layers page shows it."
            : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameCharacters();

    [GeneratedRegex(@"^/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@%]+/?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex PathPrefix();
}
