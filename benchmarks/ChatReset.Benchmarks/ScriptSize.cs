using System.Globalization;
using System.IO.Compression;
using System.Text;
using NUglify;

namespace ChatReset.Benchmarks;

/// <summary>
/// Minifies the reset script with NUglify, gzips it and compares the result with the byte budget. Exit codes:
/// 0 within budget, 1 over budget, 2 script missing or NUglify reported errors.
/// </summary>
internal static class ScriptSize
{
    /// <summary>The most the minified, gzipped reset script may weigh on the wire.</summary>
    public const int BudgetBytes = 2048;

    private const string ScriptPath = "src/ChatReset.Core/wwwroot/chat-reset.js";

    public static int Run(string? path, TextWriter output)
    {
        path ??= FindScript();
        if (path is null || !File.Exists(path))
        {
            output.WriteLine($"size: {ScriptPath} not found (run from the repository or pass the script's path).");
            return 2;
        }

        var source = File.ReadAllText(path);
        var minified = Uglify.Js(source);
        if (minified.HasErrors)
        {
            foreach (var error in minified.Errors)
            {
                output.WriteLine($"size: NUglify: {error}");
            }

            return 2;
        }

        var raw = Encoding.UTF8.GetByteCount(source);
        var minifiedBytes = Encoding.UTF8.GetBytes(minified.Code);
        var gzipped = GzippedLength(minifiedBytes);
        var verdict = gzipped <= BudgetBytes ? "within budget" : "OVER BUDGET";

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileName(path)}: raw {raw:N0} B, minified {minifiedBytes.Length:N0} B, minified+gzip {gzipped:N0} B; budget {BudgetBytes:N0} B: {verdict}"));
        return gzipped <= BudgetBytes ? 0 : 1;
    }

    private static int GzippedLength(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return (int)buffer.Length;
    }

    /// <summary>The script in the repository that holds the current directory (or this program).</summary>
    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatReset.sln")))
                {
                    return Path.Combine(dir.FullName, ScriptPath);
                }
            }
        }

        return null;
    }
}
