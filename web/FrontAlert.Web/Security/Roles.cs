namespace FrontAlert.Web;

/// <summary>The two roles of the HTTP API (docs/contract/api.md). An operator can do everything a reporter can.</summary>
public static class Roles
{
    public const string Operator = "operator";
    public const string Reporter = "reporter";

    public const string OperatorKeyVariable = "FRONTALERT_OPERATOR_KEY";
    public const string ReporterKeyVariable = "FRONTALERT_REPORTER_KEY";
}
