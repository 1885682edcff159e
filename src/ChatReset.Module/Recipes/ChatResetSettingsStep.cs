using System.Text.Json;
using System.Text.Json.Nodes;
using ChatReset.Core.PageContext;
using ChatReset.Module.PageContext;
using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Microsoft.Extensions.Options;
using OrchardCore.Entities;
using OrchardCore.Recipes.Models;
using OrchardCore.Recipes.Services;
using OrchardCore.Settings;

namespace ChatReset.Module.Recipes;

/// <summary>
/// The <c>ChatResetSettings</c> recipe step: sets the deployment, the wording and/or the hidden pre-chat field
/// mapping (<c>ChatPageContextSettings</c>) like the settings pages do —
/// trimmed, checked by ChatReset.Core's rules, and all or nothing. Unlike Orchard's generic <c>settings</c> step,
/// a bad value fails the recipe with a message per field instead of being stored. As on the Chat Wording page, the
/// wording of each culture the step names replaces that culture's wording; other cultures keep theirs.
/// <code>
/// { "name": "ChatResetSettings",
///   "ChatDeploymentSettings": { "OrgId": "00D…", "DeploymentApiName": "…", "SiteUrl": "https://…", "Scrt2Url": "https://…" },
///   "ChatWordingSettings": { "Cultures": { "en-US": { "EndOfChatMessage": "…" } } } }
/// </code>
/// Additional deployments go in <c>ChatDeploymentSettings.Deployments</c> (<c>[{ "Name": "French", "Cultures": ["fr"],
/// "OrgId": "00D…", … }]</c>, replacing the stored list) and their wording in
/// <c>ChatWordingSettings.Deployments</c> (<c>{ "French": { "Cultures": { "fr": { … } } } }</c>); every error names its deployment.
/// </summary>
public sealed class ChatResetSettingsStep : IRecipeStepHandler
{
    public const string StepName = "ChatResetSettings";

    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly ISiteService _siteService;
    private readonly ChatResetShellOptions _shellOptions;

    public ChatResetSettingsStep(ISiteService siteService, IOptions<ChatResetShellOptions> shellOptions)
    {
        ArgumentNullException.ThrowIfNull(shellOptions);

        _siteService = siteService;
        _shellOptions = shellOptions.Value;
    }

    public async Task ExecuteAsync(RecipeExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (!string.Equals(context.Name, StepName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Read into the settings pages' input models, so that a recipe's values are cleaned as a post is.
        if (!TryRead<DeploymentInput>(context, nameof(ChatDeploymentSettings), out var deploymentInput)
            || !TryRead<WordingInput>(context, nameof(ChatWordingSettings), out var wordingInput))
        {
            return;
        }

        if (!TryRead<ChatPageContextSettings>(context, nameof(ChatPageContextSettings), out var pageContext))
        {
            return;
        }

        if (deploymentInput is null && wordingInput is null && pageContext is null)
        {
            context.Errors.Add($"{StepName}: give {nameof(ChatDeploymentSettings)}, {nameof(ChatWordingSettings)}, {nameof(ChatPageContextSettings)} or any of them together.");
            return;
        }

        var site = await _siteService.LoadSiteSettingsAsync();
        ChatDeploymentSettings? deployment = null;
        List<NamedChatDeployment?>? additional = null;
        if (deploymentInput is not null)
        {
            deployment = new ChatDeploymentSettings();
            deploymentInput.ApplyTo(deployment);
            // Each additional deployment cleaned as the settings page's rows are.
            additional = deploymentInput.Deployments?.Select(d => d is null ? null : ChatDeploymentRowViewModel.From(d).ToDeployment()).ToList() ?? [];
            deployment.Deployments = additional.OfType<NamedChatDeployment>().ToList();
        }

        var cultures = wordingInput?.Cultures?.ToDictionary(c => c.Key, c => c.Value?.ToWording() ?? new ChatWording());
        var deploymentCultures = wordingInput?.Deployments?.ToDictionary(
            d => d.Key, d => d.Value?.Cultures?.ToDictionary(c => c.Key, c => c.Value?.ToWording() ?? new ChatWording()) ?? []);

        var wordingAfter = site.Settings<ChatWordingSettings>();
        foreach (var (culture, cultureWording) in cultures ?? [])
        {
            ChatWordingByCulture.Replace(wordingAfter, culture, cultureWording);
        }

        foreach (var (name, byCulture) in deploymentCultures ?? [])
        {
            foreach (var (culture, cultureWording) in byCulture)
            {
                ChatWordingByCulture.Replace(wordingAfter, name, culture, cultureWording);
            }
        }

        var errors = new List<string>();
        if (deployment is not null)
        {
            errors.AddRange(ChatSettingsValidation.CheckDeployment(deployment, _shellOptions).Select(e => $"{StepName}: {e.Message}"));
            errors.AddRange(ChatSettingsValidation.CheckDeployments(additional!, _shellOptions).Select(e => $"{StepName}: {e.Message}"));
        }

        // A deployment's wording names a deployment the site has (after this step).
        var deploymentNames = (deployment ?? site.Settings<ChatDeploymentSettings>()).Deployments.Select(d => d.Name);
        foreach (var name in deploymentCultures?.Keys.ToList() ?? [])
        {
            if (!deploymentNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"{StepName}: {nameof(ChatWordingSettings)}.Deployments names a deployment the site does not have; use the name of one of its additional deployments.");
            }
        }

        foreach (var (name, byCulture) in deploymentCultures ?? [])
        {
            foreach (var (culture, cultureWording) in byCulture)
            {
                errors.AddRange(SiteCultures.IsCultureName(culture)
                    ? ChatSettingsValidation.CheckWording(cultureWording).Select(e => $"{StepName}, deployment {name}, culture {culture}: {e.Message}")
                    : [$"{StepName}: {nameof(ChatWordingSettings)}.Deployments has a key that is not a culture name; use names such as en-US or fr."]);
            }
        }

        // Culture names are case-insensitive (the stored dictionary too), so "fr" and "FR" would be the same entry.
        if (cultures is not null && cultures.Keys.Distinct(StringComparer.OrdinalIgnoreCase).Count() < cultures.Count)
        {
            errors.Add($"{StepName}: {nameof(ChatWordingSettings)}.Cultures names a culture more than once (case does not matter); keep one entry per culture.");
        }

        foreach (var (culture, cultureWording) in cultures ?? [])
        {
            if (!SiteCultures.IsCultureName(culture))
            {
                errors.Add($"{StepName}: {nameof(ChatWordingSettings)}.Cultures has a key that is not a culture name; use names such as en-US or fr.");
                continue;
            }

            errors.AddRange(ChatSettingsValidation.CheckWording(cultureWording)
                .Select(e => $"{StepName}, culture {culture}: {e.Message}"));
        }

        // The hidden pre-chat field mapping replaces the stored one, row by row as the settings page saves it.
        var hiddenPrechatFields = pageContext?.HiddenPrechatFields?.Select(row => row is null ? null : HiddenPrechatFieldRow.From(row).ToField()).ToList();
        errors.AddRange(HiddenPrechatFieldRules.Validate(hiddenPrechatFields ?? []).Select(e => $"{StepName}: {e.Message}"));

        if (errors.Count > 0)
        {
            errors.ForEach(context.Errors.Add);
            return;
        }

        if (hiddenPrechatFields is not null)
        {
            site.Put(new ChatPageContextSettings { HiddenPrechatFields = hiddenPrechatFields.OfType<HiddenPrechatField>().ToList() });
        }

        if (deployment is not null)
        {
            site.Put(deployment);
        }

        if (cultures is not null || deploymentCultures is not null)
        {
            site.Put(wordingAfter);
        }

        await _siteService.UpdateSiteSettingsAsync(site);
    }

    private static bool TryRead<T>(RecipeExecutionContext context, string property, out T? value) where T : class
    {
        value = null;
        if (context.Step is null || !context.Step.TryGetPropertyValue(property, out var node) || node is null)
        {
            return true;
        }

        try
        {
            value = node is JsonObject ? node.Deserialize<T>(ReadOptions) : throw new JsonException();
            return true;
        }
        catch (JsonException)
        {
            context.Errors.Add($"{StepName}: {property} must be an object with the documented properties and value types.");
            return false;
        }
    }

    /// <summary>The step's <c>ChatWordingSettings</c> object, each culture read as the wording page's input.</summary>
    private sealed class WordingInput
    {
        public Dictionary<string, ChatCultureWordingViewModel?>? Cultures { get; set; }

        /// <summary>Wording per additional deployment, by name, each with its own <c>Cultures</c>.</summary>
        public Dictionary<string, DeploymentWordingInput?>? Deployments { get; set; }
    }

    private sealed class DeploymentWordingInput
    {
        public Dictionary<string, ChatCultureWordingViewModel?>? Cultures { get; set; }
    }

    /// <summary>The step's <c>ChatDeploymentSettings</c> object: the default deployment's fields and the others as stored.</summary>
    private sealed class DeploymentInput : ChatDeploymentFieldsViewModel
    {
        public List<NamedChatDeployment?>? Deployments { get; set; }
    }
}
