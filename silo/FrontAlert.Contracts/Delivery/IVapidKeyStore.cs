namespace FrontAlert.Contracts;

/// <summary>Where the VAPID keys live, so every node signs with the same key and it survives restarts.</summary>
public interface IVapidKeyStore
{
    ValueTask<VapidKeys> Get();
}
