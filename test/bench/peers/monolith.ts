import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { databaseSchemaOf } from '@joined-up/agencies';
import { AccessPolicy, type AgreementRegister } from '@joined-up/access';
import { authConfigFromEnv, createTokenVerifier } from '@joined-up/auth';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { authenticate, maskError, serveGraphQL, type RequestContext } from '@joined-up/federation';
import { subgraphDefinitions } from '@joined-up/composition/registry';
import { createSubgraphContext, recordGrantKeyFromEnv, runMain, SERVING_POOL, subgraphUrlFromEnv } from '@joined-up/service';
import { InProcessSubgraph } from './in-process-subgraph.js';

/**
 * The no-federation limit of `pnpm bench:peers`: every subgraph's resolvers in
 * ONE process behind one Apollo Server, over the same databases the subgraph
 * processes use. Nothing crosses a process or a socket and nothing is
 * serialised between subgraphs; each subgraph's schema comes from its own
 * definition in the registry (`buildSchema`), and each fetch gets the context
 * its server would build (its database, a fresh DataLoader registry, an
 * access policy over the partnership's register), so the monolith follows
 * every change to the subgraphs with nothing to edit here.
 *
 * What is left of federation is Apollo Gateway's query plan, executed in
 * memory (see InProcessSubgraph). A schema merged by hand, with no plan at
 * all, would have to re-implement entity references, `@requires` and the
 * record grants the person index passes to each agency — a second copy of
 * the federation's wiring that would drift from the subgraphs. The plan is
 * cached per operation, so what it still costs per request is walking it and
 * merging results: small beside the resolvers' own work, and the bench's
 * figures show it as this configuration's CPU, all in one process.
 *
 * It does not check operation limits or officer concurrency, and reads the
 * register of agreements in process (kept 30 s, as each agency's HTTP
 * register keeps it): the cheapest a server doing the same reads can be.
 * Env: PORT, DATABASE_URL, SUPERGRAPH (path), the token keys and record
 * grant keys as for the subgraphs.
 */
const REGISTER_TTL_MS = 30_000;

/** The partnership's register read in process, kept as long as an agency's HTTP register keeps it. */
class KeptRegister implements AgreementRegister {
  #kept: { at: number; agreements: Promise<Awaited<ReturnType<AgreementRegister['agreements']>>> } | undefined;

  constructor(private readonly register: AgreementRegister) {}

  agreements(token: string) {
    if (!this.#kept || Date.now() - this.#kept.at >= REGISTER_TTL_MS) {
      const kept = { at: Date.now(), agreements: this.register.agreements(token) };
      // A failed read is not kept: the next request tries again.
      kept.agreements.catch(() => this.#kept === kept && (this.#kept = undefined));
      this.#kept = kept;
    }
    return this.#kept.agreements;
  }
}

runMain(async () => {
  const databaseEnv = { DATABASE_URL: process.env.DATABASE_URL! };
  const databases: AgencyDatabase<unknown>[] = [];
  const subgraphs = new Map<string, InProcessSubgraph>();
  const owner = subgraphDefinitions.find((definition) => definition.agreementRegister);
  if (!owner) throw new Error('No subgraph definition keeps the register of sharing agreements (agreementRegister).');
  // Pools as each subgraph process runs its own (statement bound, idle connections kept).
  const ownerDatabase = await createDatabase({ schema: databaseSchemaOf(owner.name), env: databaseEnv, ...SERVING_POOL });
  const ownRegister = owner.agreementRegister!(ownerDatabase.db);
  const keptRegister = new KeptRegister(ownRegister);
  for (const definition of subgraphDefinitions) {
    const database = definition === owner ? ownerDatabase : await createDatabase({ schema: databaseSchemaOf(definition.name), env: databaseEnv, ...SERVING_POOL });
    databases.push(database);
    const register = definition === owner ? ownRegister : keptRegister;
    const subgraph = new InProcessSubgraph(await definition.buildSchema(), (request: RequestContext) =>
      createSubgraphContext(request, database.db, new AccessPolicy(request.identity, definition.dataOwner ?? definition.name, register), (name) => subgraphUrlFromEnv(name), (agency) => recordGrantKeyFromEnv(agency)),
    );
    subgraphs.set(definition.name, subgraph);
  }
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH!, 'utf8'),
    buildService: ({ name }) => subgraphs.get(name) ?? missing(name),
  });
  const apollo = new ApolloServer<RequestContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, { log: (message, cause) => console.error(message, cause) }),
  });
  await apollo.start();
  const verifyToken = createTokenVerifier(authConfigFromEnv());
  for (const database of databases) database.statements.reset();
  const running = await serveGraphQL(apollo, {
    port: Number(process.env.PORT),
    host: '127.0.0.1',
    service: 'monolith',
    context: (request) => authenticate(request, verifyToken, { acceptRequestId: false }),
    routes: {
      // The same counters a subgraph serves: fetches answered in process, and SQL run.
      '/counters': (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            requests: [...subgraphs.values()].reduce((sum, subgraph) => sum + subgraph.fetches, 0),
            statements: databases.reduce((sum, database) => sum + database.statements.total, 0),
          }),
        );
      },
    },
  });
  console.log(`monolith ready at ${running.url}`);
  return {
    stop: async () => {
      await running.close();
      await apollo.stop();
      for (const database of databases) await database.destroy();
    },
  };
}, 'monolith');

function missing(name: string): never {
  throw new Error(`The supergraph names a subgraph "${name}" that the registry does not define: recompose (pnpm compose).`);
}
