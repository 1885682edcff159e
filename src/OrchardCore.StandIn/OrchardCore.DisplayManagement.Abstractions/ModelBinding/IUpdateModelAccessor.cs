namespace OrchardCore.DisplayManagement.ModelBinding;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement.Abstractions/ModelBinding/IUpdateModelAccessor.cs
public interface IUpdateModelAccessor
{
    IUpdateModel ModelUpdater { get; set; }
}
