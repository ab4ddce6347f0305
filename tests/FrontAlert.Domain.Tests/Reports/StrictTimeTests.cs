using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Reports;

/// <summary>Issue case 1: times are strict ISO-8601 with an offset, from 1900, and never more than 10 minutes ahead.</summary>
public class StrictTimeTests
{
    private static readonly TimeBounds Bounds = new(new DateTimeOffset(2024, 12, 1, 12, 0, 0, TimeSpan.Zero), TimeBounds.DefaultMaxAhead);

    private const string Control = """{"id":"r1","type":"control","locationId":"sy-saraqib","actorId":"saa","status":"captured","observedAt":"AT","sourceId":"state-tv"}""";
    private const string Toll = """{"id":"t1","type":"toll","locationId":"sy","category":"killed","value":5,"since":"SINCE","asOf":"AT","sourceId":"sohr"}""";

    private static (Report? Report, List<FieldError> Errors) Read(string json)
    {
        var errors = new List<FieldError>();
        return (ReportReader.Read(Json(json), errors, Bounds), errors);
    }

    [Theory]
    [InlineData("2999-01-01T00:00:00Z")]
    [InlineData("2024-12-01T12:10:01Z")]
    [InlineData("2024-12-01T14:10:01+02:00")]
    public void A_control_report_dated_in_the_future_is_rejected_naming_observedAt(string at)
    {
        var (report, errors) = Read(Control.Replace("AT", at, StringComparison.Ordinal));

        Assert.Null(report);
        var error = Assert.Single(errors);
        Assert.Equal("observedAt", error.Field);
        Assert.StartsWith("must not be more than 10 minutes after the server's clock", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-12-01T12:10:00Z")]
    [InlineData("2024-12-01T14:05:00+02:00")]
    [InlineData("2024-11-30T10:00Z")]
    [InlineData("2024-11-30T10:00:00.1234567Z")]
    [InlineData("1900-01-01T00:00:00Z")]
    public void A_time_with_an_offset_up_to_ten_minutes_ahead_is_taken_in_utc(string at)
    {
        var (report, errors) = Read(Control.Replace("AT", at, StringComparison.Ordinal));

        Assert.Empty(errors);
        Assert.Equal(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), report!.ObservedAt);
        Assert.Equal(TimeSpan.Zero, report.ObservedAt.Offset);
    }

    [Theory]
    [InlineData("12/1/2024")]
    [InlineData("10:00")]
    [InlineData("2024-11-30")]
    [InlineData("2024-11-30T10:00:00")]
    [InlineData("2024-11-30 10:00:00Z")]
    [InlineData("Sat, 30 Nov 2024 10:00:00 GMT")]
    [InlineData("2024-13-30T10:00:00Z")]
    public void Lenient_or_local_forms_are_rejected(string at)
    {
        var (_, errors) = Read(Control.Replace("AT", at, StringComparison.Ordinal));

        Assert.Equal([new FieldError("observedAt", "must be an ISO-8601 date and time with an offset, e.g. 2024-11-30T10:00:00Z")], errors);
    }

    [Fact]
    public void A_time_before_1900_is_rejected()
    {
        var (_, errors) = Read(Control.Replace("AT", "1899-12-31T23:59:59Z", StringComparison.Ordinal));

        Assert.Equal([new FieldError("observedAt", "must not be before 1900")], errors);
    }

    [Theory]
    [InlineData("2024-11-27T00:00:00Z", "2999-01-01T00:00:00Z", "asOf")]
    [InlineData("2999-01-01T00:00:00Z", "2024-11-30T00:00:00Z", "since")]
    public void A_toll_dated_in_the_future_is_rejected_naming_the_field(string since, string asOf, string field)
    {
        var (_, errors) = Read(Toll.Replace("SINCE", since, StringComparison.Ordinal).Replace("AT", asOf, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Field == field && e.Message.StartsWith("must not be more than 10 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reported_at_in_the_future_is_rejected()
    {
        var (_, errors) = Read(Control.Replace("AT", "2024-11-30T10:00:00Z", StringComparison.Ordinal).Replace("}", ",\"reportedAt\":\"2025-01-01T00:00:00Z\"}", StringComparison.Ordinal));

        Assert.Equal(["reportedAt"], errors.Select(e => e.Field));
    }
}
