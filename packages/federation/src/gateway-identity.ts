import { timingSafeEqual } from 'node:crypto';

/**
 * The header by which the gateway proves itself to the subgraphs, beside the
 * officer's token it forwards. It opens nothing of the officer's data: it only
 * lets a subgraph tell its schema (introspection, `_service { sdl }`, field
 * suggestions) to the gateway and to nobody else.
 */
export const GATEWAY_KEY_HEADER = 'x-joined-up-gateway-key';

/** Whether `offered` is the gateway's key, compared in constant time. */
export function isGatewayKey(offered: string | undefined, key: string | undefined): boolean {
  if (!offered || !key) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}
