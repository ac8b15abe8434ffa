using InfraSharp.CodeFixes;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class ReplaceLinkWithWaitForRefactoringTests
{
    [Fact]
    public Task WithLink_becomes_WaitFor() =>
        RefactoringVerifier<ReplaceLinkWithWaitForRefactoring>.VerifyAsync(
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").[|WithLink|](redis);
            """),
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").WaitFor(redis);
            """));

    [Fact]
    public Task Link_with_an_alias_is_left_alone() =>
        RefactoringVerifier<ReplaceLinkWithWaitForRefactoring>.VerifyAsync(
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").[|WithLink|](redis, "cache");
            """),
            StackSource.Define("""
                    var redis = stack.AddService("redis").WithImage("redis:7.2");
                    stack.AddService("web").WithImage("nginx:1.27").WithLink(redis, "cache");
            """));
}
