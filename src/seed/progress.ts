import { Presets, SingleBar } from 'cli-progress';
import { ProgressSink } from './write-graph';

/**
 * Progress for the seed command: on a terminal a bar per phase (done/total and rows per second);
 * otherwise (CI logs, pipes) one plain line per finished phase with its count, time and rate.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  let bar: SingleBar | undefined;
  let phase = '';
  let total = 0;
  let done = 0;
  let started = 0;
  const rate = () => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  return {
    startPhase(name, count) {
      phase = name;
      total = count;
      done = 0;
      started = Date.now();
      if (stream.isTTY) {
        bar = new SingleBar(
          { format: `${name.padEnd(56)} [{bar}] {value}/{total} {rate}/s`, stream, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(count, 0, { rate: 0 });
      }
    },
    advance(count) {
      done = count;
      bar?.update(done, { rate: rate() });
    },
    endPhase() {
      if (bar) bar.stop();
      else stream.write(`${phase}: ${done}/${total} in ${Date.now() - started} ms (${rate()}/s)\n`);
      bar = undefined;
    },
  };
}
