using Aeo.Abstractions.Grains;
using Aeo.Api.Hosting;

namespace Aeo.Api.Tests.Hosting;

/// <summary>The API talks to the cluster through Aeo.Abstractions; only its hosting wires in the silo's own assembly.</summary>
public sealed partial class LayeringTests
{
    [Fact]
    public void Only_the_APIs_hosting_imports_Aeo_Grains()
    {
        var api = Path.Combine(RepositoryRoot(), "src", "Aeo.Api");
        var importing = Directory.EnumerateFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(api, file))
            .Where(file => GrainsImport().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(api, file).Replace('\\', '/'))
            .Order()
            .ToList();
        Assert.NotEmpty(importing);
        Assert.All(importing, file => Assert.StartsWith("Hosting/", file));
    }

    [Fact]
    public void Every_grain_interface_lives_in_Aeo_Abstractions()
    {
        var assemblies = new[] { typeof(AeoSiloBuilderExtensions).Assembly, typeof(AeoApplication).Assembly, typeof(IAuditRunGrain).Assembly };
        var grainInterfaces = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsInterface && typeof(IGrain).IsAssignableFrom(type))
            .ToList();
        Assert.Contains(typeof(IAuditRunGrain), grainInterfaces);
        Assert.All(grainInterfaces, type => Assert.True(
            type.Assembly == typeof(IAuditRunGrain).Assembly, $"{type.FullName} is in {type.Assembly.GetName().Name}"));
    }

    private static bool IsBuildOutput(string project, string file) =>
        Path.GetRelativePath(project, file).Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Aeo.Orleans.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Aeo.Orleans.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?Aeo\.Grains(\.|;)", RegexOptions.Multiline)]
    private static partial Regex GrainsImport();
}
