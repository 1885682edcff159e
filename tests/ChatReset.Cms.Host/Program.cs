var builder = WebApplication.CreateBuilder(args);

// Serves the static web assets of referenced libraries (ChatReset.Core's script and styles under _content/) from the
// build output in every environment, as a published site serves them from its wwwroot.
builder.WebHost.UseStaticWebAssets();

builder.Services
    .AddOrchardCms()
    .AddSetupFeatures("OrchardCore.AutoSetup");

var app = builder.Build();
app.UseStaticFiles();
app.UseOrchardCore();
await app.RunAsync();
