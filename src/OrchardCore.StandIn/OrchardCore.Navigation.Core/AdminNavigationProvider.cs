namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/AdminNavigationProvider.cs (2.1+)
public abstract class AdminNavigationProvider : NamedNavigationProvider
{
    protected AdminNavigationProvider()
        : base(NavigationConstants.AdminId)
    {
    }
}
