import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaSdl, PUBLISHED_SCHEMA_PATH, schemaChanges } from '../schema-changes.js';
import { SUPERGRAPH_PATH } from '../compose.js';

const published = readFileSync(PUBLISHED_SCHEMA_PATH, 'utf8');

describe('breaking changes for partner apps', () => {
  it('publishes exactly the API schema of the committed supergraph, without federation machinery', () => {
    const api = apiSchemaSdl(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    expect(api).toBe(published);
    expect(api).not.toMatch(/join__|link__|@join/);
    expect(api).toMatch(/type Outcome /);
  });

  it('finds nothing when nothing changed', () => {
    expect(schemaChanges(published, published)).toEqual({ breaking: [], dangerous: [] });
  });

  it('reports a removed field of the real schema as breaking, naming it', () => {
    const withoutHeldUntil = published.replace(/\n\s+"""When they stopped being accountable; null for the current lead."""\n\s+heldUntil: String\n/, '\n');
    expect(withoutHeldUntil).not.toBe(published);
    expect(schemaChanges(published, withoutHeldUntil).breaking).toEqual(['FIELD_REMOVED: Accountability.heldUntil was removed.']);
  });

  it('tells breaking from dangerous from safe changes', () => {
    const before = `type Query { outcome(id: ID!): Outcome }
      type Outcome { id: ID! title: String! status: Status }
      enum Status { ON_TRACK OFF_TRACK }`;
    const after = `type Query { outcome(id: ID!, asOf: String!): Outcome areas: [String!]! }
      type Outcome { id: ID! title: String status: Status lead: String }
      enum Status { ON_TRACK AT_RISK OFF_TRACK }`;
    const changes = schemaChanges(before, after);
    expect(changes.breaking).toEqual(
      expect.arrayContaining([expect.stringMatching(/^FIELD_CHANGED_KIND: Outcome.title/), expect.stringMatching(/^REQUIRED_ARG_ADDED: A required arg asOf/)]),
    );
    expect(changes.breaking).toHaveLength(2);
    expect(changes.dangerous).toEqual([expect.stringMatching(/^VALUE_ADDED_TO_ENUM: AT_RISK was added to enum type Status/)]);
  });
});
