import { createDatabase } from '@joined-up/db';
import { Granularity, lastPeriods, periodsCovering } from '@joined-up/indicators';
import { referenceMeasures } from '../e2e/indicators/reference-measures.js';
import { healthMeasures } from '../../subgraphs/health/src/indicator/health-measures.js';
import { policeMeasures } from '../../subgraphs/police/src/indicator/police-measures.js';
import { educationMeasures } from '../../subgraphs/education/src/indicator/education-measures.js';
import { housingMeasures } from '../../subgraphs/housing/src/indicator/housing-measures.js';
import { voluntaryMeasures } from '../../subgraphs/voluntary/src/indicator/voluntary-measures.js';
import { seriesRange } from '@joined-up/indicators';

const url = process.argv[2];
const current: Record<string, Record<string, any>> = { health: healthMeasures, police: policeMeasures, education: educationMeasures, housing: housingMeasures, voluntary: voluntaryMeasures };
const lambeth = [['police', 'youth-offences', 'MONTH'], ['police', 'first-time-entrants', 'QUARTER'], ['education', 'persistent-absence', 'MONTH'], ['voluntary', 'youth-participation', 'MONTH'], ['housing', 'youth-homelessness', 'QUARTER'], ['housing', 'temporary-accommodation', 'QUARTER'], ['health', 'self-harm-admissions-10-24', 'QUARTER'], ['health', 'camhs-referrals-under-18', 'MONTH']] as const;
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let totalOld = 0, totalNew = 0;
for (const [agency, measure, g] of lambeth) {
  const database = await createDatabase<any>({ schema: agency, env: { DATABASE_URL: url } });
  const granularity = g as Granularity;
  const year = periodsCovering(granularity, '2025-01', '2025-12')!;
  const recent = lastPeriods(granularity, 6);
  const union = { startDate: year.startDate < recent.startDate ? year.startDate : recent.startDate, endDate: year.endDate > recent.endDate ? year.endDate : recent.endDate };
  const time = async (run: () => Promise<unknown>) => { const times = []; for (let i = 0; i < 7; i++) { const t = performance.now(); await run(); times.push(performance.now() - t); } return median(times); };
  const old = await time(() => referenceMeasures[agency][measure](database.db, { areaCodes: ['E09000022'], granularity, ...seriesRange(granularity) }));
  const now = await time(() => current[agency][measure](database.db, { areaCodes: ['E09000022'], granularity, ...union }));
  totalOld += old; totalNew += now;
  console.log(`| ${agency} ${measure} (${g.toLowerCase()}) | ${old.toFixed(0)} ms | ${now.toFixed(1)} ms | ${(old / now).toFixed(0)}× |`);
  await database.destroy();
}
console.log(`| all eight, one after another | ${totalOld.toFixed(0)} ms | ${totalNew.toFixed(0)} ms | ${(totalOld / totalNew).toFixed(0)}× |`);
