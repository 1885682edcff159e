using ChatReset.Module.Services;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using OrchardCore.DisplayManagement.Handlers;
using OrchardCore.DisplayManagement.Views;
using OrchardCore.Entities;
using OrchardCore.Settings;

namespace ChatReset.Module.Drivers;

/// <summary>
/// The "Chat Wording" settings page (Configuration &gt; Settings): end-of-chat message and button labels for each
/// culture of the site. Guarded by <see cref="ChatResetPermissions.EditChatWording"/>; it never shows or changes
/// the deployment. Nothing is saved unless every text of every culture passes Core's validation.
/// </summary>
internal sealed class ChatWordingSettingsDisplayDriver : ChatSettingsDisplayDriver<ChatWordingSettings>
{
    public const string ShapeType = "ChatWordingSettings_Edit";

    private readonly SiteCultures _siteCultures;

    internal readonly IStringLocalizer S;

    public ChatWordingSettingsDisplayDriver(
        IHttpContextAccessor httpContextAccessor,
        IAuthorizationService authorizationService,
        SiteCultures siteCultures,
        IStringLocalizer<ChatWordingSettingsDisplayDriver> stringLocalizer)
        : base(httpContextAccessor, authorizationService, ChatResetPermissions.EditChatWording)
    {
        _siteCultures = siteCultures;
        S = stringLocalizer;
    }

    protected override string SettingsGroupId => ChatResetConstants.SettingsGroups.Wording;

    public override async Task<IDisplayResult?> EditAsync(ISite site, ChatWordingSettings settings, BuildEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        return await EditorAsync(settings, DeploymentNames(site));
    }

    public override async Task<IDisplayResult?> UpdateAsync(ISite site, ChatWordingSettings settings, UpdateEditorContext context)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);

        if (!await IsAuthorizedAsync())
        {
            return null;
        }

        var model = new ChatWordingSettingsViewModel();
        await context.Updater.TryUpdateModelAsync(model, Prefix);

        var supported = await _siteCultures.GetSupportedCulturesAsync();
        var deployments = DeploymentNames(site);
        var posted = new ChatWordingSettings();

        for (var i = 0; i < model.Cultures.Count; i++)
        {
            var entry = model.Cultures[i];
            var prefix = $"{Prefix}.{nameof(ChatWordingSettingsViewModel.Cultures)}[{i}]";
            var culture = supported.FirstOrDefault(c => string.Equals(c, entry.Culture ?? string.Empty, StringComparison.OrdinalIgnoreCase));
            if (culture is null)
            {
                // Only the site's cultures are editable. A culture the site no longer offers (removed while the page
                // was open) is refused out loud: reporting success for text that was never stored would lose it.
                context.Updater.ModelState.AddModelError($"{prefix}.{nameof(ChatCultureWordingViewModel.EndOfChatMessage)}",
                    S["This language is no longer one of the site's languages; nothing was saved. Reload the page and enter the text again."]);
                continue;
            }

            var wording = entry.ToWording();
            if (entry.Deployment is null)
            {
                posted.Cultures[culture] = wording;
            }
            else if (deployments.FirstOrDefault(name => string.Equals(name, entry.Deployment, StringComparison.OrdinalIgnoreCase)) is { } deployment)
            {
                ChatWordingByCulture.Replace(posted, deployment, culture, wording);
            }
            else
            {
                // Removed on the Salesforce Chat page while this page was open: refused out loud, like a culture.
                context.Updater.ModelState.AddModelError($"{prefix}.{nameof(ChatCultureWordingViewModel.EndOfChatMessage)}",
                    S["This deployment no longer exists; nothing was saved. Reload the page and enter the text again."]);
                continue;
            }

            ChatSettingsValidation.AddTo(context.Updater.ModelState, ChatSettingsValidation.CheckWording(wording), prefix);
        }

        if (!context.Updater.ModelState.IsValid)
        {
            return await EditorAsync(posted, deployments);
        }

        // Wording of cultures the site no longer offers is kept, so re-adding a culture brings its text back.
        foreach (var (culture, wording) in posted.Cultures)
        {
            ChatWordingByCulture.Replace(settings, culture, wording);
        }

        foreach (var (deployment, byCulture) in posted.Deployments)
        {
            foreach (var (culture, wording) in byCulture.Cultures)
            {
                ChatWordingByCulture.Replace(settings, deployment, culture, wording);
            }
        }

        return await EditorAsync(settings, deployments);
    }

    /// <summary>The site's additional deployments by name: marketing sees names only, never Salesforce IDs.</summary>
    private static IReadOnlyList<string> DeploymentNames(ISite site)
        => site.Settings<ChatDeploymentSettings>().Deployments.Select(d => d.Name).OfType<string>().ToList();

    /// <summary>A set of fields per culture of the site, then per deployment and culture (overriding the site's).</summary>
    private async Task<IDisplayResult> EditorAsync(ChatWordingSettings values, IReadOnlyList<string> deployments)
    {
        var supported = await _siteCultures.GetSupportedCulturesAsync();
        var defaultCulture = supported[0];

        ChatCultureWordingViewModel Entry(string culture, string? deployment)
        {
            var entry = new ChatCultureWordingViewModel
            {
                Culture = culture,
                Deployment = deployment,
                CultureDisplayName = culture.Length == 0 ? S["Site language (the server's default)"].Value : SiteCultures.DisplayName(culture),
                IsDefaultCulture = deployment is null && string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase),
                // A deployment's empty field shows the site's text for the culture, which it then uses.
                Fallback = deployment is null
                    ? ChatWordingByCulture.ForEmptyFieldsOf(values, culture, defaultCulture)
                    : ChatWordingByCulture.For(values, culture, defaultCulture),
            };
            entry.Load((deployment is null ? ChatWordingByCulture.Find(values, culture) : ChatWordingByCulture.Find(values, deployment, culture)) ?? new ChatWording());
            return entry;
        }

        return Initialize<ChatWordingSettingsViewModel>(ShapeType, model =>
        {
            model.Cultures =
            [
                .. supported.Select(culture => Entry(culture, deployment: null)),
                .. deployments.SelectMany(deployment => supported.Select(culture => Entry(culture, deployment))),
            ];
        })
        .Location("Content:1")
        .OnGroup(SettingsGroupId);
    }
}
