import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import type pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import { now } from '@ocop/db';
import { encodeNodeId } from '../../common/node-id';
import {
  DATASETS,
  LICENCE,
  UNIT_AREA_SQL,
  type Dataset,
  type DatasetColumn,
  type DatasetId,
} from './open-data.datasets';
import type { FileWriter, OpenDataStore } from './open-data.store';

/**
 * Writes every open-data file from one snapshot of the database (a REPEATABLE READ, READ ONLY
 * transaction): for each dataset one statement, streamed by pg-query-stream (a cursor, BATCH_SIZE
 * rows at a time), each row written to the national files and to its province's, waiting for the
 * disk between batches (backpressure). No dataset is ever held in memory: a batch and the files'
 * write buffers are.
 *
 * A file whose content is the same as in the previous generation (its SHA-256) is left as it was,
 * with its date and ETag: caches and partners re-download only what changed.
 */

export const MANIFEST_NAME = 'index.json';
/** Raised when the files' layout or content rules change, so that a new build regenerates. */
export const FORMAT_VERSION = 1;
const BATCH_SIZE = 500;
const BOM = '\uFEFF';
export const NATIONAL = 'vn';
/** Provinces at most (63 before the 2025 reform, 34 after): bounds the manifest's list. */
const MAX_PROVINCES = 100;
/** Files at most: per dataset 4 national ones (CSV, JSON Lines, and gzip of each) and 2 per province. */
export const OPEN_DATA_MAX_FILES = DATASETS.length * (4 + 2 * MAX_PROVINCES);

export type OpenDataFormat = 'csv' | 'jsonl';

export interface ManifestFile {
  name: string;
  dataset: DatasetId;
  /** Null for the whole country. */
  provinceCode: string | null;
  provinceName: string | null;
  format: OpenDataFormat;
  /** 'gzip' for the .gz variants (the national files), else null. */
  compression: 'gzip' | null;
  bytes: number;
  rows: number;
  /** Of the uncompressed content. */
  sha256: string;
  /** When this content was first written (an unchanged file keeps its date). */
  generatedAt: string;
}

export interface Manifest {
  formatVersion: number;
  fingerprint: string;
  /** The platform's day the statuses are as of. */
  asOf: string;
  generatedAt: string;
  /** How long the generation took, in ms. */
  durationMs: number;
  licence: typeof LICENCE;
  datasets: {
    id: DatasetId;
    titleVi: string;
    titleEn: string;
    descriptionVi: string;
    descriptionEn: string;
    columns: readonly DatasetColumn[];
  }[];
  files: ManifestFile[];
}

export const fileName = (dataset: DatasetId, area: string, format: OpenDataFormat, gzip = false): string =>
  `${dataset}-${area}.${format}${gzip ? '.gz' : ''}`;

/** A CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF; a spreadsheet formula made text. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Value = string | number | boolean | null;

function valuesOf(dataset: Dataset, row: Record<string, unknown>): Value[] {
  return dataset.columns.map((column) => {
    const value = row[column.name];
    if (value === null || value === undefined) return null;
    if (column.type === 'id') return encodeNodeId(column.node!, value as string);
    if (column.type === 'integer' || column.type === 'number') return Number(value);
    if (column.type === 'boolean') return Boolean(value);
    return String(value);
  });
}

/** One file being written: its hash, size and row count kept as it goes. */
class OutputFile {
  private readonly hash = createHash('sha256');
  private readonly sink: Writable;
  private readonly piped: Promise<void> | null;
  rows = 0;

  constructor(
    readonly name: string,
    private readonly writer: FileWriter,
    gzip: boolean,
  ) {
    if (gzip) {
      const zip = createGzip({ level: 6 });
      this.piped = pipeline(zip, writer.stream);
      this.sink = zip;
    } else {
      this.piped = null;
      this.sink = writer.stream;
    }
  }

  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.hash.update(bytes);
    if (!this.sink.write(bytes)) await once(this.sink, 'drain');
  }

  /** Ends the file; keeps the previous one when the content is the same. Answers the content's hash. */
  async finish(unchanged: (sha256: string) => boolean): Promise<{ sha256: string; kept: boolean }> {
    const sha256 = this.hash.digest('hex');
    if (unchanged(sha256)) {
      this.sink.destroy();
      await this.piped?.catch(() => undefined);
      await this.writer.abort();
      return { sha256, kept: true };
    }
    if (this.piped) {
      this.sink.end();
      await this.piped;
    }
    await this.writer.commit();
    return { sha256, kept: false };
  }

  async abort(): Promise<void> {
    this.sink.destroy();
    await this.piped?.catch(() => undefined);
    await this.writer.abort();
  }
}

/** The files of one dataset for one area: CSV and JSON Lines (and their gzip variants for the country). */
class AreaFiles {
  private files: { file: OutputFile; format: OpenDataFormat; gzip: boolean }[] = [];

  private constructor(
    readonly dataset: Dataset,
    readonly provinceCode: string | null,
    readonly provinceName: string | null,
  ) {}

  static async open(
    store: OpenDataStore,
    dataset: Dataset,
    provinceCode: string | null,
    provinceName: string | null,
  ): Promise<AreaFiles> {
    const area = new AreaFiles(dataset, provinceCode, provinceName);
    const variants: [OpenDataFormat, boolean][] =
      provinceCode === null
        ? [
            ['csv', false],
            ['jsonl', false],
            ['csv', true],
            ['jsonl', true],
          ]
        : [
            ['csv', false],
            ['jsonl', false],
          ];
    try {
      for (const [format, gzip] of variants) {
        const name = fileName(dataset.id, provinceCode ?? NATIONAL, format, gzip);
        area.files.push({ file: new OutputFile(name, await store.create(name), gzip), format, gzip });
      }
      const header = BOM + dataset.columns.map((column) => csvCell(column.name)).join(',') + '\r\n';
      for (const { file, format } of area.files) if (format === 'csv') await file.write(header);
    } catch (error) {
      await area.abort();
      throw error;
    }
    return area;
  }

  async write(csvLine: string, jsonLine: string): Promise<void> {
    for (const { file, format } of this.files) {
      file.rows += 1;
      await file.write(format === 'csv' ? csvLine : jsonLine);
    }
  }

  async finish(
    store: OpenDataStore,
    previous: Map<string, ManifestFile>,
    generatedAt: string,
    sizeOf: (name: string) => Promise<number>,
  ): Promise<ManifestFile[]> {
    const entries: ManifestFile[] = [];
    for (const { file, format, gzip } of this.files) {
      const before = previous.get(file.name);
      const { sha256, kept } = await file.finish((sha) => before?.sha256 === sha);
      entries.push({
        name: file.name,
        dataset: this.dataset.id,
        provinceCode: this.provinceCode,
        provinceName: this.provinceName,
        format,
        compression: gzip ? 'gzip' : null,
        bytes: await sizeOf(file.name),
        rows: file.rows,
        sha256,
        generatedAt: kept && before ? before.generatedAt : generatedAt,
      });
    }
    void store;
    return entries;
  }

  async abort(): Promise<void> {
    for (const { file } of this.files) await file.abort();
  }
}

/** What a generation needs: the database, where to write, the day, the previous manifest. */
export interface GenerateOptions {
  day: string;
  fingerprint: string;
  previous: Manifest | null;
  /** The size of a committed file (the store knows; the local one stats it). */
  sizeOf: (name: string) => Promise<number>;
  /** Aborted on stop: the generation ends between two rows, leaving the previous files. */
  signal?: AbortSignal;
}

interface Province {
  code: string;
  name: string;
}

async function streamRows(
  client: pg.PoolClient,
  sql: string,
  params: unknown[],
  onRow: (row: Record<string, unknown>) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const stream = client.query(new QueryStream(sql, params, { batchSize: BATCH_SIZE }));
  // A stream whose connection died (the database stopped under it) may never end nor fail by
  // itself: a stop destroys it, which ends the loop below with the abort's reason.
  const destroy = () =>
    stream.destroy(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
  signal?.addEventListener('abort', destroy, { once: true });
  try {
    signal?.throwIfAborted();
    for await (const row of stream as AsyncIterable<Record<string, unknown>>) await onRow(row);
  } finally {
    signal?.removeEventListener('abort', destroy);
    stream.destroy();
  }
}

async function generateDataset(
  client: pg.PoolClient,
  store: OpenDataStore,
  dataset: Dataset,
  provinces: Province[],
  options: GenerateOptions,
  area: unknown[],
  previous: Map<string, ManifestFile>,
  generatedAt: string,
): Promise<ManifestFile[]> {
  const known = new Map(provinces.map((province) => [province.code, province.name]));
  const national = await AreaFiles.open(store, dataset, null, null);
  const entries: ManifestFile[] = [];
  const done = new Set<string>();
  let province: AreaFiles | null = null;
  try {
    await streamRows(
      client,
      dataset.sql,
      [options.day, ...area],
      async (row) => {
        options.signal?.throwIfAborted();
        const code = (row.province_code as string | null) ?? null;
        if (province && province.provinceCode !== code) {
          entries.push(...(await province.finish(store, previous, generatedAt, options.sizeOf)));
          province = null;
        }
        if (!province && code !== null && known.has(code) && !done.has(code)) {
          done.add(code);
          province = await AreaFiles.open(store, dataset, code, known.get(code)!);
        }
        const values = valuesOf(dataset, row);
        const csvLine = values.map(csvCell).join(',') + '\r\n';
        const json: Record<string, Value> = {};
        dataset.columns.forEach((column, i) => (json[column.name] = values[i]!));
        await national.write(csvLine, JSON.stringify(json) + '\n');
        if (province) await (province as AreaFiles).write(csvLine, JSON.stringify(json) + '\n');
      },
      options.signal,
    );
    if (province)
      entries.push(...(await (province as AreaFiles).finish(store, previous, generatedAt, options.sizeOf)));
    province = null;
    // Provinces without a row still get their (header-only) files: every province has a link.
    for (const { code, name } of provinces) {
      if (done.has(code)) continue;
      const empty = await AreaFiles.open(store, dataset, code, name);
      entries.push(...(await empty.finish(store, previous, generatedAt, options.sizeOf)));
    }
    entries.unshift(...(await national.finish(store, previous, generatedAt, options.sizeOf)));
    return entries;
  } catch (error) {
    await national.abort();
    if (province) await (province as AreaFiles).abort();
    throw error;
  }
}

/** Generates every file, then the manifest (written last: it names only files already in place). */
export async function generateOpenData(
  dataSource: DataSource,
  store: OpenDataStore,
  options: GenerateOptions,
): Promise<Manifest> {
  const started = performance.now();
  const generatedAt = now().toISOString();
  const previous = new Map((options.previous?.files ?? []).map((file) => [file.name, file]));
  const runner = dataSource.createQueryRunner('slave');
  await runner.connect();
  // TypeORM's query runner holds a pg PoolClient: pg-query-stream needs the driver's client itself.
  const client = (runner as unknown as { databaseConnection: pg.PoolClient }).databaseConnection;
  const files: ManifestFile[] = [];
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The API's statement_timeout is for requests; a national dataset streams for longer.
    await client.query('SET LOCAL statement_timeout = 0');
    // Named apart from the API's requests in pg_stat_activity: background work, not a request's.
    await client.query(`SET LOCAL application_name = 'ocop-open-data'`);
    const { rows: provinces } = await client.query<Province>(
      `SELECT code, name FROM admin_unit
       WHERE level = 'province' AND (valid_from IS NULL OR valid_from <= $1::date)
         AND (valid_to IS NULL OR valid_to > $1::date)
       ORDER BY code`,
      [options.day],
    );
    // Which province of today each unit lies in: two arrays of ~14,000 entries, read once.
    const {
      rows: [area],
    } = await client.query<{ unit_ids: string[]; province_codes: string[] }>(UNIT_AREA_SQL, [options.day]);
    const areaParams = [area!.unit_ids, area!.province_codes];
    for (const dataset of DATASETS) {
      files.push(
        ...(await generateDataset(
          client,
          store,
          dataset,
          provinces,
          options,
          areaParams,
          previous,
          generatedAt,
        )),
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    fingerprint: options.fingerprint,
    asOf: options.day,
    generatedAt,
    durationMs: Math.round(performance.now() - started),
    licence: LICENCE,
    datasets: DATASETS.map(({ id, titleVi, titleEn, descriptionVi, descriptionEn, columns }) => ({
      id,
      titleVi,
      titleEn,
      descriptionVi,
      descriptionEn,
      columns,
    })),
    files,
  };
  const writer = await store.create(MANIFEST_NAME);
  writer.stream.write(JSON.stringify(manifest, null, 1) + '\n');
  await writer.commit();
  // Files of an older layout that this generation did not write.
  const current = new Set([MANIFEST_NAME, ...files.map((file) => file.name)]);
  for (const name of await store.list()) if (!current.has(name)) await store.remove(name);
  return manifest;
}

/**
 * A cheap fingerprint of everything the files hold: per table the row count and the sum of the
 * versions (every write of the API raises a row's version; an insert or delete changes the count;
 * a withdrawal sets deleted_at), the units and their lineage, the day (statuses change with the
 * calendar) and FORMAT_VERSION. One statement of aggregates; no row is read out.
 */
export async function dataFingerprint(dataSource: DataSource, day: string): Promise<string> {
  const versioned = [
    'ocop_product',
    'ocop_certificate',
    'producer',
    'evaluation',
    'criterion_result',
    'recognition',
  ];
  const parts = versioned.map(
    (table) => `(SELECT count(*) || ':' || coalesce(sum(version), 0) FROM ${table})`,
  );
  // The change log's last entry: any write to products, producers, certificates, listings or units,
  // by any path (raw SQL, an import, a trigger), not only those that bump a version. An entry of a
  // transaction rolled back since only costs a regeneration that finds every file unchanged.
  const [row] = (await dataSource.query(
    `SELECT md5(concat_ws('|', ${parts.join(', ')},
       (SELECT coalesce(max(seq), 0) FROM change_log),
       (SELECT count(deleted_at) FROM ocop_product), (SELECT count(deleted_at) FROM producer),
       (SELECT count(*) FROM admin_unit), (SELECT count(*) FROM unit_lineage),
       (SELECT count(*) FROM criterion), (SELECT count(*) FROM criteria_set),
       (SELECT count(*) FROM ocop_product_set))) AS fingerprint`,
  )) as { fingerprint: string }[];
  return `${FORMAT_VERSION}:${day}:${row!.fingerprint}`;
}
