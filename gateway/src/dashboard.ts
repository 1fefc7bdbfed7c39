import { createReadStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OfficerClaims } from '@joined-up/auth';

export interface DashboardOptions {
  /** The dashboard's built files (`apps/dashboard/dist`). */
  distDir: string;
  /**
   * Mints a development token for the sign-in page. Development mode only:
   * in production officers get tokens from the partnership's identity provider.
   */
  issueDevToken?: (officer: OfficerClaims) => Promise<string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** A sign-in field: the same words `pnpm run token` accepts, nothing that could smuggle more claims. */
const CLAIM = /^[a-z][a-z-]{1,40}$/;

/**
 * Routes for the partnership dashboard at `/dashboard`: its built files
 * (listed once at start; the build's file names carry content hashes, so
 * they are cached) and, in development, `/dashboard/token`, which mints a
 * token for `?agency=&role=&purpose=` as `pnpm run token` does. A GET that
 * returns a token is safe enough here only because it exists in development
 * mode alone and a cross-site page cannot read the answer (no CORS headers).
 */
export function dashboardRoutes(options: DashboardOptions) {
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>> = {};
  const index = path.join(options.distDir, 'index.html');
  if (!existsSync(index)) {
    const missing = (_request: IncomingMessage, response: ServerResponse) => {
      response.statusCode = 503;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('The dashboard is not built. Run `npx -y pnpm@12.21.0 --filter @joined-up/dashboard build`, or restart `pnpm start`, which builds it.');
    };
    return { '/dashboard': missing, '/dashboard/': missing };
  }
  for (const file of filesUnder(options.distDir)) {
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const hashed = file.startsWith('assets/');
    routes[`/dashboard/${file}`] = (_request, response) => {
      response.setHeader('content-type', type);
      response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      createReadStream(path.join(options.distDir, file)).pipe(response);
    };
  }
  routes['/dashboard'] = routes['/dashboard/'] = routes['/dashboard/index.html']!;

  const issue = options.issueDevToken;
  if (issue) {
    routes['/dashboard/token'] = async (request, response) => {
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      const [agency, role, purpose] = ['agency', 'role', 'purpose'].map((name) => query.get(name) ?? '');
      response.setHeader('content-type', 'application/json');
      response.setHeader('cache-control', 'no-store');
      if (![agency, role, purpose].every((value) => CLAIM.test(value!))) {
        response.statusCode = 400;
        response.end(JSON.stringify({ message: 'Give agency, role and purpose as lower-case words, e.g. ?agency=police&role=analyst&purpose=youth-crime-prevention.' }));
        return;
      }
      const token = await issue({ officerId: `${agency}-${role}`, agency: agency!, roles: [role!], purpose: purpose! });
      response.end(JSON.stringify({ token }));
    };
  }
  return routes;
}
