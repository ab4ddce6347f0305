using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Client.Tests;

/// <summary>
/// <c>GET /openapi/v1.json</c> is something a client generator can trust: every endpoint says what it answers,
/// problems included; the .NET client's models agree with it; and its examples agree with its schemas and with the
/// server, which accepts each of them as it is.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class OpenApiAgreementTests(ServerFixture fixture)
{
    /// <summary>Each client model and where the client reads (or sends) it.</summary>
    private static readonly (Type Model, string Method, string Path, int? Status)[] Uses =
    [
        (typeof(List<Alert>), "GET", "/api/v1/alerts", 200),
        (typeof(Alert), "GET", "/api/v1/alerts/{id}", 200),
        (typeof(Rule), "GET", "/api/v1/rules/{id}", 200),
        (typeof(List<Rule>), "GET", "/api/v1/rules", 200),
        (typeof(Rule), "PUT", "/api/v1/rules/{id}", 201),
        (typeof(Rule), "PUT", "/api/v1/rules/{id}", null),
        (typeof(LiveState), "GET", "/api/v1/locations/{id}", 200),
        (typeof(List<Location>), "GET", "/api/v1/locations", 200),
        (typeof(List<TimelineEntry>), "GET", "/api/v1/locations/{id}/timeline", 200),
        (typeof(IngestResult), "POST", "/api/v1/reports", 202),
        (typeof(Report), "POST", "/api/v1/reports", null),
        (typeof(List<Report>), "POST", "/api/v1/reports", null),
        (typeof(PushKey), "GET", "/api/v1/push/key", 200),
        (typeof(SubscriptionCreated), "POST", "/api/v1/subscriptions", 201),
        (typeof(WebPushSubscriptionRequest), "POST", "/api/v1/subscriptions", null),
        (typeof(WebhookSubscriptionRequest), "POST", "/api/v1/subscriptions", null),
        (typeof(Subscription), "GET", "/api/v1/subscriptions/{id}", 200),
        (typeof(List<Subscription>), "GET", "/api/v1/subscriptions", 200),
    ];

    private async Task<OpenApiDocument> Document()
    {
        var response = await fixture.Server.Anonymous.GetAsync(new Uri(fixture.Address, "/openapi/v1.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new OpenApiDocument(await response.Read());
    }

    private static IEnumerable<(string Method, string Path, JsonElement Operation)> Operations(OpenApiDocument document) =>
        from path in document.Root.GetProperty("paths").EnumerateObject()
        where path.Name.StartsWith("/api/v1/", StringComparison.Ordinal)
        from operation in path.Value.EnumerateObject()
        select (operation.Name.ToUpperInvariant(), path.Name, operation.Value);

    [Fact]
    public async Task Every_endpoint_has_a_summary_a_success_answer_and_its_problems_as_problem_json()
    {
        var document = await Document();
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} operations");
        var missing = new List<string>();
        foreach (var (method, path, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            if (!operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            {
                missing.Add($"{method} {path}: no summary");
            }
            if (!responses.EnumerateObject().Any(r => r.Name.StartsWith('2')))
            {
                missing.Add($"{method} {path}: no success answer");
            }
            foreach (var status in new[] { "401", "429", "503" })
            {
                if (!responses.TryGetProperty(status, out var problem) || !problem.GetProperty("content").TryGetProperty("application/problem+json", out _))
                {
                    missing.Add($"{method} {path}: no {status} problem");
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));

        // The problems particular to some endpoints, where they answer them.
        foreach (var (method, path, statuses) in new[]
        {
            ("POST", "/api/v1/reports", new[] { 400, 413, 415 }), ("PUT", "/api/v1/rules/{id}", [400, 403]),
            ("DELETE", "/api/v1/rules/{id}", [403, 404]), ("GET", "/api/v1/alerts", [400]), ("GET", "/api/v1/alerts/{id}", [404]),
            ("POST", "/api/v1/subscriptions", [400, 403, 409]), ("GET", "/api/v1/subscriptions", [403]), ("POST", "/api/v1/silences", [400, 403]),
            ("PUT", "/api/v1/locations/{id}", [400, 403]), ("GET", "/api/v1/locations/{id}/timeline", [400, 404]),
            ("POST", "/api/v1/imports/acled", [400, 403, 413, 415]), ("GET", "/api/v1/map/areas", [400]),
        })
        {
            var responses = document.Operation(method, path).GetProperty("responses");
            foreach (var status in statuses)
            {
                Assert.True(responses.TryGetProperty($"{status}", out var problem), $"{method} {path} does not describe {status}");
                var schema = document.Resolve(problem.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema"));
                Assert.True(document.Properties(schema).ContainsKey(status == 400 ? "errors" : "title"), $"{method} {path} {status}: {schema}");
            }
        }
    }

    [Fact]
    public async Task A_PUT_by_id_takes_the_id_from_its_path_and_its_answer_still_carries_it()
    {
        var document = await Document();
        foreach (var path in new[] { "/api/v1/rules/{id}", "/api/v1/locations/{id}", "/api/v1/actors/{id}", "/api/v1/sources/{id}" })
        {
            var body = document.Resolve(document.Request("PUT", path));
            Assert.DoesNotContain("id", body.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()) : []);
            Assert.True(document.Properties(body).ContainsKey("id"), $"{path}: the body may still say its id");
            var answer = document.Resolve(document.Response("PUT", path, 200));
            Assert.Contains("id", answer.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        }
    }

    [Fact]
    public async Task The_client_models_agree_with_the_schemas_of_the_endpoints_they_are_read_from_or_sent_to()
    {
        var document = await Document();
        var errors = new List<string>();
        foreach (var (model, method, path, status) in Uses)
        {
            var check = new ModelCheck(document, reads: status is not null);
            var schema = status is { } s ? document.Response(method, path, s) : document.Request(method, path);
            errors.AddRange(check.Errors(model, schema).Select(e => $"{method} {path} {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "body"}: {e}"));
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task A_client_model_that_drifted_from_the_document_is_caught()
    {
        // The check itself must be able to fail: a model with a field the server never sends, and one whose enum lacks a value.
        var document = await Document();
        var errors = new ModelCheck(document, reads: true).Errors(typeof(Drifted), document.Response("GET", "/api/v1/alerts/{id}", 200));
        Assert.Contains(errors, e => e.Contains("colour: not in the schema", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("kind: the client knows [control-change]", StringComparison.Ordinal));
    }

    private sealed record Drifted(string Id, string Colour, OnlyOneKind Kind);

    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OnlyOneKind>))]
    private enum OnlyOneKind
    {
        [System.Text.Json.Serialization.JsonStringEnumMemberName("control-change")] ControlChange,
    }

    [Fact]
    public async Task Every_example_validates_against_its_schema()
    {
        var document = await Document();
        var check = new SchemaCheck(document);
        var errors = new List<string>();
        var examples = 0;
        foreach (var (method, path, operation) in Operations(document))
        {
            if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var request)
                && request.TryGetProperty("examples", out var named))
            {
                foreach (var example in named.EnumerateObject())
                {
                    examples++;
                    errors.AddRange(check.Errors(example.Value.GetProperty("value"), request.GetProperty("schema")).Select(e => $"{method} {path} example '{example.Name}': {e}"));
                }
            }
            foreach (var response in operation.GetProperty("responses").EnumerateObject())
            {
                if (response.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var media)
                    && media.TryGetProperty("example", out var example))
                {
                    examples++;
                    errors.AddRange(check.Errors(example, media.GetProperty("schema")).Select(e => $"{method} {path} {response.Name} example: {e}"));
                }
            }
        }
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(examples >= 16, $"only {examples} examples");

        // And the check can fail: a misspelt field, a wrong enum value, a missing required field.
        var schema = document.Response("GET", "/api/v1/alerts/{id}", 200);
        var bad = JsonDocument.Parse("""{"id":"x","seq":1,"ruleId":"r","kind":"control-changed","severity":"critical","locationId":"l","scopeId":"s","title":"t","message":"m","observedAt":"2024-11-29T06:00:00Z","raisedAt":"2024-11-29T06:00:00Z","sourceIDs":[]}""").RootElement;
        var found = check.Errors(bad, schema);
        Assert.Contains(found, e => e.Contains("'sourceIDs' is not in the schema", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Contains("control-changed", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Contains("'locationName' is required", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_servers_own_answers_validate_against_the_schemas()
    {
        var document = await Document();
        var check = new SchemaCheck(document);
        await fixture.Operator.PutRule(Given.StrikeRule(Given.Unique("doc-strike"), "sy-damascus"));
        await fixture.Reporter.Strikes("sy-damascus", 1);
        var alert = (await Eventually.Get(() => fixture.Anonymous.History(0, "sy-damascus"), a => a.Count > 0))[^1];
        var http = fixture.Server.Anonymous;
        foreach (var (path, template) in new[]
        {
            ("alerts?scopeId=sy-tartus", "/api/v1/alerts"), ($"alerts/{Uri.EscapeDataString(alert.Id)}", "/api/v1/alerts/{id}"),
            ("rules", "/api/v1/rules"), ("locations/sy-tartus-city", "/api/v1/locations/{id}"), ("locations?parentId=sy-tartus", "/api/v1/locations"),
            ("locations/sy-tartus/timeline", "/api/v1/locations/{id}/timeline"), ("actors", "/api/v1/actors"), ("sources", "/api/v1/sources"),
            ("push/key", "/api/v1/push/key"),
        })
        {
            var answer = await http.GetJson(path);
            var errors = check.Errors(answer, document.Response("GET", template, 200));
            Assert.True(errors.Count == 0, $"{path}:\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public async Task The_server_accepts_every_request_example_as_it_is()
    {
        // A server of its own: the examples' rules cover all of Syria and would fire in the other tests' scopes. It may
        // deliver to loopback, where the subscription examples are pointed.
        await using var server = await FrontAlertServer.Start(settings: new Dictionary<string, string?> { ["FrontAlert:Delivery:AllowPrivateEndpoints"] = "true" });
        var document = new OpenApiDocument(await server.Anonymous.GetJson(new Uri(server.Address, "/openapi/v1.json").ToString()));
        var refused = new List<string>();
        foreach (var (method, path, client) in new[]
        {
            ("PUT", "/api/v1/rules/{id}", server.Operator), ("POST", "/api/v1/reports", server.Reporter),
            ("POST", "/api/v1/silences", server.Operator), ("POST", "/api/v1/subscriptions", server.Operator),
        })
        {
            var named = document.Operation(method, path).GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");
            foreach (var example in named.EnumerateObject())
            {
                var body = example.Value.GetProperty("value");
                var target = path.Replace("{id}", body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) ? id.GetString() : "", StringComparison.Ordinal)[("/api/v1/".Length)..];
                // this machine resolves no public name: a subscription's host is checked by resolving it, so it points home
                using var content = Json.Raw(body.GetRawText().Replace("push.example.org", "127.0.0.1:9", StringComparison.Ordinal)
                    .Replace("hooks.example.org", "127.0.0.1:9", StringComparison.Ordinal));
                var response = method == "PUT" ? await client.PutAsync(target, content) : await client.PostAsync(target, content);
                var answer = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || answer.Contains("\"rejected\":[{", StringComparison.Ordinal))
                {
                    refused.Add($"{method} {path} example '{example.Name}': {(int)response.StatusCode} {answer}");
                }
            }
        }
        Assert.True(refused.Count == 0, string.Join("\n", refused));

        // The subscriptions just made, as the server lists them, are what the document says they are.
        var listed = await server.Operator.GetJson("subscriptions");
        var errors = new SchemaCheck(document).Errors(listed, document.Response("GET", "/api/v1/subscriptions", 200));
        Assert.Equal(2, listed.GetArrayLength());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
