namespace FrontAlert.Client;

/// <summary>
/// A change of an alert stream's connection. <see cref="LastSeq"/> is the last seq yielded; when
/// <see cref="AlertStreamState.Disconnected"/>, <see cref="Error"/> says why and <see cref="RetryIn"/> when it tries again;
/// when <see cref="AlertStreamState.Reset"/>, <see cref="Reset"/> is what the server said.
/// </summary>
public sealed record AlertStreamStatus(AlertStreamState State, long LastSeq, Exception? Error = null, TimeSpan? RetryIn = null, StreamReset? Reset = null);
