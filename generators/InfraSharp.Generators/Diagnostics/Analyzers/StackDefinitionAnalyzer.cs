using System.Collections.Immutable;
using InfraSharp.Generators.Analysis;
using InfraSharp.Generators.Diagnostics.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Diagnostics.Analyzers;

/// <summary>
/// Reads stack definitions as IOperation trees. Call-site rules (a constant argument that is wrong by itself) run on
/// every InfraSharp call wherever it is; whole-stack rules (duplicates, cycles, port clashes, what a service lacks)
/// run per body taking <c>IStackBuilder</c>, on the facts <see cref="StackBodyReader"/> proves.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StackDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidName,
        DiagnosticDescriptors.DuplicateName,
        DiagnosticDescriptors.PortOutOfRange,
        DiagnosticDescriptors.HostPortPublishedTwice,
        DiagnosticDescriptors.DependencyCycle,
        DiagnosticDescriptors.DuplicateMountTarget,
        DiagnosticDescriptors.InvalidImageReference,
        DiagnosticDescriptors.InvalidQuantity,
        DiagnosticDescriptors.WaitForHealthyWithoutHealthCheck,
        DiagnosticDescriptors.NoImageOrBuild,
        DiagnosticDescriptors.NetworkModeWithNetworks,
        DiagnosticDescriptors.BuildOnlyServiceOnKubernetes,
        DiagnosticDescriptors.BindMountWithoutKubernetesChoice,
        DiagnosticDescriptors.LatestOrMissingTag,
        DiagnosticDescriptors.NoResources,
        DiagnosticDescriptors.NoReadinessProbe,
        DiagnosticDescriptors.PrivilegedContainer,
        DiagnosticDescriptors.RunsAsRoot,
        DiagnosticDescriptors.HostNetwork,
        DiagnosticDescriptors.SecretLiteralInEnvironment,
        DiagnosticDescriptors.InvalidOtherName,
        DiagnosticDescriptors.LimitBelowRequest,
        DiagnosticDescriptors.InvalidEnvironmentName,
        DiagnosticDescriptors.InvalidMountPath,
        DiagnosticDescriptors.InvalidReplicas,
        DiagnosticDescriptors.ContainerNameWithReplicas,
        DiagnosticDescriptors.InvalidSchedule,
        DiagnosticDescriptors.InvalidProbe,
        DiagnosticDescriptors.MissingSource,
        DiagnosticDescriptors.IngressWithoutPort,
        DiagnosticDescriptors.LegacyLink);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = InfraSharpSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }
            start.RegisterOperationAction(operation => Guard(() => AnalyzeCall(operation, symbols)), OperationKind.Invocation);
            start.RegisterOperationAction(operation => Guard(() => AnalyzeBody(operation, symbols)),
                OperationKind.MethodBody, OperationKind.AnonymousFunction, OperationKind.LocalFunction);
        });
    }

    private static void Guard(Action analyze)
    {
        try
        {
            analyze();
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !AnalyzerFailurePolicy.Rethrow)
        {
            // A bug here must not fail the user's build; the body is simply not analyzed.
        }
    }

    private static void AnalyzeCall(OperationAnalysisContext context, InfraSharpSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        Action<Diagnostic> report = context.ReportDiagnostic;
        if (symbols.IsStackMethod(method))
        {
            switch (method.Name)
            {
                case "AddService":
                case "AddVolume":
                case "AddNetwork":
                    InvalidNameRule.CheckArgument(report, OperationValues.Argument(invocation, "name"), method.Name.Substring(3).ToLowerInvariant());
                    break;
                case "AddConfig":
                case "AddSecret":
                    InvalidNameRule.CheckSubdomainArgument(report, OperationValues.Argument(invocation, "name"), method.Name.Substring(3).ToLowerInvariant());
                    break;
                case "WithNamespace":
                    InvalidNameRule.CheckArgument(report, OperationValues.Argument(invocation, "kubernetesNamespace"), "namespace");
                    break;
                case "WithKubernetesWaitImage":
                    ImageReferenceRule.CheckArgument(report, OperationValues.Argument(invocation, "image"));
                    break;
            }
            return;
        }
        if (symbols.IsContainerMethod(method))
        {
            AnalyzeContainerCall(report, invocation);
            return;
        }
        if (symbols.IsServiceMethod(method))
        {
            switch (method.Name)
            {
                case "WithSidecar":
                case "WithInitContainer":
                    InvalidNameRule.CheckArgument(report, OperationValues.Argument(invocation, "name"), "container");
                    break;
                case "WithNetworkMode":
                    HostNetworkRule.Check(report, invocation);
                    break;
                case "WithNetwork":
                    InvalidNameRule.CheckAliasesArgument(report, OperationValues.Argument(invocation, "aliases"));
                    break;
                case "WithLink":
                    LegacyLinkRule.Check(report, invocation);
                    break;
                case "WithReplicas":
                    ReplicasRule.CheckReplicas(report, invocation);
                    break;
                case "WithRollingUpdate":
                    ReplicasRule.CheckRollingUpdate(report, invocation);
                    break;
                case "AsCronJob":
                    ScheduleRule.Check(report, invocation);
                    break;
                case "WithIngress":
                    IngressWithoutPortRule.CheckCall(report, invocation);
                    break;
            }
            return;
        }
        if (InfraSharpSymbols.Same(method.ContainingType, symbols.Probe))
        {
            ProbeRule.Check(report, invocation);
            return;
        }
        if (symbols.IsVolumeMethod(method) && method.Name == "WithSize")
        {
            InvalidQuantityRule.CheckMemory(report, OperationValues.Argument(invocation, "size"));
        }
        else if (InfraSharpSymbols.Same(method.ContainingType, symbols.BindMountOnKubernetes) && method.Name == "PersistentVolumeClaim")
        {
            InvalidNameRule.CheckArgument(report, OperationValues.Argument(invocation, "claimName"), "claim");
            InvalidQuantityRule.CheckMemory(report, OperationValues.Argument(invocation, "size"));
        }
        else if (InfraSharpSymbols.Same(method.ContainingType, symbols.BindMountOnKubernetes) && method.Name == "NodeHostPath")
        {
            MountPathRule.CheckRequired(report, OperationValues.Argument(invocation, "nodePath"));
        }
    }

    private static void AnalyzeContainerCall(Action<Diagnostic> report, IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "WithImage":
                ImageReferenceRule.CheckArgument(report, OperationValues.Argument(invocation, "image"));
                break;
            case "WithBuild":
                ImageReferenceRule.CheckArgument(report, OperationValues.Argument(invocation, "image"));
                break;
            case "WithPort":
                PortOutOfRangeRule.CheckArgument(report, OperationValues.Argument(invocation, "containerPort"));
                PortOutOfRangeRule.CheckArgument(report, OperationValues.Argument(invocation, "hostPort"));
                InvalidNameRule.CheckPortNameArgument(report, OperationValues.Argument(invocation, "name"));
                break;
            case "WithInternalPort":
                PortOutOfRangeRule.CheckArgument(report, OperationValues.Argument(invocation, "containerPort"));
                InvalidNameRule.CheckPortNameArgument(report, OperationValues.Argument(invocation, "name"));
                break;
            case "WithVolume":
            case "WithAnonymousVolume":
                MountPathRule.CheckRequired(report, OperationValues.Argument(invocation, "target"));
                break;
            case "WithConfig":
            case "WithSecret":
                MountPathRule.CheckOptional(report, OperationValues.Argument(invocation, "target"));
                break;
            case "WithResources":
                InvalidQuantityRule.CheckCpu(report, OperationValues.Argument(invocation, "cpuRequest"));
                InvalidQuantityRule.CheckCpu(report, OperationValues.Argument(invocation, "cpuLimit"));
                InvalidQuantityRule.CheckMemory(report, OperationValues.Argument(invocation, "memoryRequest"));
                InvalidQuantityRule.CheckMemory(report, OperationValues.Argument(invocation, "memoryLimit"));
                break;
            case "WithTmpfs":
                MountPathRule.CheckRequired(report, OperationValues.Argument(invocation, "target"));
                InvalidQuantityRule.CheckMemory(report, OperationValues.Argument(invocation, "size"));
                break;
            case "WithBindMount":
                MountPathRule.CheckRequired(report, OperationValues.Argument(invocation, "target"));
                BindMountWithoutKubernetesChoiceRule.Check(report, invocation);
                break;
            case "WithPrivileged":
                PrivilegedContainerRule.Check(report, invocation);
                break;
            case "WithEnvironment":
                EnvironmentNameRule.Check(report, invocation);
                SecretLiteralInEnvironmentRule.Check(report, invocation);
                break;
            case "WithUser":
                RunsAsRootRule.CheckUser(report, invocation);
                break;
        }
    }

    private static void AnalyzeBody(OperationAnalysisContext context, InfraSharpSymbols symbols)
    {
        var (method, body) = context.Operation switch
        {
            IMethodBodyOperation methodBody => (context.ContainingSymbol as IMethodSymbol, methodBody.BlockBody ?? methodBody.ExpressionBody),
            IAnonymousFunctionOperation lambda => (lambda.Symbol, lambda.Body),
            ILocalFunctionOperation localFunction => (localFunction.Symbol, localFunction.Body ?? localFunction.IgnoredBody),
            _ => (null, null),
        };
        var stackParameter = method?.Parameters.FirstOrDefault(parameter => symbols.IsStackBuilderType(parameter.Type));
        if (stackParameter is null || body is null || method!.IsAsync)
        {
            return;
        }
        var facts = StackBodyReader.Read(symbols, stackParameter, body);
        if (facts is null)
        {
            return;
        }
        Action<Diagnostic> report = context.ReportDiagnostic;
        DuplicateNameRule.Check(report, facts);
        HostPortPublishedTwiceRule.Check(report, facts);
        DependencyCycleRule.Check(report, facts);
        DuplicateMountTargetRule.Check(report, facts);
        WaitForHealthyWithoutHealthCheckRule.Check(report, facts);
        NoImageOrBuildRule.Check(report, facts);
        NetworkModeWithNetworksRule.Check(report, facts);
        BuildOnlyServiceOnKubernetesRule.Check(report, facts);
        ServiceBestPracticeRules.Check(report, facts);
        LimitBelowRequestRule.Check(report, facts);
        ContainerNameWithReplicasRule.Check(report, facts);
        IngressWithoutPortRule.Check(report, facts);
        PodContainerNameRule.Check(report, facts);
        MissingSourceRule.Check(report, facts);
    }
}
