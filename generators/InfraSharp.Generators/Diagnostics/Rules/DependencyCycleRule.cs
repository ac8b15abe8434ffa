using InfraSharp.Generators.Analysis;
using Microsoft.CodeAnalysis;

namespace InfraSharp.Generators.Diagnostics.Rules;

/// <summary>
/// ISH2005: WaitFor and links that form a cycle. Edges are added in source order; the edge that closes a cycle is
/// reported, at its dependency argument.
/// </summary>
internal static class DependencyCycleRule
{
    public static void Check(Action<Diagnostic> report, StackFacts facts)
    {
        var edges = new Dictionary<ServiceFacts, List<ServiceFacts>>();
        foreach (var dependency in facts.Dependencies)
        {
            var path = FindPath(edges, dependency.Dependency, dependency.Dependant);
            if (path is not null)
            {
                var names = new List<string> { dependency.Dependant.DisplayName };
                names.AddRange(path.Select(service => service.DisplayName));
                report(Diagnostic.Create(DiagnosticDescriptors.DependencyCycle, OperationValues.LocationOf(dependency.DependencyArgument),
                    string.Join(" -> ", names)));
                continue;
            }
            if (!edges.TryGetValue(dependency.Dependant, out var targets))
            {
                edges[dependency.Dependant] = targets = new List<ServiceFacts>();
            }
            targets.Add(dependency.Dependency);
        }
    }

    /// <summary>A path from <paramref name="from"/> to <paramref name="to"/> (both included), or null. Iterative BFS.</summary>
    private static List<ServiceFacts>? FindPath(Dictionary<ServiceFacts, List<ServiceFacts>> edges, ServiceFacts from, ServiceFacts to)
    {
        var previous = new Dictionary<ServiceFacts, ServiceFacts?> { [from] = null };
        var queue = new Queue<ServiceFacts>();
        queue.Enqueue(from);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<ServiceFacts>();
                for (ServiceFacts? step = current; step is not null; step = previous[step])
                {
                    path.Add(step);
                }
                path.Reverse();
                return path;
            }
            if (edges.TryGetValue(current, out var next))
            {
                foreach (var target in next.Where(target => !previous.ContainsKey(target)))
                {
                    previous[target] = current;
                    queue.Enqueue(target);
                }
            }
        }
        return null;
    }
}
