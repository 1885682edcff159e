using ChatReset.Demo;

DemoApp.Create(args).Run();
