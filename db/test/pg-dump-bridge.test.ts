import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { runPgDump } from '../src';
import { freshDatabase } from './support';

/**
 * A TCP proxy in front of PostgreSQL that passes the server's bytes on with a pause inside each
 * ReadyForQuery and authentication request, after its 5-byte header: the client's bridge (socket-bridge.worker.ts) then receives a
 * ReadyForQuery as two segments, its header and then its status byte, as a loaded machine can
 * deliver it. `closeAfter` closes both sides once that many server messages went through.
 *
 * It runs in a worker thread of its own: pg_dump blocks this thread while it waits for bytes, so a
 * proxy on it would never get to pass them on.
 */
const PROXY = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { host, port, closeAfter } = workerData;
let messages = 0;
const server = net.createServer((client) => {
  const upstream = net.connect({ host, port });
  upstream.setNoDelay(true);
  client.setNoDelay(true);
  client.on('data', (bytes) => upstream.write(bytes));
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.on('close', () => upstream.destroy());
  let buffered = Buffer.alloc(0);
  let sending = Promise.resolve();
  upstream.on('data', (bytes) => {
    buffered = Buffer.concat([buffered, bytes]);
    const whole = [];
    while (buffered.length >= 5 && buffered.length >= 1 + buffered.readInt32BE(1)) {
      const end = 1 + buffered.readInt32BE(1);
      whole.push(buffered.subarray(0, end));
      buffered = buffered.subarray(end);
    }
    sending = sending.then(async () => {
      for (const message of whole) {
        if (closeAfter !== null && messages >= closeAfter) {
          client.destroy();
          upstream.destroy();
          return;
        }
        messages += 1;
        // Only where the turn changes (ReadyForQuery, authentication requests): enough to catch
        // the race, and fast.
        if (message[0] !== 0x5a && message[0] !== 0x52) {
          client.write(message);
          continue;
        }
        client.write(message.subarray(0, 5));
        await new Promise((resolve) => setTimeout(resolve, 2));
        if (message.length > 5) client.write(message.subarray(5));
      }
    });
  });
  upstream.on('close', () => void sending.then(() => client.end()));
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

async function splittingProxy(target: URL, options: { closeAfter?: number } = {}) {
  const worker = new Worker(PROXY, {
    eval: true,
    workerData: { host: target.hostname, port: Number(target.port), closeAfter: options.closeAfter ?? null },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const url = new URL(target.href);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.href,
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

describe('runPgDump through its socket bridge', () => {
  let db: { url: string; drop: () => Promise<void> };
  let folder: string;
  beforeAll(async () => {
    db = await freshDatabase('pg_dump_bridge_test');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(`CREATE TABLE sample (id int PRIMARY KEY, name text);
      INSERT INTO sample SELECT n, 'Chè Shan tuyết ' || n FROM generate_series(1, 50) AS n`);
    await client.end();
    folder = mkdtempSync(path.join(tmpdir(), 'ocop-pg-dump-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('dumps when every server message arrives split after its header', async () => {
    const proxy = await splittingProxy(new URL(db.url));
    try {
      const file = path.join(folder, 'split.sql');
      await runPgDump({ url: proxy.url, file, args: ['--format=plain'] });
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('CREATE TABLE public.sample');
      expect(text).toContain('Chè Shan tuyết 50');
    } finally {
      await proxy.close();
    }
  });

  it('says that the connection closed when the server goes away in the middle of the dump', async () => {
    // Past the startup's messages (authentication, parameters, ReadyForQuery), inside the queries.
    const proxy = await splittingProxy(new URL(db.url), { closeAfter: 40 });
    try {
      const failure = runPgDump({
        url: proxy.url,
        file: path.join(folder, 'cut.sql'),
        args: ['--format=plain'],
      });
      await expect(failure).rejects.toThrow(
        /pg_dump failed \(exit code 1\)[\s\S]*connection: .*closed the connection before answering/,
      );
    } finally {
      await proxy.close();
    }
  });
});
