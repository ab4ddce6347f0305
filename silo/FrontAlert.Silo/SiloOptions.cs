namespace FrontAlert.Silo;

/// <summary>The <c>FrontAlert</c> section as a standalone silo reads it.</summary>
public sealed class SiloOptions
{
    public string ClusterId { get; set; } = "frontalert";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this one at; loopback unless set (containers set their own).</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary><c>FrontAlert:Dashboard</c>.</summary>
    public DashboardOptions Dashboard { get; set; } = new();
}
