using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace FrontAlert.Grains;

/// <summary>
/// RFC 8291 message encryption for Web Push (aes128gcm, RFC 8188), one record, on the platform's own primitives. Every
/// message gets a fresh P-256 key pair and salt, as the RFC requires; what is kept is only the receiver's imported
/// public key (importing validates the point, which cost more than the key generation itself when measured), bounded.
/// Lib.Net.Http.WebPush did the same work at about four times the CPU per push (BENCHMARKS.md, delivery).
/// </summary>
public sealed class PushEncryption
{
    public const int RecordSize = 4096;
    private const int MaxKeys = 100_000;
    private static readonly byte[] KeyInfo = Encoding.ASCII.GetBytes("WebPush: info\0");
    private static readonly byte[] CekInfo = Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0\u0001");
    private static readonly byte[] NonceInfo = Encoding.ASCII.GetBytes("Content-Encoding: nonce\0\u0001");

    private readonly ConcurrentDictionary<string, ECDiffieHellmanPublicKey> _receivers = new(StringComparer.Ordinal);

    /// <summary>The request body: header (salt, record size, the sender's public key) and the one encrypted record.</summary>
    public byte[] Encrypt(string p256dh, string auth, ReadOnlySpan<byte> plaintext)
    {
        var receiverKey = Convert.FromBase64String(Base64(p256dh));
        var authSecret = Convert.FromBase64String(Base64(auth));
        using var sender = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = sender.ExportParameters(false).Q;
        Span<byte> senderKey = stackalloc byte[65];
        senderKey[0] = 0x04;
        q.X!.CopyTo(senderKey[1..]);
        q.Y!.CopyTo(senderKey[33..]);

        var secret = sender.DeriveRawSecretAgreement(Receiver(p256dh, receiverKey));
        Span<byte> prkKey = stackalloc byte[32];
        HMACSHA256.HashData(authSecret, secret, prkKey);
        var info = new byte[KeyInfo.Length + 65 + 65 + 1];
        KeyInfo.CopyTo(info, 0);
        receiverKey.CopyTo(info, KeyInfo.Length);
        senderKey.CopyTo(info.AsSpan(KeyInfo.Length + 65));
        info[^1] = 0x01;
        Span<byte> ikm = stackalloc byte[32];
        HMACSHA256.HashData(prkKey, info, ikm);

        var body = new byte[16 + 4 + 1 + 65 + plaintext.Length + 1 + 16];
        var salt = body.AsSpan(0, 16);
        RandomNumberGenerator.Fill(salt);
        Span<byte> prk = stackalloc byte[32];
        HMACSHA256.HashData(salt, ikm, prk);
        Span<byte> cek = stackalloc byte[32];
        HMACSHA256.HashData(prk, CekInfo, cek);
        Span<byte> nonce = stackalloc byte[32];
        HMACSHA256.HashData(prk, NonceInfo, nonce);

        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(16, 4), RecordSize);
        body[20] = 65;
        senderKey.CopyTo(body.AsSpan(21));
        var record = new byte[plaintext.Length + 1];
        plaintext.CopyTo(record);
        record[^1] = 0x02; // the last (and only) record's padding delimiter
        using var gcm = new AesGcm(cek[..16], 16);
        var start = 21 + 65;
        gcm.Encrypt(nonce[..12], record, body.AsSpan(start, record.Length), body.AsSpan(start + record.Length, 16));
        return body;
    }

    private ECDiffieHellmanPublicKey Receiver(string p256dh, byte[] point)
    {
        if (_receivers.TryGetValue(p256dh, out var known))
        {
            return known;
        }
        if (point.Length != 65 || point[0] != 0x04)
        {
            throw new CryptographicException("p256dh is not an uncompressed P-256 point");
        }
        // not disposed: the public key it hands out is used by later pushes to the same receiver
        var imported = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..] },
        });
        var key = imported.PublicKey;
        if (_receivers.Count >= MaxKeys)
        {
            _receivers.Clear(); // a bound, not an eviction policy: the next pushes import again
        }
        return _receivers.GetOrAdd(p256dh, key);
    }

    private static string Base64(string url)
    {
        var s = url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=');
    }
}
