import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS, PARTNERSHIP, PERSON_INDEX } from '@joined-up/agencies';
import { mostKnownPersonIds, officers, personIndexDb, startTestFederation, type GraphQLResponse, type TestFederation } from '@joined-up/testing';

const AREA_FIELDS = `code name
  health { aeAttendances { value } } police { recordedOffences { value } } education { suspensions { value } }
  housing { homelessnessApplications { value } } voluntary { referrals { value } }`;

const PERSON_FIELDS = `id
  health { patients { nhsNumber } aeAttendances { arrivedAt } }
  police { offences { role offence { category } } }
  education { exclusions { kind } } housing { homelessnessApplications { duty } } voluntary { referrals { status } }`;

/** The agencies whose fields `fields` asks for. */
const agenciesIn = (fields: string) => AGENCY_IDS.filter((agency) => fields.includes(`${agency} {`));

/**
 * The same entity fetch made at two places of one query (two aliases of one
 * field) reaches each subgraph as one call, and answers exactly as the two
 * places asked one at a time: the same data, and the same errors at the same
 * paths.
 */
describe('entity fetches at several places of one request go to a subgraph as one call', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('entity-batching');
  });
  afterAll(() => federation?.stop());

  /** The gateway's calls to each subgraph so far, from its `/metrics` (the call-duration histogram's counts). */
  async function callsBySubgraph(): Promise<Record<string, number>> {
    const text = await (await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    const calls: Record<string, number> = {};
    for (const [, subgraph, count] of text.matchAll(/^joined_up_subgraph_call_duration_seconds_count\{[^}]*subgraph="([^"]+)"[^}]*\} (\d+)$/gm)) {
      calls[subgraph] = (calls[subgraph] ?? 0) + Number(count);
    }
    return calls;
  }

  async function callsDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
    const before = await callsBySubgraph();
    await work();
    const after = await callsBySubgraph();
    return Object.fromEntries(Object.entries(after).map(([name, count]) => [name, count - (before[name] ?? 0)]).filter(([, count]) => count !== 0));
  }

  it('compares two areas with one call to each agency, answering as each area alone', async () => {
    const query = `{ lambeth: area(code: "E09000022") { ${AREA_FIELDS} } lewisham: area(code: "E09000023") { ${AREA_FIELDS} } }`;
    let both: GraphQLResponse | undefined;
    const calls = await callsDuring(async () => (both = await federation.query(query, { as: officers.policeAnalyst })));
    expect(both!.errors).toBeUndefined();
    // The area itself from the partnership, then each delivering agency once for both areas.
    expect(calls).toEqual(Object.fromEntries([PARTNERSHIP.id, ...agenciesIn(AREA_FIELDS)].map((name) => [name, 1])));

    const lambeth = await federation.query(`{ area(code: "E09000022") { ${AREA_FIELDS} } }`, { as: officers.policeAnalyst });
    const lewisham = await federation.query(`{ area(code: "E09000023") { ${AREA_FIELDS} } }`, { as: officers.policeAnalyst });
    expect(both!.data).toEqual({ lambeth: lambeth.data!.area, lewisham: lewisham.data!.area });
    expect(both!.data.lambeth.health.aeAttendances.value).toBeGreaterThan(0);
    expect(both!.data.lewisham.name).toBe('Lewisham');
  });

  it("asks each agency once for both its outcome indicators and the indicators agreements depend on", async () => {
    const indicators = 'indicators { name status values(from: "2025-01", to: "2025-12") { period value } trend }';
    const agreements = 'agreements { warning warningDetail conditionIndicators { status } }';
    let both: GraphQLResponse | undefined;
    const calls = await callsDuring(async () => (both = await federation.query(`{ outcomes(areaCode: "E09000022") { id ${indicators} ${agreements} } }`)));
    expect(both!.errors).toBeUndefined();
    // Two different fetches of each agency's indicators (their own fields, and the
    // status agreements depend on) went as one call; the partnership is asked
    // for the outcomes, then once for what depends on the indicators.
    const { [PARTNERSHIP.id]: partnership, ...agencies } = calls;
    expect(partnership).toBe(2);
    expect(Object.keys(agencies).length).toBeGreaterThan(1);
    for (const count of Object.values(agencies)) expect(count).toBe(1);

    // Each half alone makes one fetch of each agency: the same answers.
    const indicatorsAlone = await federation.query(`{ outcomes(areaCode: "E09000022") { id ${indicators} } }`);
    const agreementsAlone = await federation.query(`{ outcomes(areaCode: "E09000022") { id ${agreements} } }`);
    expect(both!.data.outcomes).toEqual(
      indicatorsAlone.data!.outcomes.map((outcome: Record<string, unknown>, index: number) => ({ ...outcome, ...agreementsAlone.data!.outcomes[index] })),
    );
    expect(both!.data.outcomes.flatMap((outcome: { indicators: unknown[] }) => outcome.indicators).length).toBeGreaterThan(1);
  });

  it('gives each person their own data and their own errors, at their own paths', async () => {
    const [first, second] = await mostKnownPersonIds(personIndexDb(federation), 2);
    const query = `query($first: ID!, $second: ID!) { first: person(id: $first) { ${PERSON_FIELDS} } second: person(id: $second) { ${PERSON_FIELDS} } }`;
    let both: GraphQLResponse | undefined;
    const calls = await callsDuring(async () => (both = await federation.query(query, { as: officers.policeAnalyst, variables: { first, second } })));
    expect(calls).toEqual(Object.fromEntries([PERSON_INDEX.id, ...agenciesIn(PERSON_FIELDS)].map((name) => [name, 1])));

    const alone = async (id: string) => federation.query(`query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, { as: officers.policeAnalyst, variables: { id } });
    const [firstAlone, secondAlone] = [await alone(first), await alone(second)];
    expect(both!.data).toEqual({ first: firstAlone.data!.person, second: secondAlone.data!.person });
    // A police analyst is refused some of the health agency's fields: each refusal
    // is reported at the person it concerns, as when the person is asked about alone.
    const paths = (response: typeof both, alias: string) =>
      (response!.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code })).filter((error) => error.path?.[0] === alias);
    const renamed = (response: typeof both, alias: string) => paths(response, 'person').map((error) => ({ ...error, path: [alias, ...error.path!.slice(1)] }));
    expect(paths(both, 'first')).toEqual(renamed(firstAlone, 'first'));
    expect(paths(both, 'second')).toEqual(renamed(secondAlone, 'second'));
    expect((both!.errors ?? []).length).toBe((firstAlone.errors ?? []).length + (secondAlone.errors ?? []).length);
    expect((firstAlone.errors ?? []).length).toBeGreaterThan(0);
  });
});
