import { isDeepStrictEqual } from 'node:util';
import { CompiledQuery, type Compilable } from 'kysely';

/** Stands for value `index` while a template is built; no record id or audit value looks like it. */
const PLACEHOLDER = '\u0000joined-up-template-value:';
const placeholder = (index: number) => `${PLACEHOLDER}${index}`;

/** Shapes remembered at once; a full cache forgets its oldest. */
const MAX_SHAPES = 1000;

/**
 * Where a template's parameter comes from: a constant of the statement, or
 * the value at `value`, as it is or (`json`) as the JSON of each of its elements.
 */
type Slot = { value: number; json: boolean } | { constant: unknown };

interface Template {
  sql: string;
  slots: Slot[];
}

/**
 * Statements compiled once per shape rather than built and compiled on every
 * request. Kysely builds an operation tree and walks it to SQL each time: for
 * the statement of a round of personal reads (an audit insert and a JSON array
 * per category), that was a tenth of a subgraph's CPU on a person query.
 *
 * `build(value)` makes the statement with `value(index)` for each value that
 * varies; everything else in it must depend on the shape alone (a pure
 * function of the values: no clock, no randomness). A template is built once
 * per shape with a placeholder for each value (a list of one placeholder for
 * a list, and so on down), and each value is found among its parameters, as it
 * is or as a list of the JSON of its elements. A shape is trusted only once
 * the template, filled with the first request's values, gives exactly the
 * statement built directly from them; otherwise that shape is always built
 * directly.
 */
export class StatementTemplates {
  readonly #templates = new Map<string, Template | null>();

  compile(shape: string, values: readonly unknown[], build: (value: (index: number) => unknown) => Compilable): CompiledQuery {
    const template = this.#templates.get(shape);
    if (template) return CompiledQuery.raw(template.sql, fill(template, values));
    const direct = build((index) => values[index]).compile();
    if (template === undefined) this.#remember(shape, verified(templateOf(build, values), direct, values));
    return direct;
  }

  #remember(shape: string, template: Template | null): void {
    if (this.#templates.size >= MAX_SHAPES) this.#templates.delete(this.#templates.keys().next().value!);
    this.#templates.set(shape, template);
  }
}

function templateOf(build: (value: (index: number) => unknown) => Compilable, values: readonly unknown[]): Template | null {
  const compiled = build((index) => placeholderLike(values[index], index)).compile();
  if (compiled.sql.includes(PLACEHOLDER)) return null;
  const slots = compiled.parameters.map((parameter): Slot => placeholderSlot(parameter) ?? { constant: parameter });
  const found = new Set(slots.flatMap((slot) => ('value' in slot ? [slot.value] : [])));
  // Every value must have a place, and no placeholder may hide in a constant.
  if (found.size !== values.length || slots.some((slot) => 'constant' in slot && JSON.stringify(slot.constant ?? null).includes('joined-up-template-value'))) return null;
  return { sql: compiled.sql, slots };
}

function placeholderLike(value: unknown, index: number): unknown {
  return Array.isArray(value) ? [placeholderLike(value[0], index)] : placeholder(index);
}

/** The slot of a parameter that is a placeholder, a list of one, or a list of the JSON of one; undefined for a constant. */
function placeholderSlot(parameter: unknown): Slot | undefined {
  const indexOf = (text: unknown) => (typeof text === 'string' && text.startsWith(PLACEHOLDER) ? Number(text.slice(PLACEHOLDER.length)) : undefined);
  const direct = indexOf(parameter);
  if (direct !== undefined) return { value: direct, json: false };
  if (!Array.isArray(parameter) || parameter.length !== 1) return undefined;
  const listed = indexOf(parameter[0]) ?? indexOf(Array.isArray(parameter[0]) && parameter[0].length === 1 ? parameter[0][0] : undefined);
  if (listed !== undefined) return { value: listed, json: false };
  if (typeof parameter[0] !== 'string' || !parameter[0].startsWith('[')) return undefined;
  const decoded: unknown = JSON.parse(parameter[0]);
  const encoded = Array.isArray(decoded) && decoded.length === 1 ? indexOf(decoded[0]) : undefined;
  return encoded === undefined ? undefined : { value: encoded, json: true };
}

function fill(template: Template, values: readonly unknown[]): unknown[] {
  return template.slots.map((slot) => {
    if ('constant' in slot) return slot.constant;
    const value = values[slot.value];
    return slot.json ? (value as unknown[]).map((element) => JSON.stringify(element)) : value;
  });
}

function verified(template: Template | null, direct: CompiledQuery, values: readonly unknown[]): Template | null {
  if (!template || template.sql !== direct.sql) return null;
  return isDeepStrictEqual(fill(template, values), direct.parameters) ? template : null;
}
