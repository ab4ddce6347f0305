using System.Security.Cryptography;
using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>The VAPID application server key pair: the P-256 public point (65 bytes) and private scalar, base64url.</summary>
public sealed record VapidKeys(string PublicKey, string PrivateKey)
{
    public static VapidKeys Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = key.ExportParameters(includePrivateParameters: true);
        return new VapidKeys(Base64Url.Encode([0x04, .. p.Q.X!, .. p.Q.Y!]), Base64Url.Encode(p.D!));
    }

    public static VapidKeys? Configured(DeliveryOptions options) =>
        options is { VapidPublicKey: { Length: > 0 } pub, VapidPrivateKey: { Length: > 0 } priv } ? new VapidKeys(pub, priv) : null;
}
