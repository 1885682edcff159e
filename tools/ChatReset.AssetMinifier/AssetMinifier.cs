using System.Text;
using System.Text.Json.Nodes;
using NUglify;
using NUglify.Css;
using NUglify.JavaScript;

namespace ChatReset.AssetMinifier;

/// <summary>
/// Minifies one readable asset with NUglify. The output points back at the readable file: a script through its
/// source map (which embeds the readable source, so browser tools show it without serving it), a stylesheet
/// through a one-line banner, since NUglify writes no CSS source maps.
/// </summary>
public static class AssetMinifier
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the minified <paramref name="sourcePath"/> to <paramref name="destinationPath"/>; returns the errors, if any.</summary>
    /// <param name="sourcePath">The readable file, as the build names it (e.g. <c>wwwroot/chat-reset.js</c>): the name the output points to.</param>
    /// <param name="destinationPath">Where the minified file goes; a script's map goes next to it as <c>.map</c>.</param>
    public static IReadOnlyList<string> Minify(string sourcePath, string destinationPath)
    {
        var source = File.ReadAllText(sourcePath);
        var sourceName = sourcePath.Replace('\\', '/');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destinationPath))!);

        return Path.GetExtension(sourcePath).ToUpperInvariant() switch
        {
            ".JS" => MinifyScript(source, sourceName, destinationPath),
            ".CSS" => MinifyStylesheet(source, sourceName, destinationPath),
            _ => [$"{sourceName}: error CRMIN01: only .js and .css files can be minified"],
        };
    }

    private static IReadOnlyList<string> MinifyScript(string source, string sourceName, string destinationPath)
    {
        var fileName = Path.GetFileName(destinationPath);
        var mapName = fileName + ".map";
        var map = new StringWriter();
        UglifyResult result;
        using (var sourceMap = new V3SourceMap(map))
        {
            sourceMap.StartPackage(fileName, mapName);
            // Important comments go too: the map, not a banner, tells a reader where the readable script is.
            // Declarations stay where the readable script has them: moving the functions to the top of their scope
            // only separated them from what they share with the code around them, and compressed worse.
            result = Uglify.Js(source, sourceName, new CodeSettings
            {
                SymbolsMap = sourceMap,
                PreserveImportantComments = false,
                ReorderScopeDeclarations = false,
            });
            sourceMap.EndPackage();
        }

        var errors = ErrorsOf(result);
        if (errors.Count > 0)
        {
            return errors;
        }

        // NUglify has already ended the code with "//# sourceMappingURL=" and the map's name.
        File.WriteAllText(destinationPath, result.Code, Utf8);
        File.WriteAllText(destinationPath + ".map", WithSourceContent(map.ToString(), source), Utf8);
        return [];
    }

    private static IReadOnlyList<string> MinifyStylesheet(string source, string sourceName, string destinationPath)
    {
        var result = Uglify.Css(source, sourceName, new CssSettings { CommentMode = CssComment.None });
        var errors = ErrorsOf(result);
        if (errors.Count > 0)
        {
            return errors;
        }

        File.WriteAllText(destinationPath, $"/* minified from ChatReset.Core {sourceName} */\n{result.Code}\n", Utf8);
        return [];
    }

    /// <summary>NUglify's map names the readable file; embedding its text lets browser tools show it without a request.</summary>
    private static string WithSourceContent(string map, string source)
    {
        var json = JsonNode.Parse(map)!.AsObject();
        json["sourcesContent"] = new JsonArray(source);
        return json.ToJsonString();
    }

    // Warnings (an unknown global, a redundant semicolon) are NUglify's opinions; only errors stop the build.
    private static List<string> ErrorsOf(UglifyResult result) =>
        [.. result.Errors.Where(e => e.IsError).Select(e => $"{e.File}({e.StartLine},{e.StartColumn}): error {e.ErrorCode}: {e.Message}")];
}
