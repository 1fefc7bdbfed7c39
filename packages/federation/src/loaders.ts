import DataLoader from 'dataloader';
import { loaderBatchSize } from '@joined-up/metrics';

/**
 * The one batching pattern every subgraph uses. A loader is defined once at
 * module level with the function that fetches a whole batch in one SQL
 * statement; each request gets fresh instances through its `LoaderRegistry`,
 * so nothing is cached across requests or across officers.
 */
export interface LoaderDefinition<Context, Key, Value> {
  readonly name: string;
  readonly batch: (keys: readonly Key[], context: Context) => Promise<readonly (Value | Error)[]>;
  /** Turns an object key into a cache key; needed only for non-primitive keys. */
  readonly cacheKey?: (key: Key) => unknown;
}

export function defineLoader<Context, Key, Value>(
  name: string,
  batch: (keys: readonly Key[], context: Context) => Promise<readonly (Value | Error)[]>,
  options: { cacheKey?: (key: Key) => unknown } = {},
): LoaderDefinition<Context, Key, Value> {
  return { name, batch, cacheKey: options.cacheKey };
}

export class LoaderRegistry<Context> {
  readonly #loaders = new Map<LoaderDefinition<Context, any, any>, DataLoader<any, any>>();
  #context!: Context;

  /** Binds the registry to its request's context (done once by the context factory). */
  bind(context: Context): this {
    this.#context = context;
    return this;
  }

  get<Key, Value>(definition: LoaderDefinition<Context, Key, Value>): DataLoader<Key, Value> {
    let loader = this.#loaders.get(definition);
    if (!loader) {
      loader = new DataLoader<Key, Value, unknown>((keys) => {
        loaderBatchSize.observe({ loader: definition.name }, keys.length);
        return definition.batch(keys, this.#context);
      }, {
        maxBatchSize: 5000,
        cacheKeyFn: definition.cacheKey,
      });
      this.#loaders.set(definition, loader);
    }
    return loader;
  }

  load<Key, Value>(definition: LoaderDefinition<Context, Key, Value>, key: Key): Promise<Value> {
    return this.get(definition).load(key);
  }

  /** Loads many keys and keeps the values found, in key order; a failed batch fails the field. */
  async loadFound<Key, Value>(definition: LoaderDefinition<Context, Key, Value | null>, keys: readonly Key[]): Promise<Value[]> {
    const values = await this.get(definition).loadMany(keys);
    return values.flatMap((value) => {
      if (value instanceof Error) throw value;
      return value === null || value === undefined ? [] : [value as Value];
    });
  }

  /** Loads a list per key and concatenates them, in key order. */
  async loadFlat<Key, Value>(definition: LoaderDefinition<Context, Key, Value[]>, keys: readonly Key[]): Promise<Value[]> {
    const lists = await this.get(definition).loadMany(keys);
    return lists.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    });
  }
}

/** Puts one row (or null) per key, in key order, as DataLoader requires. */
export function oneByKey<Key, Row>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): (Row | null)[] {
  const byKey = new Map<Key, Row>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Puts every row matching each key (possibly none), in key order. */
export function manyByKey<Key, Row>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): Row[][] {
  const byKey = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
