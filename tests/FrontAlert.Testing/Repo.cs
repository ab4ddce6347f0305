namespace FrontAlert.Testing;

/// <summary>Where the repository is, found from the test binaries by walking up to FrontAlert.sln.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The built web host, run as a real process by tests that kill and restart it.</summary>
    public static string WebDll => Path.Combine(Root, "web", "FrontAlert.Web", "bin", Configuration, "net10.0", "FrontAlert.Web.dll");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrontAlert.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FrontAlert.sln not found above " + AppContext.BaseDirectory);
    }
}
