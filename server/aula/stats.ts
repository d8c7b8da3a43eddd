/*
 * A worker's load, one line at a time, when AULA_STATS_MS is set (off by default): for the
 * benchmark, which reads these lines to say where a run hit its limit, and for an administrator
 * sizing a server (journalctl -u 'netralitas-aula@*' | grep aula-stats). One JSON object per line:
 *   at       the time (ms since 1970), to line up with other processes
 *   cpu      CPU time used in this interval (user + system, ms): 1000 per second is one full core
 *   eld99    event-loop delay p99 in this interval (ms): how late a waiting message was handled
 *   eldMax   the longest delay in this interval (ms)
 *   batches  transactions the store wrote so far (group commits), `events` the events in them,
 *            `commitMs` the time they took in all (from sending the statement to its COMMIT)
 *   reads    catch-up reads so far (events other workers wrote), `read` the events they returned
 *   notified events of other workers taken from their notifications, without a read
 * No personal data, no keys: counts and times only.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface StoreCounters {
  batches: number;
  events: number;
  commitMs: number;
  reads: number;
  read: number;
  notified: number;
}

export const STATS_PREFIX = 'aula-stats ';

/** Starts printing; returns a function that stops. */
export function logStats(everyMs: number, counters: () => StoreCounters | undefined, log: (line: string) => void = console.log): () => void {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpu = process.cpuUsage();
  const timer = setInterval(() => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const ms = (ns: number) => Math.round(ns / 1e6);
    log(
      STATS_PREFIX +
        JSON.stringify({
          at: Date.now(),
          cpu: Math.round((used.user + used.system) / 1000),
          eld99: ms(delay.percentile(99)),
          eldMax: ms(delay.max),
          ...counters(),
          ...(counters() && { commitMs: Math.round(counters()!.commitMs) }),
        }),
    );
    delay.reset();
  }, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    delay.disable();
  };
}
