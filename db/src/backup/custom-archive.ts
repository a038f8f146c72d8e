/**
 * A reader of pg_dump's custom-format archive (`pg_dump -Fc`), archive versions 1.14–1.16
 * (pg_dump 14 to 18), as pg_backup_archiver.c and pg_backup_custom.c write it:
 *
 *   "PGDMP", version (3 bytes), int size, offset size, format (1 = custom), compression
 *   (1.15+: 0 none, 1 gzip, 2 lz4, 3 zstd), creation time (7 ints), database name, server
 *   version, pg_dump version; the table of contents (count, then per entry: dump id, has data,
 *   table oid, oid, tag, desc, section, definition, drop statement, copy statement, schema,
 *   tablespace, table access method, relkind (1.16+), owner, "false", dependencies, data
 *   offset); then the data blocks in order: type (1 data, 3 large objects), dump id, chunks of
 *   (length, bytes) ended by a zero length — the bytes of one block are one zlib stream when
 *   compressed with gzip.
 *
 * An int is a sign byte then `int size` bytes, least significant first; a string an int length
 * (-1: null) then its bytes.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface TocEntry {
  dumpId: number;
  hadDumper: boolean;
  tag: string;
  desc: string;
  section: Section;
  defn: string;
  copyStmt: string;
  namespace: string;
  tableam: string;
  owner: string;
}

export enum Section {
  None = 1,
  PreData = 2,
  Data = 3,
  PostData = 4,
}

export type Compression = 'none' | 'gzip';

export interface ArchiveHeader {
  version: string;
  compression: Compression;
  database: string;
  serverVersion: string;
  pgDumpVersion: string;
  entries: TocEntry[];
}

export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

const BLK_DATA = 1;
const BLK_BLOBS = 3;
const READ_BYTES = 1 << 20;

/** Sequential reads from a file with a buffer of its own. */
class Reader {
  private readonly fd: number;
  private buffer = Buffer.alloc(0);
  private offset = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Up to `max` bytes (fewer only at the end of the file). */
  private fill(min: number): void {
    if (this.buffer.length - this.offset >= min) return;
    const rest = this.buffer.subarray(this.offset);
    const chunk = Buffer.alloc(Math.max(READ_BYTES, min));
    let filled = 0;
    while (rest.length + filled < min) {
      const count = readSync(this.fd, chunk, filled, chunk.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    this.buffer = Buffer.concat([rest, chunk.subarray(0, filled)]);
    this.offset = 0;
  }

  atEnd(): boolean {
    this.fill(1);
    return this.buffer.length - this.offset === 0;
  }

  bytes(count: number): Buffer {
    this.fill(count);
    if (this.buffer.length - this.offset < count)
      throw new ArchiveError('the archive ends too early (truncated?)');
    const slice = this.buffer.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  byte(): number {
    return this.bytes(1)[0]!;
  }
}

/** Reads an archive: its header and table of contents first, then its data blocks one by one. */
export class CustomArchive {
  private readonly reader: Reader;
  private intSize = 4;
  private offSize = 8;
  readonly header: ArchiveHeader;

  constructor(file: string) {
    this.reader = new Reader(file);
    try {
      this.header = this.readHeader();
    } catch (error) {
      this.reader.close();
      throw error;
    }
  }

  close(): void {
    this.reader.close();
  }

  private int(): number {
    const sign = this.reader.byte();
    const bytes = this.reader.bytes(this.intSize);
    let value = 0;
    for (let i = bytes.length - 1; i >= 0; i -= 1) value = value * 256 + bytes[i]!;
    return sign ? -value : value;
  }

  private string(): string | null {
    const length = this.int();
    if (length < 0) return null;
    return this.reader.bytes(length).toString('utf8');
  }

  private readHeader(): ArchiveHeader {
    if (this.reader.bytes(5).toString('latin1') !== 'PGDMP') {
      throw new ArchiveError('not a pg_dump custom-format archive (made with pg_dump -Fc)');
    }
    const [major, minor, revision] = [this.reader.byte(), this.reader.byte(), this.reader.byte()];
    const version = `${major}.${minor}.${revision}`;
    if (major !== 1 || minor < 14 || minor > 16) {
      throw new ArchiveError(`archive version ${version} is not supported (1.14 to 1.16: pg_dump 14 to 18)`);
    }
    this.intSize = this.reader.byte();
    this.offSize = this.reader.byte();
    if (this.reader.byte() !== 1) throw new ArchiveError('not a custom-format archive (pg_dump -Fc)');
    let compression: Compression;
    if (minor >= 15) {
      const algorithm = this.reader.byte();
      if (algorithm > 1) {
        throw new ArchiveError(
          `the archive is compressed with ${algorithm === 2 ? 'lz4' : 'zstd'}: only gzip (pg_dump's default) or none is supported`,
        );
      }
      compression = algorithm === 1 ? 'gzip' : 'none';
    } else {
      compression = this.int() === 0 ? 'none' : 'gzip';
    }
    for (let i = 0; i < 7; i += 1) this.int(); // creation time
    const database = this.string() ?? '';
    const serverVersion = this.string() ?? '';
    const pgDumpVersion = this.string() ?? '';
    const count = this.int();
    const entries: TocEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      const dumpId = this.int();
      const hadDumper = this.int() !== 0;
      this.string(); // table oid
      this.string(); // oid
      const tag = this.string() ?? '';
      const desc = this.string() ?? '';
      const section = this.int() as Section;
      const defn = this.string() ?? '';
      this.string(); // drop statement
      const copyStmt = this.string() ?? '';
      const namespace = this.string() ?? '';
      this.string(); // tablespace
      const tableam = this.string() ?? '';
      if (minor >= 16) this.int(); // relkind
      const owner = this.string() ?? '';
      this.string(); // "false": with oids
      while (this.string() !== null); // dependencies
      this.reader.byte(); // data offset: its flag…
      this.reader.bytes(this.offSize); // …and its value
      entries.push({ dumpId, hadDumper, tag, desc, section, defn, copyStmt, namespace, tableam, owner });
    }
    return { version, compression, database, serverVersion, pgDumpVersion, entries };
  }

  /**
   * The next data block: its dump id and its chunks (still compressed), read as they are
   * iterated; null at the end of the archive. The chunks must be consumed before the next block.
   */
  nextBlock(): { dumpId: number; chunks: Iterable<Buffer> } | null {
    if (this.reader.atEnd()) return null;
    const type = this.reader.byte();
    if (type === BLK_BLOBS) throw new ArchiveError('the archive holds large objects: not supported');
    if (type !== BLK_DATA) throw new ArchiveError(`unexpected block type ${type} (corrupt archive?)`);
    const dumpId = this.int();
    const chunks = function* (this: CustomArchive): Generator<Buffer> {
      for (;;) {
        const length = this.int();
        if (length === 0) return;
        yield Buffer.from(this.reader.bytes(length));
      }
    };
    return { dumpId, chunks: { [Symbol.iterator]: () => chunks.call(this) } };
  }
}
