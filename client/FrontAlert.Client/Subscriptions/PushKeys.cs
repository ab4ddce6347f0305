namespace FrontAlert.Client;

/// <summary>
/// A Web Push receiver's keys (RFC 8291), base64url without padding: <see cref="P256dh"/> its uncompressed P-256 public
/// key (65 bytes), <see cref="Auth"/> its 16-byte authentication secret. The same shape as a browser's
/// <c>PushSubscription.toJSON().keys</c>.
/// </summary>
public sealed record PushKeys(string P256dh, string Auth);
