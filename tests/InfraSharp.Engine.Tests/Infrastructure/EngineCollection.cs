namespace InfraSharp.Engine.Tests.Infrastructure;

/// <summary>All engine scenarios share one socket and image and run one after another (2 cores, one engine).</summary>
[CollectionDefinition(Name)]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
    /// <summary>The collection name used by every scenario class.</summary>
    public const string Name = "engines";
}
