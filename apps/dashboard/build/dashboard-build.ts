import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The dashboard package's own directory, wherever the workspace is checked out. */
export const DASHBOARD_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where `vite build` writes the files the gateway serves. */
export const DASHBOARD_DIST = path.join(DASHBOARD_ROOT, 'dist');

/** Newest modification time among the files that go into the build. */
function newestSource(): number {
  const inputs = ['index.html', 'vite.config.ts', 'package.json'].map((file) => path.join(DASHBOARD_ROOT, file));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  return Math.max(...[...inputs, ...walk(path.join(DASHBOARD_ROOT, 'src'))].map((file) => statSync(file).mtimeMs));
}

/** True when `dist` is missing or older than any source file. */
export function dashboardBuildIsStale(): boolean {
  const index = path.join(DASHBOARD_DIST, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSource();
}

/**
 * Builds the dashboard with Vite in a child process, so Vite's memory is
 * not held by the federation afterwards. Returns the directory the gateway serves.
 */
export function buildDashboard(log: (message: string) => void = () => {}): string {
  const started = Date.now();
  // Vite's exports map hides its bin script; find it beside its package.json.
  const vite = path.join(path.dirname(createRequire(path.join(DASHBOARD_ROOT, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build'], { cwd: DASHBOARD_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`Building the dashboard failed (vite build exited ${result.status}); see the output above.`);
  log(`dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return DASHBOARD_DIST;
}

/** Builds the dashboard only when the build is missing or older than its sources (first start, or after an edit). */
export function ensureDashboardBuilt(log: (message: string) => void = () => {}): string {
  return dashboardBuildIsStale() ? buildDashboard(log) : DASHBOARD_DIST;
}
