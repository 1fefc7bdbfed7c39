import { environmentNameOf, isAgencyId } from '@joined-up/agencies';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { subgraphDefinitions } from '@joined-up/composition/registry';

interface Service {
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: unknown; disable?: boolean };
  image?: string;
}

const compose = parse(readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};

/**
 * docker-compose.yml must describe the same federation as the code: every
 * subgraph its own process and its own PostgreSQL, started in order, and a
 * gateway that knows every subgraph. (CI also runs `docker-compose config`.)
 */
describe('docker-compose.yml', () => {
  const { services } = compose;

  for (const definition of subgraphDefinitions) {
    const name = definition.name;
    it(`runs the ${name} subgraph on its own PostgreSQL, after the database is healthy`, () => {
      const service = services[name];
      const database = services[`${name}-db`];
      expect(service?.command?.join(' ')).toContain(`subgraphs/${name}/src/index.ts`);
      expect(database?.image).toMatch(/^postgres:/);
      expect(database?.healthcheck?.test).toBeDefined();
      expect(String(service.environment?.[`${environmentNameOf(name)}_DATABASE_URL`])).toContain(`@${name}-db:5432/`);
      expect(Number(service.environment?.PORT)).toBe(definition.defaultPort);
      expect(service.depends_on?.[`${name}-db`]?.condition).toBe('service_healthy');
      expect(service.healthcheck?.disable).not.toBe(true);
    });

    it(`lets the gateway reach ${name} only once it is healthy`, () => {
      const gateway = services.gateway;
      expect(gateway.environment?.[`${environmentNameOf(name)}_SUBGRAPH_URL`]).toBe(`http://${name}:${definition.defaultPort}/graphql`);
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    });
  }

  it('gives the linkage secret to agencies and never to the partnership or its person index', () => {
    for (const definition of subgraphDefinitions) {
      const environment = services[definition.name].environment ?? {};
      expect('JOINED_UP_LINKAGE_SECRET' in environment, definition.name).toBe(isAgencyId(definition.name));
    }
  });
});
