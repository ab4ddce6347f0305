using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Reports;

public class ReportReaderErrorTests
{
    private const string Control = """{"id":"r1","type":"control","locationId":"sy-saraqib","actorId":"hts","status":"captured","observedAt":"2024-11-30T10:00:00Z","sourceId":"sohr"}""";
    private const string Strike = """{"id":"r2","type":"strike","locationId":"sy-saraqib","observedAt":"2024-11-30T10:00:00Z","killed":4,"civiliansKilled":2,"sourceId":"sohr"}""";

    private static List<FieldError> Errors(string json)
    {
        var errors = new List<FieldError>();
        Assert.Null(ReportReader.Read(Json(json), errors));
        return errors;
    }

    [Theory]
    [InlineData(Control, "\"observedAt\":\"2024-11-30T10:00:00Z\",", "", "observedAt", "is required")]
    [InlineData(Control, "2024-11-30T10:00:00Z", "yesterday", "observedAt", "must be an ISO-8601 date and time with an offset, e.g. 2024-11-30T10:00:00Z")]
    [InlineData(Control, "\"captured\"", "\"fallen\"", "status", "must be one of captured, holds, contested, withdrew")]
    [InlineData(Control, "\"captured\"", "\"7\"", "status", "must be one of captured, holds, contested, withdrew")]
    [InlineData(Control, "\"captured\"", "\"captured, holds\"", "status", "must be one of captured, holds, contested, withdrew")]
    [InlineData(Control, "\"type\":\"control\"", "\"type\":\"rumour\"", "type", "must be one of control, strike, toll, retraction")]
    [InlineData(Control, "\"actorId\":\"hts\",", "", "actorId", "is required")]
    [InlineData(Control, "\"r1\"", "\"r 1\"", "id", "may contain only letters, digits and . _ : -")]
    [InlineData(Strike, "\"killed\":4", "\"killed\":-1", "killed", "must be a whole number of zero or more")]
    [InlineData(Strike, "\"civiliansKilled\":2", "\"civiliansKilled\":9", "civiliansKilled", "cannot exceed killed")]
    public void A_bad_field_is_rejected_by_name(string valid, string replace, string with, string field, string message)
    {
        var errors = Errors(valid.Replace(replace, with, StringComparison.Ordinal));

        Assert.Equal([new FieldError(field, message)], errors);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("url")]
    public void A_string_over_2000_characters_is_rejected(string field)
    {
        var json = Control.Replace("}", $",\"{field}\":\"{new string('x', 2001)}\"}}", StringComparison.Ordinal);

        Assert.Equal([new FieldError(field, "must be at most 2000 characters")], Errors(json));
    }

    [Fact]
    public void A_string_of_exactly_2000_characters_is_accepted()
    {
        var json = Control.Replace("}", $",\"text\":\"{new string('x', 2000)}\"}}", StringComparison.Ordinal);

        Assert.Equal(2000, ReportReader.Read(Json(json), [])!.Text!.Length);
    }

    [Fact]
    public void A_toll_without_as_of_or_value_names_both_fields()
    {
        var errors = Errors("""{"id":"t1","type":"toll","locationId":"sy","category":"killed","sourceId":"sohr"}""");

        Assert.Equal(["value", "asOf"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_report_that_is_not_an_object_is_rejected()
    {
        Assert.Equal([new FieldError("$", "a report must be a JSON object")], Errors("[1,2]"));
    }
}
