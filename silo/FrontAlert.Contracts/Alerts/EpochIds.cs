namespace FrontAlert.Contracts;

/// <summary>Epoch ids: short, random, so two deployments (or two runs of the embedded default) never share one.</summary>
public static class EpochIds
{
    public static string New() => Guid.NewGuid().ToString("N")[..12];
}
