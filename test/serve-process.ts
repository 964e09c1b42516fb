/**
 * `dyad serve` run as its own process for the end-to-end tests: started on a free loopback port, its
 * base URL read from what it prints, stopped with SIGTERM (or killed, to leave what a crash leaves).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { packagePath } from '../src/core/paths.js';

export interface ServeProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` */
  base: string;
  /** Everything it printed on stdout so far. */
  output(): string;
  /** SIGTERM, and its exit code. */
  stop(): Promise<number | null>;
}

/** Start `dyad serve ARGS… --port 0` and wait until it listens. */
export async function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [packagePath('bin', 'dyad.js'), 'serve', ...args, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TZ: 'UTC', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  const base = await new Promise<string>((resolve, reject) => {
    const check = () => {
      // The last line it prints says how to stop it: by then everything is set up.
      const m = /Dyad dashboard: (http:\/\/127\.0\.0\.1:\d+)\/[\s\S]*Ctrl-C/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`dyad serve exited ${String(code)} before listening:\n${out}\n${err}`)));
  });
  return {
    child,
    base,
    output: () => out,
    stop() {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}
