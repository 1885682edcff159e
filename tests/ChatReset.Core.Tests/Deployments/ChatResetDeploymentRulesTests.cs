using ChatReset.Core.Deployments;

namespace ChatReset.Core.Tests.Deployments;

/// <summary>Each additional deployment is checked on its own row: its name, its rules and every Salesforce setting.</summary>
public sealed class ChatResetDeploymentRulesTests
{
    private static ChatResetDeploymentEntry Entry(string? name, Action<ChatResetDeployment>? rules = null, Func<ChatResetOptions, ChatResetOptions>? options = null)
    {
        var deployment = new ChatResetDeployment { Name = name };
        rules?.Invoke(deployment);
        return new ChatResetDeploymentEntry(deployment, (options ?? (o => o))(ValidOptions.Create()));
    }

    private static IReadOnlyList<ChatResetDeploymentError> Validate(params ChatResetDeploymentEntry?[] entries) => ChatResetDeploymentRules.Validate(entries);

    [Fact]
    public void Valid_deployments_have_no_error()
        => Assert.Empty(Validate(
            Entry("French", d => d.Cultures = ["fr", "fr-CA"]),
            Entry("support-queue_2", d => { d.PathPrefixes = ["/support", "/fr/aide/"]; d.Layers = ["Support pages"]; })));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("French queue")]
    [InlineData("<b>x</b>")]
    [InlineData("default")]
    [InlineData("DEFAULT")]
    public void A_bad_name_is_an_error_on_the_name_of_that_row(string? name)
    {
        var error = Assert.Single(Validate(Entry("Fine"), Entry(name)));

        Assert.Equal((1, nameof(ChatResetDeployment.Name)), (error.Deployment, error.Field));
        Assert.StartsWith("Deployment in row 2: Name", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("French queue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_unique_whatever_their_case()
    {
        var error = Assert.Single(Validate(Entry("French"), Entry("french")));

        Assert.Equal((1, nameof(ChatResetDeployment.Name)), (error.Deployment, error.Field));
        Assert.Contains("already used", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cultures", "xx-not-a-culture")]
    [InlineData("Cultures", "fr,de")]
    [InlineData("PathPrefixes", "helpdesk")]
    [InlineData("PathPrefixes", "//evil.example")]
    [InlineData("PathPrefixes", "/a b")]
    [InlineData("PathPrefixes", "/support?x=1")]
    [InlineData("PathPrefixes", "/a/../admin")]
    [InlineData("Layers", " ")]
    public void A_bad_rule_value_is_an_error_on_that_rule_naming_the_deployment(string field, string value)
    {
        var entry = Entry("Sales", d =>
        {
            switch (field)
            {
                case "Cultures": d.Cultures = [value]; break;
                case "PathPrefixes": d.PathPrefixes = [value]; break;
                default: d.Layers = [value]; break;
            }
        });

        var error = Assert.Single(Validate(entry));

        Assert.Equal((0, field), (error.Deployment, error.Field));
        Assert.StartsWith("Deployment Sales (row 1):", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.Trim() is { Length: > 1 } v ? v : "\0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_listed_twice_is_an_error()
        => Assert.Equal(nameof(ChatResetDeployment.Cultures), Assert.Single(Validate(Entry("French", d => d.Cultures = ["fr", "FR"]))).Field);

    [Fact]
    public void Each_deployment_field_is_checked_by_the_default_deployments_rules_on_its_own_row()
    {
        var errors = Validate(
            Entry("Good"),
            Entry("Bad", options: o => o with { OrgId = "001xx000003DGb2", Scrt2Url = "https://acme.my.salesforce-scrt.com/path", Language = "french!" }));

        Assert.All(errors, error => Assert.Equal(1, error.Deployment));
        Assert.Equal([nameof(ChatResetOptions.OrgId), nameof(ChatResetOptions.Scrt2Url), nameof(ChatResetOptions.Language)], errors.Select(e => e.Field));
        Assert.All(errors, error => Assert.StartsWith("Deployment Bad (row 2): ", error.Message, StringComparison.Ordinal));
        var expected = ChatResetOptionsValidator.ValidateDeployment(ValidOptions.Create() with { OrgId = "001xx000003DGb2" })[0].Message;
        Assert.EndsWith(expected, errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_rows_are_skipped_but_keep_their_number()
    {
        var error = Assert.Single(Validate(null, Entry("x y")));

        Assert.Equal(1, error.Deployment);
        Assert.StartsWith("Deployment in row 2:", error.Message, StringComparison.Ordinal);
    }
}
