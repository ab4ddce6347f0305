using FrontAlert.Domain;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace FrontAlert.Contracts;

public static class ContractSerialization
{
    /// <summary>Domain types cross grain boundaries as JSON in the contract's own dialect; they carry no Orleans attributes.</summary>
    public static IServiceCollection AddFrontAlertSerialization(this IServiceCollection services) =>
        services.AddSerializer(s => s.AddJsonSerializer(
            isSupported: type => type.Namespace == typeof(Report).Namespace,
            DomainJson.Options));
}
