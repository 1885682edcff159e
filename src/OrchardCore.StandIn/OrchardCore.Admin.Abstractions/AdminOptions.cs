namespace OrchardCore.Admin;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Admin.Abstractions/AdminOptions.cs
// The admin URL prefix; the settings pages live at "{AdminUrlPrefix}/Settings/{groupId}" (OrchardCore.Settings'
// "AdminSettings" route).
public class AdminOptions
{
    public string AdminUrlPrefix { get; set; } = "Admin";
}
