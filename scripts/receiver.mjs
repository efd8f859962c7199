// Starts the reference receiver (target/debug/redress-receiver, built by
// `./x build`) for scripts and the end-to-end tests: serving dist/ and any
// extra mounts on a free port, with its database in `dataDir`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RECEIVER = join(root, 'target', 'debug', 'redress-receiver');

/**
 * Starts a receiver. Resolves to { url, token, stop(), kill(), kept(), submissions() }:
 * `kill` ends it at once (SIGKILL), `stop` politely; `submissions` lists
 * what it has stored, through the staff endpoint (`kept` as the listing
 * gives it, with each one's deliveries).
 */
export async function startReceiver({ dist = join(root, 'dist'), mounts = {}, dataDir, port = 0, env = {}, args: extra = [] }) {
  if (!existsSync(RECEIVER)) throw new Error(`${RECEIVER} is missing: run ./x build first`);
  const token = randomBytes(24).toString('hex');
  const args = ['--dist', dist, '--port', String(port)];
  if (dataDir) args.push('--data', dataDir);
  for (const [prefix, dir] of Object.entries(mounts)) args.push('--mount', `${prefix}=${dir}`);
  args.push(...extra);
  const child = spawn(RECEIVER, args, {
    env: { ...process.env, REDRESS_STAFF_TOKEN: token, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the receiver stopped at start with code ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /running at (http:\/\/\S+?)\/?$/.exec(line);
      if (match) resolve(match[1]);
      else reject(new Error(`unexpected first line from the receiver: ${line}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    token,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    /** Every stored submission as the staff listing gives it (with its
     *  reference, when it was stored and its deliveries), oldest first. */
    async kept() {
      const all = [];
      for (let after = 0; after !== null; ) {
        const response = await fetch(`${url}/api/submissions?after=${after}&limit=200`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`the staff listing answered ${response.status}`);
        const page = await response.json();
        all.push(...page.submissions);
        after = page.next;
      }
      return all;
    },
    /** Every stored submission, oldest first. */
    async submissions() {
      return (await this.kept()).map((kept) => kept.submission);
    },
  };
}
