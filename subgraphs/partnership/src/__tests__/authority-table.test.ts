import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORITY } from '../authorisation/authority.js';

const SOURCE = join(import.meta.dirname, '..');
const README = readFileSync(join(import.meta.dirname, '../../../../README.md'), 'utf8');

/** The person index's own changes are the linkage reviewers' (linkage.resolver.ts), not a shared record's. */
const LINKAGE = new Set(['reviewLink', 'relinkPeople']);

/** Every partnership mutation, by name, with the source of its resolver method. */
function mutations(): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.includes('__tests__'));
  for (const file of files) {
    const source = readFileSync(join(SOURCE, file), 'utf8');
    const methods = source.split('@Mutation(').slice(1);
    for (const method of methods) {
      const name = /async (\w+)\(/.exec(method)![1];
      found.set(name, method.split('@Mutation(')[0]);
    }
  }
  return found;
}

describe('who may do what: one table for every partnership mutation', () => {
  it('has a row for every mutation, and every mutation asks the table for itself', () => {
    const all = mutations();
    const shared = [...all.keys()].filter((name) => !LINKAGE.has(name)).sort();
    expect(Object.keys(AUTHORITY).sort()).toEqual(shared);
    for (const name of shared) {
      const body = all.get(name)!;
      expect(body, name).toContain(`requireRoleFor(context, '${name}')`);
      expect(body, name).toMatch(new RegExp(`authorise\\(trx, context, '${name}'`));
    }
  });

  it('is the table in the README', () => {
    for (const [name, authority] of Object.entries(AUTHORITY)) {
      expect(README, name).toContain(`| \`${name}\` | ${authority.who} |`);
    }
  });
});
