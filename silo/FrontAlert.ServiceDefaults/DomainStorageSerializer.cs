using FrontAlert.Contracts;
using System.Text.Json;
using Orleans.Storage;

namespace FrontAlert.Hosting;

/// <summary>Stores grain state as System.Text.Json in <see cref="DomainJson"/>'s dialect: readable in redis-cli, no type names.</summary>
public sealed class DomainStorageSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, DomainJson.Options));

    public T Deserialize<T>(BinaryData input) =>
        JsonSerializer.Deserialize<T>(input.ToMemory().Span, DomainJson.Options)
        ?? throw new JsonException($"stored state of {typeof(T).Name} is null");
}
