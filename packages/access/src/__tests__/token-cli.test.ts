import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS } from '@joined-up/agencies';
import { PURPOSES } from '../purposes.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'joined-up-token-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * Runs `pnpm run token ...` as the root package.json defines it (the script's
 * own command line, with the workspace's tsx), so a renamed or moved CLI fails here.
 */
async function runToken(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.token;
  const [bin, ...scriptArgs] = script.split(' ');
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, 'node_modules/.bin', bin), [...scriptArgs, ...args], {
      cwd: root,
      env: { ...process.env, JOINED_UP_DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('pnpm run token', () => {
  it('refuses an unknown agency and purpose, exiting non-zero and listing the valid values', async () => {
    const result = await runToken('--agency', 'nope', '--role', 'analyst', '--purpose', 'x');
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(AGENCY_IDS).toContain('health');
    expect(result.stderr).toContain(`Unknown agency "nope". Valid agencies: ${AGENCY_IDS.join(', ')}, partnership.`);
    expect(result.stderr).toContain(`Unknown purpose "x". Valid purposes: ${Object.keys(PURPOSES).join(', ')}.`);
    expect(result.stderr).not.toContain('Unknown role');
  });

  it('refuses an unknown role', async () => {
    const result = await runToken('--agency', 'health', '--role', 'doctor', '--purpose', 'direct-care');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Unknown role "doctor"\. Valid roles: caseworker, analyst, .*lead/);
  });

  it('--list prints every agency, role and purpose', async () => {
    const result = await runToken('--list');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Agencies:  ${AGENCY_IDS.join(', ')}, partnership`);
    expect(result.stdout).toContain('caseworker, analyst, dpo');
    for (const purpose of Object.keys(PURPOSES)) expect(result.stdout).toContain(purpose);
  });

  it('signs a token for valid values, naming the officer <agency>-<role>', async () => {
    const result = await runToken('--agency', 'health', '--role', 'caseworker', '--purpose', 'direct-care');
    expect(result.code).toBe(0);
    const payload = JSON.parse(Buffer.from(result.stdout.trim().split('.')[1], 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ sub: 'health-caseworker', agency: 'health', roles: ['caseworker'], purpose: 'direct-care' });
  });
});
