// HTML conformance: the W3C Nu HTML Checker (the vnu-jar npm package, run
// with Java), started once as a local service for a whole run, and asked
// about the serialised DOM of every page the harness checks. Errors fail the
// page; the checker's warnings ("info") do not.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** How long the checker may take to start (it reads its schemas: about 5 s here). */
const START_TIMEOUT_MS = 60_000;

/** Starts the checker on `port` of the loopback interface; resolves once it answers. */
export async function startHtmlChecker(port) {
  // The package's main export is the jar's path, as a String object.
  const jar = String(require('vnu-jar'));
  const child = spawn(
    process.env.JAVA ?? 'java',
    [`-Dnu.validator.servlet.bind-address=127.0.0.1`, '-cp', jar, 'nu.validator.servlet.Main', String(port)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}/`;
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 250))]);
    if (gone || Date.now() - started > START_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(`the HTML checker (java, vnu.jar) did not start; run scripts/setup. It said:\n${log}`);
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The page's DOM as it is now, as an HTML document. */
async function serialise(page) {
  return page.evaluate(() => {
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    return doctype + document.documentElement.outerHTML;
  });
}

/** Checks the page's DOM with the checker at `checker`; throws listing every error. */
export async function checkHtml(checker, page, where) {
  const html = await serialise(page);
  const response = await fetch(`${checker.url}?out=json`, {
    method: 'POST',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!response.ok) throw new Error(`the HTML checker answered ${response.status} on ${where}`);
  const { messages } = await response.json();
  const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
  if (errors.length > 0) {
    const lines = errors.slice(0, 10).map((m) => `${m.message}\n    at: ${(m.extract ?? '').replace(/\s+/g, ' ').trim()}`);
    throw new Error(`HTML conformance errors on ${where}:\n  ${lines.join('\n  ')}`);
  }
}
