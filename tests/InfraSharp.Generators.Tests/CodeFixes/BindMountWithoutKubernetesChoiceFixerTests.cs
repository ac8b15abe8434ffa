using InfraSharp.CodeFixes;
using InfraSharp.Generators.Diagnostics.Analyzers;

namespace InfraSharp.Generators.Tests.CodeFixes;

public class BindMountWithoutKubernetesChoiceFixerTests
{
    [Fact]
    public Task Skip_is_added_as_a_named_argument() =>
        CodeFixVerifier<StackDefinitionAnalyzer, BindMountWithoutKubernetesChoiceFixer>.VerifyAsync(
            StackSource.Define("""        stack.AddService("web").WithImage("nginx:1.27").{|ISH4002:WithBindMount(".", "/code")|};"""),
            StackSource.Define("""        stack.AddService("web").WithImage("nginx:1.27").WithBindMount(".", "/code", kubernetes: BindMountOnKubernetes.Skip);"""),
            "ISH4002", actionIndex: 0);

    [Fact]
    public Task ConfigMap_replaces_an_explicit_null() =>
        CodeFixVerifier<StackDefinitionAnalyzer, BindMountWithoutKubernetesChoiceFixer>.VerifyAsync(
            StackSource.Define("""        stack.AddService("web").WithImage("nginx:1.27").{|ISH4002:WithBindMount("./conf", "/etc/app", true, null)|};"""),
            StackSource.Define("""        stack.AddService("web").WithImage("nginx:1.27").WithBindMount("./conf", "/etc/app", true, BindMountOnKubernetes.ConfigMap);"""),
            "ISH4002", actionIndex: 1);

    [Fact]
    public Task Type_is_fully_qualified_when_InfraSharp_is_not_imported() =>
        CodeFixVerifier<StackDefinitionAnalyzer, BindMountWithoutKubernetesChoiceFixer>.VerifyAsync(
            """
            [InfraSharp.Stack("shop")]
            public static class Shop
            {
                public static void Define(InfraSharp.IStackBuilder stack) =>
                    stack.AddService("web").WithImage("nginx:1.27").{|ISH4002:WithBindMount(".", "/code")|};
            }
            """,
            """
            [InfraSharp.Stack("shop")]
            public static class Shop
            {
                public static void Define(InfraSharp.IStackBuilder stack) =>
                    stack.AddService("web").WithImage("nginx:1.27").WithBindMount(".", "/code", kubernetes: global::InfraSharp.BindMountOnKubernetes.Skip);
            }
            """,
            "ISH4002", actionIndex: 0);
}
