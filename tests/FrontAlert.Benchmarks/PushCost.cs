using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;

namespace FrontAlert.Benchmarks;

/// <summary>
/// What one Web Push costs the sender's CPU before it reaches the network, on one thread: the whole request as
/// Lib.Net.Http.WebPush's client builds it, which the Deliverer used until ADR 0021 (RFC 8291 aes128gcm with a fresh P-256 key pair per message,
/// ECDH, HKDF, AES-GCM; the VAPID header from a cached token) handed to a handler that answers 201 at once, and the
/// P-256 key pair generation alone through .NET, which RFC 8291 requires per message and so cannot be reused; and
/// FrontAlert's own <see cref="FrontAlert.Grains.PushEncryption"/> of the same payload (on OpenSSL directly where it
/// can, ADR 0024).
/// </summary>
public static class PushCost
{
    public static async Task<object> Measure(int messages, string payload)
    {
        using var http = new HttpClient(new Answer201());
        var push = new PushServiceClient(http) { AutoRetryAfter = false };
        var vapidKeys = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var p = vapidKeys.ExportParameters(true);
        using var vapid = new VapidAuthentication(
            Base64Url(new byte[] { 4 }.Concat(p.Q.X!).Concat(p.Q.Y!).ToArray()), Base64Url(p.D!)) { Subject = "mailto:bench@frontalert.invalid" };
        var keys = FrontAlert.Testing.PushKeys.Generate();
        var target = new PushSubscription { Endpoint = "https://push.invalid/p/1" };
        target.SetKey(PushEncryptionKeyName.P256DH, keys.P256dh);
        target.SetKey(PushEncryptionKeyName.Auth, keys.Auth);

        for (var i = 0; i < 50; i++)
        {
            await push.RequestPushMessageDeliveryAsync(target, new PushMessage(payload) { Topic = "t" }, vapid, VapidAuthenticationScheme.Vapid);
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            await push.RequestPushMessageDeliveryAsync(target, new PushMessage(payload) { Topic = "t" }, vapid, VapidAuthenticationScheme.Vapid);
        }
        var perPush = clock.Elapsed.TotalMicroseconds / messages;
        var cpuPerPush = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / messages;

        // FrontAlert's own RFC 8291 encryption (what the Deliverer now uses), same keys and payload
        var encryption = new FrontAlert.Grains.PushEncryption();
        var bytes = System.Text.Encoding.UTF8.GetBytes(payload);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < messages; i++)
        {
            _ = encryption.Encrypt(keys.P256dh, keys.Auth, bytes);
        }
        var ownCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / messages;

        clock.Restart();
        for (var i = 0; i < messages; i++)
        {
            using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
            _ = ephemeral.ExportParameters(false);
        }
        var keyPair = clock.Elapsed.TotalMicroseconds / messages;
        return new
        {
            messages,
            payloadBytes = System.Text.Encoding.UTF8.GetByteCount(payload),
            libraryMicrosecondsPerPush = Math.Round(perPush, 1),
            libraryCpuMicrosecondsPerPush = Math.Round(cpuPerPush, 1),
            frontAlertEncryptionCpuMicroseconds = Math.Round(ownCpu, 1),
            frontAlertKeyAgreementOnOpenSsl = FrontAlert.Grains.PushEncryption.OnOpenSsl,
            microsecondsPerP256KeyPair = Math.Round(keyPair, 1),
        };
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class Answer201 : HttpMessageHandler
    {
        // the content is read, as a socket would: the library encrypts while the body is written
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _ = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created);
        }
    }
}
