using InfraSharp;
using InfraSharp.Samples;

// Writes deploy/shop/compose.yaml and deploy/shop/kubernetes/*.yaml beside this project.
var projectDirectory = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
return SampleOutput.Write(StackBuilder.Build("shop", Shop.ShopStack.Define), projectDirectory);
