using System.Buffers;
using System.Text.Json;
using FrontAlert.Wire;
using MessagePack;

namespace FrontAlert.Web.Tests.Hub;

/// <summary>The JSON tree as MessagePack and back: what a MessagePack hub client receives is the JSON client's message.</summary>
public sealed class MessagePackJsonTests
{
    private static readonly MessagePackSerializerOptions Options = JsonShapedResolver.Options(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void A_json_tree_goes_through_MessagePack_unchanged_with_its_numbers_as_MessagePack_numbers()
    {
        const string json = """{"id":"a/b","seq":9007199254740993,"big":18446744073709551615,"ratio":2.5,"neg":-3,"ok":true,"none":null,"list":[1,"x",{"k":[]}],"map":{"sohr":12}}""";
        var bytes = Write(JsonDocument.Parse(json).RootElement);

        // integers are MessagePack integers, not strings or doubles: a seq beyond 2^53 keeps its last digit
        var reader = new MessagePackReader(bytes);
        Assert.Equal(9, reader.ReadMapHeader());
        Assert.Equal("id", reader.ReadString());
        reader.Skip();
        Assert.Equal("seq", reader.ReadString());
        Assert.Equal(MessagePackType.Integer, reader.NextMessagePackType);
        Assert.Equal(9007199254740993L, reader.ReadInt64());

        Assert.Equal(json, Read(bytes));
    }

    [Fact]
    public void A_timestamp_from_a_JS_Date_is_read_as_its_RFC_3339_time_and_other_extensions_and_number_keys_are_refused()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteMapHeader(1);
        writer.Write("at");
        writer.Write(new DateTime(2024, 11, 29, 6, 0, 0, DateTimeKind.Utc));
        writer.Flush();
        Assert.Equal("""{"at":"2024-11-29T06:00:00+00:00"}""", Read(buffer.WrittenMemory));

        Assert.Throws<MessagePackSerializationException>(() => Read(Bytes((ref MessagePackWriter w) => { w.WriteMapHeader(1); w.Write(7); w.Write("seven"); })));
        Assert.Throws<MessagePackSerializationException>(() => Read(Bytes((ref MessagePackWriter w) => w.WriteExtensionFormat(new ExtensionResult(5, new byte[] { 1 })))));
    }

    [Fact]
    public void Nesting_deeper_than_the_untrusted_data_limit_is_refused()
    {
        var deep = Bytes((ref MessagePackWriter w) =>
        {
            for (var i = 0; i < 600; i++)
            {
                w.WriteArrayHeader(1);
            }
            w.WriteNil();
        });
        Assert.Throws<InsufficientExecutionStackException>(() => Read(deep));
    }

    private static ReadOnlyMemory<byte> Write(JsonElement element) => Bytes((ref MessagePackWriter w) => MessagePackJson.Write(ref w, element));

    private delegate void Writing(ref MessagePackWriter writer);

    private static ReadOnlyMemory<byte> Bytes(Writing write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        write(ref writer);
        writer.Flush();
        return buffer.WrittenMemory;
    }

    private static string Read(ReadOnlyMemory<byte> bytes)
    {
        var reader = new MessagePackReader(bytes);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            MessagePackJson.Read(ref reader, json, Options);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
