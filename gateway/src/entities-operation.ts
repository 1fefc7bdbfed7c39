import { Kind, parse, print, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';
import { OPERATION_LIMITS } from '@joined-up/federation';

/** An entity fetch's operation: `query(...) { _entities(representations: $r) { ... } }` and nothing else. */
interface EntitiesOperation {
  operation: OperationDefinitionNode;
  field: FieldNode;
  representationVariable: VariableDefinitionNode;
  /** Aliases and directives it holds, which the subgraph's limits count. */
  aliases: number;
  directives: number;
}

/** Several entity fetches as one operation, each under its own alias. */
export interface MergedEntitiesOperation {
  query: string;
  /** The variables the fetches share (other than representations), with their values. */
  variables: Record<string, unknown>;
  /** The variable each fetch's representations go in, in the order of the fetches. */
  representationVariables: string[];
}

/** Operation texts remembered (a plan's fetches repeat on every request); past this many, forgotten and parsed again. */
const REMEMBERED = 500;
const operations = new Map<string, EntitiesOperation | null>();
const merged = new Map<string, Omit<MergedEntitiesOperation, 'variables'> & { shared: string[] }>();

/** The response name of the `index`th fetch's `_entities` in a merged operation. */
export function entitiesAlias(index: number): string {
  return `_${index}`;
}

/**
 * The entity fetches' operations as one, `_0: _entities(representations:
 * $representations0) { ... } _1: ...`, or undefined when they cannot be:
 * an operation that is not a lone `_entities` field (fragments included), a
 * shared variable with two types or two values, or more aliases or
 * directives together than a subgraph accepts in one operation.
 */
export function mergedEntitiesOperation(requests: readonly { query?: string; variables?: Record<string, unknown> }[]): MergedEntitiesOperation | undefined {
  const key = requests.map((request) => request.query).join('\u0000');
  let shape = merged.get(key);
  if (!shape) {
    const built = buildMerged(requests.map((request) => request.query ?? ''));
    if (!built) return undefined;
    if (merged.size >= REMEMBERED) merged.clear();
    merged.set(key, (shape = built));
  }
  const variables: Record<string, unknown> = {};
  for (const name of shape.shared) {
    const values = requests.filter((request) => request.variables && name in request.variables).map((request) => request.variables![name]);
    if (values.length === 0) continue;
    if (values.some((value) => JSON.stringify(value) !== JSON.stringify(values[0]))) return undefined;
    variables[name] = values[0];
  }
  return { query: shape.query, variables, representationVariables: shape.representationVariables };
}

function buildMerged(queries: string[]): (Omit<MergedEntitiesOperation, 'variables'> & { shared: string[] }) | undefined {
  const parts = queries.map(entitiesOperation);
  if (parts.some((part) => !part)) return undefined;
  const known = parts as EntitiesOperation[];
  const aliases = known.reduce((sum, part) => sum + part.aliases, known.length);
  const directives = known.reduce((sum, part) => sum + part.directives, 0);
  if (aliases > OPERATION_LIMITS.maxAliases || directives > OPERATION_LIMITS.maxDirectives) return undefined;

  const shared = new Map<string, VariableDefinitionNode>();
  for (const part of known) {
    for (const definition of part.operation.variableDefinitions ?? []) {
      if (definition === part.representationVariable) continue;
      const name = definition.variable.name.value;
      const seen = shared.get(name);
      if (seen && print(seen) !== print(definition)) return undefined;
      shared.set(name, definition);
    }
  }
  const representationVariables = known.map((_, index) => `representations${index}`);
  if (representationVariables.some((name) => shared.has(name))) return undefined;
  const variable = (name: string) => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } }) as const;
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: known[0].operation.operation,
        name: known[0].operation.name,
        variableDefinitions: [
          ...shared.values(),
          ...known.map((part, index) => ({ ...part.representationVariable, variable: variable(representationVariables[index]) })),
        ],
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: known.map((part, index) => ({
            ...part.field,
            alias: { kind: Kind.NAME, value: entitiesAlias(index) },
            arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'representations' }, value: variable(representationVariables[index]) }],
          })),
        },
      },
    ],
  };
  return { query: print(document), representationVariables, shared: [...shared.keys()] };
}

function entitiesOperation(query: string): EntitiesOperation | undefined {
  if (operations.has(query)) return operations.get(query) ?? undefined;
  const found = readEntitiesOperation(query);
  if (operations.size >= REMEMBERED) operations.clear();
  operations.set(query, found ?? null);
  return found;
}

function readEntitiesOperation(query: string): EntitiesOperation | undefined {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return undefined;
  }
  const [operation] = document.definitions;
  if (document.definitions.length !== 1 || operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query' || operation.directives?.length) return undefined;
  const [field] = operation.selectionSet.selections;
  if (operation.selectionSet.selections.length !== 1 || field.kind !== Kind.FIELD || field.name.value !== '_entities' || field.alias || field.directives?.length) return undefined;
  const [argument] = field.arguments ?? [];
  if (field.arguments?.length !== 1 || argument.name.value !== 'representations' || argument.value.kind !== Kind.VARIABLE) return undefined;
  const representations = argument.value.name.value;
  const representationVariable = operation.variableDefinitions?.find((definition) => definition.variable.name.value === representations);
  if (!representationVariable) return undefined;
  let aliases = 0;
  let directives = 0;
  visit(field, {
    Field: (node) => void (node.alias && node.name.value !== '__typename' && aliases++),
    Directive: () => void directives++,
  });
  return { operation, field, representationVariable, aliases, directives };
}
