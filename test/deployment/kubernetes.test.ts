import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { isAgencyId, MEMBERS } from '@joined-up/agencies';
import { renderManifests } from '@joined-up/stack';

const file = readFileSync(new URL('../../deploy/kubernetes/joined-up.yaml', import.meta.url), 'utf8');
const manifests = parseAllDocuments(file).map((document) => document.toJS()) as any[];

/** kubernetes-models validates each object against the Kubernetes OpenAPI schema of its kind, offline. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

const find = (kind: string, name: string) => manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);

describe('deploy/kubernetes/joined-up.yaml', () => {
  it('is what `pnpm k8s:write` generates from the agencies declaration', () => {
    expect(file).toBe(renderManifests());
  });

  for (const manifest of manifests) {
    it(`${manifest.kind} ${manifest.metadata?.name} is valid against the Kubernetes schema`, () => {
      const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      expect(Model, `no schema for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
      expect(() => new Model(manifest).validate()).not.toThrow();
    });
  }

  it('the validator refuses a broken Deployment (so the checks above mean something)', () => {
    const broken = structuredClone(find('Deployment', 'gateway'));
    broken.spec.template.spec.containers[0].ports[0].containerPort = 'four thousand';
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  for (const name of [...MEMBERS.map((member) => member.id), 'gateway']) {
    it(`${name}: a Deployment with probes on /health and /ready and resource requests, and a Service`, () => {
      const container = find('Deployment', name)?.spec.template.spec.containers[0];
      expect(container.livenessProbe.httpGet.path).toBe('/health');
      expect(container.readinessProbe.httpGet.path).toBe('/ready');
      expect(container.resources.requests.cpu).toBeTruthy();
      expect(container.resources.requests.memory).toBeTruthy();
      expect(find('Service', name)?.spec.ports[0].port).toBe(container.ports[0].containerPort);
    });
  }

  it('gives the linkage secret to the agencies and never to the partnership, its person index or the gateway', () => {
    for (const name of [...MEMBERS.map((member) => member.id), 'gateway']) {
      const env = find('Deployment', name).spec.template.spec.containers[0].env.map((variable: { name: string }) => variable.name);
      expect(env.includes('JOINED_UP_LINKAGE_SECRET'), name).toBe(isAgencyId(name));
    }
  });

  it('lets only the gateway and the other subgraphs reach a subgraph', () => {
    const policy = find('NetworkPolicy', 'subgraphs-from-the-federation-only');
    expect(policy.spec.podSelector.matchLabels).toEqual({ 'joined-up/role': 'subgraph' });
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    const sources = policy.spec.ingress.flatMap((rule: { from: { podSelector: { matchLabels: Record<string, string> } }[] }) => rule.from);
    expect(sources.map((source: { podSelector: { matchLabels: Record<string, string> } }) => source.podSelector.matchLabels['joined-up/role']).sort()).toEqual(['gateway', 'subgraph']);
    for (const member of MEMBERS) expect(find('Deployment', member.id).spec.template.metadata.labels['joined-up/role']).toBe('subgraph');
    expect(find('Deployment', 'gateway').spec.template.metadata.labels['joined-up/role']).toBe('gateway');
  });
});
