namespace FrontAlert.Silo;

/// <summary><c>FrontAlert:Dashboard</c>: loopback only unless exposed, and then behind the operator key.</summary>
public sealed class DashboardOptions
{
    public bool Exposed { get; set; }
}
