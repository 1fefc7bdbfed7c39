import { parseArgs } from 'node:util';
import { DevIdentityProvider } from './dev-identity-provider.js';
import { devKeysDir } from './auth-config.js';

/**
 * `pnpm token --agency police --role analyst --purpose youth-crime-prevention`
 * prints a signed development token for the officer `<agency>-<role>` (or
 * `--officer <id>`), valid for `--hours` (default 8).
 */
const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    role: { type: 'string', multiple: true },
    purpose: { type: 'string' },
    officer: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

if (!values.agency || !values.role?.length || !values.purpose) {
  console.error(
    'Usage: pnpm token --agency <agency> --role <role> [--role <role>...] --purpose <purpose> [--officer <id>] [--hours 8]\n' +
      'Example: pnpm token --agency police --role analyst --purpose youth-crime-prevention',
  );
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
  { expiresIn: Math.round(Number(values.hours) * 3600) },
);
console.log(token);
