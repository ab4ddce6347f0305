using System.Security.Cryptography;
using System.Text;

namespace FrontAlert.Client.Tests;

/// <summary>An app's side of Web Push decryption, held to the example the standard publishes (RFC 8291, Appendix A).</summary>
public sealed class WebPushReceiverKeysTests
{
    private const string UaPublic = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private const string Auth = "BTBZMqHH6r4Tts7J_aSIgg";
    private const string Body = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    [Fact]
    public void The_RFC_8291_example_body_decrypts_to_its_plaintext()
    {
        using var keys = RfcKeys(Auth);
        Assert.Equal(new PushKeys(UaPublic, Auth), keys.Keys); // what the app would register

        var plain = keys.Decrypt(B64(Body));

        Assert.Equal("When I grow up, I want to be a watermelon", Encoding.UTF8.GetString(plain));
    }

    [Fact]
    public void A_changed_body_or_another_auth_secret_is_refused_rather_than_read()
    {
        using var keys = RfcKeys(Auth);
        var tampered = B64(Body);
        tampered[^20] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => keys.Decrypt(tampered));
        Assert.ThrowsAny<CryptographicException>(() => keys.Decrypt(B64(Body).AsSpan(0, 30)));

        using var other = RfcKeys("AAAAAAAAAAAAAAAAAAAAAA");
        Assert.ThrowsAny<CryptographicException>(() => other.Decrypt(B64(Body)));
    }

    [Fact]
    public void Created_keys_are_a_P256_point_and_a_16_byte_secret_and_survive_export()
    {
        using var keys = WebPushReceiverKeys.Create();
        var point = B64(keys.Keys.P256dh);
        Assert.Equal(65, point.Length);
        Assert.Equal(0x04, point[0]);
        Assert.Equal(16, B64(keys.Keys.Auth).Length);
        using var again = WebPushReceiverKeys.Import(keys.ExportPrivateKey(), keys.Keys.Auth);
        Assert.Equal(keys.Keys, again.Keys);
    }

    private static WebPushReceiverKeys RfcKeys(string auth) => WebPushReceiverKeys.FromParameters(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        D = B64("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"),
        Q = new ECPoint { X = B64(UaPublic)[1..33], Y = B64(UaPublic)[33..] },
    }, B64(auth));

    private static byte[] B64(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4));
    }
}
