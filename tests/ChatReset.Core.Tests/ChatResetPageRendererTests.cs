using ChatReset.Core.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatReset.Core.Tests;

public sealed class ChatResetPageRendererTests
{
    /// <summary>A nonce source with a new nonce per request, the way CSP middleware works; registered scoped.</summary>
    private sealed class PerRequestNonceSource : IChatResetNonceSource
    {
        private readonly string _nonce = Convert.ToBase64String(Guid.NewGuid().ToByteArray());

        public string? GetNonce(HttpContext httpContext) => _nonce;
    }

    private static ServiceProvider BuildServices(Action<IServiceCollection> register) =>
        CreateServices(register).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

    private static ServiceCollection CreateServices(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services;
    }

    private static DefaultHttpContext NewRequest(IServiceScope scope, string? pathBase = null)
    {
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.PathBase = new PathString(pathBase);
        return context;
    }

    private static string Render(IServiceScope scope, HttpContext context) =>
        RenderedChatReset.ToHtml(scope.ServiceProvider.GetRequiredService<ChatResetPageRenderer>().Render(context, ValidOptions.Create()));

    [Fact]
    public void Renders_once_per_request_and_again_in_the_next_request()
    {
        using var services = BuildServices(s => s.AddChatResetServices());
        using var scope = services.CreateScope();
        var request = NewRequest(scope);

        var first = Render(scope, request);
        var second = Render(scope, request);

        RenderedChatReset.Parse(first);
        Assert.Equal(string.Empty, second);

        using var nextScope = services.CreateScope();
        Assert.Equal(first, Render(nextScope, NewRequest(nextScope)));
    }

    [Theory]
    [InlineData("/shop", "/shop/_content/ChatReset.Core/chat-reset.js")]
    [InlineData("/tenant/a", "/tenant/a/_content/ChatReset.Core/chat-reset.js")]
    [InlineData("/my shop", "/my%20shop/_content/ChatReset.Core/chat-reset.js")]
    [InlineData(null, "/_content/ChatReset.Core/chat-reset.js")]
    public void The_request_path_base_prefixes_the_assets(string? pathBase, string expectedScript)
    {
        using var services = BuildServices(s => s.AddChatResetServices());
        using var scope = services.CreateScope();

        var page = RenderedChatReset.Parse(Render(scope, NewRequest(scope, pathBase)));

        Assert.Equal(expectedScript, page.Script.GetAttribute("src"));
        Assert.Equal(expectedScript.Replace(".js", ".css", StringComparison.Ordinal), page.Stylesheet.GetAttribute("href"));
    }

    [Fact]
    public void Without_a_registered_nonce_source_no_nonce_is_written()
    {
        using var services = BuildServices(s => s.AddChatResetServices());
        using var scope = services.CreateScope();

        Assert.DoesNotContain("nonce", Render(scope, NewRequest(scope)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scoped_nonce_source_gives_each_request_its_own_nonce()
    {
        using var services = BuildServices(s => s.AddChatResetServices().AddScoped<IChatResetNonceSource, PerRequestNonceSource>());

        string NonceOfARequest()
        {
            using var scope = services.CreateScope();
            var context = NewRequest(scope);
            var page = RenderedChatReset.Parse(Render(scope, context));
            var expected = scope.ServiceProvider.GetRequiredService<IChatResetNonceSource>().GetNonce(context);
            Assert.Equal(expected, page.Script.GetAttribute("nonce"));
            Assert.Equal(expected, page.Stylesheet.GetAttribute("nonce"));
            return expected!;
        }

        Assert.NotEqual(NonceOfARequest(), NonceOfARequest());
    }

    [Fact]
    public async Task The_tag_helper_renders_what_the_page_renderer_renders_once_per_request()
    {
        var configuration = Configuration("</script><b>Bye</b>", loadOnInteraction: true);
        using var services = BuildServices(s => s
            .AddChatReset(configuration)
            .AddScoped<IChatResetNonceSource, PerRequestNonceSource>());

        using var scope = services.CreateScope();
        var request = NewRequest(scope, "/site");
        var first = await RunTagHelper(scope, request);
        var second = await RunTagHelper(scope, request);

        var page = RenderedChatReset.Parse(first);
        Assert.Equal("</script><b>Bye</b>", page.Wording("endOfChat"));
        Assert.NotNull(page.Launcher);
        Assert.Equal(string.Empty, second);

        var options = ValidOptions.Create();
        options.EndOfChatMessage = "</script><b>Bye</b>";
        options.LoadOnInteraction = true;
        var direct = scope.ServiceProvider.GetRequiredService<ChatResetPageRenderer>().Render(NewRequest(scope, "/site"), options);
        Assert.Equal(RenderedChatReset.ToHtml(direct), first);
    }

    /// <summary>Counts validations of the options, i.e. how often the section is bound and checked.</summary>
    private sealed class CountingValidator : IValidateOptions<ChatResetOptions>
    {
        public int Calls { get; private set; }

        public ValidateOptionsResult Validate(string? name, ChatResetOptions options)
        {
            Calls++;
            return ValidateOptionsResult.Success;
        }
    }

    [Fact]
    public async Task The_tag_helper_binds_the_settings_once_for_all_requests_and_again_when_the_configuration_changes()
    {
        var configuration = Configuration("Goodbye", loadOnInteraction: false);
        var validator = new CountingValidator();
        using var services = BuildServices(s => s
            .AddChatReset(configuration)
            .AddSingleton<IValidateOptions<ChatResetOptions>>(validator));

        async Task<string> RenderRequest()
        {
            using var scope = services.CreateScope();
            return await RunTagHelper(scope, NewRequest(scope));
        }

        Assert.Equal("Goodbye", RenderedChatReset.Parse(await RenderRequest()).Wording("endOfChat"));
        Assert.Equal("Goodbye", RenderedChatReset.Parse(await RenderRequest()).Wording("endOfChat"));
        Assert.Equal(1, validator.Calls);

        configuration["ChatReset:EndOfChatMessage"] = "See you";
        configuration.Reload();

        Assert.Equal("See you", RenderedChatReset.Parse(await RenderRequest()).Wording("endOfChat"));
        Assert.Equal(2, validator.Calls);
    }

    /// <summary>A valid <c>ChatReset</c> section with this wording, as an app's configuration would hold it.</summary>
    private static IConfigurationRoot Configuration(string endOfChatMessage, bool loadOnInteraction) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ChatReset:OrgId"] = ValidOptions.OrgId15,
                ["ChatReset:DeploymentApiName"] = "ESA_Web_Deployment",
                ["ChatReset:SiteUrl"] = "https://acme.my.site.com/ESWWeb1700000000000",
                ["ChatReset:Scrt2Url"] = "https://acme.my.salesforce-scrt.com",
                ["ChatReset:EndOfChatMessage"] = endOfChatMessage,
                ["ChatReset:LoadOnInteraction"] = loadOnInteraction ? "true" : "false",
            })
            .Build();

    private static async Task<string> RunTagHelper(IServiceScope scope, HttpContext request)
    {
        // Razor activates tag helpers from the request's services in the same way.
        var tagHelper = ActivatorUtilities.CreateInstance<ChatResetTagHelper>(scope.ServiceProvider);
        tagHelper.ViewContext = new ViewContext { HttpContext = request };
        var context = new TagHelperContext("chat-reset", [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput("chat-reset", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

        await tagHelper.ProcessAsync(context, output);

        return RenderedChatReset.ToHtml(output);
    }
}
