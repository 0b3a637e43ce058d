using Aeo.Platforms.Providers.Anthropic;
using Aeo.Platforms.Providers.Gemini;
using Aeo.Platforms.Providers.Perplexity;
using static Aeo.Platforms.Tests.Configuration.PlatformConfiguration;

namespace Aeo.Platforms.Tests.Configuration;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task No_platform_entries_give_three_distinct_simulated_platforms()
    {
        var registry = Registry(Config(("Aeo:Other", "x")));

        Assert.Equal(["simulated-a", "simulated-b", "simulated-c"], registry.Platforms.Select(p => p.Name));
        Assert.All(registry.Platforms, p =>
        {
            Assert.Equal("simulated", p.Kind);
            Assert.True(p.IsSimulated);
            Assert.StartsWith("simulated-", p.Model);
        });
        Assert.Equal(3, registry.Platforms.Select(p => p.Model).Distinct().Count());

        Assert.True(registry.TryGet("simulated-b", out var engine));
        Assert.True(engine.IsSimulated);
        Assert.Equal("simulated-b", engine.Platform);
        var texts = new HashSet<string>();
        foreach (var name in registry.Platforms.Select(p => p.Name))
        {
            Assert.True(registry.TryGet(name, out var each));
            texts.Add((await each.AskAsync(new AnswerRequest("What is the best CRM?", 0, TestEngines.Brands), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30))).Text);
        }

        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public void Kind_defaults_to_the_entry_name_and_values_are_bound()
    {
        var registry = Registry(Config(
            ("Aeo:Platforms:simulated:RequestsPerMinute", "120"),
            ("Aeo:Platforms:fast:Kind", "Simulated"),
            ("Aeo:Platforms:fast:MaxConcurrency", "4"),
            ("Aeo:Platforms:fast:Model", "fast-model"),
            ("Aeo:Platforms:fast:Simulated:Style", "table")));

        Assert.Equal(
            [
                new PlatformDescriptor("fast", "simulated", true, 60, 4, "fast-model"),
                new PlatformDescriptor("simulated", "simulated", true, 120, 64, "simulated-mixed"),
            ],
            registry.Platforms);
        Assert.Equal(registry.Platforms[0], registry.Describe("fast"));
    }

    [Fact]
    public async Task Simulated_settings_are_bound_and_used()
    {
        var time = new RecordingTimeProvider();
        var registry = Registry(
            Config(
                ("Aeo:Platforms:simulated:Simulated:LatencyMinMs", "100"),
                ("Aeo:Platforms:simulated:Simulated:LatencyMedianMs", "100"),
                ("Aeo:Platforms:simulated:Simulated:LatencyMaxMs", "100"),
                ("Aeo:Platforms:simulated:Simulated:FailureRate", "1"),
                ("Aeo:Platforms:simulated:Simulated:Seed", "9"),
                ("Aeo:Platforms:simulated:Simulated:Style", "list")),
            time);

        Assert.Equal("simulated-list", registry.Describe("simulated").Model);
        Assert.True(registry.TryGet("simulated", out var engine));
        var error = await Assert.ThrowsAsync<AnswerEngineException>(() => engine.Ask("What is the best CRM?"));
        Assert.Equal(EngineErrorClass.Unavailable, error.ErrorClass);
        Assert.Equal([TimeSpan.FromMilliseconds(100)], time.RequestedDelays);
    }

    [Fact]
    public void Unknown_platforms_are_reported_clearly()
    {
        var registry = Registry(Config());
        Assert.False(registry.TryGet("nope", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => registry.Describe("nope"));
        Assert.Contains("'nope'", error.Message);
    }

    [Theory]
    [InlineData("openai", null, typeof(OpenAIAnswerEngine))]
    [InlineData("anthropic", null, typeof(AnthropicAnswerEngine))]
    [InlineData("perplexity", null, typeof(PerplexityAnswerEngine))]
    [InlineData("gemini", null, typeof(GeminiAnswerEngine))]
    [InlineData("local-llm", "openai-compatible", typeof(OpenAICompatibleAnswerEngine))]
    [InlineData("sim", "simulated", typeof(SimulatedAnswerEngine))]
    public void Each_kind_builds_its_real_engine(string name, string? kind, Type engineType)
    {
        var registry = Registry(Config(
            ($"Aeo:Platforms:{name}:Kind", kind),
            ($"Aeo:Platforms:{name}:ApiKey", "sk-secret"),
            ($"Aeo:Platforms:{name}:BaseUrl", "http://localhost:11434/v1/"),
            ($"Aeo:Platforms:{name}:Model", "some-model")));

        Assert.True(registry.TryGet(name, out var engine));
        Assert.IsType(engineType, engine);
        Assert.Equal(kind ?? name, registry.Describe(name).Kind);
        Assert.Equal(engineType == typeof(SimulatedAnswerEngine), engine.IsSimulated);
    }

    [Fact]
    public void Unknown_kinds_are_rejected_naming_the_key()
    {
        var message = StartupError(("Aeo:Platforms:bard:RequestsPerMinute", "10"));
        Assert.Contains("Aeo:Platforms:bard:Kind", message);
        Assert.Contains("'bard'", message);
    }

    [Theory]
    [InlineData("RequestsPerMinute", "0", "Aeo:Platforms:sim:RequestsPerMinute")]
    [InlineData("TokensPerMinute", "0", "Aeo:Platforms:sim:TokensPerMinute")]
    [InlineData("MaxConcurrency", "0", "Aeo:Platforms:sim:MaxConcurrency")]
    [InlineData("TimeoutSeconds", "0", "Aeo:Platforms:sim:TimeoutSeconds")]
    [InlineData("BaseUrl", "not a url", "Aeo:Platforms:sim:BaseUrl")]
    [InlineData("Simulated:LatencyMinMs", "2000", "Aeo:Platforms:sim:Simulated:LatencyMedianMs")]
    [InlineData("Simulated:LatencyMaxMs", "1000", "Aeo:Platforms:sim:Simulated:LatencyMaxMs")]
    [InlineData("Simulated:FailureRate", "1.5", "Aeo:Platforms:sim:Simulated:FailureRate")]
    [InlineData("Simulated:FailureRate", "-0.1", "Aeo:Platforms:sim:Simulated:FailureRate")]
    [InlineData("Simulated:Style", "poetry", "Aeo:Platforms:sim:Simulated:Style")]
    public void Invalid_values_fail_at_startup_naming_the_key(string setting, string value, string expectedKey)
    {
        var message = StartupError(("Aeo:Platforms:sim:Kind", "simulated"), ($"Aeo:Platforms:sim:{setting}", value));
        Assert.Contains(expectedKey, message);
    }

    [Theory]
    [InlineData("Bad_Name")]
    [InlineData("UPPER")]
    [InlineData("-leading-dash")]
    [InlineData("a-name-that-is-far-too-long-for-a-platform")]
    public void Platform_names_must_be_short_lower_case_slugs(string name)
    {
        var message = StartupError(($"Aeo:Platforms:{name}:Kind", "simulated"));
        Assert.Contains($"Aeo:Platforms:{name}", message);
        Assert.Contains("must match", message);
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var message = StartupError(
            ("Aeo:Platforms:one:Kind", "simulated"),
            ("Aeo:Platforms:one:RequestsPerMinute", "0"),
            ("Aeo:Platforms:two:Kind", "simulated"),
            ("Aeo:Platforms:two:Simulated:FailureRate", "2"));
        Assert.Contains("Aeo:Platforms:one:RequestsPerMinute", message);
        Assert.Contains("Aeo:Platforms:two:Simulated:FailureRate", message);
    }

    [Fact]
    public void Zero_latency_is_valid_benchmark_configuration()
    {
        var registry = Registry(Config(
            ("Aeo:Platforms:bench:Kind", "simulated"),
            ("Aeo:Platforms:bench:Simulated:LatencyMinMs", "0"),
            ("Aeo:Platforms:bench:Simulated:LatencyMedianMs", "0"),
            ("Aeo:Platforms:bench:Simulated:LatencyMaxMs", "0")));
        Assert.True(registry.TryGet("bench", out var engine));
        Assert.True(engine.Ask("What is the best CRM?").IsCompletedSuccessfully);
    }
}
