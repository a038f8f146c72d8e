/**
 * Stopping an HTTP server without cutting a request a client has already sent.
 *
 * Neither `http.Server.close()` nor Apollo's drain plugin does that: both close every connection
 * that has no request in progress, which includes a connection accepted a moment ago whose
 * request has not been read yet (under load, most of them), and the client sees a reset. Closing
 * the listener at once also resets the connections still waiting in the kernel's accept queue.
 *
 * `drain()` here:
 *   1. waits `delayMs` with the listener open (a load balancer polling /readyz, which the caller
 *      already answers with 503, stops sending meanwhile); responses say `Connection: close`;
 *   2. keeps accepting until no connection has come for `ACCEPT_QUIET_MS`, then closes the
 *      listener (what is still in the kernel's accept queue then is reset);
 *   3. lets every connection finish its request, closing it after the response; one without a
 *      request in progress is closed once it has been idle for `IDLE_GRACE_MS` (`FRESH_GRACE_MS`
 *      if no request has come on it yet);
 *   4. after `graceMs`, destroys whatever is left.
 */
import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

/**
 * How long a connection without a request in progress is kept open once the listener is
 * closed: a keep-alive client may have sent its next request on it already (ending it then
 * resets that request), and a connection accepted just before the stop has its first on the way.
 */
const IDLE_GRACE_MS = 1_000;
/**
 * The same for a connection that has not sent a request yet: a real client writes its request
 * right after connecting, but on a loaded machine (a busy server loop, a starved client) it can
 * take longer to be read than IDLE_GRACE_MS, and ending the connection then resets a request
 * sent before the stop. A connection silent this long is not a client worth waiting for.
 */
const FRESH_GRACE_MS = 5_000;
const IDLE_CHECK_MS = 100;
/**
 * The listener closes once no connection has come for this long (and one turn of the event loop
 * has accepted nothing): closing it resets every connection still in the kernel's accept queue,
 * and a busy loop accepts late, so "right away" would reset requests sent before the stop.
 */
const ACCEPT_QUIET_MS = 200;

interface SocketState {
  active: number;
  /** Whether a request has come on it. */
  used: boolean;
  /** When its last response ended, or when it was accepted. */
  idleSince: number;
}

export interface HttpDrain {
  /** Begins the drain (from then on every response says `Connection: close`); resolves once the listener is closed and every connection has ended. Idempotent. */
  drain(options: { delayMs: number; graceMs: number }): Promise<void>;
}

const nextLoopTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function httpDrain(server: http.Server): HttpDrain {
  const sockets = new Map<Socket, SocketState>();
  let accepted = 0;
  let draining = false;
  let drained: Promise<void> | undefined;

  server.on('connection', (socket: Socket) => {
    accepted += 1;
    sockets.set(socket, { active: 0, used: false, idleSince: Date.now() });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const state = sockets.get(req.socket);
    if (!state) return;
    state.active += 1;
    state.used = true;
    // Node then closes the connection after this response instead of keeping it alive.
    if (draining && !res.headersSent) res.setHeader('connection', 'close');
    res.once('close', () => {
      state.active -= 1;
      state.idleSince = Date.now();
    });
  });

  const run = async (delayMs: number, graceMs: number): Promise<void> => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    // Keep accepting while connections still come (at most graceMs): each round sleeps, then
    // waits for the loop's poll phase, which accepts all that is queued.
    const acceptUntil = Date.now() + graceMs;
    for (;;) {
      const before = accepted;
      await new Promise((resolve) => setTimeout(resolve, ACCEPT_QUIET_MS));
      await nextLoopTurn();
      if (accepted === before || Date.now() > acceptUntil) break;
    }
    // net.Server's close, not http.Server's: the latter also closes "idle" connections, among
    // them those whose request has arrived but not been parsed yet.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    const closeIdle = (): void => {
      const now = Date.now();
      for (const [socket, state] of sockets) {
        const grace = state.used ? IDLE_GRACE_MS : FRESH_GRACE_MS;
        if (state.active === 0 && now - state.idleSince >= grace) socket.end();
      }
    };
    closeIdle();
    const idleChecks = setInterval(closeIdle, IDLE_CHECK_MS);
    const killer = setTimeout(() => sockets.forEach((_, socket) => socket.destroy()), graceMs);
    await closed;
    clearTimeout(killer);
    clearInterval(idleChecks);
  };

  return {
    drain({ delayMs, graceMs }) {
      draining = true;
      drained ??= run(delayMs, graceMs);
      return drained;
    },
  };
}
