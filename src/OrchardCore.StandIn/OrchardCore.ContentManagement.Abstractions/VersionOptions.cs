namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/VersionOptions.cs
// (3.0 and 2.2 alike; declared only as the type of IContentManager.GetAsync's optional parameter.)
public class VersionOptions
{
}
