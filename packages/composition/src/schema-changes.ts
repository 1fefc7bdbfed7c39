import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { SUPERGRAPH_PATH } from '@joined-up/gateway/supergraph';

/** The gateway's folder, beside the supergraph it serves: partner apps look for the published schema there. */
const GATEWAY_DIR = path.dirname(SUPERGRAPH_PATH);

/**
 * The schema partner apps were last promised: the client-facing API schema of
 * the supergraph, without federation's join machinery. A change that breaks a
 * query written against it must be accepted on purpose, never slip in.
 */
export const PUBLISHED_SCHEMA_PATH = path.join(GATEWAY_DIR, 'published-schema.graphql');

/** Where accepted breaking changes are announced to partner apps, newest last. */
export const BREAKING_CHANGES_PATH = path.join(GATEWAY_DIR, 'BREAKING-CHANGES.md');

export interface SchemaChanges {
  /** Changes that make a query valid against the published schema fail or change meaning. */
  breaking: string[];
  /** Changes that can alter what a working client sees (a new enum value, a new default). */
  dangerous: string[];
}

/** The API schema clients see through the gateway, printed in a stable order. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(api)).trimEnd()}\n`;
}

/** What changed for clients between two API schemas, in graphql-js's own terms. */
export function schemaChanges(publishedSdl: string, currentSdl: string): SchemaChanges {
  const published: GraphQLSchema = buildSchema(publishedSdl);
  const current: GraphQLSchema = buildSchema(currentSdl);
  return {
    breaking: findBreakingChanges(published, current).map((change) => `${change.type}: ${change.description}`),
    dangerous: findDangerousChanges(published, current).map((change) => `${change.type}: ${change.description}`),
  };
}

export async function readPublishedSchema(): Promise<string | null> {
  return readFile(PUBLISHED_SCHEMA_PATH, 'utf8').catch(() => null);
}
