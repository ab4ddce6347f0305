using System.Collections.Concurrent;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace FrontAlert.Client;

/// <summary>
/// The hub speaks MessagePack in the shape of its JSON (camelCase keys, enums by their contract names, times as
/// RFC 3339 strings), so this client reads it with the JSON models it already has: primitives as MessagePack has
/// them, everything else through System.Text.Json (<see cref="JsonShapedFormatter{T}"/>). The same three small types
/// are in the web node; they are repeated here because this library depends on the public contract only.
/// </summary>
internal sealed class JsonShapedResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private readonly ConcurrentDictionary<Type, object> _formatters = new();

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        BuiltinResolver.Instance.GetFormatter<T>()
        ?? (IMessagePackFormatter<T>)_formatters.GetOrAdd(typeof(T), _ => new JsonShapedFormatter<T>(json));

    public static MessagePackSerializerOptions Options(JsonSerializerOptions json) =>
        MessagePackSerializerOptions.Standard.WithResolver(new JsonShapedResolver(json)).WithSecurity(MessagePackSecurity.UntrustedData);
}
