using System.Runtime.InteropServices;

namespace FrontAlert.Testing;

/// <summary>Signals for process tests: .NET can only SIGKILL by itself.</summary>
public static partial class Posix
{
    private const int SigTerm = 15;

    public static void Terminate(int pid) => _ = Kill(pid, SigTerm);

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
