namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationHelper.cs
public static class NavigationHelper
{
    public static bool UseLegacyFormat()
        => AppContext.TryGetSwitch(NavigationConstants.LegacyAdminMenuNavigationSwitchKey, out var enabled) && enabled;

    public static bool IsAdminMenu(string name)
        => string.Equals(name, NavigationConstants.AdminId, StringComparison.OrdinalIgnoreCase);
}
