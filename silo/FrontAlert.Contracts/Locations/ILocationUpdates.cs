using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>
/// Best-effort news of changed places, from location grains to every web node (for live maps). Losing one is
/// harmless: the next change of that place carries the full picture, and pages load the state by REST first.
/// </summary>
public interface ILocationUpdates
{
    void Publish(LocationUpdate update);

    IDisposable OnUpdated(Action<LocationUpdate> changed);
}
