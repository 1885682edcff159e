using ChatReset.Demo;

var app = DemoApp.Create(args);
// Invalid ChatReset settings end the program with one line per field and exit code 1, not with stack traces.
if (!app.TryValidateChatResetSettings(Console.Error))
{
    return 1;
}

app.Run();
return 0;
