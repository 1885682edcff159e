using Microsoft.Extensions.Configuration;

namespace OrchardCore.Environment.Shell.Configuration;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/Shell/Configuration/IShellConfiguration.cs
// The tenant's configuration (appsettings "OrchardCore" section merged with the tenant's own settings).
public interface IShellConfiguration : IConfiguration
{
}
