using FrontAlert.Contracts;
using Orleans.Configuration;

namespace FrontAlert.Hosting;

/// <summary>
/// Membership timings for a small cluster on one network (ADR 0007): a silo that stops answering is probed every
/// second, suspected after two missed probes and declared dead by one vote, so its grains move within seconds rather
/// than the default minute. Clients refresh their gateway list as often, and calls give up after ten seconds.
/// </summary>
public static class Membership
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    public static void Tune(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.NumProbedSilos = 3;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
    }

    public static void TuneClient(GatewayOptions o) => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2);
}
