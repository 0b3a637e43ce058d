using Aeo.FakeProviders.Anthropic;
using Aeo.FakeProviders.Gemini;
using Aeo.Platforms.Providers.Anthropic;
using Aeo.Platforms.Providers.Gemini;
using static Aeo.Platforms.Tests.Configuration.PlatformConfiguration;

namespace Aeo.Platforms.Tests.Configuration;

public sealed class AnthropicAndGeminiConfigurationTests
{
    private const string ApiKey = "sk-config-secret-0123456789";

    [Theory]
    [InlineData("anthropic", null)]
    [InlineData("gemini", null)]
    [InlineData("claude-work", "anthropic")]
    [InlineData("gemini-eu", "gemini")]
    public void An_entry_without_an_api_key_fails_at_startup_naming_the_key(string name, string? kind)
    {
        var message = StartupError(($"Aeo:Platforms:{name}:Kind", kind), ($"Aeo:Platforms:{name}:Model", "some-model"));
        Assert.Contains($"Aeo:Platforms:{name}:ApiKey is required", message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_anthropic_version_fails_at_startup_without_echoing_the_key(string version)
    {
        var message = StartupError(("Aeo:Platforms:anthropic:ApiKey", ApiKey), ("Aeo:Platforms:anthropic:ApiVersion", version));
        Assert.Contains("Aeo:Platforms:anthropic:ApiVersion", message);
        Assert.DoesNotContain(ApiKey, message);
    }

    [Fact]
    public void Both_kinds_are_built_as_real_engines_with_their_default_models()
    {
        var registry = Registry(
            ("Aeo:Platforms:anthropic:ApiKey", ApiKey),
            ("Aeo:Platforms:gemini:ApiKey", ApiKey),
            ("Aeo:Platforms:gemini:RequestsPerMinute", "15"));

        Assert.Equal(
            [
                new PlatformDescriptor("anthropic", "anthropic", false, 60, 64, AnthropicAnswerEngine.DefaultModel),
                new PlatformDescriptor("gemini", "gemini", false, 15, 64, GeminiAnswerEngine.DefaultModel),
            ],
            registry.Platforms);
        Assert.True(registry.TryGet("anthropic", out var claude));
        Assert.IsType<AnthropicAnswerEngine>(claude);
        Assert.True(registry.TryGet("gemini", out var gemini));
        Assert.IsType<GeminiAnswerEngine>(gemini);
    }

    [Fact]
    public async Task Configured_endpoints_models_versions_and_prices_reach_the_providers()
    {
        await using var claudeServer = await FakeProviderServer.StartAsync(_ =>
            AnthropicReplies.Message("claude-opus-4-1-20250805", 1000, 100, AnthropicReplies.Text("Claude says HubSpot.")));
        await using var geminiServer = await FakeProviderServer.StartAsync(_ =>
            GeminiReplies.Answer("gemini-2.5-pro", 1000, 100, null, null, "Gemini says HubSpot."));
        var registry = Registry(
            ("Aeo:Platforms:claude:Kind", "Anthropic"),
            ("Aeo:Platforms:claude:ApiKey", ApiKey),
            ("Aeo:Platforms:claude:BaseUrl", claudeServer.BaseUrl + "v1"),
            ("Aeo:Platforms:claude:Model", "claude-opus-4-1"),
            ("Aeo:Platforms:claude:ApiVersion", "2023-06-01"),
            ("Aeo:Platforms:claude:MaxOutputTokens", "512"),
            ("Aeo:Platforms:claude:Pricing:claude-opus-4-1:InputPerMillionTokens", "15"),
            ("Aeo:Platforms:claude:Pricing:claude-opus-4-1:OutputPerMillionTokens", "75"),
            ("Aeo:Platforms:gemini:ApiKey", ApiKey),
            ("Aeo:Platforms:gemini:BaseUrl", geminiServer.BaseUrl + "v1beta/"),
            ("Aeo:Platforms:gemini:Model", "gemini-2.5-pro"));

        Assert.True(registry.TryGet("claude", out var claude));
        var claudeAnswer = await claude.Ask("What is the best CRM?");
        Assert.Equal("Claude says HubSpot.", claudeAnswer.Text);
        Assert.Equal((1000 * 15m + 100 * 75m) / 1_000_000m, claudeAnswer.CostUsd);
        var claudeRequest = Assert.Single(claudeServer.Requests);
        Assert.Equal("/v1/messages", claudeRequest.Path);
        Assert.Equal("claude-opus-4-1", claudeRequest.Json.GetProperty("model").GetString());
        Assert.Equal(512, claudeRequest.Json.GetProperty("max_tokens").GetInt32());

        Assert.True(registry.TryGet("gemini", out var gemini));
        var geminiAnswer = await gemini.Ask("What is the best CRM?");
        Assert.Equal("Gemini says HubSpot.", geminiAnswer.Text);
        Assert.Null(geminiAnswer.CostUsd);
        Assert.Equal("/v1beta/models/gemini-2.5-pro:generateContent", Assert.Single(geminiServer.Requests).Path);
    }
}
