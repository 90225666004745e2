import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Processor time of the whole machine, in core-seconds since it started: working, and idle. */
export interface CpuTime {
  busy: number;
  idle: number;
}

let ticksPerSecond: number | undefined;

/**
 * The machine's processor time from /proc/stat (Linux), every process counted, the browsers and
 * print engines a test starts included; undefined where there is no /proc/stat. Two readings give
 * what a step used: `cpuUsedBetween`.
 */
export function machineCpuTime(): CpuTime | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  // cpu  user nice system idle iowait irq softirq steal …
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number) as number[];
  return { busy: (user! + nice! + system! + irq! + softirq! + steal!) / ticksPerSecond, idle: (idle! + iowait!) / ticksPerSecond };
}

/** What the machine's processors did over a step: core-seconds working, and the share of the time they worked. */
export interface CpuUse {
  busyCoreSeconds: number;
  busyShare: number;
}

/** What the machine's processors did between two readings. */
export function cpuUsedBetween(before: CpuTime | undefined, after: CpuTime | undefined): CpuUse | undefined {
  if (!before || !after) return undefined;
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  return { busyCoreSeconds: Math.round(busy), busyShare: busy + idle > 0 ? Math.round((busy / (busy + idle)) * 100) / 100 : 0 };
}
