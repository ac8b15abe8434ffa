using InfraSharp.Emit;
using InfraSharp.Model;
using InfraSharp.Validation;

namespace InfraSharp.Samples;

/// <summary>The samples' console entry point: emit one stack into <c>deploy/&lt;stack&gt;/</c> and print diagnostics.</summary>
internal static class SampleOutput
{
    public static int Write(StackDefinition stack, string projectDirectory)
    {
        try
        {
            var result = StackEmitter.Emit(stack, EmitOptions.ForProject(projectDirectory));
            foreach (var diagnostic in result.Diagnostics)
            {
                Console.WriteLine(diagnostic);
            }
            var root = Path.Combine(projectDirectory, "deploy", result.Stack);
            foreach (var file in result.Files)
            {
                var path = Path.Combine(root, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }
            Console.WriteLine($"{result.Files.Count} file(s) written to {root}");
            return 0;
        }
        catch (StackValidationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
