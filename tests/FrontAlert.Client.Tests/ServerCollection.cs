namespace FrontAlert.Client.Tests;

/// <summary>The tests that share the embedded <see cref="ServerFixture"/>: one server start for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "embedded server";
}
