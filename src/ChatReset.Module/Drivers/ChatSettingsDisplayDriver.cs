using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using OrchardCore.DisplayManagement.Entities;
using OrchardCore.Security.Permissions;

namespace ChatReset.Module.Drivers;

/// <summary>What both ChatReset settings pages share: each is guarded by its own permission for the current user.</summary>
internal abstract class ChatSettingsDisplayDriver<TSettings> : SiteDisplayDriver<TSettings>
    where TSettings : new()
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IAuthorizationService _authorizationService;
    private readonly Permission _permission;

    protected ChatSettingsDisplayDriver(IHttpContextAccessor httpContextAccessor, IAuthorizationService authorizationService, Permission permission)
    {
        _httpContextAccessor = httpContextAccessor;
        _authorizationService = authorizationService;
        _permission = permission;
    }

    /// <summary>False for anonymous requests and for users without the page's permission.</summary>
    protected Task<bool> IsAuthorizedAsync()
        => _authorizationService.AuthorizeAsync(_httpContextAccessor.HttpContext?.User, _permission);
}
