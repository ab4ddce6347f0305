using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>A report as the store has it, with the place it was filed for (a retraction is filed there too).</summary>
public sealed record FiledReport(string LocationId, Report Report);
