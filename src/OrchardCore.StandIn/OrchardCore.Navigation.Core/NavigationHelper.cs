namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationHelper.cs (3.0.1; 2.2.1 has no UseLegacyFormat)
public static class NavigationHelper
{
#if !ORCHARDCORE_2
    public static bool UseLegacyFormat()
        => AppContext.TryGetSwitch(NavigationConstants.LegacyAdminMenuNavigationSwitchKey, out var enabled) && enabled;
#endif

    public static bool IsAdminMenu(string name)
        => string.Equals(name, NavigationConstants.AdminId, StringComparison.OrdinalIgnoreCase);
}
