import { parseArgs } from 'node:util';
import { DevIdentityProvider, devKeysDir } from '@joined-up/auth';
import { PURPOSES } from './purposes.js';
import { TOKEN_VOCABULARY, unknownTokenValues } from './token-vocabulary.js';

/**
 * `npx -y pnpm@12.21.0 -s run token --agency police --role analyst --purpose youth-crime-prevention`
 * prints a signed development token for the officer `<agency>-<role>` (or
 * `--officer <id>`), valid for `--hours` (default 8). `--list` prints the
 * agencies, roles and purposes it accepts. It lives beside the purposes it
 * checks against (the auth package cannot depend on this one).
 */
// Spelled out in full: plain `pnpm token` is pnpm's own registry command, and many machines have no global pnpm.
const COMMAND = 'npx -y pnpm@12.21.0 -s run token';
const EXAMPLE = `${COMMAND} --agency police --role caseworker --purpose youth-crime-prevention`;

const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    role: { type: 'string', multiple: true },
    purpose: { type: 'string' },
    officer: { type: 'string' },
    hours: { type: 'string', default: '8' },
    list: { type: 'boolean', default: false },
  },
});

if (values.list) {
  console.log(`Agencies:  ${TOKEN_VOCABULARY.agencies.join(', ')}`);
  console.log(`Roles:     ${TOKEN_VOCABULARY.roles.join(', ')}`);
  console.log('Purposes:');
  for (const [purpose, meaning] of Object.entries(PURPOSES)) console.log(`  ${purpose.padEnd(24)} ${meaning}`);
  console.log(`\nExample: ${EXAMPLE}`);
  process.exit(0);
}

if (!values.agency || !values.role?.length || !values.purpose) {
  console.error(
    `Usage: ${COMMAND} --agency <agency> --role <role> [--role <role>...] --purpose <purpose> [--officer <id>] [--hours 8]\n` +
      `       ${COMMAND} --list    (the agencies, roles and purposes it accepts)\n` +
      `Example: ${EXAMPLE}`,
  );
  process.exit(2);
}

const problems = unknownTokenValues({ agency: values.agency, roles: values.role, purpose: values.purpose });
const hours = Number(values.hours);
if (!(hours > 0)) problems.push(`--hours must be a positive number of hours, not "${values.hours}".`);
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nNo token was issued. ${COMMAND} --list shows every valid value.`);
  process.exit(2);
}

const provider = await DevIdentityProvider.inDirectory(devKeysDir());
const token = await provider.issue(
  {
    officerId: values.officer ?? `${values.agency}-${values.role[0]}`,
    agency: values.agency,
    roles: values.role,
    purpose: values.purpose,
  },
  { expiresIn: Math.round(hours * 3600) },
);
console.log(token);
