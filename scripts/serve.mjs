// A small server for the built wizard (dist/), used by `./x run` and by the
// end-to-end tests. It serves files (no directory listings, nothing outside
// its root) and, until the reference receiver of issue 6 replaces it, keeps
// what the wizard sends to `POST /api/submissions` in a JSON Lines file.
import { createServer } from 'node:http';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The largest submission accepted, in bytes. */
const MAX_BODY = 1024 * 1024;

/**
 * A local receiver: stores each submission once (a repeated id gets the
 * same reference back) in `dir/submissions.jsonl`.
 */
async function localReceiver(dir) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'submissions.jsonl');
  const references = new Map();
  const existing = await readFile(file, 'utf8').catch(() => '');
  for (const line of existing.split('\n').filter(Boolean)) {
    const { submission } = JSON.parse(line);
    references.set(submission.id, submission.reference);
  }
  return async (req, res) => {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) return sendJson(res, 413, { error: 'the submission is larger than 1 MB' });
      chunks.push(chunk);
    }
    let submission;
    try {
      submission = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'the body is not JSON' });
    }
    if (typeof submission?.id !== 'string' || typeof submission?.reference !== 'string') {
      return sendJson(res, 422, { error: 'a submission needs a string id and reference' });
    }
    if (references.has(submission.id)) {
      return sendJson(res, 200, { reference: references.get(submission.id) });
    }
    references.set(submission.id, submission.reference);
    await appendFile(file, JSON.stringify({ received_at: new Date().toISOString(), submission }) + '\n');
    return sendJson(res, 201, { reference: submission.reference });
  };
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Reads every submission a local receiver in `dir` has kept. */
export async function readSubmissions(dir) {
  const text = await readFile(join(dir, 'submissions.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line).submission);
}

/**
 * Serves `mounts` ({ '/': dir, '/__fixtures__/': dir }) on host:port, and a
 * local receiver storing into `dataDir` when one is given. Resolves to the
 * listening server; its URL is `server.url`.
 */
export async function serve({ mounts, host = '127.0.0.1', port = 0, dataDir }) {
  const receive = dataDir ? await localReceiver(dataDir) : null;
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/api/submissions' && receive) {
        if (req.method !== 'POST') return send(res, 405, 'use POST');
        return await receive(req, res);
      }
      const [prefix, root] = roots.find(([p]) => path.startsWith(p)) ?? [];
      if (!root) return send(res, 404, 'not found');
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'not found');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  server.url = `http://${host}:${server.address().port}`;
  return server;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

// `node scripts/serve.mjs DIR [PORT] [DATA_DIR]` serves DIR until stopped,
// keeping submissions in DATA_DIR (default: data/).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const dataDir = process.argv[4] ?? 'data';
  const server = await serve({ mounts: { '/': dir }, port, dataDir });
  console.log(`Redress is running at ${server.url}/ (press Ctrl+C to stop)`);
  console.log(`Submissions are kept in ${join(dataDir, 'submissions.jsonl')}`);
}
