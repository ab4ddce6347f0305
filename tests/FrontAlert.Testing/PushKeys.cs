using System.Buffers.Text;
using System.Security.Cryptography;

namespace FrontAlert.Testing;

/// <summary>What a browser makes when it subscribes: an ECDH P-256 key pair and a 16-byte auth secret, base64url.</summary>
public sealed record PushKeys(string P256dh, string Auth, string PrivateKey)
{
    public static PushKeys Generate()
    {
        using var ecdh = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var p = ecdh.ExportParameters(includePrivateParameters: true);
        return new PushKeys(Base64Url.EncodeToString([0x04, .. p.Q.X!, .. p.Q.Y!]), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)),
            Base64Url.EncodeToString(p.D!));
    }

    public object Json => new { p256dh = P256dh, auth = Auth };
}
