using ChatReset.Cms.Tests;

// The test project's own entry point (the tests run with `dotnet test`). One command, with the real packages:
//   dotnet run --project tests/ChatReset.Cms.Tests -p:OrchardCoreSource=Packages -- measure-widget [rounds] [seconds]
// measures what the Chat widget costs an Orchard Core page: requests per second of a page whose flow holds a Chat
// widget against the same page with a stock HTML widget instead, with wrk on 127.0.0.1 in alternating rounds.
if (args.Length > 0 && args[0] == "measure-widget")
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    return await WidgetCost.RunAsync(rounds: Arg(1, 5), seconds: Arg(2, 10), Console.Out);
}

Console.Error.WriteLine("usage: measure-widget [rounds] [seconds]   (run the tests with dotnet test)");
return 2;
