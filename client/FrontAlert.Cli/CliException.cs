namespace FrontAlert.Cli;

/// <summary>A mistake the user can fix (a bad option, an unreadable file): printed as one line, exit code 1.</summary>
public sealed class CliException(string message) : Exception(message);
