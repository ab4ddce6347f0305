namespace FrontAlert.Domain;

/// <summary>What an id may look like: safe in URLs, Redis keys and grain keys alike.</summary>
public static class IdSyntax
{
    public static bool IsValid(string id) =>
        id.Length is > 0 and <= ReportReader.MaxId && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
