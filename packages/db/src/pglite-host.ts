import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import { typeParsers } from './type-parsers.js';

/**
 * One embedded PostgreSQL shared by every subgraph in a process.
 *
 * A PGlite instance costs hundreds of megabytes and seconds to start, so the
 * local stack runs one and gives each agency its own schema in it. PGlite has
 * a single connection: whoever holds the lock owns it, including its
 * `search_path` and any open transaction, which is why a transaction from one
 * request can never interleave with a query from another.
 */
export class PGliteHost {
  readonly pglite: Promise<PGlite>;
  #tail: Promise<void> = Promise.resolve();
  #searchPath: string | undefined;
  #users = 0;
  readonly #unlock: () => void;

  constructor(
    readonly key: string,
    readonly dataDir: string | undefined,
    image?: Blob,
  ) {
    this.#unlock = dataDir ? lockDataDir(dataDir) : () => {};
    this.pglite = PGlite.create(dataDir, { parsers: typeParsers, loadDataDir: image });
  }

  /** Waits for the connection, points it at `schema`, and returns the release function. */
  async acquire(schema: string): Promise<{ pglite: PGlite; release: () => void }> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    const pglite = await this.pglite;
    try {
      if (this.#searchPath !== schema) {
        await pglite.exec(`SET search_path TO ${quoteIdentifier(schema)}, public`);
        this.#searchPath = schema;
      }
    } catch (error) {
      release();
      throw error;
    }
    return { pglite, release };
  }

  /** The whole data directory as a tarball, taken between two users' statements, for `memoryImage`. */
  async dump(): Promise<Blob> {
    const { pglite, release } = await this.acquire('public');
    try {
      return await pglite.dumpDataDir('none');
    } finally {
      release();
    }
  }

  retain(): void {
    this.#users += 1;
  }

  /** Closes the instance once the last database using it is destroyed. */
  async releaseUser(): Promise<void> {
    this.#users -= 1;
    if (this.#users > 0) return;
    hosts.delete(this.key);
    await (await this.pglite).close();
    this.#unlock();
  }
}

const hosts = new Map<string, PGliteHost>();

let anonymousHosts = 0;

/**
 * Returns the process-wide host for a data directory, creating it on first use.
 * `undefined` means in memory: each call with `shared` set to a name reuses the
 * same in-memory instance, so one test file's subgraphs share one database;
 * the first call's `image`, if any, is the data it starts with.
 */
export function pgliteHost(dataDir: string | undefined, memoryName?: string, image?: Blob): PGliteHost {
  const key = dataDir ?? `memory:${memoryName ?? `anonymous-${anonymousHosts++}`}`;
  let host = hosts.get(key);
  if (!host) {
    host = new PGliteHost(key, dataDir, image);
    hosts.set(key, host);
  }
  host.retain();
  return host;
}

/** The data directory of the open in-memory database of that name, to start others from (`memoryImage`). */
export async function dumpMemoryDatabase(memoryName: string): Promise<Blob> {
  const host = hosts.get(`memory:${memoryName}`);
  if (!host) throw new Error(`No in-memory database named ${memoryName} is open: dump it before its last subgraph stops.`);
  return host.dump();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
