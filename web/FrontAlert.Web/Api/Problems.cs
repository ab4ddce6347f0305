using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>RFC 7807 answers that name what was wrong, so a client can show the reason next to the field.</summary>
public static class Problems
{
    public static IResult Invalid(IEnumerable<FieldError> errors, string title = "The input is not valid") =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: title);

    public static IResult Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    public static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{id}'", detail: $"There is no {what} with id '{id}'.");

    public static IResult Body(string message, int status = StatusCodes.Status400BadRequest) =>
        Results.Problem(statusCode: status, title: "The body cannot be read", detail: message);
}
