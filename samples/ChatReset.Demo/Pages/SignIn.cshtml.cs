using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatReset.Demo.Pages;

/// <summary>The demo's simulated sign-in: two made-up users, no password. Not an example of authentication.</summary>
public sealed class SignInModel : PageModel
{
    /// <summary>The demo users: their id (the token's subject) and the name shown.</summary>
    public static IReadOnlyList<(string Id, string Name)> DemoUsers { get; } = [("demo-user-ada", "Ada"), ("demo-user-grace", "Grace")];

    public async Task<IActionResult> OnPostSignInAsync(string user)
    {
        var (id, name) = DemoUsers.FirstOrDefault(candidate => candidate.Id == user);
        if (id is null)
        {
            return BadRequest();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect("/");
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/");
    }
}
