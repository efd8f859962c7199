// The reference receiver delivering to a council's webhook, checked by the
// Standard Webhooks project's own JavaScript library (`standardwebhooks`,
// with its own SHA-256 and HMAC: apart from the receiver's Rust and from
// Node's crypto). The webhook refuses some deliveries at first, and the
// receiver is killed (SIGKILL) while one is under way: every submission it
// acknowledged still reaches the webhook, verified, exactly as stored, and
// is taken exactly once; an attempt cut off is sent again with its id.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { Webhook } from 'standardwebhooks';

import { startReceiver } from '../../scripts/receiver.mjs';
import { post, submission } from './submissions.mjs';

const COUNT = 12;

/**
 * A webhook on a loopback port that verifies every request with the
 * library. It answers 500 to the first attempt at every third submission
 * it sees, and holds the first request after `hold()` without answering
 * (until the test kills the receiver), as a slow system would.
 */
async function webhookTarget(secret) {
  const verifier = new Webhook(secret);
  const state = { taken: new Map(), attempts: new Map(), refused: [], holding: null, holdNext: false };
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let payload;
      try {
        payload = verifier.verify(body, request.headers);
      } catch (error) {
        state.refused.push(error.message);
        response.writeHead(400).end();
        return;
      }
      const id = request.headers['webhook-id'];
      const attempt = (state.attempts.get(id) ?? 0) + 1;
      state.attempts.set(id, attempt);
      if (state.holdNext) {
        state.holdNext = false;
        state.holding = { id, reference: payload.reference };
        return; // never answered: the receiver is killed meanwhile
      }
      if (attempt === 1 && state.attempts.size % 3 === 0) {
        response.writeHead(500).end();
        return;
      }
      if (state.taken.has(id)) {
        // A system that honours the id takes a repeat as done.
        response.writeHead(200).end();
        return;
      }
      state.taken.set(id, { body, payload });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks/redress`,
    state,
    hold() {
      state.holdNext = true;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function until(what, done, refused, seconds = 60) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (refused.length > 0) throw new Error(`signatures the library refused: ${refused.join('; ')}`);
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export default [
  {
    name: 'every acknowledged submission reaches the webhook once, signed, through refusals and a receiver killed mid-delivery',
    async run() {
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      const target = await webhookTarget(secret);
      const dataDir = await mkdtemp(join(tmpdir(), 'redress-deliveries-'));
      const env = { REDRESS_WEBHOOK_URL: target.url, REDRESS_WEBHOOK_SECRET: secret, REDRESS_DELIVERY_BACKOFF: '1' };
      let receiver = await startReceiver({ dataDir, env, args: ['--rate-limit', '0'] });
      try {
        const sent = [];
        for (let n = 0; n < COUNT / 2; n += 1) {
          const body = submission(n);
          if (![200, 201].includes(await post(receiver.url, body))) throw new Error('a submission was refused');
          sent.push(body);
        }
        await until('the first half delivered', () => target.state.taken.size >= COUNT / 2 - 2, target.state.refused);
        // The next delivery is held unanswered, and the receiver dies under it.
        target.hold();
        const held = submission(COUNT / 2);
        await post(receiver.url, held);
        sent.push(held);
        await until('the held delivery', () => target.state.holding !== null, target.state.refused);
        await receiver.kill();
        receiver = await startReceiver({ dataDir, env, args: ['--rate-limit', '0'] });
        for (let n = COUNT / 2 + 1; n < COUNT; n += 1) {
          const body = submission(n);
          if (![200, 201].includes(await post(receiver.url, body))) throw new Error('a submission was refused');
          sent.push(body);
        }
        await until('every delivery sent', async () => {
          const stored = await receiver.kept();
          return stored.length === COUNT && stored.every((s) => s.deliveries.length === 1 && s.deliveries[0].state === 'sent');
        }, target.state.refused);
        const stored = await receiver.kept();
        const { taken, attempts, refused, holding } = target.state;
        if (refused.length > 0) throw new Error(`signatures the library refused: ${refused.join('; ')}`);
        if (taken.size !== COUNT) throw new Error(`the webhook took ${taken.size} of ${COUNT}`);
        for (const body of sent) {
          const got = taken.get(`msg_${body.id}`);
          if (!got) throw new Error(`${body.reference} never reached the webhook`);
          const kept = stored.find((s) => s.id === body.id);
          if (!isDeepStrictEqual(got.payload, kept.submission) || !isDeepStrictEqual(got.payload, body)) {
            throw new Error(`${body.reference} reached the webhook altered`);
          }
        }
        // The delivery cut off by the kill came again under the same id.
        if ((attempts.get(holding.id) ?? 0) < 2) throw new Error(`the held delivery ${holding.reference} was not sent again`);
        const retried = [...attempts.values()].filter((n) => n > 1).length;
        if (retried < 3) throw new Error(`only ${retried} deliveries were tried again; the webhook refused more`);
        const counted = stored.filter((s) => s.deliveries[0].attempts > 1).length;
        if (counted < 2) throw new Error('the staff listing does not count the attempts');
        console.log(`     ${COUNT} delivered, ${retried} after a refusal or the kill`);
      } finally {
        await receiver.stop();
        await target.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  },
];
