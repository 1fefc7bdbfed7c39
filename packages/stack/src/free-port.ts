import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A port nothing listens on right now. Separate processes must know each
 * other's URLs before they start, so port 0 cannot be left to each of them;
 * the small race between closing this probe and the child binding the port is
 * acceptable for a laptop and a test.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
