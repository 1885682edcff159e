using OrchardCore.DisplayManagement.Handlers;

namespace OrchardCore.DisplayManagement.Views;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Views/IDisplayResult.cs
public interface IDisplayResult
{
    Task ApplyAsync(BuildDisplayContext context);

    Task ApplyAsync(BuildEditorContext context);
}
