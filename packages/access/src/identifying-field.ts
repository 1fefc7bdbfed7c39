import { GraphQLError, type GraphQLScalarType } from 'graphql';
import { refusedAt } from '@joined-up/federation';
import { Extensions, Field, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { AccessPolicy } from './access-policy.js';
import type { DataCategory } from './data-categories.js';

/** The phrase every identifying field's description carries, so partner developers (and tests) can find them in the schema. */
export const IDENTIFYING_MARKER = 'Identifying field of category';

/**
 * Marks a field of an agency's record type as identifying: a name, date of
 * birth, identifier (NHS number, UPN, police or housing reference) or
 * address. This is the one place that decides such fields: the field is
 * nullable, its description says so, and before it resolves the request's
 * access policy must show this officer's role the category's identifying
 * fields (`AccessPolicy.decideIdentifying`). Otherwise the field alone is null
 * with a FORBIDDEN error naming the roles the agreement allows, and the rest
 * of the record (the pseudonymised view) is served.
 */
export function IdentifyingField(category: DataCategory, returnType: () => StringConstructor | GraphQLScalarType, options: { description: string }): PropertyDecorator {
  const guard: MiddlewareFn<{ access: AccessPolicy }> = async ({ context, info }, next) => {
    try {
      await context.access.requireIdentifying(category);
    } catch (error) {
      // Placed at the field here: every refused field of every record costs less so.
      throw error instanceof GraphQLError ? refusedAt(error, info) : error;
    }
    return next();
  };
  const description = `${options.description} ${IDENTIFYING_MARKER} ${category}: served to the holding agency's own officers and to the roles a covering sharing agreement names for ${category}; to any other role it is null with a FORBIDDEN error.`;
  return (target, property) => {
    Field(returnType, { nullable: true, description })(target, property);
    UseMiddleware(guard)(target, property);
    Extensions({ identifyingCategory: category })(target, property);
  };
}
