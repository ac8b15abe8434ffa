namespace InfraSharp.Emit.Host;

/// <summary>The emit host's command line, as the build's targets write it.</summary>
public static class EmitHostArguments
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        Usage: dotnet exec InfraSharp.Emit.dll --assembly <path> --output <dir> [options]
          --assembly <path>   the built assembly holding the [Stack] classes
          --output <dir>      folder receiving <stack>/compose.yaml and <stack>/kubernetes/*.yaml
          --project <dir>     project folder that relative paths in stacks are relative to (default: the assembly's folder)
          --targets <list>    compose, kubernetes or both (default: both)
          --check             write nothing; fail (exit 3) when the files on disk differ
          --diff              write nothing; list differences (exit 3 when any)
          --validate          build and validate only
          --stack <name>      only this stack (repeatable); other stacks' files are left alone
          --compiler-log <p>  the compiler's SARIF error log: warnings the analyzers gave are not repeated
          --path-map <map>    the compiler's PathMap (original=mapped,...), undone in printed paths
          --no-warn <ids>     rule ids (';' or ',' separated) whose warnings are not printed
          --warnaserror       every run-time warning is an error (the project's TreatWarningsAsErrors)
          --warnaserror-ids <ids>     these warnings are errors (WarningsAsErrors)
          --warnnotaserror-ids <ids>  these stay warnings under --warnaserror (WarningsNotAsErrors)
        Exit codes: 0 ok, 1 stack or validation errors (nothing written), 2 usage, 3 files differ (check/diff).
        """;

    /// <summary>Parses <paramref name="args"/>; on failure returns null and sets <paramref name="error"/>.</summary>
    public static EmitHostOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? assembly = null, output = null, project = null, targets = null, compilerLog = null, pathMap = null;
        var noWarn = new List<string>();
        var allWarningsAsErrors = false;
        string? warningsAsErrors = null, warningsNotAsErrors = null;
        var mode = EmitMode.Write;
        var stacks = new List<string>();
        string? problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count && args[i + 1].Length > 0)
                {
                    return args[++i];
                }
                problem = $"{arg} needs a value.";
                return null;
            }
            switch (arg)
            {
                case "--assembly": assembly = Value(); break;
                case "--output": output = Value(); break;
                case "--project": project = Value(); break;
                case "--targets": targets = Value(); break;
                case "--stack": if (Value() is { } stack) { stacks.Add(stack); } break;
                case "--compiler-log": compilerLog = Value(); break;
                case "--path-map": pathMap = Value(); break;
                case "--no-warn": noWarn.AddRange((Value() ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)); break;
                case "--warnaserror": allWarningsAsErrors = true; break;
                case "--warnaserror-ids": warningsAsErrors = Value(); break;
                case "--warnnotaserror-ids": warningsNotAsErrors = Value(); break;
                case "--check": mode = EmitMode.Check; break;
                case "--diff": mode = EmitMode.Diff; break;
                case "--validate": mode = EmitMode.Validate; break;
                default: problem = $"unknown argument '{arg}'."; break;
            }
            if (problem is not null)
            {
                error = problem;
                return null;
            }
        }
        error = null;
        if (assembly is null || output is null)
        {
            error = "--assembly and --output are required.";
            return null;
        }
        var parsedTargets = Emit.EmitTargets.All;
        if (targets is not null && !EmitTargetsParser.TryParse(targets, out parsedTargets))
        {
            error = $"--targets '{targets}' is not one of {EmitTargetsParser.Accepted}.";
            return null;
        }
        return new EmitHostOptions
        {
            AssemblyPath = assembly,
            OutputDirectory = output,
            ProjectDirectory = project,
            Targets = parsedTargets,
            Mode = mode,
            StackFilter = stacks,
            CompilerErrorLog = compilerLog,
            PathMap = pathMap,
            NoWarn = noWarn,
            WarningsAsErrors = WarningsAsErrors.From(allWarningsAsErrors, warningsAsErrors, warningsNotAsErrors),
        };
    }
}
