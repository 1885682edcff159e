using System.Text.Json;
using System.Net;
using System.Security.Claims;
using ChatReset.Core.AspNetCore;
using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatReset.Core.Tests;

/// <summary>
/// The token and key set endpoints of a plain ASP.NET Core app (<c>AddChatReset</c>, <c>MapChatResetUserVerification</c>),
/// over HTTP; and what its pages tell the script.
/// </summary>
public sealed class UserVerificationEndpointTests : IAsyncLifetime
{
    private const string SignedInAs = "X-Test-User";
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("chatreset-uv-").FullName;
    private readonly List<WebApplication> _apps = [];

    private async Task<(HttpClient Client, WebApplication App)> StartAsync(bool enabled)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = _contentRoot,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatReset:OrgId"] = ValidOptions.OrgId15,
            ["ChatReset:DeploymentApiName"] = "ESA_Web_Deployment",
            ["ChatReset:SiteUrl"] = "https://acme.my.site.com/ESWWeb1700000000000",
            ["ChatReset:Scrt2Url"] = "https://acme.my.salesforce-scrt.com",
            ["ChatReset:UserVerification:Enabled"] = enabled ? "true" : "false",
            ["ChatReset:UserVerification:Issuer"] = "https://shop.example.com",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddChatReset(builder.Configuration);
        var app = builder.Build();
        // Stands in for the app's sign-in: the header names the signed-in user's id.
        app.Use((context, next) =>
        {
            if (context.Request.Headers[SignedInAs] is [{ } id])
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, "Display name " + id)], "Test"));
            }

            return next(context);
        });
        app.MapChatResetUserVerification();
        app.MapGet("/page", async (HttpContext context) =>
        {
            var verification = context.RequestServices.GetRequiredService<ChatResetUserVerification>();
            var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<ChatResetOptions>>().Value;
            var html = context.RequestServices.GetRequiredService<ChatResetPageRenderer>()
                .Render(context, options, hiddenPrechatFields: null, await verification.GetClientConfigAsync(context));
            return Results.Content(RenderedChatReset.ToHtml(html), "text/html");
        });
        await app.StartAsync();
        _apps.Add(app);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return (new HttpClient { BaseAddress = new Uri(address) }, app);
    }

    private static HttpRequestMessage TokenRequest(string? user, bool withHeader = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ChatResetUserVerification.TokenPath);
        if (user is not null)
        {
            request.Headers.Add(SignedInAs, user);
        }

        if (withHeader)
        {
            request.Headers.Add(ChatResetUserVerification.RequestHeader, "1");
        }

        return request;
    }

    [Fact]
    public async Task A_signed_in_user_gets_a_token_for_their_id_never_cached_valid_against_the_served_key_set()
    {
        var (client, _) = await StartAsync(enabled: true);
        var request = TokenRequest("user-42");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));

        using var response = await client.SendAsync(request);
        var token = await response.Content.ReadAsStringAsync();
        var jwks = await client.GetStringAsync(ChatResetUserVerification.JwksPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            ValidIssuer = "https://shop.example.com",
            ValidateAudience = false,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("user-42", ((JsonWebToken)result.SecurityToken).Subject);
    }

    [Fact]
    public async Task An_anonymous_request_gets_no_token()
    {
        var (client, _) = await StartAsync(enabled: true);

        using var response = await client.SendAsync(TokenRequest(user: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("no header", null, null)]
    [InlineData("cross-site fetch", "cross-site", null)]
    [InlineData("same-site subdomain", "same-site", null)]
    [InlineData("foreign origin", null, "https://evil.example")]
    public async Task A_cross_site_request_gets_no_token_even_with_the_users_cookies(string why, string? fetchSite, string? origin)
    {
        var (client, _) = await StartAsync(enabled: true);
        var request = TokenRequest("user-42", withHeader: why != "no header");
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task While_verification_is_off_there_are_no_tokens_no_keys_and_pages_are_unchanged()
    {
        var (client, _) = await StartAsync(enabled: false);

        using var token = await client.SendAsync(TokenRequest("user-42"));
        using var jwks = await client.GetAsync(ChatResetUserVerification.JwksPath);
        var signedIn = new HttpRequestMessage(HttpMethod.Get, "/page");
        signedIn.Headers.Add(SignedInAs, "user-42");
        var signedInPage = await (await client.SendAsync(signedIn)).Content.ReadAsStringAsync();
        var anonymousPage = await client.GetStringAsync("/page");

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, jwks.StatusCode);
        Assert.False(File.Exists(Path.Combine(_contentRoot, "App_Data", "chatreset-user-verification.keys")));
        Assert.False(RenderedChatReset.Parse(signedInPage).Config.RootElement.TryGetProperty("userVerification", out _));
        Assert.Equal(anonymousPage, signedInPage);
    }

    [Fact]
    public async Task A_signed_in_visitors_page_names_the_token_endpoint_and_an_opaque_marker_anonymous_pages_neither()
    {
        var (client, _) = await StartAsync(enabled: true);

        async Task<RenderedChatReset> PageFor(string? user)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/page");
            if (user is not null)
            {
                request.Headers.Add(SignedInAs, user);
            }

            return RenderedChatReset.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        }

        var first = (await PageFor("user-42")).Config.RootElement.GetProperty("userVerification");
        var again = (await PageFor("user-42")).Config.RootElement.GetProperty("userVerification");
        var other = (await PageFor("user-43")).Config.RootElement.GetProperty("userVerification");
        var anonymous = await PageFor(null);

        Assert.Equal(ChatResetUserVerification.TokenPath, first.GetProperty("tokenUrl").GetString());
        var marker = first.GetProperty("visitor").GetString()!;
        Assert.Equal(marker, again.GetProperty("visitor").GetString());
        Assert.NotEqual(marker, other.GetProperty("visitor").GetString());
        Assert.DoesNotContain("user-42", marker, StringComparison.Ordinal);
        Assert.DoesNotContain("user-42", anonymous.Html, StringComparison.Ordinal);
        // Present but empty: the script of an anonymous page ends a signed-out user's chat.
        var none = anonymous.Config.RootElement.GetProperty("userVerification");
        Assert.Equal(JsonValueKind.Object, none.ValueKind);
        Assert.Empty(none.EnumerateObject());
    }

    [Fact]
    public async Task The_key_file_is_protected_and_a_rotation_publishes_both_keys()
    {
        var (client, app) = await StartAsync(enabled: true);
        var before = new JsonWebKeySet(await client.GetStringAsync(ChatResetUserVerification.JwksPath));

        var rotated = await app.Services.GetRequiredService<FileUserVerificationKeyStore>().RotateAsync();
        var after = new JsonWebKeySet(await client.GetStringAsync(ChatResetUserVerification.JwksPath));

        var file = await File.ReadAllTextAsync(Path.Combine(_contentRoot, "App_Data", "chatreset-user-verification.keys"));
        Assert.DoesNotContain(Convert.ToBase64String(rotated.Current.ExportPrivateKey()), file, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Single().Kid, rotated.Previous!.KeyId);
        Assert.Equal(new[] { rotated.Current.KeyId, rotated.Previous.KeyId }.Order(), after.Keys.Select(key => key.Kid).Order());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Directory.Delete(_contentRoot, recursive: true);
    }
}
