// The issue-6 workload in cdk8s + cdk8s-plus, the same objects as InfraSharp's BenchmarkWorkload:
// per service a Deployment (2 replicas, image:tag, port 8080, 3 env vars, CPU/memory requests and limits,
// HTTP readiness and liveness probes, a PVC mounted at /data) + a Service + a PersistentVolumeClaim (1Gi).
// usage: node app.js N single|per-service OUTDIR
//   single       one chart holding every service (one output file)
//   per-service  one chart per service (one output file per service), the layout large repos use
'use strict';
const cdk8s = require('cdk8s');
const kplus = require('cdk8s-plus-33');

const count = Number.parseInt(process.argv[2] ?? '1000', 10);
const mode = process.argv[3] ?? 'single';
const outdir = process.argv[4] ?? 'dist';
if (!Number.isInteger(count) || count < 0 || !['single', 'per-service'].includes(mode)) {
  console.error('usage: node app.js N single|per-service OUTDIR');
  process.exit(2);
}

function addService(chart, index) {
  const name = 'svc-' + String(index).padStart(5, '0');
  const claim = new kplus.PersistentVolumeClaim(chart, name + '-data', {
    metadata: { name: name + '-data' },
    storage: cdk8s.Size.gibibytes(1),
    accessModes: [kplus.PersistentVolumeAccessMode.READ_WRITE_ONCE],
  });
  const probe = () => kplus.Probe.fromHttpGet('/healthz', { port: 8080 });
  const deployment = new kplus.Deployment(chart, name, {
    metadata: { name },
    replicas: 2,
    containers: [{
      name,
      image: 'registry.example.com/team/' + name + ':1.0.' + (index % 100),
      ports: [{ number: 8080, name: 'http' }],
      envVariables: {
        SERVICE_NAME: kplus.EnvValue.fromValue(name),
        LOG_LEVEL: kplus.EnvValue.fromValue('info'),
        PORT: kplus.EnvValue.fromValue('8080'),
      },
      resources: {
        cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
        memory: { request: cdk8s.Size.mebibytes(128), limit: cdk8s.Size.mebibytes(256) },
      },
      readiness: probe(),
      liveness: probe(),
      volumeMounts: [{ path: '/data', volume: kplus.Volume.fromPersistentVolumeClaim(chart, name + '-volume', claim) }],
    }],
  });
  deployment.exposeViaService({ name, ports: [{ port: 8080, targetPort: 8080, name: 'http' }] });
}

const app = new cdk8s.App({ outdir });
if (mode === 'single') {
  const chart = new cdk8s.Chart(app, 'scale');
  for (let i = 0; i < count; i++) addService(chart, i);
} else {
  for (let i = 0; i < count; i++) addService(new cdk8s.Chart(app, 'scale-' + i), i);
}
app.synth();
