namespace FrontAlert.Web;

/// <summary>
/// The answer to <c>POST /imports/acled</c>: how many rows were read, how many reports went in or were already
/// there, and each row that did not, by its line in the file.
/// </summary>
public sealed record AcledSummary(
    int Rows, int Accepted, int Duplicates, IReadOnlyList<AcledRejection> Rejected, IReadOnlyList<AcledNotMapped> NotMapped);
