using ChatReset.Core.PageContext;

namespace ChatReset.Core.Tests.PageContext;

public sealed class HiddenPrechatFieldRulesTests
{
    private static HiddenPrechatField Row(string? name, string? source, string? value = null, int? maxLength = null)
        => new() { Name = name, Source = source, Value = value, MaxLength = maxLength };

    private static HiddenPrechatFieldError SingleError(params HiddenPrechatField[] rows)
        => Assert.Single(HiddenPrechatFieldRules.Validate(rows));

    [Fact]
    public void A_mapping_of_every_source_is_valid()
    {
        var rows = PageFactSources.All.Select((source, i) => Row($"Field_{i}", source, "Acme web site")).ToList();

        Assert.Empty(HiddenPrechatFieldRules.Validate(rows));
        Assert.Empty(HiddenPrechatFieldRules.Validate([]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Page URL")]
    [InlineData("1Page")]
    [InlineData("_firstName")]
    [InlineData("Page__URL")]
    [InlineData("Page_URL_")]
    [InlineData("Page-URL")]
    [InlineData("Pagé")]
    [InlineData("<script>alert(1)</script>")]
    public void A_bad_name_is_refused_on_its_row_without_repeating_it(string name)
    {
        var error = HiddenPrechatFieldRules.Validate([Row("Page_URL", "PageUrl"), Row(name, "PageTitle")]).Single();

        Assert.Equal(1, error.Row);
        Assert.Equal(nameof(HiddenPrechatField.Name), error.Field);
        Assert.StartsWith("Hidden pre-chat field, row 2: the field name (Name)", error.Message, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(name))
        {
            Assert.DoesNotContain(name, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("A")]
    [InlineData("Page_URL")]
    [InlineData("page_title2")]
    [InlineData("X_1_2_3")]
    public void Api_names_are_accepted(string name)
        => Assert.Empty(HiddenPrechatFieldRules.Validate([Row(name, "PageUrl")]));

    [Fact]
    public void A_name_longer_than_Salesforce_allows_is_refused()
    {
        var error = SingleError(Row(new string('a', HiddenPrechatFieldRules.MaxNameLength + 1), "PageUrl"));

        Assert.Contains($"at most {HiddenPrechatFieldRules.MaxNameLength} characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(HiddenPrechatFieldRules.Validate([Row(new string('a', HiddenPrechatFieldRules.MaxNameLength), "PageUrl")]));
    }

    [Fact]
    public void A_duplicate_name_is_refused_on_the_later_row_whatever_its_case()
    {
        var error = SingleError(Row("Page_URL", "PageUrl"), Row("Culture", "Culture"), Row("page_url", "PageTitle"));

        Assert.Equal(2, error.Row);
        Assert.Equal("Hidden pre-chat field, row 3: the field name (Name) is already used by an earlier row (case does not matter). Map each field once.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Referrer")]
    [InlineData("VisitorEmail")]
    public void An_unknown_source_is_refused_naming_the_known_ones(string? source)
    {
        var error = SingleError(Row("Page_URL", source));

        Assert.Equal(nameof(HiddenPrechatField.Source), error.Field);
        Assert.Equal("Hidden pre-chat field, row 1: the source (Source) must be one of PageUrl, PageTitle, Culture, ContentType, ContentItemId, LayerZone, FixedValue.", error.Message);
    }

    [Fact]
    public void Sources_are_recognised_in_any_case()
        => Assert.Empty(HiddenPrechatFieldRules.Validate([Row("Page_URL", "pageurl"), Row("Title", " PAGETITLE ")]));

    [Theory]
    [InlineData(null, "is required with the source FixedValue")]
    [InlineData("   ", "is required with the source FixedValue")]
    [InlineData("Visit <script>alert(1)</script>", "Salesforce refuses such values")]
    [InlineData("JavaScript:alert(1)", "Salesforce refuses such values")]
    [InlineData("two\nlines", "plain text on one line")]
    [InlineData("nul\0", "plain text on one line")]
    public void A_bad_fixed_value_is_refused(string? value, string expected)
    {
        var error = SingleError(Row("Website", "FixedValue", value));

        Assert.Equal(nameof(HiddenPrechatField.Value), error.Field);
        Assert.StartsWith("Hidden pre-chat field, row 1: the fixed value (Value)", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_value_with_half_a_character_is_refused()
        => Assert.Contains("no broken characters", SingleError(Row("Website", "FixedValue", "broken " + '\ud800')).Message, StringComparison.Ordinal);

    [Fact]
    public void A_fixed_value_longer_than_the_fields_maximum_length_is_refused()
    {
        Assert.Empty(HiddenPrechatFieldRules.Validate([Row("Website", "FixedValue", new string('x', 255))]));
        Assert.Contains("at most 255 characters", SingleError(Row("Website", "FixedValue", new string('x', 256))).Message, StringComparison.Ordinal);
        Assert.Contains("at most 10 characters", SingleError(Row("Website", "FixedValue", new string('x', 11), maxLength: 10)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_given_with_another_source_is_ignored()
        => Assert.Empty(HiddenPrechatFieldRules.Validate([Row("Page_URL", "PageUrl", "<script>")]));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(256)]
    public void A_maximum_length_outside_1_to_255_is_refused(int maxLength)
    {
        var error = SingleError(Row("Page_URL", "PageUrl", maxLength: maxLength));

        Assert.Equal(nameof(HiddenPrechatField.MaxLength), error.Field);
        Assert.Contains("between 1 and 255", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_setting_of_every_row_gets_its_own_message()
    {
        var errors = HiddenPrechatFieldRules.Validate(
        [
            Row("Page URL", "Nowhere"),
            Row("Fine", "PageTitle"),
            Row("Website", "FixedValue", maxLength: 300),
        ]);

        Assert.Equal(
            [(0, "Name"), (0, "Source"), (2, "MaxLength"), (2, "Value")],
            errors.Select(e => (e.Row, e.Field)));
    }

    [Fact]
    public void More_rows_than_allowed_are_refused()
    {
        var rows = Enumerable.Range(0, HiddenPrechatFieldRules.MaxRows + 1).Select(i => Row($"Field_{i}", "PageUrl")).ToList();

        var error = SingleError([.. rows]);

        Assert.Contains($"at most {HiddenPrechatFieldRules.MaxRows} rows", error.Message, StringComparison.Ordinal);
    }
}
