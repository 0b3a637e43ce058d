using Aeo.Platforms.Providers.Perplexity;
using static Aeo.Platforms.Tests.Configuration.PlatformConfiguration;

namespace Aeo.Platforms.Tests.Configuration;

public sealed class OpenAIFamilyConfigurationTests
{
    private const string ApiKey = "sk-config-secret-0123456789";

    [Fact]
    public void An_openai_compatible_entry_needs_a_base_url_and_a_model_but_no_key()
    {
        var message = StartupError(("Aeo:Platforms:local-llm:Kind", "openai-compatible"));

        Assert.Contains("Aeo:Platforms:local-llm:BaseUrl is required", message);
        Assert.Contains("Aeo:Platforms:local-llm:Model is required", message);
        Assert.DoesNotContain("ApiKey", message);
    }

    [Theory]
    [InlineData("MaxOutputTokens", "0", "Aeo:Platforms:local-llm:MaxOutputTokens must be at least 1")]
    [InlineData("Pricing:llama3:InputPerMillionTokens", "-1", "Aeo:Platforms:local-llm:Pricing:llama3 must not have negative prices")]
    [InlineData("Pricing:llama3:OutputPerMillionTokens", "-0.5", "Aeo:Platforms:local-llm:Pricing:llama3 must not have negative prices")]
    public void Bad_limits_and_prices_fail_at_startup_naming_the_key_without_echoing_the_api_key(string setting, string value, string expected)
    {
        var message = StartupError(
            ("Aeo:Platforms:local-llm:Kind", "openai-compatible"),
            ("Aeo:Platforms:local-llm:BaseUrl", "http://localhost:11434/v1/"),
            ("Aeo:Platforms:local-llm:Model", "llama3"),
            ("Aeo:Platforms:local-llm:ApiKey", ApiKey),
            ($"Aeo:Platforms:local-llm:{setting}", value));

        Assert.Contains(expected, message);
        Assert.DoesNotContain(ApiKey, message);
    }

    [Fact]
    public async Task An_openai_compatible_entry_is_a_real_engine_reaching_its_server()
    {
        await using var server = await FakeProviderServer.StartAsync(_ => OpenAIReplies.ChatCompletion("qwen2.5:7b", 1000, 100, "Local says HubSpot."));
        var registry = Registry(
            ("Aeo:Platforms:local-llm:Kind", "openai-compatible"),
            ("Aeo:Platforms:local-llm:BaseUrl", server.BaseUrl + "v1"),
            ("Aeo:Platforms:local-llm:Model", "qwen2.5:7b"),
            ("Aeo:Platforms:local-llm:MaxOutputTokens", "512"),
            ("Aeo:Platforms:local-llm:Pricing:qwen2.5:InputPerMillionTokens", "0"),
            ("Aeo:Platforms:local-llm:Pricing:qwen2.5:OutputPerMillionTokens", "0"));

        Assert.Equal([new PlatformDescriptor("local-llm", "openai-compatible", false, 60, 64, "qwen2.5:7b") { MaxOutputTokens = 512 }], registry.Platforms);
        Assert.True(registry.TryGet("local-llm", out var engine));
        Assert.IsType<OpenAICompatibleAnswerEngine>(engine);
        var answer = await engine.Ask("What is the best CRM?");
        Assert.Equal("Local says HubSpot.", answer.Text);
        Assert.Equal(0m, answer.CostUsd);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Null(request.Header("authorization"));
        Assert.Equal(512, request.Json.GetProperty("max_tokens").GetInt32());
    }

    [Theory]
    [InlineData("openai", null)]
    [InlineData("chatgpt", "openai")]
    [InlineData("perplexity", null)]
    [InlineData("pplx", "perplexity")]
    public void An_openai_or_perplexity_entry_without_an_api_key_fails_at_startup_naming_the_key(string name, string? kind)
    {
        var message = StartupError(($"Aeo:Platforms:{name}:Kind", kind), ($"Aeo:Platforms:{name}:Model", "some-model"));
        Assert.Contains($"Aeo:Platforms:{name}:ApiKey is required", message);
    }

    [Theory]
    [InlineData("completions")]
    [InlineData("")]
    public void An_unknown_openai_api_fails_at_startup_without_echoing_the_key(string api)
    {
        var message = StartupError(("Aeo:Platforms:openai:ApiKey", ApiKey), ("Aeo:Platforms:openai:Api", api));
        Assert.Contains("Aeo:Platforms:openai:Api", message);
        Assert.DoesNotContain(ApiKey, message);
    }

    [Fact]
    public async Task An_openai_entry_defaults_to_the_responses_api_and_its_default_model()
    {
        var registry = Registry(("Aeo:Platforms:openai:ApiKey", ApiKey));

        Assert.Equal([new PlatformDescriptor("openai", "openai", false, 60, 64, OpenAIAnswerEngine.DefaultModel)], registry.Platforms);
        Assert.True(registry.TryGet("openai", out var engine));
        Assert.IsType<OpenAIAnswerEngine>(engine);

        await using var server = await FakeProviderServer.StartAsync(_ => OpenAIReplies.ChatCompletion("gpt-4.1-mini", 10, 5, "Chat says HubSpot."));
        var chat = Registry(
            ("Aeo:Platforms:chatgpt:Kind", "openai"),
            ("Aeo:Platforms:chatgpt:ApiKey", ApiKey),
            ("Aeo:Platforms:chatgpt:Api", "Chat"),
            ("Aeo:Platforms:chatgpt:Model", "gpt-4.1-mini"),
            ("Aeo:Platforms:chatgpt:BaseUrl", server.BaseUrl + "v1/"));
        Assert.True(chat.TryGet("chatgpt", out var chatEngine));
        Assert.Equal("Chat says HubSpot.", (await chatEngine.Ask("What is the best CRM?")).Text);
        Assert.Equal("/v1/chat/completions", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void A_perplexity_entry_defaults_to_sonar()
    {
        var registry = Registry(("Aeo:Platforms:perplexity:ApiKey", ApiKey));

        Assert.Equal([new PlatformDescriptor("perplexity", "perplexity", false, 60, 64, PerplexityAnswerEngine.DefaultModel)], registry.Platforms);
        Assert.Equal("sonar", PerplexityAnswerEngine.DefaultModel);
        Assert.True(registry.TryGet("perplexity", out var engine));
        Assert.IsType<PerplexityAnswerEngine>(engine);
    }
}
