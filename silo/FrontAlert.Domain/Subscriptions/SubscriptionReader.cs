using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>
/// Reads a Subscription from the JSON a client posts, recording an error per bad field (<c>keys.p256dh</c> for a
/// nested one). Whether an endpoint's host resolves to a private address is the caller's check: it needs DNS.
/// </summary>
public static class SubscriptionReader
{
    public const int DefaultGroupWait = 30;
    public const int DefaultGroupInterval = 300;
    public const int MaxGroupSeconds = 86_400;
    public const int MaxUrl = 2048;
    public const int MaxScopes = 50;

    public static Subscription? Read(SubscriptionDraft draft, JsonElement json, Catalog catalog, List<FieldError> errors)
    {
        var fields = new JsonFields(json, errors);
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("body", "must be a JSON object"));
            return null;
        }
        var count = errors.Count;
        var channel = fields.Enum<SubscriptionChannel>("channel", required: true);
        var scopeIds = Scopes(json, catalog, errors);
        var kinds = Kinds(json, errors);
        var minSeverity = fields.Enum<Severity>("minSeverity", required: false) ?? Severity.Info;
        var minConfidence = fields.Enum<Confidence>("minConfidence", required: false) ?? Confidence.Claimed;
        var groupWait = Seconds(fields, "groupWaitSeconds", DefaultGroupWait, errors);
        var groupInterval = Seconds(fields, "groupIntervalSeconds", DefaultGroupInterval, errors);
        var subscription = channel switch
        {
            SubscriptionChannel.WebPush => WebPush(draft, json, fields, errors),
            SubscriptionChannel.Webhook => Webhook(draft, fields, errors),
            _ => null,
        };
        if (subscription is null || errors.Count > count)
        {
            return null;
        }
        return subscription with
        {
            ScopeIds = scopeIds,
            Kinds = kinds,
            MinSeverity = minSeverity,
            MinConfidence = minConfidence,
            GroupWaitSeconds = groupWait,
            GroupIntervalSeconds = groupInterval,
        };
    }

    private static Subscription? WebPush(SubscriptionDraft draft, JsonElement json, JsonFields fields, List<FieldError> errors)
    {
        var endpoint = Url(fields, "endpoint", draft.AllowPlainHttp, errors);
        string? p256dh = null, auth = null;
        if (!json.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new("keys", "is required: an object with p256dh and auth"));
        }
        else
        {
            p256dh = Key(keys, "p256dh", 65, errors, k => k[0] == 0x04 ? null : "must be an uncompressed P-256 point (65 bytes starting 0x04)");
            auth = Key(keys, "auth", 16, errors, _ => null);
        }
        return endpoint is null || p256dh is null || auth is null ? null : draft.Start(SubscriptionChannel.WebPush, endpoint) with { P256dh = p256dh, Auth = auth };
    }

    private static Subscription? Webhook(SubscriptionDraft draft, JsonFields fields, List<FieldError> errors)
    {
        var url = Url(fields, "url", draft.AllowPlainHttp, errors);
        var format = fields.Enum<WebhookFormat>("format", required: false) ?? WebhookFormat.FrontAlert;
        var secret = fields.String("secret", required: true, 200);
        if (secret is not null && !ValidSecret(secret))
        {
            errors.Add(new("secret", "must be whsec_ followed by 24 to 64 random bytes in base64"));
            secret = null;
        }
        return url is null || secret is null ? null : draft.Start(SubscriptionChannel.Webhook, url) with { Secret = secret, Format = format };
    }

    private static string? Url(JsonFields fields, string name, bool allowPlainHttp, List<FieldError> errors)
    {
        var text = fields.String(name, required: true, MaxUrl);
        if (text is null)
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0 || uri.Host.Length == 0)
        {
            errors.Add(new(name, "must be an absolute https:// URL without user information"));
            return null;
        }
        if (uri.Scheme == "http" && !allowPlainHttp)
        {
            errors.Add(new(name, "must be https://"));
            return null;
        }
        return text;
    }

    private static string? Key(JsonElement keys, string name, int length, List<FieldError> errors, Func<byte[], string?> check)
    {
        var field = "keys." + name;
        if (!keys.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
        {
            errors.Add(new(field, "is required: a base64url string"));
            return null;
        }
        var bytes = Base64Url.TryDecode(text);
        if (bytes is null || bytes.Length != length)
        {
            errors.Add(new(field, $"must be {length} bytes in base64url"));
            return null;
        }
        if (check(bytes) is { } problem)
        {
            errors.Add(new(field, problem));
            return null;
        }
        return text;
    }

    private static bool ValidSecret(string secret)
    {
        if (!secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            return false;
        }
        var bytes = new byte[secret.Length];
        return Convert.TryFromBase64String(secret["whsec_".Length..], bytes, out var n) && n is >= 24 and <= 64;
    }

    private static IReadOnlyList<string> Scopes(JsonElement json, Catalog catalog, List<FieldError> errors)
    {
        var ids = Strings(json, "scopeIds", MaxScopes, errors);
        foreach (var id in ids.Where(id => !catalog.Locations.ContainsKey(id)))
        {
            errors.Add(new("scopeIds", $"unknown location '{id}'"));
        }
        return ids;
    }

    private static IReadOnlyList<string> Kinds(JsonElement json, List<FieldError> errors)
    {
        var kinds = Strings(json, "kinds", AlertKinds.Known.Count, errors);
        foreach (var kind in kinds.Where(k => !AlertKinds.Known.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(new("kinds", $"unknown kind '{kind}': must be among {string.Join(", ", AlertKinds.Known)}"));
        }
        return kinds;
    }

    private static IReadOnlyList<string> Strings(JsonElement json, string name, int max, List<FieldError> errors)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            errors.Add(new(name, "must be an array of strings"));
            return [];
        }
        var list = value.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > max)
        {
            errors.Add(new(name, $"must have at most {max} entries"));
            return [];
        }
        return list;
    }

    private static int Seconds(JsonFields fields, string name, int fallback, List<FieldError> errors)
    {
        var before = errors.Count;
        var value = fields.Count(name);
        if (errors.Count > before)
        {
            return fallback;
        }
        if (value > MaxGroupSeconds)
        {
            errors.Add(new(name, $"must be at most {MaxGroupSeconds}"));
            return fallback;
        }
        return value ?? fallback;
    }
}
