namespace FrontAlert.Client;

/// <summary>The server's VAPID application server key (RFC 8292): an uncompressed P-256 public key, base64url.</summary>
public sealed record PushKey(string PublicKey);
