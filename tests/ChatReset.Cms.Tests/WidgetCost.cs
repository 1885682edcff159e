using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatReset.Cms.Tests;

/// <summary>
/// What the Chat widget costs a page of a real Orchard Core site, against a stock widget of similar size: two pages
/// alike but for one widget in their flow (a Chat widget, an HTML widget), the layer's Chat widget switched off, the
/// settings complete, anonymous requests in Production. wrk alternates between the two pages on one running site.
/// </summary>
internal static partial class WidgetCost
{
    public static async Task<int> RunAsync(int rounds, int seconds, TextWriter output)
    {
        if (!File.Exists("/usr/bin/wrk"))
        {
            output.WriteLine("measure-widget: wrk is not installed (apt-get install wrk)");
            return 2;
        }

        var fixture = new EnglishSiteFixture();
        await fixture.InitializeAsync();
        try
        {
            await using (var admin = await fixture.OpenAsync(null!))
            {
                await admin.LogInAsync(CmsSite.AdminUserName);
                var errors = await admin.ImportJsonAsync(Pages);
                if (errors.Length > 0)
                {
                    output.WriteLine("measure-widget: the pages could not be created: " + errors);
                    return 2;
                }
            }

            string[] pages = ["/with-chat", "/with-html"];
            using (var client = new HttpClient())
            {
                // Measure only pages that are what they claim: both served, the chat on one of them alone.
                var withChat = await client.GetStringAsync(fixture.Site.Url(pages[0]));
                var withHtml = await client.GetStringAsync(fixture.Site.Url(pages[1]));
                if (!withChat.Contains("data-chat-reset-config", StringComparison.Ordinal)
                    || withHtml.Contains("data-chat-reset", StringComparison.Ordinal)
                    || !withHtml.Contains("An HTML widget", StringComparison.Ordinal))
                {
                    output.WriteLine($"measure-widget: the two pages are not as expected (chat on {pages[0]}: {withChat.Contains("data-chat-reset-config", StringComparison.Ordinal)}, "
                        + $"chat on {pages[1]}: {withHtml.Contains("data-chat-reset", StringComparison.Ordinal)}, HTML widget on {pages[1]}: {withHtml.Contains("An HTML widget", StringComparison.Ordinal)}).");
                    return 2;
                }
            }

            // Warm-up until the runtime has settled: .NET's tiered JIT recompiles hot methods for a while after the
            // first requests, and Orchard fills its caches; rounds measured before that favour whichever page ran last.
            for (var warmUp = 0; warmUp < 3; warmUp++)
            {
                foreach (var page in pages)
                {
                    await RateAsync(fixture.Site.Url(page), seconds);
                }
            }

            var rates = pages.ToDictionary(page => page, _ => new List<double>());
            output.WriteLine(Invariant($"{"round",-6} {"/with-chat",12} {"/with-html",12} {"ratio",8}"));
            for (var round = 1; round <= rounds; round++)
            {
                // A-B then B-A: neither page always runs first, so drift in the machine's load falls on both.
                foreach (var page in round % 2 == 1 ? pages : [pages[1], pages[0]])
                {
                    rates[page].Add(await RateAsync(fixture.Site.Url(page), seconds));
                }

                output.WriteLine(Invariant($"{round,-6} {rates[pages[0]][^1],12:F0} {rates[pages[1]][^1],12:F0} {rates[pages[0]][^1] / rates[pages[1]][^1],8:F3}"));
            }

            var chat = rates[pages[0]].Average();
            var html = rates[pages[1]].Average();
            var ratios = rates[pages[0]].Zip(rates[pages[1]], (withChat, withHtml) => withChat / withHtml).Order().ToArray();
            output.WriteLine(Invariant($"{"mean",-6} {chat,12:F0} {html,12:F0} {chat / html,8:F3}"));
            output.WriteLine(Invariant($"{"median",-6} {"",12} {"",12} {ratios[ratios.Length / 2],8:F3}"));
            output.WriteLine(Invariant($"({rounds} rounds of {seconds} s, wrk -t2 -c16, Orchard Core site in Production on 127.0.0.1, {Environment.ProcessorCount} CPUs)"));
            return 0;
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static async Task<double> RateAsync(Uri url, int seconds)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", "-c16", $"-d{seconds}s", url.ToString()]) { RedirectStandardOutput = true };
        using var wrk = Process.Start(start)!;
        var report = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        return double.Parse(RequestsPerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    // A stock HTML widget type (as Orchard's own recipes define one), the layer's Chat widget switched off, and two
    // pages whose flow holds one widget each: a Chat widget, or an HTML widget of about the chat host's size.
    private const string Pages = """
        { "steps": [
          { "name": "ContentDefinition", "ContentTypes": [ { "Name": "HtmlWidget", "DisplayName": "Html", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "HtmlWidget", "Name": "HtmlWidget", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } } ] } ], "ContentParts": [] },
          { "name": "Layers", "Layers": [ { "Name": "Always", "LayerRule": { "Conditions": [ { "Name": "BooleanCondition", "Value": false } ] } } ] },
          { "name": "content", "Data": [
            { "ContentItemId": "measurechatpage00000000001", "ContentType": "Page", "DisplayText": "With chat", "Latest": true, "Published": true,
              "TitlePart": { "Title": "With chat" }, "AutoroutePart": { "Path": "with-chat" }, "HtmlBodyPart": { "Html": "<p>A page.</p>" },
              "FlowPart": { "Widgets": [ { "ContentItemId": "measurechatwidget000000001", "ContentType": "ChatWidget", "Latest": true, "Published": true,
                "FlowMetadata": { "Alignment": 3, "Size": 100 }, "ChatWidgetPart": {} } ] } },
            { "ContentItemId": "measurehtmlpage00000000001", "ContentType": "Page", "DisplayText": "With html", "Latest": true, "Published": true,
              "TitlePart": { "Title": "With html" }, "AutoroutePart": { "Path": "with-html" }, "HtmlBodyPart": { "Html": "<p>A page.</p>" },
              "FlowPart": { "Widgets": [ { "ContentItemId": "measurehtmlwidget000000001", "ContentType": "HtmlWidget", "Latest": true, "Published": true,
                "FlowMetadata": { "Alignment": 3, "Size": 100 },
                "HtmlBodyPart": { "Html": "<div class=\"notice\"><p>An HTML widget of about the size of the chat's host.</p><button type=\"button\">Chat with us</button></div>" } } ] } }
          ] } ] }
        """;
}
