import { createDatabase } from '@joined-up/db';
import { databaseSchemaOf, environmentNameOf, MEMBERS, PERSON_INDEX } from '@joined-up/agencies';
import { linkageSecretFromEnv } from '@joined-up/service';
import { startChildService, type ChildService } from './child-service.js';
import { freePort } from './free-port.js';

export interface ServiceProcessesOptions {
  /** Environment for every process: the database URLs, `JOINED_UP_DATA_DIR` (keys), population size, secrets. */
  env: NodeJS.ProcessEnv;
  /** Port of each subgraph by name (0 picks a free one; a missing name, its default), or `any` for free ports throughout. */
  subgraphPorts: Record<string, number> | 'any';
  /** Port of our gateway; 0 picks a free one. */
  gatewayPort: number;
  host?: string;
  log?: (line: string) => void;
}

export interface ServiceProcesses {
  readonly gatewayUrl: string;
  /** Where each subgraph answers, by name: the `<NAME>_SUBGRAPH_URL` values every process was given. */
  readonly subgraphUrls: Record<string, string>;
  readonly services: readonly ChildService[];
  /** SIGTERM to the gateway first, then every subgraph; resolves when all have exited. */
  stop(): Promise<void>;
}

/**
 * The federation as separate processes, each started from the entry point
 * docker-compose and Kubernetes run (`subgraphs/<name>/src/index.ts`,
 * `gateway/src/index.ts`): every subgraph in parallel, then (on first start)
 * a wait for the person index to link the agencies' records into the person
 * index, then the gateway.
 */
export async function startServiceProcesses(options: ServiceProcessesOptions): Promise<ServiceProcesses> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const ports = Object.fromEntries(
    await Promise.all(
      MEMBERS.map(async (member) => {
        const port = options.subgraphPorts === 'any' ? 0 : (options.subgraphPorts[member.id] ?? member.defaultPort);
        return [member.id, port === 0 ? await freePort(host) : port] as const;
      }),
    ),
  );
  const subgraphUrls = Object.fromEntries(MEMBERS.map((member) => [member.id, `http://${host}:${ports[member.id]}/graphql`]));
  const urlEnv = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${environmentNameOf(name)}_SUBGRAPH_URL`, url]));
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, ...urlEnv, HOST: host };
  // Created here, before any agency starts: processes that each found no
  // secret file would race to write different ones, and no record would link.
  if (!baseEnv.JOINED_UP_LINKAGE_SECRET) linkageSecretFromEnv(baseEnv);

  const started: ChildService[] = [];
  const stopAll = async () => {
    for (const service of [...started].reverse()) await service.stop();
  };
  try {
    const subgraphs = await Promise.allSettled(
      MEMBERS.map((member) =>
        startChildService({
          name: member.id,
          entry: `subgraphs/${member.id}/src/index.ts`,
          env: { ...baseEnv, PORT: String(ports[member.id]) },
          healthUrl: subgraphUrls[member.id].replace(/\/graphql$/, '/ready'),
          log,
        }),
      ),
    );
    for (const result of subgraphs) if (result.status === 'fulfilled') started.push(result.value);
    const failed = subgraphs.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;

    await waitForPersonIndex(baseEnv);

    const gatewayPort = options.gatewayPort === 0 ? await freePort(host) : options.gatewayPort;
    const gatewayUrl = `http://${host}:${gatewayPort}/graphql`;
    started.push(
      await startChildService({
        name: 'gateway',
        entry: 'gateway/src/index.ts',
        env: { ...baseEnv, PORT: String(gatewayPort) },
        healthUrl: gatewayUrl.replace(/\/graphql$/, '/ready'),
        log,
      }),
    );
    return { gatewayUrl, subgraphUrls, services: started, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * The person index links the agencies' records itself on first start, once
 * they answer (subgraphs/person-index/src/index.ts), in one transaction: a
 * person query before that finds nobody, so the gateway waits for it.
 */
async function waitForPersonIndex(env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<void> {
  const database = await createDatabase<{ person_records: { person_id: string } }>({ schema: databaseSchemaOf(PERSON_INDEX.id), env });
  try {
    const deadline = Date.now() + timeoutMs;
    while ((await database.db.selectFrom('person_records').select('person_id').limit(1).execute()).length === 0) {
      if (Date.now() > deadline) throw new Error(`The person index was not built within ${timeoutMs / 1000} s; see its output above.`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await database.destroy();
  }
}
