using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSharp.Generators.Analysis;

/// <summary>
/// Reads a stack body (a method, lambda or local function taking <c>IStackBuilder</c>) the way the runtime would run
/// it, but only its straight-line statements: declarations and chained With* calls on the stack parameter and on
/// locals holding handles. Whatever it cannot follow (branches, loops, lambdas, helper calls, returns) leaves the
/// objects involved "open", and rules about what an open object lacks are skipped: no false positives.
/// </summary>
internal sealed class StackBodyReader
{
    private static readonly object StackValue = new();

    private readonly InfraSharpSymbols symbols;
    private readonly IParameterSymbol stackParameter;
    private readonly Dictionary<ILocalSymbol, ObjectFacts> handles = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IParameterSymbol, CompanionFacts> companionParameters = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, int> consumedReferences = new(SymbolEqualityComparer.Default);
    private readonly StackFacts facts = new();

    private StackBodyReader(InfraSharpSymbols symbols, IParameterSymbol stackParameter)
    {
        this.symbols = symbols;
        this.stackParameter = stackParameter;
    }

    /// <summary>Returns the facts of <paramref name="body"/>, or null when the body is not safe to read at all.</summary>
    public static StackFacts? Read(InfraSharpSymbols symbols, IParameterSymbol stackParameter, IBlockOperation body)
    {
        var totalReferences = new Dictionary<ISymbol, int>(SymbolEqualityComparer.Default);
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                // goto/labels and iterators make statement order meaningless; a reassigned stack parameter may be another stack.
                case ILabeledOperation:
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                case IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak }:
                    return null;
                case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter, stackParameter) && IsWritten(parameter):
                    return null;
                case ILocalReferenceOperation local:
                    Count(totalReferences, local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    // Parameters of sidecar lambdas are handles too.
                    Count(totalReferences, parameter.Parameter);
                    break;
            }
        }

        var reader = new StackBodyReader(symbols, stackParameter);
        reader.ReadStatements(body.Operations);
        foreach (var pair in reader.handles)
        {
            reader.consumedReferences.TryGetValue(pair.Key, out var consumed);
            totalReferences.TryGetValue(pair.Key, out var total);
            if (consumed < total)
            {
                pair.Value.IsOpen = true;
            }
        }
        foreach (var pair in reader.companionParameters)
        {
            reader.consumedReferences.TryGetValue(pair.Key, out var consumed);
            totalReferences.TryGetValue(pair.Key, out var total);
            if (consumed < total)
            {
                pair.Value.IsOpen = true;
            }
        }
        return reader.facts;
    }

    private static void Count(Dictionary<ISymbol, int> counts, ISymbol symbol)
    {
        counts.TryGetValue(symbol, out var count);
        counts[symbol] = count + 1;
    }

    private static bool IsWritten(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        _ => false,
    };

    /// <summary>Reads statements in order; returns false when control leaves the body (return, throw).</summary>
    private bool ReadStatements(IEnumerable<IOperation> statements)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case IExpressionStatementOperation { Operation: IThrowOperation }:
                    return false;
                case IExpressionStatementOperation expression:
                    Evaluate(expression.Operation);
                    break;
                case IVariableDeclarationGroupOperation group:
                    ReadDeclarations(group);
                    break;
                case IBlockOperation block:
                    if (!ReadStatements(block.Operations))
                    {
                        return false;
                    }
                    break;
                case IReturnOperation @return:
                    if (@return.ReturnedValue is not null && Evaluate(@return.ReturnedValue) is ObjectFacts escaping)
                    {
                        escaping.IsOpen = true;
                    }
                    return false;
                default:
                    // Branches, loops, try, using, local functions: not read. Handles used inside stay unconsumed, so open.
                    if (MayReturn(statement))
                    {
                        // What follows may not run: stop. Handles used after this stay unconsumed, so they are open.
                        return false;
                    }
                    break;
            }
        }
        return true;
    }

    /// <summary>True when a skipped statement holds a return of this body (nested lambdas and local functions excluded).</summary>
    private static bool MayReturn(IOperation statement)
    {
        var pending = new Stack<IOperation>();
        pending.Push(statement);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            if (operation is IReturnOperation)
            {
                return true;
            }
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
        return false;
    }

    private void ReadDeclarations(IVariableDeclarationGroupOperation group)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var initializer = declarator.Initializer ?? declaration.Initializer;
                if (initializer is not null && Evaluate(initializer.Value) is ObjectFacts handle && declarator.Symbol.RefKind == RefKind.None)
                {
                    handles[declarator.Symbol] = handle;
                }
            }
        }
    }

    /// <summary>Evaluates a chain iteratively (long fluent chains must not overflow the stack).</summary>
    private object? Evaluate(IOperation operation)
    {
        var chain = new List<IInvocationOperation>();
        var root = Unwrap(operation);
        while (root is IInvocationOperation { Instance: { } instance } call)
        {
            chain.Add(call);
            root = Unwrap(instance);
        }

        object? value = root switch
        {
            IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter, stackParameter) => StackValue,
            ILocalReferenceOperation local => Consume(local),
            IParameterReferenceOperation parameter when companionParameters.TryGetValue(parameter.Parameter, out var companion) => ConsumeParameter(parameter.Parameter, companion),
            _ => null,
        };

        for (var i = chain.Count - 1; i >= 0 && value is not null; i--)
        {
            value = Apply(value, chain[i]);
        }
        return value;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }
        return operation;
    }

    private ObjectFacts? Consume(ILocalReferenceOperation reference)
    {
        if (!handles.TryGetValue(reference.Local, out var handle))
        {
            return null;
        }
        Count(consumedReferences, reference.Local);
        return handle;
    }

    private CompanionFacts ConsumeParameter(IParameterSymbol parameter, CompanionFacts companion)
    {
        Count(consumedReferences, parameter);
        return companion;
    }

    private ObjectFacts? EvaluateHandleArgument(IArgumentOperation? argument) =>
        argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue ? null : Evaluate(argument.Value) as ObjectFacts;

    private object? Apply(object receiver, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (receiver == StackValue)
        {
            return symbols.IsStackMethod(method) ? ApplyStack(invocation) : null;
        }
        if (receiver is ServiceFacts service)
        {
            if (symbols.IsContainerMethod(method))
            {
                ApplyContainer(service, invocation);
            }
            else if (symbols.IsServiceMethod(method))
            {
                ApplyService(service, invocation);
            }
            else
            {
                service.IsOpen = true;
                return null;
            }
            return InfraSharpSymbols.Same(method.ReturnType, symbols.ServiceBuilder) ? service : null;
        }
        if (receiver is CompanionFacts companion)
        {
            if (!symbols.IsContainerMethod(method))
            {
                companion.IsOpen = true;
                return null;
            }
            ApplyContainer(companion, invocation);
            return InfraSharpSymbols.Same(method.ReturnType, method.ContainingType.TypeArguments.FirstOrDefault()) ? companion : null;
        }
        if (receiver is ObjectFacts other)
        {
            // Volumes, networks, configs, secrets: only their sources matter here (ISH2019); keep the chain going.
            if (method.Name is "FromFile" or "FromContent" or "FromEnvironment" or "AsExternal" &&
                !invocation.Arguments.Any(argument => OperationValues.TryGetConstant(argument.Value, out var value) && value is null))
            {
                other.HasSource = true;
            }
            return InfraSharpSymbols.Same(method.ReturnType, method.ContainingType) ? other : null;
        }
        return null;
    }

    private object? ApplyStack(IInvocationOperation invocation)
    {
        var nameArgument = OperationValues.Argument(invocation, "name");
        OperationValues.TryGetString(nameArgument, out var name);
        ObjectFacts declared;
        switch (invocation.TargetMethod.Name)
        {
            case "AddService":
                var service = new ServiceFacts(invocation, name, nameArgument);
                facts.Services.Add(service);
                declared = service;
                break;
            case "AddVolume":
                declared = new ObjectFacts("volume", invocation, name, nameArgument);
                break;
            case "AddNetwork":
                declared = new ObjectFacts("network", invocation, name, nameArgument);
                break;
            case "AddConfig":
                declared = new ObjectFacts("config", invocation, name, nameArgument);
                break;
            case "AddSecret":
                declared = new ObjectFacts("secret", invocation, name, nameArgument);
                break;
            case "WithNamespace":
            case "WithLabel":
            case "WithKubernetesWaitImage":
            // Output escape hatches: they change the written documents, never the model the rules read.
            case "ConfigureCompose":
            case "ConfigureKubernetes":
                return StackValue;
            default:
                return null;
        }
        facts.Objects.Add(declared);
        return declared;
    }

    /// <summary>Settings of the service itself (not of its main container).</summary>
    private void ApplyService(ServiceFacts service, IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "WithNetwork":
                service.NetworkCount++;
                EvaluateHandleArgument(OperationValues.Argument(invocation, "network"));
                break;
            case "WithNetworkMode":
                var modeArgument = OperationValues.Argument(invocation, "mode");
                if (OperationValues.TryGetInt(modeArgument, out var mode) && mode is not null)
                {
                    service.NetworkMode = mode;
                    service.NetworkModeArgument = modeArgument;
                }
                else
                {
                    service.NetworkModeUnknown = true;
                }
                break;
            case "WaitFor":
            case "WaitForCompletion":
                ReadDependency(service, invocation, OperationValues.Argument(invocation, "dependency"), OperationValues.Argument(invocation, "condition"));
                break;
            case "WithLink":
                ReadDependency(service, invocation, OperationValues.Argument(invocation, "service"), null);
                break;
            case "WithContainerName":
                if (OperationValues.TryGetString(OperationValues.Argument(invocation, "containerName"), out var containerName))
                {
                    service.HasContainerName = containerName is not null;
                    service.ContainerNameUnknown = false;
                }
                else
                {
                    service.ContainerNameUnknown = true;
                }
                break;
            case "WithReplicas":
                var replicasArgument = OperationValues.Argument(invocation, "replicas");
                service.ReplicasArgument = replicasArgument;
                service.Replicas = OperationValues.TryGetInt(replicasArgument, out var replicas) ? replicas : null;
                break;
            case "AsJob":
            case "AsCronJob":
                service.RunsToCompletion = true;
                break;
            case "AsStatefulSet":
                service.RunsToCompletion = false;
                break;
            case "WithIngress":
                if (OperationValues.IsOmittedOrNull(OperationValues.Argument(invocation, "port")) && service.PortCount == 0)
                {
                    service.IngressesWithoutPort.Add(invocation);
                }
                break;
            case "WithSidecar":
                ReadCompanion(service, invocation, "sidecar");
                break;
            case "WithInitContainer":
                ReadCompanion(service, invocation, "init container");
                break;
            default:
                // Escape hatches can change anything.
                if (invocation.TargetMethod.Name.StartsWith("Configure", StringComparison.Ordinal))
                {
                    service.IsOpen = true;
                }
                break;
        }
    }

    /// <summary>Container-level settings, shared by services, sidecars and init containers.</summary>
    private void ApplyContainer(ContainerFacts container, IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "WithImage":
                ReadImage(container, OperationValues.Argument(invocation, "image"), invocation, isBuild: false);
                break;
            case "WithBuild":
                container.HasBuild = true;
                ReadImage(container, OperationValues.Argument(invocation, "image"), invocation, isBuild: true);
                break;
            case "WithHealthCheck":
                container.HasHealthCheck = true;
                break;
            case "WithResources":
                container.HasResources |= invocation.Arguments.Any(argument => !OperationValues.IsOmittedOrNull(argument) && argument.Parameter?.Type.SpecialType == SpecialType.System_String);
                container.CpuRequest.Apply(OperationValues.Argument(invocation, "cpuRequest"));
                container.CpuLimit.Apply(OperationValues.Argument(invocation, "cpuLimit"));
                container.MemoryRequest.Apply(OperationValues.Argument(invocation, "memoryRequest"));
                container.MemoryLimit.Apply(OperationValues.Argument(invocation, "memoryLimit"));
                break;
            case "WithUser":
                container.HasUser = true;
                break;
            case "WithPort":
                container.PortCount++;
                ReadPublishedPort(container, invocation);
                break;
            case "WithInternalPort":
                container.PortCount++;
                break;
            case "WithVolume":
                EvaluateHandleArgument(OperationValues.Argument(invocation, "volume"));
                ReadMount(container, OperationValues.Argument(invocation, "target"));
                break;
            case "WithAnonymousVolume":
            case "WithBindMount":
            case "WithTmpfs":
                ReadMount(container, OperationValues.Argument(invocation, "target"));
                break;
            case "WithConfig":
                ReadFileMount(container, OperationValues.Argument(invocation, "config"), OperationValues.Argument(invocation, "target"), "/");
                break;
            case "WithSecret":
                ReadFileMount(container, OperationValues.Argument(invocation, "secret"), OperationValues.Argument(invocation, "target"), "/run/secrets/");
                break;
        }
    }

    /// <summary>
    /// A sidecar or init container. Its lambda runs once, right inside the call, so its straight-line statements are
    /// read in place; anything else (a method group, a delegate variable, an async lambda) leaves the container open.
    /// </summary>
    private void ReadCompanion(ServiceFacts service, IInvocationOperation invocation, string kind)
    {
        var nameArgument = OperationValues.Argument(invocation, "name");
        OperationValues.TryGetString(nameArgument, out var name);
        var companion = new CompanionFacts(service, kind, invocation, name, nameArgument);
        service.Companions.Add(companion);

        var configure = OperationValues.Argument(invocation, "configure")?.Value;
        while (configure is IConversionOperation { IsImplicit: true } or IDelegateCreationOperation)
        {
            configure = configure is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)configure).Target;
        }
        if (configure is not IAnonymousFunctionOperation { Symbol: { IsAsync: false, Parameters.Length: 1 } lambda } function)
        {
            // Handles used inside such a delegate stay unconsumed, so they become open too.
            companion.IsOpen = true;
            return;
        }
        companionParameters[lambda.Parameters[0]] = companion;
        // A return inside the lambda only ends the lambda; reading goes on after the call.
        ReadStatements(function.Body.Operations);
    }

    private static void ReadImage(ContainerFacts container, IArgumentOperation? argument, IInvocationOperation invocation, bool isBuild)
    {
        if (isBuild && OperationValues.IsOmittedOrNull(argument))
        {
            container.UnnamedBuild ??= invocation;
        }
        else if (OperationValues.TryGetString(argument, out var image) && image is not null)
        {
            container.HasImage = true;
        }
        else
        {
            container.ImageUnknown = true;
        }
    }

    private static void ReadPublishedPort(ContainerFacts container, IInvocationOperation invocation)
    {
        var containerArgument = OperationValues.Argument(invocation, "containerPort");
        var hostArgument = OperationValues.Argument(invocation, "hostPort");
        var hostIpArgument = OperationValues.Argument(invocation, "hostIp");
        var hostOmitted = OperationValues.IsOmittedOrNull(hostArgument);
        var reportAt = hostOmitted ? containerArgument : hostArgument;
        if (reportAt is null ||
            !OperationValues.TryGetInt(reportAt, out var hostPort) || hostPort is null ||
            !OperationValues.TryGetInt(OperationValues.Argument(invocation, "protocol"), out var protocol) || protocol is null ||
            !OperationValues.TryGetString(hostIpArgument, out var hostIp))
        {
            return;
        }
        container.Ports.Add(new PortFact(hostPort.Value, protocol.Value, hostIp, reportAt));
    }

    /// <summary>A constant absolute target; relative ones are ISH2014 and, like the runtime, not compared.</summary>
    private static void ReadMount(ContainerFacts container, IArgumentOperation? targetArgument)
    {
        if (OperationValues.TryGetString(targetArgument, out var target) && target is not null && target.StartsWith("/", StringComparison.Ordinal))
        {
            container.Mounts.Add(new MountFact(target, targetArgument!));
        }
    }

    /// <summary>A config or secret file: its constant target, or its default path from the object's constant name.</summary>
    private void ReadFileMount(ContainerFacts container, IArgumentOperation? handleArgument, IArgumentOperation? targetArgument, string defaultFolder)
    {
        var handle = EvaluateHandleArgument(handleArgument);
        if (!OperationValues.IsOmittedOrNull(targetArgument))
        {
            ReadMount(container, targetArgument);
        }
        else if (handle?.Name is { } name && handleArgument is not null)
        {
            container.Mounts.Add(new MountFact(defaultFolder + name, handleArgument));
        }
    }

    private void ReadDependency(ServiceFacts service, IInvocationOperation invocation, IArgumentOperation? dependencyArgument, IArgumentOperation? conditionArgument)
    {
        if (EvaluateHandleArgument(dependencyArgument) is not ServiceFacts dependency)
        {
            return;
        }
        var waitsHealthy = invocation.TargetMethod.Name == "WaitFor" &&
            conditionArgument is not null && conditionArgument.ArgumentKind != ArgumentKind.DefaultValue &&
            OperationValues.TryGetInt(conditionArgument, out var condition) && condition == HealthyCondition;
        facts.Dependencies.Add(new DependencyFact(service, dependency, waitsHealthy, dependencyArgument!, waitsHealthy ? conditionArgument : null));
    }

    /// <summary>The value of <c>DependencyCondition.Healthy</c>.</summary>
    private const int HealthyCondition = 1;
}
