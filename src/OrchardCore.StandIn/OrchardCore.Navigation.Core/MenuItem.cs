using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OrchardCore.Security.Permissions;

namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/MenuItem.cs
public class MenuItem
{
    public LocalizedString Text { get; set; }

    public string Position { get; set; }

    public bool LocalNav { get; set; }

    public List<MenuItem> Items { get; set; } = [];

    public RouteValueDictionary RouteValues { get; set; }

    public List<Permission> Permissions { get; } = [];
}
