using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FrontAlert.Web;

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header against configured keys and the bootstrap environment variables.
/// No header: anonymous (reads are open). A wrong key: 401, whatever the endpoint, so a typo never passes silently.
/// </summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyRing keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var role = RoleOf(values.ToString());
        if (role is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, role), new Claim(ClaimTypes.Name, role)], Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Name)));
    }

    /// <summary>401 as problem details that say what to send.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status401Unauthorized, "Unauthorized",
            Request.Headers.ContainsKey(Header) ? $"The {Header} header holds no known key." : $"This needs an API key in the {Header} header.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(StatusCodes.Status403Forbidden, "Forbidden", "This API key's role may not do this.");

    private Task Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);

    private string? RoleOf(string key) => keys.RoleOf(key);
}
