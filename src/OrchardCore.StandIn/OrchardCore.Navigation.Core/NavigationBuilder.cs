using Microsoft.Extensions.Localization;

namespace OrchardCore.Navigation;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Navigation.Core/NavigationBuilder.cs
// Adding an item whose caption matches an existing sibling merges into it, as upstream, so several providers
// can all contribute to "Settings".
public class NavigationBuilder
{
    protected List<MenuItem> Contained { get; set; } = [];

    public NavigationBuilder Add(LocalizedString caption, string position, Action<NavigationItemBuilder> itemBuilder, IEnumerable<string> classes = null, int priority = 0)
    {
        ArgumentNullException.ThrowIfNull(itemBuilder);

        var builder = new NavigationItemBuilder();
        if (caption != null)
        {
            builder.Caption(caption);
        }

        if (position != null)
        {
            builder.Position(position);
        }

        itemBuilder(builder);
        Merge(builder.Build());
        return this;
    }

    public NavigationBuilder Add(LocalizedString caption, Action<NavigationItemBuilder> itemBuilder, IEnumerable<string> classes = null)
        => Add(caption, null, itemBuilder, classes);

    public virtual List<MenuItem> Build() => Contained;

    private void Merge(IEnumerable<MenuItem> items)
    {
        foreach (var item in items)
        {
            var existing = Contained.FirstOrDefault(c => item.Text != null && c.Text != null && c.Text.Name == item.Text.Name);
            if (existing == null)
            {
                Contained.Add(item);
                continue;
            }

            existing.Items.AddRange(item.Items);
            existing.Position ??= item.Position;
            existing.RouteValues ??= item.RouteValues;
            existing.Permissions.AddRange(item.Permissions);
        }
    }
}
