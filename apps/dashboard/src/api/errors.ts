import type { GraphQLErrorEntry } from './graphql-client.js';

/**
 * The first error at `path` or below it: where a refused or unavailable
 * field is shown in place. Numbers in `path` are list indices, as in the
 * response's own error paths.
 */
export function errorAt(errors: readonly GraphQLErrorEntry[], path: readonly (string | number)[]): GraphQLErrorEntry | undefined {
  return errors.find((error) => error.path && path.every((segment, index) => error.path![index] === segment));
}

/**
 * Field-by-field problems of a refused mutation: the partnership lists them
 * under `extensions.problems` (or names one `argument`); anything else is a
 * message for the whole form.
 */
export function inputProblems(errors: readonly GraphQLErrorEntry[]): { fields: Record<string, string>; form?: string } {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const error of errors) {
    const problems = error.extensions?.problems;
    if (Array.isArray(problems) && problems.length > 0) {
      for (const problem of problems) fields[fieldName(problem.field)] ??= problem.message;
    } else if (typeof error.extensions?.argument === 'string' && error.extensions.code === 'BAD_USER_INPUT') {
      fields[fieldName(error.extensions.argument)] ??= error.message;
    } else {
      form ??= error.message;
    }
  }
  return { fields, form };
}

/** `input.whatChanged` and `whatChanged` name the same form field. */
const fieldName = (argument: string) => argument.replace(/^input\./, '');

/**
 * An agency's subgraph that did not answer. The gateway names it in
 * `extensions.service`, and a failed fetch carries no path (the whole call
 * failed, not one field), so the agency's fields are matched by its name.
 */
export function unavailableAgency(errors: readonly GraphQLErrorEntry[], agencyId: string): GraphQLErrorEntry | undefined {
  return errors.find((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && error.extensions.service === agencyId);
}
