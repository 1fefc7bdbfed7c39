import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { main } from '../evaluate-cli.js';

const GIVEN = [
  'Olivia', 'Kwame', 'Adaeze', 'Tomasz', 'Siobhan', 'Yusuf', 'Grace', 'Marcus', 'Chiamaka', 'Oliver', 'Fatima', 'Declan',
  'Amelia', 'Kofi', 'Ngozi', 'Jakub', 'Niamh', 'Ibrahim', 'Poppy', 'Delroy', 'Temitope', 'Harry', 'Aisha', 'Callum',
  'Isla', 'Yaw', 'Folake', 'Piotr', 'Aoife', 'Hassan', 'Freya', 'Winston', 'Chioma', 'George', 'Zainab', 'Kieran',
  'Ruby', 'Kojo', 'Bukola', 'Marek', 'Roisin', 'Omar', 'Daisy', 'Errol', 'Ifeoma', 'Arthur', 'Khadija', 'Rory',
  'Evie', 'Kwabena', 'Yetunde', 'Lukasz', 'Ciara', 'Ismail', 'Phoebe', 'Clive', 'Nneka', 'Alfie', 'Hodan', 'Connor',
];
const FAMILY = [
  'Okafor', 'Kowalski', "O'Connor", 'Mensah', 'Ahmed', 'Campbell', 'Reid', 'Smith-Jones', 'Nwosu', 'Patel', 'Byrne', 'Diallo',
  'Adeyemi', 'Nowak', 'Gallagher', 'Boateng', 'Hussain', 'Forbes', 'Fraser', 'Lloyd-Jones', 'Eze', 'Shah', 'Doyle', 'Kamara',
  'Balogun', 'Wisniewski', 'McCarthy', 'Asante', 'Rahman', 'Gayle', 'Stewart', 'Taylor-Smith', 'Obi', 'Mistry', 'Walsh', 'Sesay',
  'Akinola', 'Wojcik', 'Fitzgerald', 'Osei', 'Begum', 'Beckford', 'Marshall', 'Wynne-Jones', 'Okoro', 'Desai', 'Ryan', 'Koroma',
  'Afolabi', 'Lewandowski', 'Murphy', 'Appiah', 'Chowdhury', 'Hylton', 'Fletcher', 'Ashby-Hart', 'Chukwu', 'Mehta', 'Kelly', 'Jalloh',
];

interface Person {
  id: string;
  given: string;
  family: string;
  dob: string;
  sex: string;
  postcode: string;
}

/** 60 people, distinct in name and date of birth, spread over three agencies with a clerk's usual slips. */
function people(): Person[] {
  return Array.from({ length: 60 }, (_, i) => ({
    id: `P${String(i).padStart(3, '0')}`,
    given: GIVEN[i],
    family: FAMILY[(i * 7) % FAMILY.length],
    dob: `${1960 + (i % 45)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    sex: i % 2 ? 'M' : 'F',
    postcode: `SE${(i % 20) + 1} ${(i % 9) + 1}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + ((i * 3) % 24))}`,
  }));
}

const csv = (value: string | null) => (value === null ? '' : /[",\n]|^\s|\s$/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);
const row = (values: (string | null)[]) => values.map(csv).join(',');

async function writeAgencyFiles(dir: string): Promise<{ records: Record<string, number>; trueClusters: number }> {
  const header = 'record_id,given_name,family_name,date_of_birth,sex,postcode,true_id';
  const files: Record<string, string[]> = { health: [header], police: [header], voluntary: [header] };
  people().forEach((person, i) => {
    // Everyone is registered with a GP, as written.
    files.health.push(row([`H${i}`, person.given, person.family, person.dob, person.sex, person.postcode, person.id]));
    // Two in three are known to the police: capitals, postcode without its space, a day-month swap for some.
    if (i % 3 !== 0) {
      const [year, month, day] = person.dob.split('-');
      const swapped = i % 5 === 0 && Number(day) <= 12 && day !== month ? `${year}-${day}-${month}` : person.dob;
      files.police.push(row([`MP-${i}`, person.given, person.family.toUpperCase(), swapped, person.sex, person.postcode.replace(' ', ''), person.id]));
    }
    // One in three uses a voluntary service: stray spaces, no date of birth for some, accents kept.
    if (i % 3 === 1) {
      const given = person.given === 'Siobhan' ? ' Siobhán ' : ` ${person.given}`;
      files.voluntary.push(row([`VC-${i}`, given, person.family, i % 4 === 1 ? null : person.dob, null, person.postcode.toLowerCase(), person.id]));
    }
  });
  // A name with a comma and a quote, to be read back whole: a person nobody else knows.
  files.voluntary.push(row(['VC-999', 'Anne-Marie, "Annie"', 'de la Cruz', '1999-09-09', 'F', 'SW9 7AB', 'P999']));
  for (const [agency, lines] of Object.entries(files)) await writeFile(join(dir, `${agency}.csv`), `${lines.join('\r\n')}\r\n`);
  return {
    records: Object.fromEntries(Object.entries(files).map(([agency, lines]) => [agency, lines.length - 1])),
    trueClusters: 61,
  };
}

describe('the evaluation command', () => {
  let shared: TestDatabaseOptions;
  let dir: string;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-evaluate');
    dir = await mkdtemp(join(tmpdir(), 'linkage-evaluate-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await shared?.drop();
  });

  it('reads agency CSVs, links them and prints the precision and recall the truth gives', async () => {
    const expected = await writeAgencyFiles(dir);
    const output: string[] = [];
    const url = shared.env?.DATABASE_URL;
    await main(['--records', dir, ...(url ? ['--database-url', url] : [])], (text) => output.push(text));
    const report = output.join("\n");
    if (process.env.SHOW_REPORT) console.log(report);

    for (const [agency, count] of Object.entries(expected.records)) expect(report).toMatch(new RegExp(`${agency}\\s+${count}\\b`));
    expect(report).toMatch(/Pairwise precision: 1\.0000/);
    expect(report).toMatch(/Pairwise recall:\s+1\.0000/);
    expect(report).toMatch(/Pairwise F1:\s+1\.0000/);
    expect(report).toContain(`Clusters: true ${expected.trueClusters}, found ${expected.trueClusters}`);
    expect(report).toMatch(/Peak RSS: \d+ MiB/);
    expect(report).toMatch(/blocking\s+\d+\.\d s/);
  });

  it('explains what a missing directory argument should be', async () => {
    await expect(main([], () => {})).rejects.toThrow(/--records DIR is required/);
  });
});
