import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { forbidden } from './errors.js';

/** A context that knows whether the gateway itself is asking. */
export interface GatewayAwareContext {
  readonly fromGateway: boolean;
}

/** Fields that tell a schema: introspection, and Federation's `_service { sdl }`. */
const SCHEMA_FIELDS = new Set(['__schema', '__type', '_service']);

/**
 * A subgraph tells its schema only to the gateway. Anyone else who reaches it
 * (an officer with a valid token, calling the subgraph directly) would read
 * its whole internal schema, `@inaccessible` fields included: introspection
 * and `_service` are refused with FORBIDDEN, and "Did you mean …?" suggestions
 * are cut from error messages.
 */
export function schemaDisclosurePlugin<Context extends GatewayAwareContext>(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.fromGateway) return {};
      return {
        async didResolveOperation({ document }) {
          const field = schemaField(document);
          if (field) {
            throw forbidden(`The ${service} subgraph tells its schema (\`${field}\`) only to the gateway. Query the gateway, whose explorer documents the public schema.`, {
              http: { status: 403 },
            });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error as { message: string }).message = error.message.replace(/ ?Did you mean .+\?/g, '').trim();
          }
        },
      };
    },
  };
}

function schemaField(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    [Kind.FIELD](node) {
      if (SCHEMA_FIELDS.has(node.name.value)) found ??= node.name.value;
    },
  });
  return found;
}
