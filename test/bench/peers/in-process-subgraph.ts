import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { maskError, type RequestContext } from '@joined-up/federation';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** The plan's operations repeat; unique texts (the cold-planning run) would otherwise grow this without end. */
const MAX_CACHED_DOCUMENTS = 1000;

/**
 * One subgraph answering the gateway's fetches inside the gateway's own
 * process: no HTTP, no JSON in between, no parsing (the plan carries each
 * fetch's document; a text without one is parsed once) and no validation (the
 * planner wrote the operation against this very schema). Each fetch gets a
 * fresh context from `context`, as the subgraph's server builds one per
 * request, so DataLoaders, access decisions and audit writes behave as deployed.
 */
export class InProcessSubgraph implements GraphQLDataSource<RequestContext> {
  readonly #documents = new Map<string, DocumentNode>();
  /** Fetches answered, the in-process counterpart of a subgraph's request counter. */
  fetches = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly context: (request: RequestContext) => object,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<RequestContext>): Promise<GatewayGraphQLResponse> {
    this.fetches++;
    const request = options.context as RequestContext;
    const result = await execute({
      schema: this.schema,
      document: ('document' in options && options.document) || this.#document(options.request.query!),
      variableValues: options.request.variables,
      operationName: options.request.operationName,
      contextValue: this.context({ ...request, fromGateway: true }),
    });
    return {
      data: result.data as GatewayGraphQLResponse['data'],
      errors: result.errors?.map((error) => maskError(error.toJSON(), error, { log: (message, cause) => console.error(message, cause) })),
    };
  }

  #document(query: string): DocumentNode {
    let document = this.#documents.get(query);
    if (!document) {
      if (this.#documents.size >= MAX_CACHED_DOCUMENTS) this.#documents.clear();
      document = parse(query);
      this.#documents.set(query, document);
    }
    return document;
  }
}
