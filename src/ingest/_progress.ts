/**
 * Progress of a long ingest: a bar with counts and rate on a terminal, one plain line every so often
 * otherwise (logs, CI, pipes), so the output stays readable wherever it goes. Written to stderr, so
 * stdout stays clean for the summary and for scripts. A long file reports how far into its text the
 * store has got, so a 50 MB document is never a silent wait.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(file: string, ok: boolean): void;
  /** `done` of `total` characters of `file` extracted and stored. */
  within(file: string, done: number, total: number): void;
  stop(): void;
}

const shortName = (file: string): string => (file.length > 40 ? `…${file.slice(-39)}` : file);
const millions = (n: number): string => (n / 1e6).toFixed(1);

/** A reporter for `total` files; `tty` defaults to whether stderr is a terminal. */
export function createProgress(total: number, tty = Boolean(process.stderr.isTTY), stream: NodeJS.WritableStream = process.stderr): Progress {
  const started = Date.now();
  let done = 0;
  let failed = 0;
  const elapsed = () => Math.max(0.001, (Date.now() - started) / 1000);
  const rate = () => (done / elapsed()).toFixed(1);
  /** Where the current file started, to give its own rate. */
  let fileStarted = { file: '', at: started };
  const fileRate = (file: string, chars: number): string => {
    if (fileStarted.file !== file) fileStarted = { file, at: Date.now() };
    return millions(chars / Math.max(0.001, (Date.now() - fileStarted.at) / 1000));
  };
  if (tty) {
    const bar = new cliProgress.SingleBar(
      { format: 'ingest [{bar}] {value}/{total} documents | {rate} docs/s | {failed} failed | {file}', stream, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', failed: 0, file: '' });
    return {
      tick(file, ok) {
        done++;
        if (!ok) failed++;
        bar.update(done, { rate: rate(), failed, file: shortName(file) });
      },
      within(file, chars, of) {
        if (chars >= of) return;
        const pct = Math.floor((100 * chars) / of);
        bar.update(done, { rate: rate(), failed, file: `${shortName(file)} ${pct}% (${millions(chars)}/${millions(of)} M chars, ${fileRate(file, chars)} M/s)` });
      },
      stop: () => bar.stop(),
    };
  }
  // Plain lines: about twenty over the run, and the last one; inside a long file, one every 5 %.
  const every = Math.max(1, Math.ceil(total / 20));
  let lastStep = { file: '', step: -1 };
  return {
    tick(_file, ok) {
      done++;
      if (!ok) failed++;
      if (done % every === 0 || done === total) stream.write(`ingest: ${done}/${total} documents, ${rate()} docs/s, ${failed} failed\n`);
    },
    within(file, chars, of) {
      if (chars >= of && lastStep.file !== file) return; // one piece: nothing to say inside it
      const step = Math.floor((20 * chars) / of);
      if (lastStep.file === file && step === lastStep.step) return;
      lastStep = { file, step };
      stream.write(`ingest: ${file}: ${Math.floor((100 * chars) / of)}% (${millions(chars)} of ${millions(of)} M characters, ${fileRate(file, chars)} M/s)\n`);
    },
    stop() {},
  };
}
