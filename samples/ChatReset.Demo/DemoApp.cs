using ChatReset.Core;
using ChatReset.Core.AspNetCore;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ChatReset.Demo;

/// <summary>Builds the sample site; public so that tests can host it in-process with their own arguments.</summary>
public static class DemoApp
{
    /// <summary>Path of the simulated Salesforce client served by this site.</summary>
    public const string SimulatedBootstrapPath = "/simulated-salesforce/bootstrap.js";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Serves _content/ChatReset.Core/... from the build output in every environment (only Development does by
        // default), so `dotnet run` works as Production too; a published app has no manifest and serves its wwwroot.
        builder.WebHost.UseStaticWebAssets();
        // "Server: Kestrel" tells an attacker what to look up and nobody else anything.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var demo = DemoSettings.From(builder.Configuration);
        if (demo.PageContext)
        {
            // The demo's hidden pre-chat field mapping, only when asked for: the default chat stays the one measured.
            builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "appsettings.PageContext.json"), optional: false);
        }

        if (demo.Deployments)
        {
            // A French deployment for French pages (appsettings.Deployments.json), chosen by the page's culture:
            // ?culture=fr-FR, or the browser's language.
            builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "appsettings.Deployments.json"), optional: false);
        }

        builder.Services.AddSingleton(demo);
        builder.Services.AddRazorPages();
        builder.Services.AddChatReset(builder.Configuration, options =>
        {
            // The simulated client stands in for {SiteUrl}/assets/js/bootstrap.min.js unless a bootstrap is configured;
            // it is the one local path this host allows as a bootstrap.
            if (demo.SimulateSalesforce && string.IsNullOrWhiteSpace(options.BootstrapUrl))
            {
                options.AllowedLocalBootstrapPath = SimulatedBootstrapPath;
                options.BootstrapUrl = SimulatedBootstrapPath;
            }
        });
        builder.Services.AddSingleton<IChatResetNonceSource, DemoNonceSource>();
        // The simulated sign-in (/sign-in) for verified chat; any real authentication works the same way.
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = "ChatResetDemo.SignIn";
            cookie.LoginPath = "/sign-in";
        });

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseMiddleware<ContentSecurityPolicyMiddleware>();
        // Static web assets as .NET 10 serves them: compressed at build time (br, gzip), with ETags, and under
        // fingerprinted URLs that browsers keep for a year. WithStaticAssets gives the pages the fingerprints, which
        // <chat-reset /> and asp-append-version link to.
        app.MapStaticAssets();
        if (demo.Deployments)
        {
            app.UseRequestLocalization(localization => localization
                .SetDefaultCulture("en-US").AddSupportedCultures("en-US", "fr-FR").AddSupportedUICultures("en-US", "fr-FR"));
        }

        app.UseAuthentication();
        app.MapChatResetUserVerification();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}

/// <summary>The sample's own switches, from the <c>Demo</c> configuration section.</summary>
/// <param name="SimulateSalesforce">Serve the simulated Salesforce client (default on).</param>
/// <param name="PageContext">Map four hidden pre-chat fields (appsettings.PageContext.json; default off).</param>
/// <param name="Deployments">Add a French deployment for French pages (appsettings.Deployments.json; default off).</param>
public sealed record DemoSettings(bool SimulateSalesforce, bool PageContext, bool Deployments)
{
    public static DemoSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Demo:SimulateSalesforce", defaultValue: true),
        configuration.GetValue("Demo:PageContext", defaultValue: false),
        configuration.GetValue("Demo:Deployments", defaultValue: false));
}
