/**
 * Progress of a long ingest: a bar with counts and rate on a terminal, one plain line every so often
 * otherwise (logs, CI, pipes), so the output stays readable wherever it goes. Written to stderr, so
 * stdout stays clean for the summary and for scripts.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(file: string, ok: boolean): void;
  stop(): void;
}

/** A reporter for `total` files; `tty` defaults to whether stderr is a terminal. */
export function createProgress(total: number, tty = Boolean(process.stderr.isTTY), stream: NodeJS.WritableStream = process.stderr): Progress {
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const rate = () => (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
  if (tty && total > 1) {
    const bar = new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {value}/{total} documents | {rate} docs/s | {failed} failed | {file}', stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', failed: 0, file: '' });
    return {
      tick(file, ok) {
        done++;
        if (!ok) failed++;
        bar.update(done, { rate: rate(), failed, file: file.length > 40 ? `…${file.slice(-39)}` : file });
      },
      stop: () => bar.stop(),
    };
  }
  // Plain lines: about twenty over the run, and the last one.
  const every = Math.max(1, Math.ceil(total / 20));
  return {
    tick(_file, ok) {
      done++;
      if (!ok) failed++;
      if (done % every === 0 || done === total) stream.write(`ingest: ${done}/${total} documents, ${rate()} docs/s, ${failed} failed\n`);
    },
    stop() {},
  };
}
