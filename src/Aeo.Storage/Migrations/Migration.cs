using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Aeo.Storage.Migrations;

/// <summary>One embedded <c>Migrations/NNNN_name.sql</c> script.</summary>
public sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 (hex) of the script with line endings normalised to \n.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>All migrations embedded in Aeo.Storage, in version order.</summary>
    public static IReadOnlyList<Migration> LoadEmbedded() => Load(typeof(Migration).Assembly);

    internal static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var m = ResourceName().Match(resource);
            if (!m.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            list.Add(new Migration(int.Parse(m.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["name"].Value, reader.ReadToEnd()));
        }
        var duplicate = list.GroupBy(x => x.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(d => d.Name))}");
        }
        return list.OrderBy(x => x.Version).ToList();
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
