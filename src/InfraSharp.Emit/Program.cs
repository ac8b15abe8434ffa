using InfraSharp.Emit.Host;

// Run by the build (buildTransitive/InfraSharp.targets) as `dotnet exec InfraSharp.Emit.dll ...`, out of process.
var options = EmitHostArguments.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine("error: " + error);
    Console.Error.WriteLine(EmitHostArguments.Usage);
    return EmitExitCodes.Usage;
}
Console.Out.NewLine = "\n";
return EmitHost.Run(options, Console.Out);
