namespace OrchardCore.DisplayManagement.Views;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Views/ShapeViewModelOfT.cs
public class ShapeViewModel<T> : IShape
{
    public ShapeViewModel()
    {
    }

    public ShapeViewModel(T value)
    {
        Value = value;
    }

    public T Value { get; set; }
}
