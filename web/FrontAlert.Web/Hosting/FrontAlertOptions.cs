namespace FrontAlert.Web;

/// <summary>The <c>FrontAlert</c> configuration section.</summary>
public sealed class FrontAlertOptions
{
    public const string Section = "FrontAlert";

    /// <summary>Host a silo in this process (the default); false makes this web node an Orleans client of a cluster.</summary>
    public bool HostSilo { get; set; } = true;

    public string ClusterId { get; set; } = "frontalert";

    /// <summary>Silo-to-silo and client gateway ports; 0 keeps Orleans' defaults (11111 and 30000).</summary>
    public int SiloPort { get; set; }
    public int GatewayPort { get; set; }

    /// <summary>API keys and their roles (<c>operator</c> or <c>reporter</c>), besides the two bootstrap variables.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    /// <summary>What reports may say: <c>FrontAlert__Reports__MaxAhead</c> (default 00:10:00).</summary>
    public ReportOptions Reports { get; set; } = new();

    /// <summary><c>FrontAlert:ForwardedHeaders</c>: honour X-Forwarded-For/-Proto from these proxies only.</summary>
    public ForwardedOptions ForwardedHeaders { get; set; } = new();
}
