using Microsoft.Playwright;

namespace ChatReset.Cms.Tests;

/// <summary>A browser page on the Orchard Core site, with the steps a site admin, an editor or marketing take.</summary>
public sealed class CmsPage(CmsFixture fixture, IBrowserContext context, IPage page) : IAsyncDisposable
{
    public const string DeploymentPage = "/Admin/Settings/chatreset-deployment";
    public const string WordingPage = "/Admin/Settings/chatreset-wording";
    public const string DeploymentPrefix = "ISite.ChatDeploymentSettings";

    public IPage Page => page;

    public List<string> Console { get; } = [];

    public async Task<IResponse?> GotoAsync(string path)
    {
        page.Console -= OnConsole;
        page.Console += OnConsole;
        return await page.GotoAsync(fixture.Site.Url(path).ToString());
    }

    private void OnConsole(object? sender, IConsoleMessage message) => Console.Add($"{message.Type}: {message.Text}");

    public async Task LogInAsync(string userName, string password = CmsSite.Password)
    {
        await GotoAsync("/Login");
        await page.Locator("input[name$='UserName']").FillAsync(userName);
        await page.Locator("input[name$='Password']").FillAsync(password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>As a signed-in administrator: creates a user holding exactly <paramref name="role"/> through Orchard's admin.</summary>
    public async Task CreateUserAsync(string userName, string role)
    {
        await GotoAsync("/Admin/Users/Create");
        await page.Locator("input[name$='.UserName']").FillAsync(userName);
        await page.Locator("input[name$='.Email']").FillAsync($"{userName}@example.com");
        await page.Locator("input[name$='.Password']").FillAsync(CmsSite.Password);
        await page.Locator("input[name$='.PasswordConfirmation']").FillAsync(CmsSite.Password);
        await page.Locator("label", new PageLocatorOptions { HasTextRegex = new($"^\\s*{role}\\s*$") }).ClickAsync();
        await SaveAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Create", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Submits the admin editor's form with its primary Save button.</summary>
    public Task SaveAsync() => page.Locator("form button[type=submit].save").First.ClickAsync();

    /// <summary>As a signed-in administrator: runs a recipe through Deployment's "Import JSON" page; returns its errors.</summary>
    public async Task<string> ImportJsonAsync(string json)
    {
        await GotoAsync("/Admin/DeploymentPlan/Import/Json");
        // The page turns its textarea into a CodeMirror editor, which writes the textarea back on submit.
        await page.Locator(".CodeMirror").WaitForAsync();
        await page.EvaluateAsync("json => document.querySelector('.CodeMirror').CodeMirror.setValue(json)", json);
        await page.Locator("form button[type=submit].import").ClickAsync();
        await page.WaitForLoadStateAsync();
        var summary = page.Locator(".validation-summary-errors");
        return await summary.CountAsync() == 0 ? string.Empty : await summary.InnerTextAsync();
    }

    /// <summary>The end-of-chat message the page's chat would show (the notice's template, rendered by the server).</summary>
    public Task<string> EndOfChatWordingAsync()
        => page.EvaluateAsync<string>("() => document.querySelector('[data-chat-reset] template').content.firstElementChild.textContent");

    public Task<string> FieldErrorAsync(string name)
        => page.Locator($"[data-valmsg-for='{name}']").InnerTextAsync();

    public Task<string> ValueAsync(string name) => page.Locator($"[name='{name}']").InputValueAsync();

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
