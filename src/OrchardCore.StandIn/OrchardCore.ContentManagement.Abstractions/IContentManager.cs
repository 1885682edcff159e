namespace OrchardCore.ContentManagement;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.ContentManagement.Abstractions/IContentManager.cs
// (3.0 and 2.2 alike; only the member ChatReset uses is declared.)
public interface IContentManager
{
    Task<ContentItem> GetAsync(string contentItemId, VersionOptions options = null);
}
