/** Configuration read once from the environment (CONTRACT.md names). */
import { resolve } from 'node:path';

export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  smtpUrl?: string;
  publicUrl: string;
  demoPassword?: string;
  /** ROSTER_DEMO=1: seed the demo tenant on an empty PostgreSQL too (PGlite always gets it). */
  demo: boolean;
  /** Run the job worker inside the web server (ROSTER_WORKER=0 turns it off). */
  worker?: boolean;
  /** ROSTER_EXPIRY_EVERY: how often the worker's sweeps (account expiry among them) run. */
  expiryEveryMs?: number;
  /**
   * ROSTER_BOUNCE_ADDRESS: the envelope sender of outgoing mail, where mail servers send the
   * reports of email they accepted and could not deliver.
   */
  bounceAddress?: string;
  /** ROSTER_BOUNCES_LISTEN (`2525` or `0.0.0.0:2525`): where the worker receives those reports. */
  bouncesListen?: { host: string; port: number };
  /** Fastify's `trustProxy`: whose X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
  /** ROSTER_POSTCODE_LOOKUP_URL: base address of the postcodes.io service; unset, no lookup. */
  postcodeLookupUrl?: string;
}

/**
 * TRUST_PROXY: off by default (the client address is the socket's). `true` trusts every proxy,
 * a whole number N the nearest N hops, anything else is a list of proxy addresses or CIDR
 * ranges ("10.0.0.0/8,127.0.0.1").
 */
export function readTrustProxy(value: string | undefined): Config['trustProxy'] {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === 'false' || text === '0' || text === 'off') return false;
  if (text === 'true' || text === 'on') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return text;
}

/** `2525` (loopback) or `host:port`; unset means no listener. Anything else is refused. */
export function readListen(value: string | undefined, name: string) {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  const match = /^(?:(.+):)?(\d{1,5})$/.exec(text);
  const port = Number(match?.[2]);
  if (!match || port < 1 || port > 65535)
    throw new Error(`${name} must be a port (2525) or host:port (0.0.0.0:2525); it is "${text}".`);
  return { host: match[1] ?? '127.0.0.1', port };
}

/** An http(s) base address, or undefined when unset; anything else is refused at start. */
export function readServiceUrl(value: string | undefined, name: string): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new Error(`${name} must be an http or https address; it is "${text}".`);
  return text.replace(/\/+$/, '');
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration such as `5s`, `30m`, `1h` or `1d`; `1h` when unset. Anything else is refused. */
export function readDuration(value: string | undefined, name: string): number {
  const text = value?.trim() || '1h';
  const match = /^(\d+)\s*([smhd])$/i.exec(text);
  const amount = Number(match?.[1]);
  if (!match || amount < 1)
    throw new Error(`${name} must be a duration like 5s, 30m, 1h or 1d; it is "${text}".`);
  return amount * (UNIT_MS[(match[2] ?? 'h').toLowerCase()] ?? 3_600_000);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.ROSTER_DATA_DIR ?? 'data'),
    smtpUrl: env.SMTP_URL || undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    demoPassword: env.ROSTER_DEMO_PASSWORD || undefined,
    demo: env.ROSTER_DEMO === '1',
    worker: env.ROSTER_WORKER !== '0',
    expiryEveryMs: readDuration(env.ROSTER_EXPIRY_EVERY, 'ROSTER_EXPIRY_EVERY'),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    bounceAddress: env.ROSTER_BOUNCE_ADDRESS?.trim() || undefined,
    bouncesListen: readListen(env.ROSTER_BOUNCES_LISTEN, 'ROSTER_BOUNCES_LISTEN'),
    postcodeLookupUrl: readServiceUrl(env.ROSTER_POSTCODE_LOOKUP_URL, 'ROSTER_POSTCODE_LOOKUP_URL'),
  };
}
