import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Reading the process tree from /proc (Linux): for tests and benchmarks that start real processes. */

export interface ProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
  /** The program it runs (/proc/<pid>/exe), when readable. */
  readonly exe: string | undefined;
}

/** Every process on the machine with its parent, from /proc (Linux). */
export function processTable(): ProcessInfo[] {
  const table: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      let exe: string | undefined;
      try {
        exe = readlinkSync(`/proc/${entry}/exe`);
      } catch {
        exe = undefined;
      }
      table.push({ pid: Number(entry), ppid, command, exe });
    } catch {
      // The process ended while we read.
    }
  }
  return table;
}

/** The processes below `pid`, children first. */
export function descendants(pid: number): ProcessInfo[] {
  const table = processTable();
  const found: ProcessInfo[] = [];
  const visit = (parent: number) => {
    for (const child of table.filter((p) => p.ppid === parent)) {
      found.push(child);
      visit(child.pid);
    }
  };
  visit(pid);
  return found;
}

export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Resident memory of `pid` in bytes (VmRSS), or 0 once it has ended. */
export function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
