namespace InfraSharp;

/// <summary>When the engine pulls the image (Compose <c>pull_policy</c>, Kubernetes <c>imagePullPolicy</c>).</summary>
public enum PullPolicy
{
    /// <summary>Pull every time.</summary>
    Always,
    /// <summary>Pull only when the image is missing.</summary>
    Missing,
    /// <summary>Never pull.</summary>
    Never,
}
