using InfraSharp.Emit;

namespace InfraSharp.Emit.Host;

/// <summary>Reads the target names users write (<c>compose</c>, <c>kubernetes</c>, <c>both</c>, or a list).</summary>
public static class EmitTargetsParser
{
    /// <summary>The accepted spellings, for help texts.</summary>
    public const string Accepted = "compose, kubernetes, both (or compose;kubernetes)";

    /// <summary>Parses <paramref name="text"/>; false when a name is unknown or none is given.</summary>
    public static bool TryParse(string? text, out EmitTargets targets)
    {
        targets = 0;
        foreach (var part in (text ?? string.Empty).Split([';', ',', ' ', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "compose":
                    targets |= EmitTargets.Compose;
                    break;
                case "kubernetes" or "k8s":
                    targets |= EmitTargets.Kubernetes;
                    break;
                case "both" or "all":
                    targets |= EmitTargets.All;
                    break;
                default:
                    targets = 0;
                    return false;
            }
        }
        return targets != 0;
    }
}
