using InfraSharp.Cli;

Console.Out.NewLine = "\n";
return CliApp.Run(args, Console.Out);
