namespace FrontAlert.Web;

/// <summary>The browser's <c>keys</c>: its P-256 public key and auth secret, base64url.</summary>
public sealed record PushKeysShape(string P256dh, string Auth);
