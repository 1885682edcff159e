using System.Diagnostics;

namespace ChatReset.Browser.Tests;

/// <summary>The sample site as a showcase: the headers a security review expects, how it fails, its comparison page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleSiteTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/without-chatreset")]
    [InlineData("/_content/ChatReset.Core/chat-reset.js")]
    public async Task Responses_carry_the_security_headers_and_no_server_header(string path)
    {
        var server = await fixture.ServerAsync();
        using var client = new HttpClient();

        using var response = await client.GetAsync(server.Url(path));

        response.EnsureSuccessStatusCode();
        string Header(string name) => string.Join(", ", response.Headers.GetValues(name));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header("Content-Security-Policy"), StringComparison.Ordinal);
        var permissions = Header("Permissions-Policy");
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "payment", "usb" })
        {
            Assert.Contains($"{feature}=()", permissions, StringComparison.Ordinal);
        }

        Assert.False(response.Headers.Contains("Server"), "the response names its server");
    }

    [Fact]
    public async Task Invalid_settings_stop_the_site_with_one_line_per_field_and_no_stack_trace()
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DemoServer.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { DemoServer.BuiltDll, "--urls", "http://127.0.0.1:0", "--ChatReset:OrgId=12345", "--ChatReset:SiteUrl=http://acme.my.site.com/ESWWeb1700000000000" })
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(startInfo)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var lines = (await standardOutput + await standardError).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, process.ExitCode);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ChatReset cannot start", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("(OrgId)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("(SiteUrl)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("at ", StringComparison.Ordinal) || line.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_comparison_page_embeds_Salesforces_snippet_and_nothing_of_ChatReset()
    {
        var server = await fixture.ServerAsync();
        await using var observed = await fixture.OpenAsync(server, "/without-chatreset");
        await observed.WaitForChatReadyAsync();

        var html = await observed.Page.ContentAsync();
        Assert.Contains("function initEmbeddedMessaging()", html, StringComparison.Ordinal);
        Assert.Contains("embeddedservice_bootstrap.settings.language = \"en_US\"", html, StringComparison.Ordinal);
        Assert.Contains("\"00D5g000004SVXp\"", html, StringComparison.Ordinal);
        Assert.Contains("scrt2URL: \"https://acme-demo.my.salesforce-scrt.com\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(observed.Requests, url => url.Contains("/_content/ChatReset.Core/", StringComparison.Ordinal));
        Assert.Equal(1, await observed.EvalAsync<int>("() => simulatedSalesforce.initCalls"));
        Assert.Empty(await observed.CspViolationsAsync());
        Assert.Empty(observed.PageErrors);
    }
}
