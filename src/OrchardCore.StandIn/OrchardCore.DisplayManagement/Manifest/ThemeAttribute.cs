using OrchardCore.Modules.Manifest;

namespace OrchardCore.DisplayManagement.Manifest;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.DisplayManagement/Manifest/ThemeAttribute.cs
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public class ThemeAttribute : ModuleAttribute
{
}
