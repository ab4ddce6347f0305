using System.Diagnostics;
using System.Text.Json;

namespace FrontAlert.Testing;

/// <summary>
/// Decrypts Web Push bodies with the npm <c>http_ece</c> package run by node: an implementation independent of the
/// sender's. Installs the package (<c>npm ci</c> in tests/FrontAlert.Testing/js) the first time it is needed.
/// </summary>
public static class Ece
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "FrontAlert.Testing", "js");
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>The plaintext of each body, or throws with http_ece's reason.</summary>
    public static async Task<IReadOnlyList<string>> Decrypt(IReadOnlyList<(byte[] Body, PushKeys Keys)> pushes)
    {
        await Install();
        var input = JsonSerializer.Serialize(pushes.Select(p => new { body = Convert.ToBase64String(p.Body), privateKey = p.Keys.PrivateKey, authSecret = p.Keys.Auth }));
        using var node = Start("node", "decrypt.mjs");
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"decrypt.mjs failed: {await node.StandardError.ReadToEndAsync()}");
        }
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray().Select(r => r.TryGetProperty("plaintext", out var p)
            ? p.GetString()!
            : throw new InvalidOperationException("http_ece could not decrypt: " + r.GetProperty("error").GetString()))];
    }

    private static async Task Install()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(Folder, "node_modules", "http_ece", "ece.js")))
            {
                return;
            }
            using var npm = Start("npm", "ci", "--no-audit", "--no-fund");
            await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci failed in " + Folder + ": " + await npm.StandardError.ReadToEndAsync());
            }
        }
        finally
        {
            Installing.Release();
        }
    }

    private static Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info)!;
    }
}
