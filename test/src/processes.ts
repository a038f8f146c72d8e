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
