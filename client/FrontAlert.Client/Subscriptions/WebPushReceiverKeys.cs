using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;

namespace FrontAlert.Client;

/// <summary>
/// The receiving side of Web Push for an app that owns its endpoint (a UnifiedPush distributor's endpoint on Android,
/// a desktop agent): a P-256 key pair and an authentication secret to register with
/// <see cref="FrontAlertClient.CreateSubscription(WebPushSubscriptionRequest, CancellationToken)"/>, and the
/// decryption of what arrives (RFC 8291, <c>aes128gcm</c> content coding of RFC 8188, one record, as Web Push sends).
/// Built only on .NET's own primitives (ECDH, HKDF, AES-GCM): nothing here invents cryptography.
/// Keep the private key (<see cref="ExportPrivateKey"/>) with the Subscription's token: a new key means a new Subscription.
/// </summary>
public sealed class WebPushReceiverKeys : IDisposable
{
    private const int SaltLength = 16;
    private const int PointLength = 65;
    private const int TagLength = 16;

    private readonly ECDiffieHellman _key;
    private readonly byte[] _auth;
    private readonly byte[] _public;

    private WebPushReceiverKeys(ECDiffieHellman key, byte[] auth)
    {
        _key = key;
        _auth = auth;
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        _public = [0x04, .. q.X!, .. q.Y!];
        Keys = new PushKeys(Base64Url(_public), Base64Url(auth));
    }

    /// <summary>What to register: the public key and the authentication secret, base64url.</summary>
    public PushKeys Keys { get; }

    public static WebPushReceiverKeys Create() =>
        new(ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256), RandomNumberGenerator.GetBytes(16));

    /// <summary>Restores keys saved with <see cref="ExportPrivateKey"/> and the <see cref="PushKeys.Auth"/> secret.</summary>
    public static WebPushReceiverKeys Import(byte[] pkcs8PrivateKey, string auth)
    {
        var key = ECDiffieHellman.Create();
        key.ImportPkcs8PrivateKey(pkcs8PrivateKey, out _);
        return new WebPushReceiverKeys(key, FromBase64Url(auth));
    }

    public byte[] ExportPrivateKey() => _key.ExportPkcs8PrivateKey();

    /// <summary>Keys from their parts, for the published test vectors.</summary>
    internal static WebPushReceiverKeys FromParameters(ECParameters parameters, byte[] auth)
    {
        var key = ECDiffieHellman.Create();
        key.ImportParameters(parameters);
        return new WebPushReceiverKeys(key, auth);
    }

    /// <summary>The plaintext of a push body (the request body the push service delivered, <c>Content-Encoding: aes128gcm</c>).</summary>
    public byte[] Decrypt(ReadOnlySpan<byte> body)
    {
        if (body.Length < SaltLength + 5)
        {
            throw new CryptographicException("not an aes128gcm body: shorter than its header");
        }
        var salt = body[..SaltLength];
        var recordSize = BinaryPrimitives.ReadUInt32BigEndian(body[SaltLength..]);
        int idLength = body[SaltLength + 4];
        var header = SaltLength + 5 + idLength;
        if (idLength != PointLength || body.Length < header + TagLength || body.Length - header > recordSize)
        {
            throw new CryptographicException("not a single-record Web Push body: the key id must be the sender's P-256 key");
        }
        var senderPublic = body.Slice(SaltLength + 5, idLength);
        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = senderPublic[1..33].ToArray(), Y = senderPublic[33..].ToArray() },
        });
        var shared = _key.DeriveRawSecretAgreement(sender.PublicKey);
        // RFC 8291 section 3.4: the input keying material binds both public keys and the auth secret
        byte[] keyInfo = [.. "WebPush: info\0"u8, .. _public, .. senderPublic];
        var ikm = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, _auth, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt.ToArray());
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, "Content-Encoding: aes128gcm\0"u8.ToArray());
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, "Content-Encoding: nonce\0"u8.ToArray());
        var record = body[header..];
        var plain = new byte[record.Length - TagLength];
        using (var aes = new AesGcm(cek, TagLength))
        {
            aes.Decrypt(nonce, record[..^TagLength], record[^TagLength..], plain);
        }
        // RFC 8188: the last record ends with the delimiter 0x02, then any zero padding
        var end = plain.AsSpan().TrimEnd((byte)0).Length;
        if (end == 0 || plain[end - 1] != 0x02)
        {
            throw new CryptographicException("the push body's last record has no final-record delimiter");
        }
        return plain[..(end - 1)];
    }

    /// <summary>The alert in a push body: FrontAlert's payload is the alert JSON.</summary>
    public Alert DecryptAlert(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<Alert>(Decrypt(body), ClientJson.Options) ?? throw new InvalidDataException("the push carried null");

    public void Dispose() => _key.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4));
    }
}
