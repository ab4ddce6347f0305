namespace FrontAlert.Adapters;

/// <summary>Undoes a watch when disposed.</summary>
public sealed class Unwatch(Action undo) : IDisposable
{
    public void Dispose() => undo();
}
