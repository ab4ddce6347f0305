using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FrontAlert.Grains;

/// <summary>
/// RFC 8291 message encryption for Web Push (aes128gcm, RFC 8188), one record, on the platform's own primitives. Every
/// message gets a fresh P-256 key pair and salt, as the RFC requires ("When sending a push message, the application
/// server also generates a new ECDH key pair"); what is kept is only the receiver's imported public key, validated on
/// import as the RFC also requires, bounded. The key pair and the agreement go straight to OpenSSL where .NET runs on
/// it (<see cref="OpenSslEcdh"/>: a quarter of .NET's cost, which re-checks both keys on every message), otherwise
/// through .NET's <see cref="ECDiffieHellman"/>. ADR 0021 and 0024 have the measurements.
/// </summary>
/// <param name="openSsl">False keeps the key agreement on .NET even where OpenSSL could do it (tests of both paths).</param>
public sealed class PushEncryption(bool openSsl = true)
{
    public const int RecordSize = 4096;
    private const int Header = 16 + 4 + 1 + 65;
    private const int MaxKeys = 100_000;
    private static readonly byte[] KeyInfo = "WebPush: info\0"u8.ToArray();
    private static readonly byte[] CekInfo = "Content-Encoding: aes128gcm\0"u8.ToArray();
    private static readonly byte[] NonceInfo = "Content-Encoding: nonce\0"u8.ToArray();
    private static readonly bool Native = OperatingSystem.IsLinux() && OpenSslEcdh.Available;

    private readonly ConcurrentDictionary<string, Receiver> _receivers = new(StringComparer.Ordinal);
    private readonly bool _native = openSsl && Native;
    private int _imported;

    /// <summary>Whether the key pair and agreement run on OpenSSL directly (for the benchmark's record).</summary>
    public static bool OnOpenSsl => Native;

    /// <summary>The request body: header (salt, record size, the sender's public key) and the one encrypted record.</summary>
    public byte[] Encrypt(string p256dh, string auth, ReadOnlySpan<byte> plaintext)
    {
        var receiver = Of(p256dh);
        Span<byte> authSecret = stackalloc byte[16];
        if (!System.Buffers.Text.Base64Url.TryDecodeFromChars(auth.AsSpan().TrimEnd('='), authSecret, out var authLength) || authLength != 16)
        {
            throw new CryptographicException("auth is not a 16-byte secret");
        }
        var body = new byte[Header + plaintext.Length + 1 + 16];
        var senderKey = body.AsSpan(21, 65);
        Span<byte> secret = stackalloc byte[32];
        Agree(receiver, senderKey, secret);

        // RFC 8291 3.3-3.4: IKM from the ECDH secret and the auth secret, then RFC 8188's key and nonce from the salt
        Span<byte> info = stackalloc byte[KeyInfo.Length + 65 + 65];
        KeyInfo.CopyTo(info);
        receiver.Point.CopyTo(info[KeyInfo.Length..]);
        senderKey.CopyTo(info[(KeyInfo.Length + 65)..]);
        Span<byte> prk = stackalloc byte[32];
        HKDF.Extract(HashAlgorithmName.SHA256, secret, authSecret[..authLength], prk);
        Span<byte> ikm = stackalloc byte[32];
        HKDF.Expand(HashAlgorithmName.SHA256, prk, ikm, info);
        var salt = body.AsSpan(0, 16);
        RandomNumberGenerator.Fill(salt);
        HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt, prk);
        Span<byte> cek = stackalloc byte[16];
        HKDF.Expand(HashAlgorithmName.SHA256, prk, cek, CekInfo);
        Span<byte> nonce = stackalloc byte[12];
        HKDF.Expand(HashAlgorithmName.SHA256, prk, nonce, NonceInfo);

        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(16, 4), RecordSize);
        body[20] = 65;
        // the record is encrypted in place: plaintext, then the last (and only) record's padding delimiter
        var record = body.AsSpan(Header, plaintext.Length + 1);
        plaintext.CopyTo(record);
        record[^1] = 0x02;
        using var gcm = new AesGcm(cek, 16); // a key of its own per message: nothing to reuse
        gcm.Encrypt(nonce, record, record, body.AsSpan(Header + record.Length, 16));
        return body;
    }

    private static void Agree(Receiver receiver, Span<byte> senderKey, Span<byte> secret)
    {
        if (OperatingSystem.IsLinux() && receiver.Handle is { } handle)
        {
            OpenSslEcdh.Agree(handle, senderKey, secret);
            return;
        }
        using var sender = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = sender.ExportParameters(false).Q;
        senderKey[0] = 0x04;
        q.X!.CopyTo(senderKey[1..]);
        q.Y!.CopyTo(senderKey[33..]);
        sender.DeriveRawSecretAgreement(receiver.Key!).CopyTo(secret);
    }

    private Receiver Of(string p256dh)
    {
        if (_receivers.TryGetValue(p256dh, out var known))
        {
            return known;
        }
        var point = System.Buffers.Text.Base64Url.DecodeFromChars(p256dh.AsSpan().TrimEnd('=')); // as the Subscription was read
        if (point.Length != 65 || point[0] != 0x04)
        {
            throw new CryptographicException("p256dh is not an uncompressed P-256 point");
        }
        // importing validates the point (on the curve, of the group's order); the instance stays for later pushes
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..] },
        };
        Receiver receiver;
        if (OperatingSystem.IsLinux() && _native)
        {
            using var imported = new ECDiffieHellmanOpenSsl();
            imported.ImportParameters(parameters);
            receiver = new Receiver(point, null, imported.DuplicateKeyHandle());
        }
        else
        {
            receiver = new Receiver(point, ECDiffieHellman.Create(parameters).PublicKey, null);
        }
        // a bound, not an eviction policy: the next pushes import again. Counted here, because the dictionary's own
        // Count takes every one of its locks, and 10,000 first pushes at once queued on them (delivery profile).
        if (Interlocked.Increment(ref _imported) > MaxKeys)
        {
            _receivers.Clear();
            Interlocked.Exchange(ref _imported, 0);
        }
        return _receivers.GetOrAdd(p256dh, receiver);
    }

    /// <summary>A receiver's public key: its bytes for the key info, and the imported key (an OpenSSL handle on Linux).</summary>
    private sealed record Receiver(byte[] Point, ECDiffieHellmanPublicKey? Key, SafeEvpPKeyHandle? Handle);
}
