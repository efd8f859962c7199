// Submissions as the wizard sends them, for the tests that post straight
// to a receiver: the fixture, each copy with an id and a reference of its
// own.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = JSON.parse(await readFile(join(here, 'fixtures', 'submission.json'), 'utf8'));
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A copy of the template with an id and a reference of its own. */
export function submission(n) {
  const letters = Array.from({ length: 8 }, (_, i) => ALPHABET[(n >> (5 * (7 - i))) & 31]).join('');
  return { ...TEMPLATE, id: randomUUID(), reference: `RDX-${letters.slice(0, 4)}-${letters.slice(4)}` };
}

/** Posts `body` to the receiver at `url` as the wizard does; the status. */
export async function post(url, body) {
  const response = await fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': body.id },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}
