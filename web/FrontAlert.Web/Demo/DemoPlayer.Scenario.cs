using System.Text.Json;
using FrontAlert.Domain;
using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>The offensive the demo plays, beat by beat: when, what is said, by whom.</summary>
public sealed partial class DemoPlayer
{
    private sealed record Beat(double At, string Narration, Func<Context, IEnumerable<object>> Reports);

    /// <summary>Builds the JSON of one report (docs/contract/reports-and-state.md) with a fresh id and the present as its time.</summary>
    private sealed class Context(DemoPlayer player)
    {
        private string Id() => $"demo-{player._run}-{player._loop}-{Interlocked.Increment(ref player._sequence)}";

        // Reports within one beat get distinct, increasing times, so their order is the order written here.
        private DateTimeOffset Now() => DateTimeOffset.UtcNow.AddMilliseconds(player._sequence % 1000);

        public object Control(string place, string actor, string status, string source, string text) => new
        {
            id = Id(), type = "control", locationId = place, actorId = actor, status, sourceId = source, observedAt = Now(), text,
        };

        public object Strike(string place, string perpetrator, string kind, int killed, int civilians, int wounded, string source, string text) => new
        {
            id = Id(), type = "strike", locationId = place, perpetratorId = perpetrator, kind, killed, civiliansKilled = civilians, wounded,
            sourceId = source, observedAt = Now(), text,
        };

        public object Toll(string place, string category, long value, string source, string text) => new
        {
            id = Id(), type = "toll", locationId = place, category,
            value = value + (category == "killed" ? player.TollOffset : player.TollOffset / 10),
            since = player._began, asOf = Now(), observedAt = Now(), sourceId = source, text,
        };
    }

    private static class Scenario
    {
        public static readonly string[] Retaken =
        [
            "sy-khan-al-asal", "sy-anadan", "sy-aleppo-city", "sy-al-nayrab", "sy-saraqib", "sy-maarat-al-numan", "sy-khan-shaykhun",
            "sy-abu-al-duhur", "sy-suran", "sy-taybat-al-imam", "sy-halfaya", "sy-hama-city", "sy-rastan", "sy-talbiseh",
            "sy-daraa-city", "sy-bosra", "sy-deir-ez-zor-city", "sy-homs-city", "sy-damascus-city",
        ];

        public static readonly IReadOnlyList<Beat> Offensive =
        [
            new(2, "an airstrike on Idlib city", c =>
            [
                c.Strike("sy-idlib-city", "ru-af", "airstrike", 3, 3, 12, "white-helmets", "Airstrike on a market street in Idlib city"),
            ]),
            new(7, "the opposition claims Khan al-Asal, west of Aleppo", c =>
            [
                c.Control("sy-khan-al-asal", "hts", "captured", "rebel-command", "Military Operations Command: our forces took Khan al-Asal"),
            ]),
            new(13, "a monitor confirms the fall of Khan al-Asal", c =>
            [
                c.Control("sy-khan-al-asal", "hts", "captured", "sohr", "SOHR: HTS-led factions in full control of Khan al-Asal"),
            ]),
            new(18, "claim and denial over Anadan", c =>
            [
                c.Control("sy-anadan", "saa", "holds", "state-tv", "State TV: the army repels a terrorist attack on Anadan"),
                c.Control("sy-anadan", "hts", "captured", "rebel-command", "Military Operations Command: Anadan liberated"),
            ]),
            new(23, "a deadly airstrike on Atarib", c =>
            [
                c.Strike("sy-atarib", "ru-af", "airstrike", 7, 6, 20, "white-helmets", "Russian jets strike a residential block in Atarib"),
            ]),
            new(28, "Anadan confirmed taken; first toll figures", c =>
            [
                c.Control("sy-anadan", "hts", "captured", "sohr", "SOHR: Anadan fell to HTS-led factions"),
                c.Control("sy-anadan", "hts", "captured", "reuters", "Reuters: rebels seize Anadan north-west of Aleppo"),
                c.Toll("sy", "killed", 182, "sohr", "SOHR: 182 killed since the offensive began"),
                c.Toll("sy", "killed", 95, "state-tv", "State TV: dozens of terrorists killed; 95 martyrs"),
            ]),
            new(34, "the opposition claims Aleppo city; state TV denies", c =>
            [
                c.Control("sy-aleppo-city", "hts", "captured", "rebel-command", "Military Operations Command: our forces are inside Aleppo"),
                c.Control("sy-aleppo-city", "saa", "holds", "state-tv", "State TV: Aleppo is safe; the army holds its positions"),
            ]),
            new(40, "fighting inside Aleppo city", c =>
            [
                c.Control("sy-aleppo-city", "hts", "contested", "sohr", "SOHR: fierce clashes in western districts of Aleppo"),
            ]),
            new(47, "Aleppo falls: two independent sources agree", c =>
            [
                c.Control("sy-aleppo-city", "hts", "captured", "sohr", "SOHR: HTS and allied factions control most of Aleppo city"),
                c.Control("sy-aleppo-city", "hts", "captured", "afp", "AFP: rebels seize Aleppo city centre"),
                c.Control("sy-al-nayrab", "hts", "captured", "sohr", "SOHR: Nayrab and the airport area taken"),
            ]),
            new(53, "the front moves south: Saraqib claimed", c =>
            [
                c.Control("sy-saraqib", "hts", "captured", "rebel-command", "Military Operations Command: Saraqib liberated"),
            ]),
            new(58, "Saraqib confirmed; an airstrike on Idlib city", c =>
            [
                c.Control("sy-saraqib", "hts", "captured", "sohr", "SOHR: Saraqib under HTS control"),
                c.Strike("sy-idlib-city", "ru-af", "airstrike", 12, 11, 40, "white-helmets", "Airstrikes hit a residential area of Idlib city"),
            ]),
            new(63, "Maarat al-Numan and Abu al-Duhur fall", c =>
            [
                c.Control("sy-maarat-al-numan", "hts", "captured", "sohr", "SOHR: Maarat al-Numan taken without a fight"),
                c.Control("sy-maarat-al-numan", "hts", "captured", "reuters", "Reuters: rebels enter Maarat al-Numan"),
                c.Control("sy-abu-al-duhur", "hts", "captured", "sohr", "SOHR: the army withdrew from Abu al-Duhur airbase"),
            ]),
            new(69, "tolls rise; partisan figures differ", c =>
            [
                c.Toll("sy", "killed", 344, "sohr", "SOHR: 344 killed"),
                c.Toll("sy", "killed", 288, "snhr", "SNHR: 288 documented deaths"),
                c.Toll("sy", "killed", 140, "state-tv", "State TV: 140 martyrs"),
                c.Toll("sy-idlib", "civilians_killed", 31, "sohr", "SOHR: 31 civilians killed in Idlib governorate"),
            ]),
            new(74, "claim and denial over Khan Shaykhun", c =>
            [
                c.Control("sy-khan-shaykhun", "hts", "captured", "rebel-command", "Military Operations Command: Khan Shaykhun is ours"),
                c.Control("sy-khan-shaykhun", "saa", "holds", "state-tv", "State TV: Khan Shaykhun calm, lies of the terrorist media"),
            ]),
            new(80, "the Hama front opens: Suran claimed", c =>
            [
                c.Control("sy-suran", "hts", "captured", "rebel-command", "Military Operations Command: Suran liberated"),
            ]),
            new(85, "state TV denies the fall of Suran", c =>
            [
                c.Control("sy-suran", "saa", "holds", "state-tv", "State TV: the army holds Suran after heavy fighting"),
            ]),
            new(90, "a monitor reports fighting in Suran", c =>
            [
                c.Control("sy-suran", "hts", "contested", "sohr", "SOHR: violent clashes in Suran"),
            ]),
            new(96, "Suran falls; Taybat al-Imam too", c =>
            [
                c.Control("sy-suran", "hts", "captured", "sohr", "SOHR: Suran under HTS control"),
                c.Control("sy-suran", "hts", "captured", "reuters", "Reuters: rebels take Suran north of Hama"),
                c.Control("sy-taybat-al-imam", "hts", "captured", "sohr", "SOHR: Taybat al-Imam taken"),
                c.Control("sy-halfaya", "hts", "captured", "rebel-command", "Military Operations Command: Halfaya liberated"),
            ]),
            new(102, "an airstrike on Hama", c =>
            [
                c.Strike("sy-hama-city", "ru-af", "airstrike", 9, 5, 22, "sohr", "SOHR: Russian airstrike on the northern outskirts of Hama"),
            ]),
            new(107, "the opposition claims Hama city", c =>
            [
                c.Control("sy-hama-city", "hts", "captured", "rebel-command", "Military Operations Command: our forces entered Hama"),
                c.Control("sy-hama-city", "saa", "holds", "state-tv", "State TV: the army repels attacks on Hama"),
            ]),
            new(112, "fighting in Hama; state TV claims Suran back", c =>
            [
                c.Control("sy-hama-city", "hts", "contested", "sohr", "SOHR: street fighting in Hama city"),
                c.Control("sy-suran", "saa", "captured", "state-tv", "State TV: the army recaptured Suran"),
            ]),
            new(118, "Hama falls; the monitor says Suran never changed back", c =>
            [
                c.Control("sy-suran", "hts", "holds", "sohr", "SOHR: HTS still holds Suran"),
                c.Control("sy-hama-city", "hts", "captured", "sohr", "SOHR: the army withdrew from Hama city"),
                c.Control("sy-hama-city", "hts", "captured", "afp", "AFP: rebels take Hama, a first since 2011"),
            ]),
            new(124, "tolls rise again", c =>
            [
                c.Toll("sy", "killed", 626, "sohr", "SOHR: 626 killed"),
                c.Toll("sy", "killed", 541, "snhr", "SNHR: 541 documented deaths"),
                c.Toll("sy-idlib", "civilians_killed", 56, "sohr", "SOHR: 56 civilians killed in Idlib governorate"),
            ]),
            new(129, "Rastan and Talbiseh fall on the road to Homs", c =>
            [
                c.Control("sy-rastan", "hts", "captured", "sohr", "SOHR: Rastan taken"),
                c.Control("sy-talbiseh", "hts", "captured", "sohr", "SOHR: Talbiseh taken"),
                c.Strike("sy-rastan", "ru-af", "airstrike", 8, 3, 15, "sohr", "SOHR: airstrike on the Rastan bridge"),
            ]),
            new(135, "the south rises: Daraa claimed", c =>
            [
                c.Control("sy-daraa-city", "southern-ops", "captured", "rebel-command", "Southern Operations Room: Daraa liberated"),
            ]),
            new(140, "Daraa and Bosra confirmed; the SDF moves on Deir ez-Zor", c =>
            [
                c.Control("sy-daraa-city", "southern-ops", "captured", "sohr", "SOHR: local factions control Daraa city"),
                c.Control("sy-bosra", "southern-ops", "captured", "sohr", "SOHR: Bosra under local factions"),
                c.Control("sy-deir-ez-zor-city", "sdf", "captured", "sdf-media", "SDF: our forces entered Deir ez-Zor city"),
            ]),
            new(146, "the opposition claims Homs", c =>
            [
                c.Control("sy-homs-city", "hts", "captured", "rebel-command", "Military Operations Command: Homs is free"),
                c.Control("sy-homs-city", "saa", "holds", "state-tv", "State TV: Homs secure"),
                c.Control("sy-deir-ez-zor-city", "sdf", "captured", "sohr", "SOHR: SDF in control of Deir ez-Zor city"),
            ]),
            new(152, "Homs falls", c =>
            [
                c.Control("sy-homs-city", "hts", "captured", "sohr", "SOHR: government forces left Homs"),
                c.Control("sy-homs-city", "hts", "captured", "reuters", "Reuters: rebels take Homs"),
                c.Toll("sy", "killed", 910, "sohr", "SOHR: 910 killed"),
            ]),
            new(158, "unverified reports of rebels in Damascus", c =>
            [
                c.Control("sy-damascus-city", "southern-ops", "captured", "social-media", "Videos circulate of fighters in central Damascus"),
                c.Control("sy-damascus-city", "saa", "holds", "state-tv", "State TV: Damascus is safe; rumours are baseless"),
            ]),
            new(164, "fighting reported on the edge of Damascus", c =>
            [
                c.Control("sy-damascus-city", "hts", "contested", "sohr", "SOHR: clashes at the southern entrances of Damascus"),
            ]),
            new(171, "Damascus falls", c =>
            [
                c.Control("sy-damascus-city", "hts", "captured", "sohr", "SOHR: the regime has fallen; factions in Damascus"),
                c.Control("sy-damascus-city", "hts", "captured", "reuters", "Reuters: rebels declare Damascus taken"),
                c.Control("sy-damascus-city", "hts", "captured", "afp", "AFP: rebels in control of the capital"),
            ]),
            new(177, "the toll passes 1,000", c =>
            [
                c.Toll("sy", "killed", 1024, "sohr", "SOHR: 1,024 killed since the offensive began"),
                c.Toll("sy", "killed", 873, "snhr", "SNHR: 873 documented deaths"),
            ]),
        ];
    }
}
