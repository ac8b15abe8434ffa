using System.CommandLine;
using System.CommandLine.Help;
using InfraSharp.Emit;
using InfraSharp.Emit.Host;

namespace InfraSharp.Cli;

/// <summary>
/// The <c>infrasharp</c> commands. Exit codes (<see cref="EmitExitCodes"/>): 0 ok, 1 stack or validation errors
/// (nothing written), 2 usage (bad arguments, unknown rule, input not found), 3 files differ (<c>diff</c>).
/// </summary>
public static class CliApp
{
    private const string ExitCodesHelp =
        "Exit codes: 0 ok, 1 stack or validation errors (nothing written), 2 usage error, 3 files differ (diff).";

    /// <summary>Runs the CLI with <paramref name="args"/>, writing everything to <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var root = BuildCommand(output);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                output.WriteLine("error: " + error.Message);
            }
            output.WriteLine("Run 'infrasharp --help' for usage.");
            return EmitExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = output });
    }

    private static Command BuildCommand(TextWriter output)
    {
        // Not RootCommand: it names itself after the executable (InfraSharp.Cli), while users type `infrasharp`.
        var root = new Command("infrasharp", "InfraSharp: turn C# stacks into Docker Compose and Kubernetes files. " + ExitCodesHelp)
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(StackCommand("emit", "Write the stacks' files into a folder (only changed files; stale InfraSharp files removed).", EmitMode.Write, output));
        root.Subcommands.Add(StackCommand("validate", "Build and validate the stacks; print diagnostics, write nothing.", EmitMode.Validate, output));
        root.Subcommands.Add(StackCommand("diff", "List what 'emit' would add (+), change (~) or remove (-); write nothing; exit 3 when anything differs.", EmitMode.Diff, output));
        root.Subcommands.Add(ExplainCommand(output));
        return root;
    }

    private static Command StackCommand(string name, string description, EmitMode mode, TextWriter output)
    {
        var input = new Argument<string>("input") { Description = "A built assembly (.dll), a project file, or a folder holding one project." };
        var outputDir = new Option<string?>("--output", "-o") { Description = "Output folder (default: <project>/deploy, or ./deploy for an assembly)." };
        var targets = new Option<string>("--targets", "-t") { Description = "compose, kubernetes or both.", DefaultValueFactory = _ => "both" };
        var stacks = new Option<string[]>("--stack", "-s") { Description = "Only this stack (repeatable); other stacks' files are left alone.", AllowMultipleArgumentsPerToken = false };
        var projectDir = new Option<string?>("--project-dir") { Description = "Folder that relative paths in stacks are relative to (default: the project's folder, or the current folder)." };
        var command = new Command(name, description) { input, targets, stacks, projectDir };
        if (mode != EmitMode.Validate)
        {
            command.Options.Add(outputDir);
        }
        command.SetAction(parse =>
        {
            if (!EmitTargetsParser.TryParse(parse.GetValue(targets), out var parsedTargets))
            {
                output.WriteLine($"error: --targets must be one of {EmitTargetsParser.Accepted}.");
                return EmitExitCodes.Usage;
            }
            var resolved = StackInputResolver.Resolve(parse.GetValue(input)!, output);
            if (resolved is null)
            {
                return EmitExitCodes.Usage;
            }
            var project = parse.GetValue(projectDir) ?? resolved.ProjectDirectory;
            var options = new EmitHostOptions
            {
                AssemblyPath = resolved.AssemblyPath,
                OutputDirectory = parse.GetValue(outputDir) ?? Path.Combine(project, "deploy"),
                ProjectDirectory = project,
                Targets = parsedTargets,
                Mode = mode,
                StackFilter = parse.GetValue(stacks) ?? [],
            };
            return EmitHost.Run(options, output);
        });
        return command;
    }

    private static Command ExplainCommand(TextWriter output)
    {
        var id = new Argument<string>("id") { Description = "A diagnostic id such as ISH2003." };
        var command = new Command("explain", "Print the documentation of a diagnostic: what it means, why, and how to fix it.") { id };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(id)!;
            var page = RuleDocs.Find(requested);
            if (page is null)
            {
                var known = RuleDocs.Ids();
                output.WriteLine($"error: no documentation for '{requested}'." +
                    (known.Count > 0 ? $" Known ids: {string.Join(", ", known)}." : string.Empty));
                return EmitExitCodes.Usage;
            }
            output.Write(page);
            return EmitExitCodes.Success;
        });
        return command;
    }
}
