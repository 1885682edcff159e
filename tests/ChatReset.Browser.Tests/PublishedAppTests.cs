namespace ChatReset.Browser.Tests;

/// <summary>The demo as it ships: <c>dotnet publish -c Release</c>, run in the Production environment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublishedAppTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Published_demo_serves_the_assets_and_resets_in_production()
    {
        var publishDirectory = Path.Combine(Path.GetTempPath(), "chatreset-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            await PublishedDemo.PublishAsync(publishDirectory);
            Assert.True(File.Exists(Path.Combine(publishDirectory, "wwwroot", "simulated-salesforce", "bootstrap.js")));

            await using var server = await DemoServer.StartPublishedAsync(publishDirectory, "Production", []);
            await using var observed = await fixture.OpenAsync(server);

            var script = await observed.Page.APIRequest.GetAsync(server.Url("/_content/ChatReset.Core/chat-reset.js").ToString());
            Assert.Equal(200, script.Status);
            var styles = await observed.Page.APIRequest.GetAsync(server.Url("/_content/ChatReset.Core/chat-reset.css").ToString());
            Assert.Equal(200, styles.Status);

            await observed.StartConversationAsync();
            await observed.AgentEndsAndResetFinishesAsync();

            Assert.Equal(1, await observed.ClearSessionCallsAsync());
            Assert.True(await observed.Page.Locator(".chat-reset__notice").IsVisibleAsync());
            Assert.Equal("fixed", await observed.EvalAsync<string>("() => getComputedStyle(document.querySelector('.chat-reset__notice')).position"));
            Assert.Empty(observed.Console);
            Assert.Empty(await observed.CspViolationsAsync());
        }
        finally
        {
            if (Directory.Exists(publishDirectory))
            {
                Directory.Delete(publishDirectory, recursive: true);
            }
        }
    }
}
