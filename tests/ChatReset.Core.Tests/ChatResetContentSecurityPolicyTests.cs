namespace ChatReset.Core.Tests;

public sealed class ChatResetContentSecurityPolicyTests
{
    [Fact]
    public void Salesforce_origins_go_to_the_directives_the_bootstrap_needs()
    {
        var options = ValidOptions.Create();
        options.SiteUrl = "https://acme.my.site.com/ESWWeb1700000000000";

        var policy = ChatResetContentSecurityPolicy.For(options);

        Assert.Equal(["https://acme.my.site.com"], policy.ScriptSources);
        Assert.Equal(["https://acme.my.site.com"], policy.StyleSources);
        Assert.Equal(["https://acme.my.site.com"], policy.FrameSources);
        Assert.Equal(["https://acme.my.salesforce-scrt.com"], policy.ConnectSources);
    }

    [Theory]
    [InlineData("/simulated/bootstrap.js")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000/assets/js/bootstrap.min.js")]
    public void A_bootstrap_url_adds_no_script_source_of_its_own(string bootstrapUrl)
    {
        var options = ValidOptions.Create();
        options.AllowedLocalBootstrapPath = "/simulated/bootstrap.js";
        options.BootstrapUrl = bootstrapUrl;

        Assert.Equal(["https://acme.my.site.com"], ChatResetContentSecurityPolicy.For(options).ScriptSources);
    }

    [Fact]
    public void Missing_urls_contribute_no_source()
    {
        var policy = ChatResetContentSecurityPolicy.For(new ChatResetOptions());

        Assert.Empty(policy.ScriptSources);
        Assert.Empty(policy.ConnectSources);
    }
}
