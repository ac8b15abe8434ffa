namespace InfraSharp.Emit;

/// <summary>One generated file.</summary>
/// <param name="RelativePath">Path under the stack's output folder, with <c>/</c> separators (such as <c>kubernetes/deployment-web.yaml</c>).</param>
/// <param name="Content">The text, with <c>\n</c> line endings.</param>
public sealed record EmittedFile(string RelativePath, string Content);
