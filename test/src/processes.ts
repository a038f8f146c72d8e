import { spawn } from 'node:child_process';
import { REPO_ROOT } from '@ocop/db';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  processGroup: number;
  commandLine: string;
}

/** Every process on this machine, read from /proc (Linux). */
export function listProcesses(): ProcessInfo[] {
  const processes: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue; // a zombie has already exited
      processes.push({
        pid: Number(entry),
        processGroup: Number(fields[2]),
        commandLine: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim(),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return processes;
}

/** Waits until no process matches, or returns those that still do after `timeoutMs`. */
export async function waitForNoProcess(
  matches: (p: ProcessInfo) => boolean,
  timeoutMs = 20_000,
): Promise<ProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = listProcesses().filter(matches);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Node script from the repository root as an operator would, with the environment of the
 * test minus the variables that would point it at the test's own database (DATABASE_URL,
 * DATA_DIR, ADMIN_PASSWORD, INIT_CWD), plus `env`; `stdin` is written and closed.
 */
export function runNodeScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<CommandRun> {
  const {
    DATABASE_URL: _url,
    DATA_DIR: _dir,
    ADMIN_PASSWORD: _password,
    INIT_CWD: _cwd,
    ...inherited
  } = process.env;
  const child = spawn(process.execPath, [script, ...args], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
