/**
 * The TCP side of pg-dump.ts's bridge, in a worker thread: the WebAssembly pg_dump runs
 * synchronously on the main thread and cannot wait for a socket, so this thread holds the
 * connection to PostgreSQL and hands the bytes over through shared memory.
 *
 * Protocol with the main thread: `{ write: Uint8Array }` sends bytes to the server; `{ read: n }`
 * asks for up to n bytes, answered by storing them in `data`, their count in `control[1]` and 1 in
 * `control[0]` (then `Atomics.notify`). A read waits for bytes while the server owes an answer
 * (from a client message until ReadyForQuery, or until an authentication request that the client
 * must answer); otherwise it is answered at once with 0 bytes ("nothing now"), which is what
 * libpq's speculative reads after a long message expect. `control[0] = 2` means the connection
 * failed: its reason is in `data` (`control[1]` bytes), and also posted back.
 */
import net from 'node:net';
import tls from 'node:tls';
import { parentPort, workerData } from 'node:worker_threads';

interface BridgeData {
  control: Int32Array;
  data: Uint8Array;
  host: string;
  port: number;
  /** Negotiate TLS before the client's first byte (sslmode=require and stricter). */
  ssl: false | { rejectUnauthorized: boolean };
}

const { control, data, host, port, ssl } = workerData as BridgeData;
const port_ = parentPort!;

const chunks: Buffer[] = [];
let queued = 0;
let pending = 0;
let closed = false;
/** True while the server owes the client an answer. */
let serverTurn = false;
/** The header of the server message being read (type, length, and an authentication code). */
let header: Buffer = Buffer.alloc(0);
/** Bytes of the current message's body still to pass over. */
let skip = 0;
/**
 * Whether the message being passed over gives the turn to the client once complete: the turn
 * changes after its last byte, not after its header — a ReadyForQuery split between two TCP
 * segments (header, then its status byte) must not let a read answer "nothing now" in between.
 */
let endsTurn = false;
let failure: string | null = null;

/** Follows the server's messages (type byte, int32 length) to know whose turn it is. */
function follow(bytes: Buffer): void {
  let index = 0;
  while (index < bytes.length) {
    if (skip > 0) {
      const count = Math.min(skip, bytes.length - index);
      skip -= count;
      index += count;
      if (skip === 0 && endsTurn) serverTurn = false;
      continue;
    }
    // 5 bytes of header (type, length); 9 for an authentication request (its code).
    const need = header[0] === 0x52 ? 9 : 5;
    const take = Math.min(need - header.length, bytes.length - index);
    header = Buffer.concat([header, bytes.subarray(index, index + take)]);
    index += take;
    if (header.length < 5 || (header[0] === 0x52 && header.length < 9)) continue;
    const type = header[0];
    // ReadyForQuery, and authentication requests but 0 (ok) and 12 (SASL final), which are
    // followed by more: the client speaks next.
    endsTurn = type === 0x5a || (type === 0x52 && ![0, 12].includes(header.readInt32BE(5)));
    skip = 1 + header.readInt32BE(1) - header.length;
    header = Buffer.alloc(0);
    if (skip === 0 && endsTurn) serverTurn = false;
  }
}

function answer(count: number, state = 1): void {
  Atomics.store(control, 1, count);
  Atomics.store(control, 0, state);
  Atomics.notify(control, 0);
}

function deliver(): void {
  if (pending === 0) return;
  if (failure !== null) {
    // The reason goes with the answer, in the shared buffer: the main thread is inside pg_dump
    // and cannot receive a message until it has exited.
    pending = 0;
    answer(Buffer.from(failure).copy(data), 2);
    return;
  }
  if (queued === 0 && !closed && serverTurn) return; // wait for the server
  let count = 0;
  while (count < pending && chunks.length > 0) {
    const chunk = chunks[0]!;
    const take = Math.min(chunk.length, pending - count);
    data.set(chunk.subarray(0, take), count);
    count += take;
    if (take === chunk.length) chunks.shift();
    else chunks[0] = chunk.subarray(take);
  }
  queued -= count;
  pending = 0;
  answer(count);
}

/** Over TLS, the server's first message until it is complete (see withoutChannelBinding). */
let firstMessage: Buffer | null = ssl ? Buffer.alloc(0) : null;

/**
 * Over TLS the server offers SCRAM-SHA-256-PLUS (channel binding), which this libpq, built without
 * TLS and unaware of the tunnel, refuses ("offered … over a non-SSL connection"). The offer is
 * removed from the first AuthenticationSASL message; libpq then says it does not support channel
 * binding (gs2 flag n), which the server accepts. TLS still protects the whole connection.
 */
function withoutChannelBinding(message: Buffer): Buffer {
  if (message[0] !== 0x52 || message.readInt32BE(5) !== 10) return message;
  const names = message
    .subarray(9)
    .toString('utf8')
    .split('\0')
    .filter((name) => name !== '' && name !== 'SCRAM-SHA-256-PLUS');
  const body = Buffer.from(`${names.join('\0')}\0\0`, 'utf8');
  const rebuilt = Buffer.alloc(9 + body.length);
  rebuilt[0] = 0x52;
  rebuilt.writeInt32BE(8 + body.length, 1);
  rebuilt.writeInt32BE(10, 5);
  body.copy(rebuilt, 9);
  return rebuilt;
}

function onData(received: Buffer): void {
  let bytes = received;
  if (firstMessage !== null) {
    firstMessage = Buffer.concat([firstMessage, received]);
    if (firstMessage.length < 5 || firstMessage.length < 1 + firstMessage.readInt32BE(1)) return;
    const end = 1 + firstMessage.readInt32BE(1);
    bytes = Buffer.concat([withoutChannelBinding(firstMessage.subarray(0, end)), firstMessage.subarray(end)]);
    firstMessage = null;
  }
  follow(bytes);
  chunks.push(bytes);
  queued += bytes.length;
  deliver();
}

function fail(message: string): void {
  if (failure === null) {
    failure = message;
    port_.postMessage({ error: message });
  }
  closed = true;
  deliver();
}

let socket: net.Socket;
const ready = new Promise<void>((resolve) => {
  const raw = net.connect({ host, port });
  raw.setNoDelay(true);
  raw.once('error', (error) => fail(`${host}:${port}: ${error.message}`));
  raw.once('connect', () => {
    if (!ssl) {
      socket = raw;
      resolve();
      return;
    }
    // SSLRequest: length 8, code 80877103; the server answers one byte, S (yes) or N (no).
    const request = Buffer.alloc(8);
    request.writeInt32BE(8, 0);
    request.writeInt32BE(80877103, 4);
    raw.write(request);
    raw.once('data', (reply) => {
      if (reply[0] !== 0x53) {
        fail(`${host}:${port} does not accept TLS connections`);
        return;
      }
      const secure = tls.connect({ socket: raw, servername: net.isIP(host) ? undefined : host, ...ssl });
      secure.once('secureConnect', () => {
        socket = secure;
        resolve();
      });
      secure.once('error', (error) => fail(`TLS to ${host}:${port}: ${error.message}`));
    });
  });
});

void ready.then(() => {
  socket.on('data', onData);
  socket.on('close', () => {
    // Closed while an answer is owed: say so, rather than letting pg_dump read "nothing now".
    if (serverTurn) fail(`${host}:${port} closed the connection before answering`);
    closed = true;
    deliver();
  });
  socket.on('error', (error) => fail(error.message));
  port_.postMessage({ ready: true });
});

port_.on('message', (message: { write?: Uint8Array; read?: number; end?: boolean }) => {
  if (message.write) {
    serverTurn = true;
    socket.write(message.write);
  } else if (message.read !== undefined) {
    pending = Math.min(message.read, data.length);
    deliver();
  } else if (message.end) {
    socket.end();
  }
});
