// The reference receiver, killed (SIGKILL) in the middle of a burst of
// submissions: every submission it acknowledged is in its database when it
// comes back, and none is stored twice. (That each commit is synced to disk
// is checked by reading the settings back: receiver/src/store.rs.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startReceiver } from '../../scripts/receiver.mjs';
import { post as send, submission } from './submissions.mjs';

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
            const status = await send(receiver.url, body);
            if (status === 201 || status === 200) acknowledged.add(body.id);
            else throw new Error(`unexpected ${status}`);
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
