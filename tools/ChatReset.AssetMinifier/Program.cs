using ChatReset.AssetMinifier;

// ChatReset.AssetMinifier <source> <destination> [<source> <destination> ...]
// Minifies each readable .js or .css source into its destination; a script also gets <destination>.map.
// Errors are written in MSBuild's canonical format so that they fail the build at the right line.
if (args.Length == 0 || args.Length % 2 != 0)
{
    Console.Error.WriteLine("usage: ChatReset.AssetMinifier <source> <destination> [<source> <destination> ...]");
    return 2;
}

var failed = false;
for (var i = 0; i < args.Length; i += 2)
{
    var errors = AssetMinifier.Minify(args[i], args[i + 1]);
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    failed |= errors.Count > 0;
}

return failed ? 1 : 0;
