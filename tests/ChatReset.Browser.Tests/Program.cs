using ChatReset.Browser.Tests;

// The test project's own entry point (the tests themselves run with `dotnet test`). One command:
//   dotnet run --project tests/ChatReset.Browser.Tests -- measure-click [runs] [bootstrap delay ms] [dwell ms]
// measures how long a click takes to open the chat, eager against click-to-load, in Chromium against the demo's
// simulated Salesforce client. Timings are measured here, never asserted in a test.
if (args.Length > 0 && args[0] == "measure-click")
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return await ClickTiming.RunAsync(runs: Arg(1, 15), bootstrapDelayMs: Arg(2, 300), dwellMs: Arg(3, 400), Console.Out);
}

Console.Error.WriteLine("usage: measure-click [runs] [bootstrap delay ms] [dwell ms]   (run the tests with dotnet test)");
return 2;
