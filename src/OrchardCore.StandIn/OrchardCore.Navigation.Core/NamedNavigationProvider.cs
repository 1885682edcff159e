namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NamedNavigationProvider.cs
public abstract class NamedNavigationProvider : INavigationProvider
{
    protected readonly string Name;

    protected NamedNavigationProvider(string name)
    {
        Name = name;
    }

    public ValueTask BuildNavigationAsync(string name, NavigationBuilder builder)
    {
        if (!string.Equals(Name, name, StringComparison.OrdinalIgnoreCase))
        {
            return ValueTask.CompletedTask;
        }

        return BuildAsync(builder);
    }

    protected abstract ValueTask BuildAsync(NavigationBuilder builder);
}
