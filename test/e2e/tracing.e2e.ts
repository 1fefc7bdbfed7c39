import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSchemaOf } from '@joined-up/agencies';
import { mostKnownPersonId, officers, readmeExamples, startOtlpReceiver, startTestFederation, type OtlpReceiver, type ReceivedSpan, type TestFederation } from '@joined-up/testing';
import { flushTracing, startTracing, stopTracing } from '@joined-up/tracing';

const SERVER = 2;
const CLIENT = 3;
// The subgraphs the README's person query calls: the person index, then every agency's view.
const SUBGRAPHS = ['person-index', 'health', 'police', 'education', 'housing', 'voluntary'];

describe('OpenTelemetry traces over OTLP/HTTP', () => {
  let receiver: OtlpReceiver;
  let federation: TestFederation;
  let personId: string;
  let spans: ReceivedSpan[];
  let root: ReceivedSpan;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    // What OTEL_EXPORTER_OTLP_ENDPOINT does for `pnpm start`; the whole stack runs in this process.
    startTracing({ endpoint: receiver.endpoint, serviceName: 'joined-up-test' });
    federation = await startTestFederation('tracing');
    personId = await mostKnownPersonId(federation.subgraphs.get('person-index')!.database.db);
    const personQuery = readmeExamples()
      .find((example) => example.includes('person(id: $id)'))!
      .replace('query (', 'query PersonAcrossAgencies(');
    const answer = await federation.query(personQuery, { as: officers.policeCaseworker, variables: { id: personId } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.person.health.aeAttendances.length + answer.data.person.police.offences.length).toBeGreaterThan(0);
    await flushTracing();
    const received = receiver.spans();
    root = received.find((span) => span.scope === 'joined-up/gateway' && span.attributes['graphql.operation.name'] === 'PersonAcrossAgencies')!;
    expect(root).toBeDefined();
    spans = received.filter((span) => span.traceId === root.traceId);
  });
  afterAll(async () => {
    await stopTracing();
    await federation?.stop();
    await receiver?.close();
  });

  const childrenOf = (parent: ReceivedSpan) => spans.filter((span) => span.parentSpanId === parent.spanId);
  /** Apollo's gateway adds its own spans (request, plan, execute, fetch) between the root and the calls. */
  const descendsFrom = (span: ReceivedSpan, ancestor: ReceivedSpan): boolean => {
    const parent = spans.find((candidate) => candidate.spanId === span.parentSpanId);
    return parent !== undefined && (parent.spanId === ancestor.spanId || descendsFrom(parent, ancestor));
  };

  it("the gateway's server span is the root, with the request id and the operation's name", () => {
    expect(root.kind).toBe(SERVER);
    expect(root.parentSpanId ?? '').toBe('');
    expect(root.name).toBe('gateway PersonAcrossAgencies');
    expect(root.attributes['joined_up.request_id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(root.attributes['http.response.status_code']).toBe(200);
    // One request, one trace: every span carrying its request id is in it.
    const requestId = root.attributes['joined_up.request_id'];
    const withRequestId = receiver.spans().filter((span) => span.attributes['joined_up.request_id'] === requestId);
    expect(new Set(withRequestId.map((span) => span.traceId))).toEqual(new Set([root.traceId]));
  });

  it('each subgraph call is a client span under the root, and the subgraph serves it in a span under that call', () => {
    const calls = spans.filter((span) => span.scope === 'joined-up/gateway' && span.kind === CLIENT);
    for (const call of calls) expect(descendsFrom(call, root)).toBe(true);
    expect(new Set(calls.map((call) => call.attributes['joined_up.subgraph']))).toEqual(new Set(SUBGRAPHS));
    for (const call of calls) {
      const subgraph = String(call.attributes['joined_up.subgraph']);
      expect(call.name).toBe(`call ${subgraph}`);
      expect(call.attributes['joined_up.request_id']).toBe(root.attributes['joined_up.request_id']);
      // Propagation: the subgraph's server span has the call as its parent, in the same trace.
      const served = childrenOf(call);
      expect(served.length, `${subgraph} served the call in a span under it`).toBe(1);
      expect(served[0]).toMatchObject({ kind: SERVER, scope: `joined-up/${subgraph}` });
      expect(served[0].attributes['joined_up.request_id']).toBe(root.attributes['joined_up.request_id']);
    }
  });

  it('every SQL statement is a span under the subgraph request it ran for, with its text and placeholders only', () => {
    const sqlSpans = spans.filter((span) => span.scope === 'joined-up/sql');
    const subgraphServers = new Map(spans.filter((span) => span.kind === SERVER && span.spanId !== root.spanId).map((span) => [span.spanId, span]));
    expect(sqlSpans.length).toBeGreaterThanOrEqual(SUBGRAPHS.length);
    for (const span of sqlSpans) {
      const parent = subgraphServers.get(span.parentSpanId ?? '');
      expect(parent, `${span.name} runs under a subgraph's server span`).toBeDefined();
      expect(span.attributes['db.namespace']).toBe(databaseSchemaOf(parent!.scope.replace('joined-up/', '')));
      expect(span.attributes['db.query.text']).toMatch(/^\s*(select|insert|update|delete|with|set|begin|commit)/i);
    }
    // Each agency that holds the person's records ran SQL for them.
    const agenciesWithSql = new Set(sqlSpans.map((span) => span.attributes['db.namespace']));
    for (const schema of ['person_index', 'health', 'police']) expect(agenciesWithSql).toContain(schema);
    expect(sqlSpans.some((span) => String(span.attributes['db.query.text']).includes('$1'))).toBe(true);
  });

  it('no personal data leaves in the exported spans: no ids, NHS numbers or names', async () => {
    const personIndex = federation.subgraphs.get('person-index')!.database.db;
    const { record_id: nhsNumber } = await personIndex
      .selectFrom('person_records')
      .select('record_id')
      .where('person_id', '=', personId)
      .where('agency_id', '=', 'health')
      .executeTakeFirstOrThrow();
    const patient = await federation.subgraphs
      .get('health')!
      .database.db.selectFrom('patients')
      .select(['nhs_number', 'given_name', 'family_name'])
      .where('nhs_number', '=', nhsNumber)
      .executeTakeFirstOrThrow();
    const exported = receiver.payloads.join('\n');
    expect(exported).toContain(root.traceId);
    for (const personal of [personId, patient.nhs_number, patient.given_name, patient.family_name]) {
      expect(exported).not.toContain(personal);
    }
  });
});
