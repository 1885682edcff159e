namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationConstants.cs
public static class NavigationConstants
{
    public const string AdminId = "admin";

    public const string LegacyAdminMenuNavigationSwitchKey = "OrchardCore.Navigation.LegacyAdminMenuNavigation";
}
