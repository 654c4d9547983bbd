import { SeedSummary } from './load-seeds';

/** The summary printed after a load: counts by label and by type, totals, duration and rate. */
export function formatSummary(heading: string, summary: Omit<SeedSummary, 'ms'> & { ms?: number }): string {
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const table = (counts: Record<string, number>) =>
    Object.entries(counts).map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(9)}`);
  const nodes = total(summary.nodes);
  const relationships = total(summary.relationships);
  const lines = [
    heading,
    `nodes by label (${nodes}):`,
    ...table(summary.nodes),
    `relationships by type (${relationships}):`,
    ...table(summary.relationships),
  ];
  if (summary.ms !== undefined) {
    const perSecond = Math.round(((nodes + relationships) * 1000) / Math.max(summary.ms, 1));
    lines.push(`in ${summary.ms} ms (${perSecond} nodes+relationships per second)`);
  }
  return lines.join('\n');
}

