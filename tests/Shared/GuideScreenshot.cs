using Microsoft.Playwright;

namespace ChatReset.Tests;

/// <summary>
/// The screenshots of the guides in docs/, taken by the tests in Chromium so that they cannot go stale silently: a
/// test takes the picture again and fails when it no longer matches the stored PNG. With the environment variable
/// <c>CHATRESET_UPDATE_SCREENSHOTS=1</c> the tests write what they see instead (then review the PNGs in the diff).
/// </summary>
public static class GuideScreenshot
{
    /// <summary>Where the guides' images are.</summary>
    public static string Folder { get; } = System.IO.Path.Combine(RepositoryRoot.Path, "docs", "images");

    private static bool Updating => Environment.GetEnvironmentVariable("CHATRESET_UPDATE_SCREENSHOTS") == "1";

    /// <summary>
    /// Pictures <paramref name="subject"/> (an element, with the page around it cut away) and checks it against
    /// docs/images/<paramref name="name"/>. What <paramref name="varying"/> finds (text that changes from run to run,
    /// such as a port) is covered with a plain box.
    /// </summary>
    public static async Task MatchAsync(ILocator subject, string name, ILocator? varying = null)
        => await MatchAsync(subject.Page, name, await subject.ScreenshotAsync(new LocatorScreenshotOptions
        {
            Type = ScreenshotType.Png,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
            Scale = ScreenshotScale.Css,
            Mask = varying is null ? null : [varying],
            MaskColor = "#e9ecef",
        }));

    /// <summary>Pictures what <paramref name="page"/>'s viewport shows and checks it against docs/images/<paramref name="name"/>.</summary>
    public static async Task MatchAsync(IPage page, string name)
        => await MatchAsync(page, name, await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Type = ScreenshotType.Png,
            Animations = ScreenshotAnimations.Disabled,
            Caret = ScreenshotCaret.Hide,
            Scale = ScreenshotScale.Css,
        }));

    private static async Task MatchAsync(IPage page, string name, byte[] taken)
    {
        var stored = System.IO.Path.Combine(Folder, name);
        if (Updating)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(stored)!);
            await File.WriteAllBytesAsync(stored, taken);
            return;
        }

        Assert.True(File.Exists(stored), $"docs/images/{name} is missing; take it with CHATRESET_UPDATE_SCREENSHOTS=1.");
        var difference = await DifferenceAsync(page.Context, await File.ReadAllBytesAsync(stored), taken);
        if (difference > MaxDifference)
        {
            var seen = System.IO.Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots", name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(seen)!);
            await File.WriteAllBytesAsync(seen, taken);
            Assert.Fail($"docs/images/{name} no longer shows what the product shows ({difference:P2} of it changed; what the test saw is in TestResults/screenshots/{name}). "
                + "If the change is meant, take the guides' screenshots again with CHATRESET_UPDATE_SCREENSHOTS=1 and update the guide's text.");
        }
    }

    // Fonts are antialiased the same way from run to run on one machine image, but not to the last bit everywhere:
    // what counts is the share of clearly changed pixels, at half the size, not any changed bit. One changed word
    // in a phone-sized picture is about 0.1%.
    private const double MaxDifference = 0.0002;

    /// <summary>The share of pixels that differ clearly between two PNGs (1 when their sizes differ), computed by Chromium.</summary>
    private static async Task<double> DifferenceAsync(IBrowserContext context, byte[] stored, byte[] taken)
    {
        // A blank page of its own: the site's Content-Security-Policy is not the comparison's business.
        var blank = await context.NewPageAsync();
        try
        {
            return await blank.EvaluateAsync<double>("""
                async ([a, b]) => {
                  const load = (png) => new Promise((resolve, reject) => {
                    const image = new Image();
                    image.onload = () => resolve(image);
                    image.onerror = reject;
                    image.src = 'data:image/png;base64,' + png;
                  });
                  const [x, y] = await Promise.all([load(a), load(b)]);
                  if (x.width !== y.width || x.height !== y.height) return 1;
                  const width = Math.max(1, x.width >> 1), height = Math.max(1, x.height >> 1);
                  const pixels = (image) => {
                    const canvas = document.createElement('canvas');
                    canvas.width = width;
                    canvas.height = height;
                    const context = canvas.getContext('2d');
                    context.drawImage(image, 0, 0, width, height);
                    return context.getImageData(0, 0, width, height).data;
                  };
                  const p = pixels(x), q = pixels(y);
                  let changed = 0;
                  for (let i = 0; i < p.length; i += 4) {
                    if (Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2])) > 48) changed++;
                  }
                  return changed / (width * height);
                }
                """, new[] { Convert.ToBase64String(stored), Convert.ToBase64String(taken) });
        }
        finally
        {
            await blank.CloseAsync();
        }
    }
}
