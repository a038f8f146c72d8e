import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard: a webhook URL must be https and its host must resolve only to public addresses,
 * checked when the endpoint is registered and again before every delivery (a name may be pointed
 * elsewhere later). `WEBHOOK_ALLOW_INSECURE_LOCAL=true` — for tests only — lets http and
 * loopback / private addresses through (the tests' receiver listens on 127.0.0.1).
 */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
// IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are checked against the IPv4 rules by BlockList itself.
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export const MAX_WEBHOOK_URL_LENGTH = 2000;

export function allowInsecureLocal(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WEBHOOK_ALLOW_INSECURE_LOCAL === 'true';
}

export const isPrivateAddress = (address: string): boolean =>
  PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** Why the URL is refused ('scheme', 'address', 'format'), or null when it may be called. */
export async function refuseWebhookUrl(
  text: string,
  insecureLocal = allowInsecureLocal(),
): Promise<'format' | 'scheme' | 'address' | null> {
  let url: URL;
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return 'format';
  try {
    url = new URL(text);
  } catch {
    return 'format';
  }
  if (url.username || url.password) return 'format';
  if (url.protocol !== 'https:' && !(insecureLocal && url.protocol === 'http:')) return 'scheme';
  if (insecureLocal) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return 'address';
  }
  return addresses.length === 0 || addresses.some(isPrivateAddress) ? 'address' : null;
}
