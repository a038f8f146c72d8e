// `pnpm dev`: the platform in watch mode, in one process group that Ctrl-C stops entirely.
//   - tsc -b -w rebuilds @ocop/db and @ocop/server on change;
//   - node --watch restarts the server (on port 4000, embedded PostgreSQL as with `pnpm start`)
//     when its compiled files change;
//   - Vite serves the portal with hot reload on http://localhost:5173/, proxying /graphql to it.
// (pnpm --parallel puts each script in a process group of its own, where Ctrl-C does not reach.)
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// A first build, so the server has something to start from.
const first = spawnSync(process.execPath, [tsc, '-b', 'db', 'server'], { cwd: root, stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);
const codegen = spawnSync('pnpm', ['--filter', '@ocop/portal', 'run', 'codegen'], {
  cwd: root,
  stdio: 'inherit',
});
if (codegen.status !== 0) process.exit(codegen.status ?? 1);

const children = [
  spawn(process.execPath, [tsc, '-b', '-w', '--preserveWatchOutput', 'db', 'server'], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch', path.join('server', 'dist', 'start.js')], {
    cwd: root,
    stdio: 'inherit',
  }),
  spawn(path.join(root, 'portal', 'node_modules', '.bin', 'vite'), [], {
    cwd: path.join(root, 'portal'),
    stdio: 'inherit',
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));
// One part dying (a port already taken…) ends the others too, rather than a half-running platform.
for (const child of children) child.once('exit', (code) => stop(code ?? 1));
