import { SingleBar, Presets } from 'cli-progress';
import { ProgressSink } from './write-graph';

/**
 * Progress for the seed command: a bar per phase (count and rate) on a terminal, one summary line
 * per phase otherwise (CI logs, pipes).
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let bar: SingleBar | undefined;
  let phase = '';
  let total = 0;
  let started = 0;
  return {
    startPhase(name, count) {
      phase = name;
      total = count;
      started = Date.now();
      if (stream.isTTY) {
        bar = new SingleBar(
          { format: `${name.padEnd(48)} [{bar}] {value}/{total} {rate}/s`, stream, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(count, 0, { rate: 0 });
      }
    },
    advance(done) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar?.update(done, { rate: Math.round(done / seconds) });
    },
    endPhase() {
      const ms = Date.now() - started;
      if (bar) bar.stop();
      else stream.write(`${phase}: ${total} in ${ms} ms\n`);
      bar = undefined;
    },
  };
}
