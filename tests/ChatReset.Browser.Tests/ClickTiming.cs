using System.Globalization;
using Microsoft.Playwright;

namespace ChatReset.Browser.Tests;

/// <summary>
/// How long a click takes to open the chat: eager (the bootstrap loads with the page and the visitor clicks
/// Salesforce's button) against click-to-load (the visitor clicks ChatReset's launcher), with the bootstrap's response
/// delayed as over a real network. The visitor's gesture is the same in both: the pointer comes to rest on the button,
/// stays there, presses for 80 ms and releases. Measured in the page, from the click event to the chat window in the
/// document ("open") and to the first animation frame after it ("shown", what the visitor sees). Runs alternate
/// between the modes, each in a fresh browser context (empty cache), after one uncounted warm-up run each.
/// </summary>
internal static class ClickTiming
{
    private const string Recorder = """
        window.clickTiming = {};
        addEventListener('click', e => { if (e.isTrusted && !clickTiming.click) clickTiming.click = e.timeStamp; }, true);
        new MutationObserver(() => {
          if (!clickTiming.open && document.querySelector('.sim-chat__window')) {
            clickTiming.open = performance.now();
            requestAnimationFrame(() => clickTiming.shown = performance.now());
          }
        }).observe(document, { childList: true, subtree: true });
        """;

    private sealed record Mode(string Name, DemoServer Server, string Control)
    {
        public List<double> Open { get; } = [];
        public List<double> Shown { get; } = [];
    }

    public static async Task<int> RunAsync(int runs, int bootstrapDelayMs, int dwellMs, TextWriter output)
    {
        await using var eagerServer = await DemoServer.StartBuiltAsync(["--ChatReset:ProductionMode=true"]);
        await using var lazyServer = await DemoServer.StartBuiltAsync(["--ChatReset:ProductionMode=true", "--ChatReset:LoadOnInteraction=true"]);
        var eager = new Mode("eager", eagerServer, ".sim-chat__button");
        var lazy = new Mode("click-to-load", lazyServer, "[data-chat-reset-launcher]");
        using var playwright = await Playwright.CreateAsync();
        var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
        try
        {
            output.WriteLine(Invariant($"measure-click: {runs} runs each, bootstrap delayed {bootstrapDelayMs} ms, pointer rests {dwellMs} ms before the click"));
            foreach (var mode in new[] { eager, lazy })
            {
                await MeasureAsync(browser, mode, bootstrapDelayMs, dwellMs);
            }

            for (var run = 0; run < runs; run++)
            {
                foreach (var mode in run % 2 == 0 ? new[] { eager, lazy } : [lazy, eager])
                {
                    var (open, shown) = await MeasureAsync(browser, mode, bootstrapDelayMs, dwellMs);
                    mode.Open.Add(open);
                    mode.Shown.Add(shown);
                }
            }

            foreach (var mode in new[] { eager, lazy })
            {
                output.WriteLine(Invariant(
                    $"{mode.Name,-14} click to open: median {Median(mode.Open),6:F1} ms (min {mode.Open.Min():F1}, max {mode.Open.Max():F1}); click to shown: median {Median(mode.Shown),6:F1} ms (min {mode.Shown.Min():F1}, max {mode.Shown.Max():F1})"));
            }

            output.WriteLine(Invariant(
                $"ratio click-to-load / eager: open {Median(lazy.Open) / Median(eager.Open):F2}, shown {Median(lazy.Shown) / Median(eager.Shown):F2}"));
            return 0;
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    private static async Task<(double Open, double Shown)> MeasureAsync(IBrowser browser, Mode mode, int bootstrapDelayMs, int dwellMs)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        try
        {
            context.SetDefaultTimeout(30_000);
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync(Recorder);
            await page.RouteAsync("**/simulated-salesforce/bootstrap.js", async route =>
            {
                await Task.Delay(bootstrapDelayMs);
                await route.ContinueAsync();
            });
            await page.GotoAsync(mode.Server.Url("/").ToString());
            var control = page.Locator(mode.Control);
            await control.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            var box = (await control.BoundingBoxAsync())!;
            await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await Task.Delay(dwellMs);
            await page.Mouse.DownAsync();
            await Task.Delay(80);
            await page.Mouse.UpAsync();
            await page.WaitForFunctionAsync("() => clickTiming.shown");

            var times = await page.EvaluateAsync<double[]>("() => [clickTiming.open - clickTiming.click, clickTiming.shown - clickTiming.click]");
            return (times[0], times[1]);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
