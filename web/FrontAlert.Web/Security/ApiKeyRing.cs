using FrontAlert.Hosting;

namespace FrontAlert.Web;

/// <summary>
/// Every configured API key as a SHA-256 hash with its role: the bootstrap variables, <c>FrontAlert:Keys:{label}</c>
/// (<c>Role</c> and <c>Sha256</c> or <c>Key</c>; the label names the key in logs), and the older
/// <c>FrontAlert:ApiKeys:{key}: role</c>. Built once at startup, which fails, naming the setting, on a key shorter than
/// <see cref="KeyHash.MinLength"/> or a malformed hash. Keys themselves are never logged or kept.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly List<(byte[] Hash, string Role)> _keys = [];

    public ApiKeyRing(IConfiguration configuration)
    {
        Add(configuration[Roles.OperatorKeyVariable], Roles.Operator, Roles.OperatorKeyVariable);
        Add(configuration[Roles.ReporterKeyVariable], Roles.Reporter, Roles.ReporterKeyVariable);
        foreach (var key in configuration.GetSection("FrontAlert:Keys").GetChildren())
        {
            var setting = $"FrontAlert:Keys:{key.Key}";
            var role = key["Role"] is Roles.Operator or Roles.Reporter ? key["Role"]! : throw new InvalidOperationException($"{setting}:Role: 'operator' or 'reporter'");
            Add(key["Sha256"] is { Length: > 0 } hash ? "sha256:" + hash : key["Key"], role, setting);
        }
        foreach (var key in configuration.GetSection("FrontAlert:ApiKeys").GetChildren())
        {
            Add(key.Key, key.Value ?? "", "FrontAlert:ApiKeys");
        }
    }

    /// <summary>The role of <paramref name="presented"/>, or null. Every configured key is compared, each in fixed time.</summary>
    public string? RoleOf(string presented)
    {
        var hash = KeyHash.Of(presented);
        string? match = null;
        foreach (var (expected, role) in _keys)
        {
            if (KeyHash.Matches(hash, expected))
            {
                match ??= role;
            }
        }
        return match;
    }

    private void Add(string? configured, string role, string setting)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return;
        }
        if (role is not (Roles.Operator or Roles.Reporter))
        {
            throw new InvalidOperationException($"{setting}: the role must be 'operator' or 'reporter'");
        }
        _keys.Add((KeyHash.Parse(configured, setting), role));
    }
}
