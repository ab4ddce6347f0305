using System.Text;
using FrontAlert.Testing;

namespace FrontAlert.Grains.Tests.Delivery;

/// <summary>
/// RFC 8291 bodies from either key agreement path (OpenSSL directly, or .NET's) decrypt with an independent
/// implementation (npm http_ece), and every message carries a key pair and salt of its own.
/// </summary>
public class PushEncryptionTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_body_decrypts_with_http_ece_and_no_two_share_a_sender_key_or_salt(bool openSsl)
    {
        var encryption = new PushEncryption(openSsl);
        var receivers = Enumerable.Range(0, 3).Select(_ => PushKeys.Generate()).ToList();
        var texts = new List<string>();
        var pushes = new List<(byte[] Body, PushKeys Keys)>();
        foreach (var (keys, i) in receivers.Select((k, i) => (k, i)))
        {
            foreach (var n in new[] { 1, 2 })
            {
                var text = $"{{\"receiver\":{i},\"message\":{n}}}";
                texts.Add(text);
                pushes.Add((encryption.Encrypt(keys.P256dh, keys.Auth, Encoding.UTF8.GetBytes(text)), keys));
            }
        }

        Assert.Equal(texts, await Ece.Decrypt(pushes));
        Assert.Equal(pushes.Count, pushes.Select(p => Convert.ToHexString(p.Body, 21, 65)).Distinct().Count());
        Assert.Equal(pushes.Count, pushes.Select(p => Convert.ToHexString(p.Body, 0, 16)).Distinct().Count());
        if (openSsl && OperatingSystem.IsLinux())
        {
            Assert.True(PushEncryption.OnOpenSsl, "the OpenSSL path is off on Linux: its self-test failed or .NET runs on another OpenSSL");
        }
    }
}
