using System.Text.Json.Serialization;

namespace FrontAlert.Client;

/// <summary>The level of a place in the gazetteer tree.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LocationKind>))]
public enum LocationKind
{
    [JsonStringEnumMemberName("country")] Country,
    [JsonStringEnumMemberName("governorate")] Governorate,
    [JsonStringEnumMemberName("district")] District,
    [JsonStringEnumMemberName("subdistrict")] Subdistrict,
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("town")] Town,
    [JsonStringEnumMemberName("village")] Village,
    [JsonStringEnumMemberName("site")] Site,
}
