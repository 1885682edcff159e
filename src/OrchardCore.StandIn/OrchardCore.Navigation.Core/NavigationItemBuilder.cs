using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using OrchardCore.Security.Permissions;

namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationItemBuilder.cs
public class NavigationItemBuilder : NavigationBuilder
{
    private readonly MenuItem _item = new();

    public NavigationItemBuilder Caption(LocalizedString caption)
    {
        _item.Text = caption;
        return this;
    }

    public NavigationItemBuilder Position(string position)
    {
        _item.Position = position;
        return this;
    }

    // Element ids and CSS classes only style the rendered menu, which the stand-in does not render.
    public NavigationItemBuilder Id(string id) => this;

    public NavigationItemBuilder AddClass(string className) => this;

    public NavigationItemBuilder LocalNav()
    {
        _item.LocalNav = true;
        return this;
    }

    public NavigationItemBuilder Permission(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);

        _item.Permissions.Add(permission);
        return this;
    }

    public NavigationItemBuilder Action(string actionName, string controllerName, RouteValueDictionary values)
    {
        var routeValues = new RouteValueDictionary(values ?? new RouteValueDictionary());
        if (!string.IsNullOrEmpty(actionName))
        {
            routeValues["action"] = actionName;
        }

        if (!string.IsNullOrEmpty(controllerName))
        {
            routeValues["controller"] = controllerName;
        }

        _item.RouteValues = routeValues;
        return this;
    }

    public override List<MenuItem> Build()
    {
        _item.Items = base.Build();
        return [_item];
    }
}
