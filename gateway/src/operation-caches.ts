import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { TokenKind, type DocumentNode } from 'graphql';

const MiB = 2 ** 20;

/**
 * Apollo's default caches (parsed and validated documents in Apollo Server,
 * query plans in Apollo Gateway) are bounded by the size of each entry as
 * JSON, which they find by serialising the entry on every insertion: for
 * an operation seen for the first time, a document and a plan turned into
 * strings only to be measured (0.2 ms of the gateway's CPU on the
 * one-person query). These caches keep the same budgets (Apollo's defaults,
 * 30 MiB each) but measure an entry without building anything.
 */

/**
 * A parsed document's size, estimated from its tokens (graphql-js keeps them
 * all, linked from the document): its JSON is 60 to 150 bytes per token, so
 * 128 per token charges a document of a thousand repeated fields near its
 * JSON size, and a long comment (one token) cannot take the budget of a
 * thousand documents by its length alone.
 */
export function approximateDocumentSize(document: DocumentNode): number {
  let token = document.loc?.startToken;
  if (token === undefined) return InMemoryLRUCache.sizeCalculation(document);
  let tokens = 0;
  while (token.kind !== TokenKind.EOF && token.next !== null) {
    tokens++;
    token = token.next;
  }
  return 64 + 128 * tokens;
}

/** The length of `value` as JSON, counted without writing it (a plan is plain data: strings, numbers, arrays, objects). */
export function approximateJsonSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (typeof value !== 'object' || value === null) return 5;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) size += approximateJsonSize(item) + 1;
    return size;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined && typeof item !== 'function') size += key.length + 4 + approximateJsonSize(item);
  }
  return size;
}

/** Apollo Server's store of parsed and validated documents, by query hash. */
export function documentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: 30 * MiB, sizeCalculation: approximateDocumentSize });
}

/** Apollo Gateway's store of query plans, by query hash (and operation name). */
export function queryPlanStore<Plan extends object>(): InMemoryLRUCache<Plan> {
  return new InMemoryLRUCache<Plan>({ maxSize: 30 * MiB, sizeCalculation: (plan) => approximateJsonSize(plan) });
}
