using System.Collections.Concurrent;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace FrontAlert.Wire;

/// <summary>
/// The hub's MessagePack resolver: primitives as MessagePack has them, every other payload (alerts, location updates,
/// resets, Subscribe's argument) in the JSON dialect's shape (<see cref="JsonShapedFormatter{T}"/>). MessagePack's own
/// contractless resolver would write .NET property names (<c>Seq</c>, not <c>seq</c>) and enum member names
/// (<c>ControlChange</c>, not <c>control-change</c>), which no JSON client would recognise as the same alert.
/// </summary>
public sealed class JsonShapedResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private readonly ConcurrentDictionary<Type, object> _formatters = new();

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        BuiltinResolver.Instance.GetFormatter<T>()
        ?? (IMessagePackFormatter<T>)_formatters.GetOrAdd(typeof(T), _ => new JsonShapedFormatter<T>(json));

    public static MessagePackSerializerOptions Options(JsonSerializerOptions json) =>
        MessagePackSerializerOptions.Standard.WithResolver(new JsonShapedResolver(json)).WithSecurity(MessagePackSecurity.UntrustedData);
}
