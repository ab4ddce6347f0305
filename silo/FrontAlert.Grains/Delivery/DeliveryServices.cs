using FrontAlert.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontAlert.Grains;

public static class DeliveryServices
{
    /// <summary>Delivery to Subscriptions: options, the one sender per silo, and the nudger that wakes their grains.</summary>
    public static IServiceCollection AddFrontAlertDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section);
        services.TryAddSingleton<Deliverer>();
        services.AddHostedService<DeliveryNudger>();
        return services;
    }
}
