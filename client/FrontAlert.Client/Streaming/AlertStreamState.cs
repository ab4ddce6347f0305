namespace FrontAlert.Client;

/// <summary>Where an alert stream is, for an app that shows "live" or "reconnecting…".</summary>
public enum AlertStreamState
{
    Connecting,
    Live,
    Disconnected,

    /// <summary>
    /// The server could not vouch for the stream's cursor (the log lost alerts, or the replay was truncated) and moved
    /// it: <see cref="AlertStreamStatus.Reset"/> says to where and why. The stream goes on from there.
    /// </summary>
    Reset,
}
