namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationConstants.cs (3.0.1; 2.2.1 has no switch key)
public static class NavigationConstants
{
    public const string AdminId = "admin";
#if !ORCHARDCORE_2

    public const string LegacyAdminMenuNavigationSwitchKey = "LegacyAdminMenuNavigation";
#endif
}
