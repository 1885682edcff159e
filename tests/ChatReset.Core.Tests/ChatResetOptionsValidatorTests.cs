using ChatReset.Core;

namespace ChatReset.Core.Tests;

public sealed class ChatResetOptionsValidatorTests
{
    private static IReadOnlyList<ChatResetValidationError> ValidateWith(Action<ChatResetOptions> change)
    {
        var options = ValidOptions.Create();
        change(options);
        return ChatResetOptionsValidator.Validate(options);
    }

    private static void AssertOnlyErrorFor(string field, IReadOnlyList<ChatResetValidationError> errors, string? rejectedValue)
    {
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        if (rejectedValue is { Length: >= 5 })
        {
            // The value can be markup, and messages land in HTML pages and logs.
            Assert.DoesNotContain(rejectedValue, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Snippet_shaped_settings_with_default_wording_are_valid()
    {
        Assert.Empty(ChatResetOptionsValidator.Validate(ValidOptions.Create()));
    }

    [Fact]
    public void Empty_options_report_every_required_field_once_in_property_order()
    {
        var options = new ChatResetOptions
        {
            Language = null,
            EndOfChatMessage = "",
            RestartLabel = " ",
            DismissLabel = null,
            LauncherLabel = "\t",
            BootstrapUrl = "//evil.example/x.js",
        };

        var errors = ChatResetOptionsValidator.Validate(options);

        Assert.Equal(
            [
                nameof(ChatResetOptions.OrgId), nameof(ChatResetOptions.DeploymentApiName), nameof(ChatResetOptions.SiteUrl),
                nameof(ChatResetOptions.Scrt2Url), nameof(ChatResetOptions.Language), nameof(ChatResetOptions.EndOfChatMessage),
                nameof(ChatResetOptions.RestartLabel), nameof(ChatResetOptions.DismissLabel), nameof(ChatResetOptions.LauncherLabel),
                nameof(ChatResetOptions.BootstrapUrl),
            ],
            errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Contains(e.Field, e.Message, StringComparison.Ordinal));
        Assert.Contains("required", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deployment_and_the_wording_are_checked_apart_and_together_they_make_the_whole()
    {
        var options = new ChatResetOptions { Language = "english please", EndOfChatMessage = "", RestartLabel = new string('x', 81) };

        var deployment = ChatResetOptionsValidator.ValidateDeployment(options);
        var wording = ChatResetOptionsValidator.ValidateWording(options);

        Assert.Equal(
            [
                nameof(ChatResetOptions.OrgId), nameof(ChatResetOptions.DeploymentApiName), nameof(ChatResetOptions.SiteUrl),
                nameof(ChatResetOptions.Scrt2Url), nameof(ChatResetOptions.Language),
            ],
            deployment.Select(e => e.Field));
        Assert.Equal([nameof(ChatResetOptions.EndOfChatMessage), nameof(ChatResetOptions.RestartLabel)], wording.Select(e => e.Field));
        Assert.Equal(ChatResetOptionsValidator.Validate(options).OrderBy(e => e.Field, StringComparer.Ordinal), deployment.Concat(wording).OrderBy(e => e.Field, StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_field_is_missing_and_a_value_that_breaks_a_rule_is_invalid()
    {
        var errors = ValidateWith(o =>
        {
            o.OrgId = " ";
            o.SiteUrl = "http://acme.my.site.com";
            o.RestartLabel = null;
            o.DismissLabel = "Close\u0001";
        }).ToDictionary(e => e.Field, e => e.Problem);

        Assert.Equal(ChatResetProblem.Missing, errors[nameof(ChatResetOptions.OrgId)]);
        Assert.Equal(ChatResetProblem.Invalid, errors[nameof(ChatResetOptions.SiteUrl)]);
        Assert.Equal(ChatResetProblem.Missing, errors[nameof(ChatResetOptions.RestartLabel)]);
        Assert.Equal(ChatResetProblem.Invalid, errors[nameof(ChatResetOptions.DismissLabel)]);
    }

    [Fact]
    public void A_field_with_several_problems_gets_one_message()
    {
        var errors = ValidateWith(o => o.DeploymentApiName = "_bad__name-" + new string('x', 90));

        AssertOnlyErrorFor(nameof(ChatResetOptions.DeploymentApiName), errors, null);
    }

    [Fact]
    public void The_validator_checksum_agrees_with_an_independent_implementation()
    {
        string[] ids = [ValidOptions.OrgId15, "00D000000000000", "00DABCDEFGHIJKL", "00Dabcdefghijkl", "00Dx0000000AbCd", "00DZz9Yy8Xx7Ww6"];
        foreach (var id in ids)
        {
            Assert.Equal(ValidOptions.To18(id)[15..], ChatResetOptionsValidator.ComputeIdChecksum(id));
        }
    }

    [Theory]
    [InlineData("000000000000000", "AAA")]
    [InlineData("AAAAAAAAAAAAAAA", "555")]
    [InlineData("A0000000000000Z", "BAQ")]
    public void The_checksum_sets_bit_i_for_an_uppercase_letter_at_position_i_of_each_chunk(string id15, string expected)
    {
        // Worked by hand from the rule: "A0000" -> bit 0 -> 'B'; "0000Z" -> bit 4 -> index 16 -> 'Q'.
        Assert.Equal(expected, ChatResetOptionsValidator.ComputeIdChecksum(id15));
    }

    [Theory]
    [InlineData("00D5g000004XyZq")]
    [InlineData("00DABCDEFGHIJKL")]
    [InlineData("00D000000000000")]
    public void Fifteen_and_checksummed_eighteen_character_org_ids_are_valid(string id15)
    {
        Assert.Empty(ValidateWith(o => o.OrgId = id15));
        Assert.Empty(ValidateWith(o => o.OrgId = ValidOptions.To18(id15)));
    }

    [Fact]
    public void An_eighteen_character_org_id_with_a_wrong_checksum_is_rejected()
    {
        var good = ValidOptions.To18(ValidOptions.OrgId15);
        var wrongSuffix = good[..15] + (good[15] == 'A' ? "B" : "A") + good[16..];
        // The checksum exists to catch case changes: lower-casing one letter of the ID must be caught.
        var letter = good.AsSpan(3, 12).IndexOfAnyInRange('A', 'Z') + 3;
        var recased = good[..letter] + char.ToLowerInvariant(good[letter]) + good[(letter + 1)..];
        Assert.NotEqual(good, recased);

        AssertOnlyErrorFor(nameof(ChatResetOptions.OrgId), ValidateWith(o => o.OrgId = wrongSuffix), wrongSuffix);
        var error = Assert.Single(ValidateWith(o => o.OrgId = recased));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("00D5g000004XyZ")] // 14
    [InlineData("00D5g000004XyZqA")] // 16
    [InlineData("00D5g000004XyZq1234")] // 19
    [InlineData("0015g000004XyZq")] // an account ID, not an org ID
    [InlineData("00d5g000004XyZq")]
    [InlineData("00D5g000004Xy-q")]
    [InlineData("00D5g 00004XyZq")]
    [InlineData("<script>alert(1)")]
    [InlineData("00D5g000004XyZé")]
    public void Malformed_org_ids_are_rejected_on_the_org_id_field(string? value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.OrgId), ValidateWith(o => o.OrgId = value), value);
    }

    [Fact]
    public void Org_id_length_message_gives_the_length_not_the_value()
    {
        var error = Assert.Single(ValidateWith(o => o.OrgId = "00D5g000004XyZ"));
        Assert.Contains("14", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ESA_Web_Deployment")]
    [InlineData("Enhanced_Chat")]
    [InlineData("A")]
    [InlineData("Web2")]
    public void Salesforce_api_names_are_valid_deployment_names(string value)
    {
        Assert.Empty(ValidateWith(o => o.DeploymentApiName = value));
        Assert.Empty(ValidateWith(o => o.DeploymentApiName = value + new string('x', ChatResetOptionsValidator.MaxDeploymentApiNameLength - value.Length)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2Web")]
    [InlineData("_Web")]
    [InlineData("Web__Chat")]
    [InlineData("Web_Chat_")]
    [InlineData("Web-Chat")]
    [InlineData("Web Chat")]
    [InlineData("Web.Chat")]
    [InlineData("Web_Chat\n")]
    [InlineData("Dépl_Web")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public void Malformed_deployment_names_are_rejected_on_their_field(string? value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.DeploymentApiName), ValidateWith(o => o.DeploymentApiName = value), value);
    }

    [Fact]
    public void A_deployment_name_over_80_characters_is_rejected_with_its_length()
    {
        var error = Assert.Single(ValidateWith(o => o.DeploymentApiName = "A" + new string('b', 80)));
        Assert.Equal(nameof(ChatResetOptions.DeploymentApiName), error.Field);
        Assert.Contains("81", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000/")]
    [InlineData("https://acme--uat.sandbox.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://acme-dev-ed.develop.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://acme.force.com/ESWWeb1700000000000")]
    [InlineData("https://acme.secure.force.com/ESWWeb1700000000000")]
    [InlineData("https://acme.salesforce-sites.com/ESWWeb1700000000000")]
    [InlineData("HTTPS://ACME.MY.SITE.COM/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com")]
    public void Salesforce_site_urls_are_valid(string value)
    {
        Assert.Empty(ValidateWith(o => o.SiteUrl = value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("acme.my.site.com/ESWChat1700000000000")]
    [InlineData("//acme.my.site.com/ESWChat1700000000000")]
    [InlineData("https://acmé.my.site.com/ESWChat1700000000000")]
    [InlineData("https://acme.my.site.com/ESW{Chat}")]
    [InlineData("https:/acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("javascript:alert(1)//acme.my.site.com")]
    [InlineData("https://evil-my.site.com/ESWWeb1700000000000")]
    [InlineData("https://my.site.com.evil.com/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com.evil.com/ESWWeb1700000000000")]
    [InlineData("https://my.site.com/ESWWeb1700000000000")]
    [InlineData("https://evilforce.com/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com./ESWWeb1700000000000")]
    [InlineData("https://acme..my.site.com/ESWWeb1700000000000")]
    [InlineData("https://-acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://evil.example/acme.my.site.com")]
    [InlineData("https://acme.my.site.com@evil.example/ESWWeb1700000000000")]
    [InlineData("https://user:pass@acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://evil.example\\@acme.my.site.com/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com:8443/ESWWeb1700000000000")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000?x=1")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000#top")]
    [InlineData("https://acme.my.site.com/ESW Web")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000\n")]
    [InlineData("https://10.0.0.1/ESWWeb1700000000000")]
    [InlineData("https://acme.my.salesforce-scrt.com")]
    [InlineData("https://acme.my.site.com/\"><script>alert(1)</script>")]
    public void Non_salesforce_or_malformed_site_urls_are_rejected_on_their_field(string? value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.SiteUrl), ValidateWith(o => o.SiteUrl = value), value);
    }

    [Fact]
    public void Site_url_messages_say_which_rule_was_broken()
    {
        static string MessageFor(string url) => Assert.Single(ValidateWith(o => o.SiteUrl = url)).Message;

        Assert.Contains("https", MessageFor("http://acme.my.site.com/ESW"), StringComparison.Ordinal);
        Assert.Contains("Salesforce domain", MessageFor("https://evil-my.site.com/ESW"), StringComparison.Ordinal);
        Assert.Contains("user name or password", MessageFor("https://u:p@acme.my.site.com/ESW"), StringComparison.Ordinal);
        Assert.Contains("port", MessageFor("https://acme.my.site.com:444/ESW"), StringComparison.Ordinal);
        Assert.Contains("query", MessageFor("https://acme.my.site.com/ESW?a=b"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://acme.my.salesforce-scrt.com")]
    [InlineData("https://acme.my.salesforce-scrt.com/")]
    [InlineData("https://acme--uat.sandbox.my.salesforce-scrt.com")]
    [InlineData("https://acme-dev-ed.develop.my.salesforce-scrt.com")]
    public void Salesforce_scrt2_urls_are_valid(string value)
    {
        Assert.Empty(ValidateWith(o => o.Scrt2Url = value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("http://acme.my.salesforce-scrt.com")]
    [InlineData("https://acme.my.salesforce-scrt.com/embeddedservice")]
    [InlineData("https://acme.my.salesforce-scrt.com//")]
    [InlineData("https://acme.my.salesforce-scrt.com/?x=1")]
    [InlineData("https://acme.my.salesforce-scrt.com#x")]
    [InlineData("https://acme.my.salesforce-scrt.com:8443")]
    [InlineData("https://evil-my.salesforce-scrt.com")]
    [InlineData("https://my.salesforce-scrt.com")]
    [InlineData("https://acme.my.salesforce-scrt.com.evil.com")]
    [InlineData("https://acme.salesforce-scrt.com")]
    [InlineData("https://acme.my.site.com")]
    [InlineData("https://u@acme.my.salesforce-scrt.com")]
    public void Non_origin_or_non_scrt2_urls_are_rejected_on_their_field(string? value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.Scrt2Url), ValidateWith(o => o.Scrt2Url = value), value);
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("zh_CN")]
    [InlineData("pt_BR")]
    [InlineData("en-GB")]
    [InlineData("haw")]
    [InlineData("es_419")]
    public void Salesforce_language_codes_are_valid(string value)
    {
        Assert.Empty(ValidateWith(o => o.Language = value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en_")]
    [InlineData("en_USA")]
    [InlineData("en US")]
    [InlineData("en_US\n")]
    [InlineData("e1")]
    [InlineData("<b>")]
    public void Malformed_language_codes_are_rejected_on_their_field(string? value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.Language), ValidateWith(o => o.Language = value), value);
    }

    public static TheoryData<string, int> TextFields => new()
    {
        { nameof(ChatResetOptions.EndOfChatMessage), ChatResetOptionsValidator.MaxEndOfChatMessageLength },
        { nameof(ChatResetOptions.RestartLabel), ChatResetOptionsValidator.MaxLabelLength },
        { nameof(ChatResetOptions.DismissLabel), ChatResetOptionsValidator.MaxLabelLength },
        { nameof(ChatResetOptions.LauncherLabel), ChatResetOptionsValidator.MaxLabelLength },
    };

    private static IReadOnlyList<ChatResetValidationError> ValidateText(string field, string? value) =>
        ValidateWith(o => typeof(ChatResetOptions).GetProperty(field)!.SetValue(o, value));

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Text_settings_are_required(string field, int maxLength)
    {
        _ = maxLength;
        foreach (var blank in new[] { null, "", "  \n\t" })
        {
            var errors = ValidateText(field, blank);
            AssertOnlyErrorFor(field, errors, null);
            Assert.Contains("required", errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Text_settings_accept_their_maximum_length_and_reject_one_more(string field, int maxLength)
    {
        Assert.Empty(ValidateText(field, new string('x', maxLength)));

        var tooLong = new string('<', maxLength + 1);
        var errors = ValidateText(field, tooLong);
        AssertOnlyErrorFor(field, errors, tooLong);
        Assert.Contains((maxLength + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Text_settings_accept_markup_like_and_international_text(string field, int maxLength)
    {
        _ = maxLength;
        foreach (var text in XssCorpus.Accepted)
        {
            var fitting = text.Length > maxLength ? text[..maxLength] : text;
            Assert.Empty(ValidateText(field, fitting));
        }
    }

    [Theory]
    [MemberData(nameof(TextFields))]
    public void Text_settings_reject_control_characters_and_broken_surrogates(string field, int maxLength)
    {
        _ = maxLength;
        foreach (var text in new[] { "Bye\0", "Bye\u0007", "Bye\u007F", "Bye\u0085", "Bye\uD83D", "\uDE00Bye" })
        {
            AssertOnlyErrorFor(field, ValidateText(field, text), text);
        }

        Assert.Empty(ValidateText(field, "Line one\r\nLine\ttwo"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000/assets/js/bootstrap.min.js")]
    public void Bootstrap_url_may_be_empty_or_salesforces_own_bootstrap_of_the_site(string? value)
    {
        Assert.Empty(ValidateWith(o => o.BootstrapUrl = value));
    }

    [Fact]
    public void A_site_relative_bootstrap_is_accepted_when_it_is_the_path_the_host_allows()
    {
        Assert.Empty(ValidateWith(o =>
        {
            o.AllowedLocalBootstrapPath = "/simulated/bootstrap.js";
            o.BootstrapUrl = "/simulated/bootstrap.js";
        }));
    }

    [Theory]
    [InlineData(null, "/simulated/bootstrap.js")]
    [InlineData("/simulated/bootstrap.js", "/media/uploads/bootstrap.js")]
    [InlineData("/simulated/bootstrap.js", "/simulated/bootstrap.js?v=2")]
    [InlineData("/simulated/bootstrap.js", "/Simulated/bootstrap.js")]
    public void Any_other_site_relative_bootstrap_is_rejected_because_it_would_run_with_the_nonce(string? allowed, string value)
    {
        var errors = ValidateWith(o =>
        {
            o.AllowedLocalBootstrapPath = allowed;
            o.BootstrapUrl = value;
        });

        AssertOnlyErrorFor(nameof(ChatResetOptions.BootstrapUrl), errors, value);
        Assert.Contains("AllowedLocalBootstrapPath", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/bootstrap.js")]
    [InlineData("bootstrap.js")]
    [InlineData("http://acme.my.site.com/ESWWeb1700000000000/assets/js/bootstrap.min.js")]
    [InlineData("https://acme--uat.sandbox.my.site.com/ESWWeb1700000000000/assets/js/bootstrap.min.js")]
    [InlineData("https://acme.my.site.com/ESWWeb1700000000000/assets/js/other.js")]
    [InlineData("https://evil.example/bootstrap.js")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/javascript,alert(1)")]
    public void Bootstrap_url_other_than_salesforces_for_the_site_is_rejected_on_its_field(string value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.BootstrapUrl), ValidateWith(o => o.BootstrapUrl = value), value);
    }

    [Theory]
    [InlineData("//evil.example/bootstrap.js")]
    [InlineData("/\\evil.example/bootstrap.js")]
    [InlineData("simulated/bootstrap.js")]
    [InlineData("/simulated/boot strap.js")]
    [InlineData("/simulated/bootstrap.js?v=1")]
    public void The_allowed_local_bootstrap_path_must_be_a_plain_site_relative_path(string value)
    {
        AssertOnlyErrorFor(nameof(ChatResetOptions.AllowedLocalBootstrapPath), ValidateWith(o => o.AllowedLocalBootstrapPath = value), value);
    }

    [Theory]
    [InlineData("Our agent has ended this chat. <b>Thanks!</b>", false)]
    [InlineData("   ", true)]
    [InlineData("nul\0char", true)]
    public void The_end_of_chat_message_rule_alone_agrees_with_full_validation(string message, bool invalid)
    {
        var alone = ChatResetOptionsValidator.ValidateEndOfChatMessage(message);
        var full = ValidateWith(o => o.EndOfChatMessage = message)
            .SingleOrDefault(e => e.Field == nameof(ChatResetOptions.EndOfChatMessage));

        Assert.Equal(invalid, alone is not null);
        Assert.Equal(full, alone);
    }

    [Fact]
    public void The_end_of_chat_message_rule_alone_rejects_text_over_the_limit()
    {
        var error = ChatResetOptionsValidator.ValidateEndOfChatMessage(new string('x', ChatResetOptionsValidator.MaxEndOfChatMessageLength + 1));

        Assert.NotNull(error);
        Assert.Equal(ChatResetProblem.Invalid, error.Problem);
        Assert.Contains("EndOfChatMessage", error.Message, StringComparison.Ordinal);
    }
}
