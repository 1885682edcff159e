namespace OrchardCore;

// OrchardCMS/OrchardCore: src/OrchardCore/OrchardCore.Abstractions/OrchardCoreConstants.cs
public static class OrchardCoreConstants
{
    public static class Roles
    {
        public const string Administrator = "Administrator";

        public const string Editor = "Editor";

        public const string Moderator = "Moderator";

        public const string Author = "Author";

        public const string Contributor = "Contributor";

        public const string Authenticated = "Authenticated";

        public const string Anonymous = "Anonymous";
    }
}
