namespace Aeo.Cli.Commands;

/// <summary>
/// A brand written on the command line as <c>Name</c> or <c>Name=domain.com,other.com</c> (the API checks the
/// names and domains; this only splits them).
/// </summary>
public sealed record BrandSpec(string Name, IReadOnlyList<string> Domains)
{
    public const string Syntax = "NAME or NAME=domain.com,other.com";

    public static BrandSpec Parse(string text)
    {
        var equals = text.IndexOf('=');
        var name = (equals < 0 ? text : text[..equals]).Trim();
        if (name.Length == 0)
        {
            throw new CliUsageException($"'{text}' names no brand; write {Syntax}.");
        }
        var domains = equals < 0
            ? []
            : text[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new BrandSpec(name, domains);
    }

    public JsonObject ToJson(IEnumerable<string>? aliases = null) => new()
    {
        ["name"] = Name,
        ["aliases"] = new JsonArray([.. (aliases ?? []).Select(a => (JsonNode)a)]),
        ["domains"] = new JsonArray([.. Domains.Select(d => (JsonNode)d)]),
    };
}
