using FrontAlert.Contracts;
namespace FrontAlert.Grains;

/// <summary>The one grain storage provider name FrontAlert's grains use, whether it is memory or Redis.</summary>
public static class FrontAlertStorage
{
    public const string Name = "frontalert";
}
