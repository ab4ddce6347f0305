namespace FrontAlert.Cli;

/// <summary>
/// Some rows of an ACLED file, behind its header, ready to upload. <see cref="FirstLine"/> is the file line of its first
/// row, so a line the server names (counted in the chunk, header at 1) maps back to the file; <see cref="Position"/> is
/// how far into the file it reaches.
/// </summary>
public sealed record AcledChunk(string Csv, int FirstLine, long Position)
{
    public int FileLine(int chunkLine) => FirstLine + chunkLine - 2;
}
