namespace FrontAlert.Client;

/// <summary>
/// The server's root address, as the REST client and the hub both need it. People paste either the root or the API
/// base (<c>…/api/v1</c>); both mean the same server, and a missing trailing slash would drop the last path segment
/// when relative paths are resolved against it.
/// </summary>
public static class ServerAddress
{
    private const string ApiBase = "api/v1/";

    public static Uri Normalize(Uri address)
    {
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"the server address must be absolute, e.g. http://localhost:5000 (got '{address}')", nameof(address));
        }
        var text = address.GetLeftPart(UriPartial.Path);
        if (!text.EndsWith('/'))
        {
            text += "/";
        }
        if (text.EndsWith("/" + ApiBase, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^ApiBase.Length];
        }
        return new Uri(text);
    }

    public static Uri Api(Uri root, string relative) => new(root, ApiBase + relative);

    public static Uri Hub(Uri root) => new(root, "hubs/alerts");
}
