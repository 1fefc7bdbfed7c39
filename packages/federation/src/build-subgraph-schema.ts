import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Resolvers type-graphql cannot express: `__resolveReference`, `__resolveType`. */
export type ExtraResolvers = Record<string, Record<string, unknown>>;

export const FEDERATION_LINK = `extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.7"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@interfaceObject", "@tag"]
  )`;

/**
 * Turns a subgraph's type-graphql classes into a Federation 2 subgraph schema.
 *
 * type-graphql builds a plain schema carrying the federation directives on its
 * AST nodes; printing it with those directives and handing the SDL to
 * `buildSubgraphSchema` adds `_entities`, `_service` and the entity union.
 * Reference resolvers are merged in afterwards because type-graphql has no
 * notion of them.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  extraResolvers: ExtraResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = mergeResolvers(createResolversMap(schema) as ExtraResolvers, extraResolvers);
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

function mergeResolvers(base: ExtraResolvers, extra: ExtraResolvers): ExtraResolvers {
  const merged: ExtraResolvers = { ...base };
  for (const [typeName, fields] of Object.entries(extra)) {
    merged[typeName] = { ...(merged[typeName] ?? {}), ...fields };
  }
  return merged;
}
