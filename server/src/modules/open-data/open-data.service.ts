import { stat } from 'node:fs/promises';
import path from 'node:path';
import { today } from '@ocop/db';
import type { DataSource } from 'typeorm';
import { describeError, log } from '../../common/log';
import {
  dataFingerprint,
  generateOpenData,
  MANIFEST_NAME,
  FORMAT_VERSION,
  type Manifest,
} from './open-data.generator';
import { localStore, removeTemporaryFiles } from './open-data.store';

/**
 * Keeps the open-data files current: every `checkMs` (OPEN_DATA_CHECK_MS, default 5 minutes) a
 * cheap fingerprint of the data (one statement of counts and sums) is compared with the one the
 * files were made from; only when it differs — a write, or a new day, since statuses follow the
 * calendar — are the files generated again. One generation at a time per instance; each instance
 * writes its own folder (object storage, issue 19, will share one).
 */
export interface OpenDataOptions {
  dir: string;
  checkMs: number;
}

let current: { dir: string; manifest: Manifest | null } | null = null;

/** The manifest of the files served now; null before the first generation (or when off). */
export function currentManifest(): Manifest | null {
  return current?.manifest ?? null;
}

export function openDataDir(): string | null {
  return current?.dir ?? null;
}

async function readManifest(dir: string): Promise<Manifest | null> {
  const text = await localStore(dir).readText(MANIFEST_NAME);
  if (!text) return null;
  try {
    const manifest = JSON.parse(text) as Manifest;
    return manifest.formatVersion === FORMAT_VERSION ? manifest : null;
  } catch {
    return null;
  }
}

/** Generates now when the data changed since the files were made; answers whether it did. */
export async function refreshOpenData(
  dataSource: DataSource,
  dir: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const day = today();
  const fingerprint = await dataFingerprint(dataSource, day);
  const previous = current?.dir === dir ? current.manifest : await readManifest(dir);
  if (previous && previous.fingerprint === fingerprint) return false;
  await removeTemporaryFiles(dir);
  const manifest = await generateOpenData(dataSource, localStore(dir), {
    day,
    fingerprint,
    previous,
    signal,
    sizeOf: async (name) => (await stat(path.join(dir, name))).size,
  });
  if (current?.dir === dir) current.manifest = manifest;
  return true;
}

/** How long a stop waits for a running generation to end after aborting it. */
const STOP_WAIT_MS = 3_000;

/** Starts the checks (the first at once); answers a stop function that waits for a running generation. */
export async function startOpenData(
  dataSource: DataSource,
  options: OpenDataOptions,
): Promise<() => Promise<void>> {
  current = { dir: options.dir, manifest: await readManifest(options.dir) };
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const aborter = new AbortController();
  const run = () => {
    running = running.then(async () => {
      if (stopped) return;
      const started = performance.now();
      try {
        if (await refreshOpenData(dataSource, options.dir, aborter.signal)) {
          const manifest = currentManifest();
          log.info(
            `open data generated: ${manifest?.files.length ?? 0} files in ${Math.round(performance.now() - started)} ms`,
          );
        }
      } catch (error) {
        if (aborter.signal.aborted) return;
        log.error('open data generation failed', describeError(error));
      }
    });
  };
  run();
  const timer = options.checkMs > 0 ? setInterval(run, options.checkMs) : null;
  timer?.unref();
  return async () => {
    stopped = true;
    aborter.abort();
    if (timer) clearInterval(timer);
    // The abort ends a generation within moments; a query stuck on a database that went away
    // (until its connection times out) must not hold the whole stop: files are only ever
    // replaced whole, so one cut short leaves the previous ones in place.
    // The timer stays referenced: were it the only thing left, node must not exit meanwhile.
    let wait: NodeJS.Timeout | undefined;
    await Promise.race([running, new Promise((resolve) => (wait = setTimeout(resolve, STOP_WAIT_MS)))]);
    clearTimeout(wait);
  };
}
