namespace FrontAlert.Contracts;

/// <summary>
/// Which locations may hold stored-but-unpublished work (alerts, reports to file, roll-ups). A location marks itself
/// before its state write and clears the mark once everything is published, so work interrupted by a crash is found
/// and finished by <see cref="PendingSweeper"/> even if no one ever calls that location again.
/// </summary>
public interface IPendingWork
{
    Task Mark(string locationId);
    Task Clear(string locationId);
    Task<IReadOnlyList<string>> List();
}
