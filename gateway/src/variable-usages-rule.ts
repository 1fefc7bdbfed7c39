import { Kind, type ASTNode, type TypeInfo, type ValidationContext, type ValidationRule, type VariableNode } from 'graphql';

/** A variable's use as graphql-js's `ValidationContext.getVariableUsages` records it. */
interface VariableUsage {
  node: VariableNode;
  type: ReturnType<TypeInfo['getInputType']>;
  defaultValue: unknown;
  parentType: ReturnType<TypeInfo['getParentInputType']>;
}

/** What this rule reads and writes of graphql-js 16's `ValidationContext` beyond its public methods. */
interface ContextInternals {
  _typeInfo: TypeInfo;
  _variableUsages: Map<ASTNode, VariableUsage[]>;
}

/**
 * Records each operation's and fragment's variable usages during validation's
 * one walk of the document, where graphql-js walked each of them a second time.
 *
 * Three of graphql-js's rules (no undefined variables, no unused variables,
 * variables in allowed positions) read an operation's usages when they leave
 * it, and the validation context finds them by walking the operation, and
 * every fragment it spreads, again with a type-aware visitor of its own: a
 * quarter of validating a new one-person query (0.14 of 0.57 ms). This rule
 * collects the same usages (the variable, the input type, default value and
 * parent input type at its position, in document order, none from variable
 * definitions) from the validation's own type information, and hands them to
 * the context's cache, where its `getVariableUsages` looks first, as each
 * definition's selection set is left: the last part of an operation or a
 * fragment, so before the three rules leave the operation. The rules, their
 * errors and graphql-js's bound on fragment work are graphql-js's own; a
 * fragment defined after the operation that spreads it is walked by the
 * context as before, and not recorded again. Written against graphql 16's
 * `ValidationContext` (the version is pinned); `variable-usages-rule.test.ts`
 * holds it to graphql-js's errors.
 */
export const VariableUsagesRule: ValidationRule = (context: ValidationContext) => {
  const internals = context as unknown as ContextInternals;
  let usages: VariableUsage[] = [];
  return {
    OperationDefinition: () => void (usages = []),
    FragmentDefinition: () => void (usages = []),
    // A variable definition's own variable is not a use of it.
    VariableDefinition: () => false,
    Variable(node) {
      const typeInfo = internals._typeInfo;
      usages.push({ node, type: typeInfo.getInputType(), defaultValue: typeInfo.getDefaultValue(), parentType: typeInfo.getParentInputType() });
    },
    SelectionSet: {
      leave(_node, _key, parent) {
        if (!parent || Array.isArray(parent)) return;
        const definition = parent as ASTNode;
        if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) return;
        if (!internals._variableUsages.has(definition)) internals._variableUsages.set(definition, usages);
      },
    },
  };
};
