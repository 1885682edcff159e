using ChatReset.Core.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps verified chat's two endpoints.</summary>
public static class ChatResetUserVerificationEndpointRouteBuilderExtensions
{
    /// <summary>
    /// POST <see cref="ChatResetUserVerification.TokenPath"/> (identity tokens for the signed-in user, same-origin only)
    /// and GET <see cref="ChatResetUserVerification.JwksPath"/> (the public keys, for Salesforce). Both answer 404 while
    /// verification is off and the site has no keys.
    /// </summary>
    public static IEndpointRouteBuilder MapChatResetUserVerification(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapPost(ChatResetUserVerification.TokenPath, async httpContext =>
            await (await Verification(httpContext).IssueTokenAsync(httpContext)).ExecuteAsync(httpContext));
        endpoints.MapGet(ChatResetUserVerification.JwksPath, async httpContext =>
            await (await Verification(httpContext).GetJwksAsync(httpContext)).ExecuteAsync(httpContext));
        return endpoints;
    }

    private static ChatResetUserVerification Verification(HttpContext httpContext)
        => httpContext.RequestServices.GetRequiredService<ChatResetUserVerification>();
}
