// The reference receiver, killed (SIGKILL) in the middle of a burst of
// submissions: every submission it acknowledged is in its database when it
// comes back, and none is stored twice. (That each commit is synced to disk
// is checked by reading the settings back: receiver/src/store.rs.)
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startReceiver } from '../../scripts/receiver.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = JSON.parse(await readFile(join(here, 'fixtures', 'submission.json'), 'utf8'));
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A copy of the template with an id and a reference of its own. */
function submission(n) {
  const letters = Array.from({ length: 8 }, (_, i) => ALPHABET[(n >> (5 * (7 - i))) & 31]).join('');
  return { ...TEMPLATE, id: randomUUID(), reference: `RDX-${letters.slice(0, 4)}-${letters.slice(4)}` };
}

export default [
  {
    name: 'the receiver killed during a burst of submissions loses none it acknowledged',
    async run() {
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-durability-'));
      try {
        let receiver = await startReceiver({ dataDir, args: ['--rate-limit', '0'] });
        const acknowledged = new Set();
        const sent = [];
        let failed = 0;
        const post = async (body) => {
          try {
            const response = await fetch(`${receiver.url}/api/submissions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': body.id },
              body: JSON.stringify(body),
            });
            if (response.status === 201 || response.status === 200) acknowledged.add(body.id);
            else throw new Error(`unexpected ${response.status}`);
          } catch (error) {
            if (/unexpected/.test(error.message)) throw error;
            failed += 1;
          }
        };
        // Eight senders keep requests in flight; the receiver dies under them.
        let next = 0;
        const sender = async () => {
          while (next < 400) {
            const body = submission(next);
            next += 1;
            sent.push(body.id);
            await post(body);
          }
        };
        const senders = Array.from({ length: 8 }, sender);
        while (acknowledged.size < 60) await new Promise((resolve) => setTimeout(resolve, 5));
        await receiver.kill();
        await Promise.all(senders);
        if (failed === 0) throw new Error('the receiver was not killed mid-burst');
        receiver = await startReceiver({ dataDir, args: ['--rate-limit', '0'] });
        try {
          const stored = await receiver.submissions();
          const ids = stored.map((s) => s.id);
          const lost = [...acknowledged].filter((id) => !ids.includes(id));
          if (lost.length > 0) throw new Error(`${lost.length} acknowledged submissions were lost`);
          if (new Set(ids).size !== ids.length) throw new Error('a submission was stored twice');
          const unknown = ids.filter((id) => !sent.includes(id));
          if (unknown.length > 0) throw new Error('the database holds submissions nobody sent');
          console.log(`     ${acknowledged.size} acknowledged, ${failed} cut off, ${ids.length} stored`);
        } finally {
          await receiver.stop();
        }
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
];
