namespace FrontAlert.Web;

/// <summary>
/// The examples in the OpenAPI document. They use the built-in gazetteer's places, actors and sources, so each one can
/// be sent as it is to a fresh server (OpenApiTests do, and check them against the document's schemas).
/// </summary>
public static class ApiExamples
{
    public const string ControlReport = """
        {"id":"sohr-2024-11-29-saraqib","type":"control","locationId":"sy-saraqib","sourceId":"sohr","observedAt":"2024-11-29T06:00:00Z","actorId":"hts","status":"captured","text":"Fighters entered the town at dawn"}
        """;

    public const string StrikeReport = """
        {"id":"wh-2024-12-01-idlib-1","type":"strike","locationId":"sy-idlib-city","sourceId":"white-helmets","observedAt":"2024-12-01T01:00:00Z","perpetratorId":"ru-af","kind":"airstrike","killed":4,"civiliansKilled":3,"wounded":9}
        """;

    public const string TollReport = """
        {"id":"sohr-toll-idlib-2024-12-01","type":"toll","locationId":"sy-idlib","sourceId":"sohr","category":"civilians_killed","value":52,"since":"2024-11-27T00:00:00Z","asOf":"2024-12-01T09:00:00Z","observedAt":"2024-12-01T09:00:00Z"}
        """;

    public const string Batch = "[" + ControlReport + "," + StrikeReport + "," + TollReport + "]";

    public const string ControlChangeRule = """
        {"id":"idlib-front","name":"Idlib front: a town changes hands","kind":"control-change","scopeId":"sy-idlib","minConfidence":"confirmed","severity":"critical"}
        """;

    public const string TollThresholdRule = """
        {"id":"idlib-civ-50","name":"Idlib: 50 civilians killed","kind":"toll-threshold","scopeId":"sy-idlib","category":"civilians_killed","threshold":50,"minTrust":"monitor","severity":"warning"}
        """;

    public const string StrikeRule = """
        {"id":"deadly-strike","name":"Deadly strikes anywhere","kind":"strike","scopeId":"sy","minKilled":5,"severity":"warning"}
        """;

    public const string InhibitRule = """
        {"id":"idlib-front-hold","name":"Hold Idlib toll alerts while a town there changes hands","kind":"inhibit","scopeId":"sy-idlib","sourceRuleId":"idlib-front","targetRuleIds":["idlib-civ-50"],"window":"PT2H"}
        """;

    public const string DivergenceRule = """
        {"id":"sy-gap","name":"Sources disagree on the dead","kind":"toll-divergence","scopeId":"sy","category":"killed","ratio":2.5,"minTrust":"partisan"}
        """;

    public const string WebPushSubscription = """
        {"channel":"webpush","endpoint":"https://push.example.org/send/abc123","keys":{"p256dh":"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM","auth":"tBHItJI5svbpez7KI4CCXg"},"scopeIds":["sy-idlib"],"minSeverity":"warning"}
        """;

    public const string WebhookSubscription = """
        {"channel":"webhook","url":"https://hooks.example.org/frontalert","secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw","format":"frontalert","scopeIds":["sy-aleppo"],"kinds":["control-change"],"minConfidence":"confirmed","groupWaitSeconds":30}
        """;

    public const string Silence = """
        {"ruleId":"idlib-civ-50","scopeId":"sy-idlib","until":"2030-01-01T00:00:00Z","reason":"known duplicate reporting"}
        """;

    public const string Alert = """
        {"id":"hama-front/sy-saraqib/sohr-2024-11-29-saraqib/confirmed","seq":42,"epoch":"3f9a1c2b7d10","ruleId":"hama-front","kind":"control-change","severity":"critical","locationId":"sy-saraqib","locationName":"Saraqib","scopeId":"sy-idlib","title":"Saraqib changed hands: saa → hts","message":"Saraqib is held by hts (opposition) since 2024-11-29 06:00 UTC, confirmed by sohr.","from":{"actorId":"saa","side":"government"},"to":{"actorId":"hts","side":"opposition"},"confidence":"confirmed","category":null,"value":null,"threshold":null,"sourceIds":["sohr"],"reportIds":["sohr-2024-11-29-saraqib"],"corrects":null,"inhibitedBy":null,"observedAt":"2024-11-29T06:00:00+00:00","raisedAt":"2024-11-29T06:00:02.512+00:00"}
        """;

    public const string Alerts = "[" + Alert + "]";
}
