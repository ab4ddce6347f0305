using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace FrontAlert.Grains;

/// <summary>
/// The two per-message P-256 steps of RFC 8291 (a fresh key pair, then ECDH with the receiver's key) straight on the
/// OpenSSL 3 that .NET itself uses on Linux. .NET's own path does the same calls plus two full key checks per message:
/// a consistency check of every key it generates (<c>EC_KEY_check_key</c>) and a re-validation of the receiver's key in
/// every agreement. The receiver's key is validated once, when <see cref="PushEncryption"/> imports it through .NET;
/// a key we just generated needs no check. Measured on this machine: 90–135 µs per message against 440 µs
/// (ADR 0024). <see cref="Available"/> is false, and .NET's path is used, wherever this library is not the one .NET
/// loaded or its answer differs from .NET's in a self-test.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class OpenSslEcdh
{
    private const string Lib = "libcrypto.so.3";
    private static readonly byte[] EncodedPublicKey = "encoded-pub-key\0"u8.ToArray();
    private static readonly Lazy<bool> Works = new(SelfTest);

    public static bool Available => Works.Value;

    /// <summary>
    /// Generates a new key pair on the receiver's curve, writes its public key (65 bytes, uncompressed) and the ECDH
    /// secret with <paramref name="receiver"/> (32 bytes), and frees the key pair: it serves this one message only.
    /// </summary>
    public static void Agree(SafeEvpPKeyHandle receiver, Span<byte> senderPublic, Span<byte> secret)
    {
        var sender = Generate(receiver);
        try
        {
            Check(EVP_PKEY_get_octet_string_param(sender, EncodedPublicKey, ref MemoryMarshal.GetReference(senderPublic), (nuint)senderPublic.Length, out var written) > 0 && written == 65);
            var ctx = EVP_PKEY_CTX_new(sender, IntPtr.Zero);
            Check(ctx != IntPtr.Zero);
            try
            {
                // validate = 0: the receiver's key was checked (on the curve, of the group's order) when it was imported
                Check(EVP_PKEY_derive_init(ctx) > 0 && EVP_PKEY_derive_set_peer_ex(ctx, receiver, 0) > 0);
                nuint length = (nuint)secret.Length;
                Check(EVP_PKEY_derive(ctx, ref MemoryMarshal.GetReference(secret), ref length) > 0 && length == 32);
            }
            finally
            {
                EVP_PKEY_CTX_free(ctx);
            }
        }
        finally
        {
            EVP_PKEY_free(sender);
        }
    }

    /// <summary>A new key pair in the group of <paramref name="template"/> (its parameters, never its key).</summary>
    private static IntPtr Generate(SafeEvpPKeyHandle template)
    {
        var ctx = EVP_PKEY_CTX_new(template, IntPtr.Zero);
        Check(ctx != IntPtr.Zero);
        try
        {
            Check(EVP_PKEY_keygen_init(ctx) > 0);
            Check(EVP_PKEY_generate(ctx, out var key) > 0 && key != IntPtr.Zero);
            return key;
        }
        finally
        {
            EVP_PKEY_CTX_free(ctx);
        }
    }

    /// <summary>Only when .NET runs on this very OpenSSL 3, and a secret agreed here is the one .NET agrees.</summary>
    private static bool SelfTest()
    {
        if (SafeEvpPKeyHandle.OpenSslVersion < 0x3000_0000L)
        {
            return false;
        }
        try
        {
            using var receiver = new ECDiffieHellmanOpenSsl(ECCurve.NamedCurves.nistP256);
            using var handle = receiver.DuplicateKeyHandle();
            var senderPublic = new byte[65];
            var secret = new byte[32];
            Agree(handle, senderPublic, secret);
            using var sender = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = senderPublic[1..33], Y = senderPublic[33..] },
            });
            return senderPublic[0] == 0x04 && receiver.DeriveRawSecretAgreement(sender.PublicKey).AsSpan().SequenceEqual(secret);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or CryptographicException)
        {
            return false;
        }
    }

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new CryptographicException("OpenSSL refused a P-256 key generation or agreement");
        }
    }

    [DllImport(Lib)] private static extern IntPtr EVP_PKEY_CTX_new(SafeEvpPKeyHandle key, IntPtr engine);
    [DllImport(Lib)] private static extern IntPtr EVP_PKEY_CTX_new(IntPtr key, IntPtr engine);
    [DllImport(Lib)] private static extern void EVP_PKEY_CTX_free(IntPtr ctx);
    [DllImport(Lib)] private static extern int EVP_PKEY_keygen_init(IntPtr ctx);
    [DllImport(Lib)] private static extern int EVP_PKEY_generate(IntPtr ctx, out IntPtr key);
    [DllImport(Lib)] private static extern void EVP_PKEY_free(IntPtr key);
    [DllImport(Lib)] private static extern int EVP_PKEY_get_octet_string_param(IntPtr key, byte[] name, ref byte buffer, nuint size, out nuint written);
    [DllImport(Lib)] private static extern int EVP_PKEY_derive_init(IntPtr ctx);
    [DllImport(Lib)] private static extern int EVP_PKEY_derive_set_peer_ex(IntPtr ctx, SafeEvpPKeyHandle peer, int validate);
    [DllImport(Lib)] private static extern int EVP_PKEY_derive(IntPtr ctx, ref byte secret, ref nuint length);
}
