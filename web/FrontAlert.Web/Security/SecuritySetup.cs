using Microsoft.AspNetCore.Authentication;

namespace FrontAlert.Web;

public static class SecuritySetup
{
    public const string Operators = "operators";
    public const string Reporters = "reporters";

    public static IServiceCollection AddFrontAlertSecurity(this IServiceCollection services, LimitOptions limits)
    {
        services.AddSingleton<ApiKeyRing>();
        services.AddSingleton(sp => new FailedKeys(limits, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddAuthentication(ApiKeyHandler.Name)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.Name, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Operators, p => p.RequireRole(Roles.Operator))
            .AddPolicy(Reporters, p => p.RequireRole(Roles.Operator, Roles.Reporter));
        return services;
    }
}
