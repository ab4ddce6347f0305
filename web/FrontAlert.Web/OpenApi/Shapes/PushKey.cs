namespace FrontAlert.Web;

/// <summary><c>GET /push/key</c>: the server's VAPID public key, base64url, for <c>pushManager.subscribe</c>.</summary>
public sealed record PushKey(string PublicKey);
