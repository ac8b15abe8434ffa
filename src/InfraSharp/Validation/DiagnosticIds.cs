// Shared by the runtime validation, the analyzers, the code fixes and the tests: keep it netstandard2.0-clean.
namespace InfraSharp.Validation;

/// <summary>
/// Every diagnostic id of InfraSharp. 1xxx DSL usage, 2xxx model rules for both targets, 3xxx Compose-only,
/// 4xxx Kubernetes-only and best practice, 5xxx emit time. Ids are never reused.
/// </summary>
public static class DiagnosticIds
{
#pragma warning disable CS1591 // The catalogue (RuleCatalog) documents each id.
    public const string StackClassShape = "ISH1001";
    public const string DuplicateStackName = "ISH1002";

    public const string InvalidName = "ISH2001";
    public const string DuplicateName = "ISH2002";
    public const string PortOutOfRange = "ISH2003";
    public const string HostPortPublishedTwice = "ISH2004";
    public const string DependencyCycle = "ISH2005";
    public const string DuplicateMountTarget = "ISH2006";
    public const string InvalidImageReference = "ISH2007";
    public const string InvalidQuantity = "ISH2008";
    public const string WaitForHealthyWithoutHealthCheck = "ISH2009";
    public const string NoImageOrBuild = "ISH2010";
    public const string NetworkModeWithNetworks = "ISH2011";
    public const string ForeignReference = "ISH2012";
    public const string InvalidEnvironmentName = "ISH2013";
    public const string InvalidMountPath = "ISH2014";
    public const string InvalidReplicas = "ISH2015";
    public const string ContainerNameWithReplicas = "ISH2016";
    public const string InvalidSchedule = "ISH2017";
    public const string InvalidProbe = "ISH2018";
    public const string MissingSource = "ISH2019";
    public const string IngressWithoutPort = "ISH2020";
    public const string LegacyLink = "ISH2021";

    public const string NotExpressibleInCompose = "ISH3001";
    public const string NeedsNewerCompose = "ISH3002";

    public const string BuildOnlyServiceOnKubernetes = "ISH4001";
    public const string BindMountWithoutKubernetesChoice = "ISH4002";
    public const string VolumeWithoutSize = "ISH4003";
    public const string NotExpressibleInKubernetes = "ISH4004";
    public const string NonNumericUserOnKubernetes = "ISH4005";
    public const string RestartPolicyOnLongRunningWorkload = "ISH4006";

    public const string LatestOrMissingTag = "ISH4101";
    public const string NoResources = "ISH4102";
    public const string NoReadinessProbe = "ISH4103";
    public const string PrivilegedContainer = "ISH4104";
    public const string RunsAsRoot = "ISH4105";
    public const string HostNetwork = "ISH4106";
    public const string SecretLiteralInEnvironment = "ISH4107";

    public const string StackFailed = "ISH5001";
    public const string SourceFileNotFound = "ISH5002";
    public const string WriteFailed = "ISH5003";
    public const string ManifestOutOfDate = "ISH5004";
#pragma warning restore CS1591
}
