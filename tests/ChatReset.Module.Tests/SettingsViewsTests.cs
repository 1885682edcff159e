using System.Text.Encodings.Web;
using ChatReset.Core;
using ChatReset.Module.Settings;
using ChatReset.Module.ViewModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatReset.Module.Tests;

/// <summary>
/// Renders the two settings views as MVC does (the module's compiled Razor views, ASP.NET Core's tag helpers, the
/// field prefix Orchard gives the shape) and reads the HTML an administrator's browser would get.
/// </summary>
public sealed class SettingsViewsTests
{
    private static Task<string> RenderAsync<TModel>(string view, TModel model, string prefix, Action<ModelStateDictionary>? errors = null)
    {
        var modelState = new ModelStateDictionary();
        errors?.Invoke(modelState);
        return RazorViews.RenderAsync(view, model, modelState, prefix);
    }

    [Fact]
    public async Task Deployment_editor_posts_under_the_drivers_prefix_and_shows_field_errors()
    {
        var html = await RenderAsync("/Views/ChatDeploymentSettings.Edit.cshtml",
            new ChatDeploymentSettingsViewModel { OrgId = Valid.OrgId, ProductionMode = true },
            "ISite.ChatDeploymentSettings",
            modelState => modelState.AddModelError("ISite.ChatDeploymentSettings.SiteUrl", "Site URL (SiteUrl) must be on a Salesforce domain."));

        foreach (var field in new[] { "OrgId", "DeploymentApiName", "SiteUrl", "Scrt2Url", "Language", "BootstrapUrl", "ProductionMode", "LoadOnInteraction" })
        {
            Assert.Contains($"name=\"ISite.ChatDeploymentSettings.{field}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains($"value=\"{Valid.OrgId}\"", html, StringComparison.Ordinal);
        Assert.Contains("Site URL (SiteUrl) must be on a Salesforce domain.", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-control", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hint\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ForceProductionMode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deployment_editor_says_when_production_mode_is_forced()
    {
        var html = await RenderAsync("/Views/ChatDeploymentSettings.Edit.cshtml",
            new ChatDeploymentSettingsViewModel { ProductionModeForced = true }, "ISite.ChatDeploymentSettings");

        Assert.Contains("ForceProductionMode", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wording_editor_has_one_fieldset_per_culture_with_encoded_text_and_no_deployment_field()
    {
        var model = new ChatWordingSettingsViewModel
        {
            Cultures =
            [
                new ChatCultureWordingViewModel { Culture = "en-US", CultureDisplayName = "English (United States)", IsDefaultCulture = true,
                    EndOfChatMessage = "<script>alert(1)</script>", Fallback = new ChatWording { RestartLabel = "Start \"new\" chat" } },
                new ChatCultureWordingViewModel { Culture = "fr", CultureDisplayName = "French", RestartLabel = "Recommencer" },
            ],
        };

        var html = await RenderAsync("/Views/ChatWordingSettings.Edit.cshtml", model, "ISite.ChatWordingSettings",
            modelState => modelState.AddModelError("ISite.ChatWordingSettings.Cultures[1].RestartLabel", "Restart label (RestartLabel) is too long."));

        Assert.Equal(2, html.Split("<fieldset", StringSplitOptions.None).Length - 1);
        Assert.Contains("name=\"ISite.ChatWordingSettings.Cultures[0].Culture\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"ISite.ChatWordingSettings.Cultures[1].RestartLabel\"", html, StringComparison.Ordinal);
        Assert.Contains("Restart label (RestartLabel) is too long.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains(HtmlEncoder.Default.Encode("<script>alert(1)</script>"), html, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"Start &quot;new&quot; chat\"", html, StringComparison.Ordinal);
        foreach (var deploymentField in new[] { "OrgId", "DeploymentApiName", "SiteUrl", "Scrt2Url", "BootstrapUrl", "ProductionMode" })
        {
            Assert.DoesNotContain(deploymentField, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_editors_browser_length_limits_are_Cores_and_a_pasted_org_ID_with_spaces_is_not_cut()
    {
        var deployment = ChatWidgetTestHost.Parse(await RenderAsync("/Views/ChatDeploymentSettings.Edit.cshtml",
            new ChatDeploymentSettingsViewModel(), "ISite.ChatDeploymentSettings"));
        var wording = ChatWidgetTestHost.Parse(await RenderAsync("/Views/ChatWordingSettings.Edit.cshtml",
            new ChatWordingSettingsViewModel { Cultures = [new ChatCultureWordingViewModel { Culture = "en-US" }] }, "ISite.ChatWordingSettings"));

        string? MaxLength(AngleSharp.Dom.IDocument page, string name)
            => page.QuerySelector($"[name='{name}']")!.GetAttribute("maxlength");

        // The org ID is trimmed on save; a browser limit would cut " 00D…18 chars" to 17 and fail it for no reason.
        Assert.Null(MaxLength(deployment, "ISite.ChatDeploymentSettings.OrgId"));
        Assert.Equal($"{ChatResetOptionsValidator.MaxDeploymentApiNameLength}", MaxLength(deployment, "ISite.ChatDeploymentSettings.DeploymentApiName"));
        Assert.Equal($"{ChatResetOptionsValidator.MaxEndOfChatMessageLength}", MaxLength(wording, "ISite.ChatWordingSettings.Cultures[0].EndOfChatMessage"));
        foreach (var label in new[] { "RestartLabel", "DismissLabel", "LauncherLabel" })
        {
            Assert.Equal($"{ChatResetOptionsValidator.MaxLabelLength}", MaxLength(wording, $"ISite.ChatWordingSettings.Cultures[0].{label}"));
        }
    }

    [Fact]
    public async Task Each_cultures_texts_are_marked_with_their_language_and_the_editors_own_wording_is_not()
    {
        var page = ChatWidgetTestHost.Parse(await RenderAsync("/Views/ChatWordingSettings.Edit.cshtml",
            new ChatWordingSettingsViewModel { Cultures = [new() { Culture = "en-US", IsDefaultCulture = true }, new() { Culture = "fr", CultureDisplayName = "French" }] },
            "ISite.ChatWordingSettings"));

        // Screen readers switch voice on lang: the French fields in French, the admin's labels and hints not.
        var french = page.QuerySelectorAll("textarea, input:not([type=hidden])").Where(f => f.GetAttribute("name")!.Contains("Cultures[1]", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, french.Count);
        Assert.All(french, field => Assert.Equal("fr", field.GetAttribute("lang")));
        Assert.All(page.QuerySelectorAll("legend, label, .hint"), text => Assert.Null(text.Closest("[lang]")));
    }
}
