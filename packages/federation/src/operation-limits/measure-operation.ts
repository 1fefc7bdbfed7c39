import { Kind, type ASTNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';

export interface OperationShape {
  depth: number;
  aliases: number;
  directives: number;
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;
/** A fragment's count once known; -1 while it is being counted (a cycle meets -1). */
type Counted = Map<string, number>;

/**
 * Measures an operation's depth, aliases and directives as GraphQL Armor's
 * counting rules (max-depth with fragments flattened and introspection
 * ignored, max-aliases with `__typename` allowed, max-directives) measure
 * them, and takes the largest over the document's operations. It walks the
 * syntax tree itself rather than running those rules through graphql-js's
 * `validate()` (a schema-typed visit per rule): on the person query seen
 * for the first time, about 0.4 ms became a few hundredths. Each count is theirs
 * step for step, quirks included (a fragment spread a second time counts what
 * the fragment counted the first time; a spread inside its own fragment
 * counts -1), so that every operation is refused or accepted exactly as
 * before; `measure-shape.test.ts` holds the two side by side.
 */
export function measureShape(_schema: GraphQLSchema, document: DocumentNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  // As graphql-js's ValidationContext.getFragment: the last definition of a name wins.
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const shape: OperationShape = { depth: 0, aliases: 0, directives: 0 };
  // Each rule remembers the fragments it has counted across the whole document.
  const depths: Counted = new Map();
  const aliases: Counted = new Map();
  const directives: Counted = new Map();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    shape.depth = Math.max(shape.depth, countDepth(definition, 0, fragments, depths));
    shape.aliases = Math.max(shape.aliases, countWithin(definition, ownAliases, fragments, aliases));
    shape.directives = Math.max(shape.directives, countWithin(definition, ownDirectives, fragments, directives));
  }
  return shape;
}

function selectionsOf(node: ASTNode) {
  return 'selectionSet' in node && node.selectionSet ? node.selectionSet.selections : undefined;
}

/** Fields nested, fragments flattened; `__schema` counts nothing. */
function countDepth(node: ASTNode, parentDepth: number, fragments: Fragments, counted: Counted): number {
  if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
  let depth = parentDepth;
  const selections = selectionsOf(node);
  if (selections) {
    for (const child of selections) {
      const flattened = child.kind === Kind.INLINE_FRAGMENT || child.kind === Kind.FRAGMENT_SPREAD;
      depth = Math.max(depth, countDepth(child, flattened ? parentDepth : parentDepth + 1, fragments, counted));
    }
  } else if (node.kind === Kind.FRAGMENT_SPREAD) {
    const name = node.name.value;
    const known = counted.get(name);
    if (known !== undefined) return parentDepth + known;
    counted.set(name, -1);
    const fragment = fragments.get(name);
    if (fragment) {
      const fragmentDepth = countDepth(fragment, 0, fragments, counted);
      depth = Math.max(depth, parentDepth + fragmentDepth);
      if (counted.get(name) === -1) counted.set(name, fragmentDepth);
    }
  }
  return depth;
}

/** Aliased fields, but for `__typename` (as alias or as field). */
function ownAliases(node: ASTNode): number {
  return node.kind === Kind.FIELD && node.alias && node.alias.value !== '__typename' && node.name.value !== '__typename' ? 1 : 0;
}

/** Directives written on the operation, its fields, fragments and spreads. */
function ownDirectives(node: ASTNode): number {
  return 'directives' in node && node.directives ? node.directives.length : 0;
}

/** What `own` counts of `node` and everything within it, fragments spread included, as the aliases and directives rules add it up. */
function countWithin(node: ASTNode, own: (node: ASTNode) => number, fragments: Fragments, counted: Counted): number {
  let count = own(node);
  const selections = selectionsOf(node);
  if (selections) {
    for (const child of selections) count += countWithin(child, own, fragments, counted);
  } else if (node.kind === Kind.FRAGMENT_SPREAD) {
    const name = node.name.value;
    const known = counted.get(name);
    // A fragment counted already: what it counted, the spread's own directives left out.
    if (known !== undefined) return known;
    counted.set(name, -1);
    const fragment = fragments.get(name);
    if (fragment) {
      const more = countWithin(fragment, own, fragments, counted);
      if (counted.get(name) === -1) counted.set(name, more);
      count += more;
    }
  }
  return count;
}
