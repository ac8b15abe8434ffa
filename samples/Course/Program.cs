using InfraSharp;
using InfraSharp.Samples;

// Writes deploy/course/compose.yaml and deploy/course/kubernetes/*.yaml beside this project.
var projectDirectory = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
return SampleOutput.Write(StackBuilder.Build("course", Course.CourseStack.Define), projectDirectory);
