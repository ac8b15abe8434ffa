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
    private readonly Dictionary<ILocalSymbol, int> consumedReferences = new(SymbolEqualityComparer.Default);
    private readonly StackFacts facts = new();

    private StackBodyReader(InfraSharpSymbols symbols, IParameterSymbol stackParameter)
    {
        this.symbols = symbols;
        this.stackParameter = stackParameter;
    }

    /// <summary>Returns the facts of <paramref name="body"/>, or null when the body is not safe to read at all.</summary>
    public static StackFacts? Read(InfraSharpSymbols symbols, IParameterSymbol stackParameter, IBlockOperation body)
    {
        var totalReferences = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
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
                    totalReferences.TryGetValue(local.Local, out var count);
                    totalReferences[local.Local] = count + 1;
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
        return reader.facts;
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
                    break;
            }
        }
        return true;
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
        consumedReferences.TryGetValue(reference.Local, out var count);
        consumedReferences[reference.Local] = count + 1;
        return handle;
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
            if (!symbols.IsContainerMethod(method) && !symbols.IsServiceMethod(method))
            {
                service.IsOpen = true;
                return null;
            }
            ApplyService(service, invocation);
            return InfraSharpSymbols.Same(method.ReturnType, symbols.ServiceBuilder) ? service : null;
        }
        if (receiver is ObjectFacts other)
        {
            // Volumes, networks, configs, secrets: their calls only matter to call-site rules; keep the chain going.
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
                return StackValue;
            default:
                return null;
        }
        facts.Objects.Add(declared);
        return declared;
    }

    private void ApplyService(ServiceFacts service, IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "WithImage":
                ReadImage(service, OperationValues.Argument(invocation, "image"), invocation, isBuild: false);
                break;
            case "WithBuild":
                service.HasBuild = true;
                ReadImage(service, OperationValues.Argument(invocation, "image"), invocation, isBuild: true);
                break;
            case "WithHealthCheck":
                service.HasHealthCheck = true;
                break;
            case "WithResources":
                service.HasResources |= invocation.Arguments.Any(argument => !OperationValues.IsOmittedOrNull(argument) && argument.Parameter?.Type.SpecialType == SpecialType.System_String);
                break;
            case "WithUser":
                service.HasUser = true;
                break;
            case "WithPort":
                service.PortCount++;
                ReadPublishedPort(service, invocation);
                break;
            case "WithInternalPort":
                service.PortCount++;
                break;
            case "WithVolume":
                EvaluateHandleArgument(OperationValues.Argument(invocation, "volume"));
                ReadMount(service, invocation);
                break;
            case "WithAnonymousVolume":
            case "WithBindMount":
            case "WithTmpfs":
                ReadMount(service, invocation);
                break;
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
            case "WithConfig":
                EvaluateHandleArgument(OperationValues.Argument(invocation, "config"));
                break;
            case "WithSecret":
                EvaluateHandleArgument(OperationValues.Argument(invocation, "secret"));
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

    private static void ReadImage(ServiceFacts service, IArgumentOperation? argument, IInvocationOperation invocation, bool isBuild)
    {
        if (isBuild && OperationValues.IsOmittedOrNull(argument))
        {
            service.UnnamedBuild ??= invocation;
        }
        else if (OperationValues.TryGetString(argument, out var image) && image is not null)
        {
            service.HasImage = true;
        }
        else
        {
            service.ImageUnknown = true;
        }
    }

    private static void ReadPublishedPort(ServiceFacts service, IInvocationOperation invocation)
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
        service.Ports.Add(new PortFact(hostPort.Value, protocol.Value, hostIp, reportAt));
    }

    private static void ReadMount(ServiceFacts service, IInvocationOperation invocation)
    {
        var targetArgument = OperationValues.Argument(invocation, "target");
        if (OperationValues.TryGetString(targetArgument, out var target) && target is not null)
        {
            service.Mounts.Add(new MountFact(target, targetArgument!));
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
