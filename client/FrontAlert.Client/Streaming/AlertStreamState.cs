namespace FrontAlert.Client;

/// <summary>Where an alert stream is, for an app that shows "live" or "reconnecting…".</summary>
public enum AlertStreamState
{
    Connecting,
    Live,
    Disconnected,
}
