import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited output; rejects with the command and exit code on failure.
 * `env` adds to `base`, the environment it starts from (this process's, unless given).
 */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, base: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...base, ...env } });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new StepFailure(`${command} ${args.join(' ')} が失敗しました(終了コード ${code ?? signal})。`));
    });
  });
}

/** A build or test step that failed; its message is already written for the reader. */
export class StepFailure extends Error {
  override name = 'StepFailure';
}

/** Times an async step and prints its name before and its duration after. */
export async function timed<T>(label: string, step: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  console.log(`\n▶ ${label}`);
  const started = performance.now();
  const result = await step();
  const seconds = (performance.now() - started) / 1000;
  console.log(`✔ ${label}(${seconds.toFixed(1)} 秒)`);
  return { result, seconds };
}
