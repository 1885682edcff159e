using ChatReset.Core.Deployments;

namespace ChatReset.Core.Tests.Deployments;

/// <summary>Which deployment a page uses: each rule, their precedence, and ties going to the administrator's order.</summary>
public sealed class ChatResetDeploymentSelectionTests
{
    private static ChatResetDeployment Deployment(string name, string[]? cultures = null, string[]? prefixes = null, string[]? layers = null)
        => new() { Name = name, Cultures = [.. cultures ?? []], PathPrefixes = [.. prefixes ?? []], Layers = [.. layers ?? []] };

    private static ChatResetDeploymentChoice Choose(
        ChatResetDeploymentPage page, params ChatResetDeployment[] deployments) => ChatResetDeploymentSelection.Choose(deployments, page);

    [Fact]
    public void A_page_no_rule_matches_uses_the_default_deployment()
    {
        var choice = Choose(new("/about", "en-US"), Deployment("French", cultures: ["fr"]), Deployment("Support", prefixes: ["/support"]));

        Assert.True(choice.IsDefault);
        Assert.Equal(("Default", ChatResetDeploymentReason.Default), (choice.Name, choice.Reason));
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr-CA", "fr-CA")]
    [InlineData("FR-ca", "fr-CA")]
    [InlineData("fr", "fr")]
    public void The_culture_rule_takes_the_exact_culture_first_then_its_parents(string pageCulture, string matched)
    {
        var choice = Choose(new("/", pageCulture), Deployment("French", cultures: ["fr"]), Deployment("Quebec", cultures: ["fr-CA"]));

        Assert.Equal(ChatResetDeploymentReason.Culture, choice.Reason);
        Assert.Equal(matched, choice.Matched, ignoreCase: true);
        Assert.Equal(matched == "fr" ? "French" : "Quebec", choice.Name);
    }

    [Theory]
    [InlineData("/support", "Support")]
    [InlineData("/SUPPORT", "Support")]
    [InlineData("/Support/Orders", "Orders")]
    [InlineData("/support/orders/42", "Orders")]
    [InlineData("/support/ordersxyz", "Support")]
    [InlineData("/supportive", null)]
    public void The_longest_path_prefix_matching_on_segments_wins(string path, string? expected)
    {
        var choice = Choose(new(path, null), Deployment("Support", prefixes: ["/support"]), Deployment("Orders", prefixes: ["/support/orders/"]));

        Assert.Equal(expected ?? "Default", choice.Name);
    }

    [Fact]
    public void A_layer_rule_matches_a_Chat_widgets_layer()
    {
        var choice = Choose(new("/", "en-US", WidgetLayers: ["Homepage"]), Deployment("Sales", layers: ["homepage"]));

        Assert.Equal(("Sales", ChatResetDeploymentReason.Layer, "homepage"), (choice.Name, choice.Reason, choice.Matched));
    }

    [Fact]
    public void Precedence_is_widget_then_path_prefix_then_layer_then_culture()
    {
        ChatResetDeployment[] deployments =
        [
            Deployment("ByCulture", cultures: ["fr"]),
            Deployment("ByLayer", layers: ["Always"]),
            Deployment("ByPrefix", prefixes: ["/support"]),
            Deployment("ByWidget"),
        ];

        Assert.Equal("ByWidget", ChatResetDeploymentSelection.Choose(deployments, new("/support", "fr", ["Always"], ["ByWidget"])).Name);
        Assert.Equal("ByPrefix", ChatResetDeploymentSelection.Choose(deployments, new("/support", "fr", ["Always"])).Name);
        Assert.Equal("ByLayer", ChatResetDeploymentSelection.Choose(deployments, new("/", "fr", ["Always"])).Name);
        Assert.Equal("ByCulture", ChatResetDeploymentSelection.Choose(deployments, new("/", "fr")).Name);
    }

    [Fact]
    public void Widgets_asking_for_different_deployments_get_the_one_listed_first_whatever_their_order_and_the_page_is_contested()
    {
        ChatResetDeployment[] deployments = [Deployment("Sales"), Deployment("Support")];

        var one = ChatResetDeploymentSelection.Choose(deployments, new("/", null, RequestedDeployments: ["Support", "Sales"]));
        var other = ChatResetDeploymentSelection.Choose(deployments, new("/", null, RequestedDeployments: ["sales", "Support"]));

        Assert.Equal(one, other);
        Assert.Equal(("Sales", ChatResetDeploymentReason.WidgetChoice, true), (one.Name, one.Reason, one.Contested));
    }

    [Fact]
    public void A_widget_may_ask_for_the_default_deployment_which_comes_before_every_other()
    {
        var choice = ChatResetDeploymentSelection.Choose([Deployment("Sales", cultures: ["en"])], new("/", "en-US", RequestedDeployments: ["Sales", "Default"]));

        Assert.True(choice.IsDefault);
        Assert.True(choice.Contested);
    }

    [Fact]
    public void Widgets_agreeing_or_naming_a_removed_deployment_do_not_contest_the_page()
    {
        ChatResetDeployment[] deployments = [Deployment("Sales"), Deployment("French", cultures: ["fr"])];

        var agreeing = ChatResetDeploymentSelection.Choose(deployments, new("/", "fr", RequestedDeployments: ["Sales", "SALES"]));
        var removed = ChatResetDeploymentSelection.Choose(deployments, new("/", "fr", RequestedDeployments: ["Gone"]));

        Assert.Equal(("Sales", false), (agreeing.Name, agreeing.Contested));
        Assert.Equal(("French", ChatResetDeploymentReason.Culture, false), (removed.Name, removed.Reason, removed.Contested));
    }

    [Fact]
    public void Ties_at_the_same_rule_go_to_the_deployment_listed_first()
    {
        ChatResetDeployment[] deployments =
        [
            Deployment("First", cultures: ["fr"], prefixes: ["/help"], layers: ["Always"]),
            Deployment("Second", cultures: ["fr"], prefixes: ["/help/"], layers: ["Always"]),
        ];

        Assert.Equal("First", ChatResetDeploymentSelection.Choose(deployments, new("/help/x", null)).Name);
        Assert.Equal("First", ChatResetDeploymentSelection.Choose(deployments, new("/", null, ["Always"])).Name);
        Assert.Equal("First", ChatResetDeploymentSelection.Choose(deployments, new("/", "fr-FR")).Name);
    }
}
