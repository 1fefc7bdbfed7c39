import { databaseSchemaOf, environmentNameOf, isAgencyId, MEMBERS, PERSON_INDEX, type AgencyDeclaration } from '@joined-up/agencies';

/** Labels every object carries; the NetworkPolicy selects on `joined-up/role`. */
function labels(component: string, role: 'gateway' | 'subgraph' | 'config') {
  return { 'app.kubernetes.io/name': 'joined-up', 'app.kubernetes.io/component': component, 'joined-up/role': role };
}

const NAMESPACE = 'joined-up';
const IMAGE = 'joined-up:local';

/** Liveness: the process answers. Readiness: its database answers and its migrations are applied. */
function probes(port: number) {
  return {
    livenessProbe: { httpGet: { path: '/health', port }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 },
    readinessProbe: { httpGet: { path: '/ready', port }, periodSeconds: 5, failureThreshold: 3 },
    // First start migrates and seeds: give it minutes before liveness counts.
    startupProbe: { httpGet: { path: '/health', port }, periodSeconds: 5, failureThreshold: 60 },
  };
}

function deployment(component: string, role: 'gateway' | 'subgraph', entry: string, port: number, env: object[], resources: object) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: component, namespace: NAMESPACE, labels: labels(component, role) },
    spec: {
      replicas: role === 'gateway' ? 2 : 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'joined-up', 'app.kubernetes.io/component': component } },
      template: {
        metadata: { labels: labels(component, role) },
        spec: {
          // SIGTERM lets requests in flight finish (up to 10 s) and closes the pool.
          terminationGracePeriodSeconds: 20,
          containers: [
            {
              name: component,
              image: IMAGE,
              command: ['pnpm', 'exec', 'tsx', entry],
              ports: [{ name: 'http', containerPort: port }],
              envFrom: [{ configMapRef: { name: 'joined-up-config' } }],
              env: [{ name: 'PORT', value: String(port) }, { name: 'HOST', value: '0.0.0.0' }, ...env],
              volumeMounts: [{ name: 'token-keys', mountPath: '/app/.data/keys', readOnly: true }],
              resources,
              ...probes(port),
            },
          ],
          volumes: [{ name: 'token-keys', secret: { secretName: 'joined-up-token-keys', items: [{ key: 'jwks.json', path: 'jwks.json' }] } }],
        },
      },
    },
  };
}

function service(component: string, role: 'gateway' | 'subgraph', port: number) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: component, namespace: NAMESPACE, labels: labels(component, role) },
    spec: {
      selector: { 'app.kubernetes.io/name': 'joined-up', 'app.kubernetes.io/component': component },
      ports: [{ name: 'http', port, targetPort: 'http' }],
    },
  };
}

function secret(name: string, component: string, stringData: Record<string, string>) {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: NAMESPACE, labels: labels(component, 'config') }, type: 'Opaque', stringData };
}

function subgraphObjects(member: AgencyDeclaration) {
  const env: object[] = [
    { name: `${environmentNameOf(member.id)}_DATABASE_URL`, valueFrom: { secretKeyRef: { name: `joined-up-${member.id}-database`, key: 'url' } } },
  ];
  // Only the agencies hold the linkage secret: with it, the person index could hash guessed names.
  // The person index's linkage run presents a service token issued by the identity provider.
  if (member.id === PERSON_INDEX.id) env.push({ name: 'JOINED_UP_SERVICE_TOKEN', valueFrom: { secretKeyRef: { name: 'joined-up-token-keys', key: 'service-token' } } });
  if (isAgencyId(member.id)) env.push({ name: 'JOINED_UP_LINKAGE_SECRET', valueFrom: { secretKeyRef: { name: 'joined-up-linkage-secret', key: 'secret' } } });
  const resources = { requests: { cpu: '250m', memory: '384Mi' }, limits: { memory: '1Gi' } };
  return [
    secret(`joined-up-${member.id}-database`, member.id, { url: `postgres://joined_up:change-me@${member.id}-db:5432/${databaseSchemaOf(member.id)}` }),
    deployment(member.id, 'subgraph', `subgraphs/${member.id}/src/index.ts`, member.defaultPort, env, resources),
    service(member.id, 'subgraph', member.defaultPort),
  ];
}

/**
 * The federation on Kubernetes, one Deployment and Service per member of
 * `@joined-up/agencies` and the gateway, generated so that adding an agency
 * needs no copy-paste (`pnpm k8s:write` writes deploy/kubernetes/joined-up.yaml).
 */
export function kubernetesManifests(): object[] {
  const subgraphUrls = Object.fromEntries(MEMBERS.map((member) => [`${environmentNameOf(member.id)}_SUBGRAPH_URL`, `http://${member.id}:${member.defaultPort}/graphql`]));
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE, labels: { 'app.kubernetes.io/name': 'joined-up' } } },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'joined-up-config', namespace: NAMESPACE, labels: labels('config', 'config') },
      data: {
        NODE_ENV: 'production',
        // Your identity provider's JWKS; while empty, jwks.json from the joined-up-token-keys Secret verifies tokens.
        JOINED_UP_JWKS_URL: '',
        JOINED_UP_SUBGRAPH_TIMEOUT_MS: '5000',
        JOINED_UP_POPULATION: '10000',
        ...subgraphUrls,
      },
    },
    // Public keys that verify officer tokens (when no JWKS URL is set) and the linkage service's token.
    secret('joined-up-token-keys', 'config', { 'jwks.json': '{"keys":[]}', 'service-token': 'issue-one-from-your-identity-provider' }),
    secret('joined-up-linkage-secret', 'config', { secret: 'change-me-agencies-only' }),
    ...MEMBERS.flatMap(subgraphObjects),
    deployment('gateway', 'gateway', 'gateway/src/index.ts', 4000, [], { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '768Mi' } }),
    service('gateway', 'gateway', 4000),
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'subgraphs-from-the-federation-only', namespace: NAMESPACE, labels: labels('network', 'config') },
      spec: {
        // Subgraphs answer the gateway and each other (agencies read the partnership's
        // register of agreements; the person index collects linkage tokens), nobody else.
        podSelector: { matchLabels: { 'joined-up/role': 'subgraph' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { 'joined-up/role': 'gateway' } } }, { podSelector: { matchLabels: { 'joined-up/role': 'subgraph' } } }],
            ports: MEMBERS.map((member) => ({ protocol: 'TCP', port: member.defaultPort })),
          },
        ],
      },
    },
  ];
}
