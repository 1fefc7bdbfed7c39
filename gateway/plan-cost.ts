import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import { committedSupergraph, internals, requireFromGateway, storedPlans, type PlannerClass } from './src/__tests__/query-plans.js';

/**
 * `npx tsx gateway/plan-cost.ts [--query "one person"] [--texts 25] [--rounds 40] [<query-planner package dir> ...]`
 *
 * What Apollo's planner costs the gateway for a text it has never seen: CPU
 * milliseconds to build a new text's API-schema operation and plan it, as the
 * gateway does, in this process. Each text is one of the peer bench's queries
 * (from the stored plans, gateway/src/__tests__/query-plans.json) with an
 * alias of its own at the root, as the bench's cold-planning run sends them.
 * Given several @apollo/query-planner package directories (an unpatched copy
 * from node_modules/.pnpm, say), it plans with each in turn, round by round,
 * and prints each one's median against the first's, for a machine that is
 * busy with other work: rounds alternate, so a busy spell costs them alike.
 */
const { values: args, positionals: plannerDirs } = parseArgs({
  allowPositionals: true,
  options: { query: { type: 'string', default: 'one person' }, texts: { type: 'string', default: '25' }, rounds: { type: 'string', default: '40' } },
});
type Planner = InstanceType<PlannerClass>;
const plannerClasses: [string, PlannerClass][] =
  plannerDirs.length > 0
    ? plannerDirs.map((dir) => [dir, (createRequire(path.resolve(dir, 'package.json'))('./') as { QueryPlanner: PlannerClass }).QueryPlanner])
    : [["the gateway's", (requireFromGateway('@apollo/query-planner') as { QueryPlanner: PlannerClass }).QueryPlanner]];

const query = storedPlans().find(({ name }) => name.startsWith('bench:') && name.includes(args.query!))?.query;
if (!query) throw new Error(`No bench query's name contains "${args.query}": see the names in gateway/src/__tests__/query-plans.json.`);
const supergraph = committedSupergraph();
const apiSchema = supergraph.apiSchema();
const planners = plannerClasses.map(([name, QueryPlanner]) => ({ name, planner: new QueryPlanner(supergraph, {}), perPlan: [] as number[] }));

let sequence = 0;
const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
/** CPU ms per text to plan `count` texts never seen before (each parsed beforehand, as Apollo Server hands the gateway a parsed document). */
function planNewTexts(planner: Planner, count: number): number {
  const documents = Array.from({ length: count }, () => parse(query!.replace('{', `{ new${sequence++}: __typename `)));
  const start = cpuMicros();
  for (const document of documents) planner.buildQueryPlan(internals.operationFromDocument(apiSchema, document, { validate: false }));
  return (cpuMicros() - start) / 1000 / count;
}

const texts = Number(args.texts);
// Unmeasured: every planner's code compiled and its conditions resolved before the first round.
for (let warmUp = 0; warmUp < 4; warmUp++) for (const { planner } of planners) planNewTexts(planner, texts * 4);
for (let round = 0; round < Number(args.rounds); round++) for (const entry of planners) entry.perPlan.push(planNewTexts(entry.planner, texts));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const first = planners[0]!.perPlan;
console.log(`${args.query}: ${args.rounds} rounds of ${texts} new texts per planner, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
for (const { name, perPlan } of planners) {
  const ratio = median(perPlan.map((value, round) => value / first[round]!));
  console.log(`${median(perPlan).toFixed(3)} ms per new text (median; fastest round ${Math.min(...perPlan).toFixed(3)}), ${ratio.toFixed(3)}× the first: ${name}`);
}
