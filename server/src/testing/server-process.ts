// A real server process (server/src/main.ts under tsx), as a municipality runs several of them
// against one PostgreSQL. It listens on a free port and the test reads which one from its log.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  baseUrl: string;
  /** Sends SIGTERM and resolves with the exit code (0: shut down gracefully). */
  stop(): Promise<number | null>;
  /** Ends the process at once, if it still runs (clean-up after a failed test). */
  kill(): void;
}

/** A folder with an index.html: the server refuses to start without a built app to serve. */
export async function emptyAppDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'raadet-app-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Rådet</title>');
  return dir;
}

export async function startServerProcess(env: { DATABASE_URL: string; APP_DIR: string }): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (output += chunk));
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = /running on port (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    void exited.then((code) => reject(new Error(`The server exited (${code}) before listening:\n${output}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
