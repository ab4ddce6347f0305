namespace FrontAlert.Web;

/// <summary>The <c>FrontAlert:Cap</c> section: who a CAP reader is told the alerts come from.</summary>
public sealed class CapOptions
{
    public const string Section = "FrontAlert:Cap";

    /// <summary>CAP's <c>sender</c>: a stable id of this deployment, by convention a domain or address.</summary>
    public string Sender { get; set; } = "frontalert";

    /// <summary>CAP's <c>senderName</c>, shown by readers.</summary>
    public string SenderName { get; set; } = "FrontAlert";
}
