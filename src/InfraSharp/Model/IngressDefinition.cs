namespace InfraSharp.Model;

/// <summary>HTTP routing from outside the cluster to a service (Kubernetes Ingress; not expressible in Compose).</summary>
/// <param name="Host">Host name, such as <c>shop.example.com</c>.</param>
/// <param name="Path">Path prefix.</param>
/// <param name="Port">Service port to route to.</param>
/// <param name="TlsSecret">Secret holding the TLS certificate, when served over HTTPS.</param>
/// <param name="IngressClass">Ingress class name, when the cluster has several.</param>
/// <param name="Location">Where it was declared.</param>
public sealed record IngressDefinition(string Host, string Path, int Port, string? TlsSecret, string? IngressClass, SourceLocation Location);
