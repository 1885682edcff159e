namespace OrchardCore.Localization;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Localization/ILocalizationService.cs
public interface ILocalizationService
{
    Task<string> GetDefaultCultureAsync();

    Task<string[]> GetSupportedCulturesAsync();
}
