using System.Text.RegularExpressions;
using System.Xml.Linq;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>
/// The project graph keeps its one-way arrows, read from the .csproj files as a newcomer would read them: the contracts
/// stay free of the silo runtime and of Redis, and the web node's endpoints and hubs see the contracts only.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Silo = Path.Combine(Repo.Root, "silo");

    [Fact]
    public void The_contracts_reference_only_the_domain_and_no_silo_runtime_or_redis()
    {
        var (projects, packages) = References(Path.Combine(Silo, "FrontAlert.Contracts", "FrontAlert.Contracts.csproj"));

        Assert.Equal(["FrontAlert.Domain"], projects);
        Assert.DoesNotContain(packages, p => p is "Microsoft.Orleans.Server" or "Microsoft.Orleans.Runtime" || p.Contains("Redis", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FrontAlert.Domain", new string[0])]
    [InlineData("FrontAlert.Grains", new[] { "FrontAlert.Contracts" })]
    [InlineData("FrontAlert.Adapters", new[] { "FrontAlert.Contracts" })]
    [InlineData("FrontAlert.ServiceDefaults", new[] { "FrontAlert.Adapters", "FrontAlert.Grains" })]
    public void Each_silo_project_references_only_what_sits_below_it(string project, string[] expected)
    {
        var (projects, _) = References(Path.Combine(Silo, project, project + ".csproj"));

        Assert.Equal(expected, projects);
    }

    [Theory]
    [InlineData("FrontAlert.Wire", new string[0])]
    [InlineData("FrontAlert.Client", new[] { "FrontAlert.Wire" })]
    public void The_client_library_and_its_wire_form_reference_no_server_project(string project, string[] expected)
    {
        var (projects, packages) = References(Path.Combine(Repo.Root, "client", project, project + ".csproj"));

        Assert.Equal(expected, projects);
        Assert.DoesNotContain(packages, p => p.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) || p.Contains("Redis", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_code_outside_its_hosting_setup_uses_neither_grains_nor_adapters()
    {
        var web = Path.Combine(Repo.Root, "web", "FrontAlert.Web");
        var offenders = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Hosting{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Internals().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();

        Assert.Empty(offenders);
    }

    private static (string[] Projects, string[] Packages) References(string csproj)
    {
        var xml = XDocument.Load(csproj);
        var projects = xml.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!)).Order(StringComparer.Ordinal).ToArray();
        var packages = xml.Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!).ToArray();
        return (projects, packages);
    }

    [GeneratedRegex(@"\bFrontAlert\.(Grains|Adapters)\b")]
    private static partial Regex Internals();
}
