import { PassThrough } from 'node:stream';
import { formatSummary } from './format-summary';
import { createProgress } from './progress';

/** A stream that records what is written, posing as a terminal or not. */
function capture(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  Object.assign(stream, { isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream, text: () => written };
}

describe('seed progress', () => {
  it('writes one plain line per phase with count and rate when not on a terminal', () => {
    const { stream, text } = capture(false);
    const progress = createProgress(stream);
    progress.startPhase('nodes Council', 3);
    progress.advance(3);
    progress.endPhase();
    expect(text()).toMatch(/^nodes Council: 3\/3 in \d+ ms \(\d+\/s\)\n$/);
  });

  it('draws a bar with done/total and rate on a terminal', () => {
    const { stream, text } = capture(true);
    const progress = createProgress(stream);
    progress.startPhase('relationships LEADS (Council->Project)', 4000);
    progress.advance(2000);
    progress.advance(4000);
    progress.endPhase();
    expect(text()).toContain('relationships LEADS (Council->Project)');
    expect(text()).toMatch(/\[[=\-# ░█]+\] 4000\/4000 \d+\/s/);
  });
});

describe('formatSummary', () => {
  it('lists nodes by label and relationships by type with totals, duration and rate', () => {
    const text = formatSummary('loaded seeds', { nodes: { Council: 150, Project: 50 }, relationships: { LEADS: 300 }, ms: 2000 });
    expect(text.split('\n')).toEqual([
      'loaded seeds',
      'nodes by label (200):',
      '  Council                150',
      '  Project                 50',
      'relationships by type (300):',
      '  LEADS                  300',
      'in 2000 ms (250 nodes+relationships per second)',
    ]);
  });
});
