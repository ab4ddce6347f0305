namespace FrontAlert.Silo;

/// <summary><c>FrontAlert:Dashboard</c>: loopback only unless exposed, and then behind the operator key.</summary>
public sealed class DashboardOptions
{
    public bool Exposed { get; set; }

    /// <summary>
    /// Loopback requests pass without a key. False for a silo behind a reverse proxy on the same machine, where every
    /// request arrives from loopback, whoever sent it.
    /// </summary>
    public bool TrustLoopback { get; set; } = true;
}
