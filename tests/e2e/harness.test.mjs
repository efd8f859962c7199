// The harness itself: it must fail broken pages, or a green run means nothing.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

async function runBrokenSuite() {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(here, 'run.mjs'), join(here, 'fixtures', 'broken.suite.mjs')],
      { timeout: 60_000 },
    );
    return { code: 0, stdout };
  } catch (error) {
    return { code: error.code, stdout: error.stdout ?? '' };
  }
}

export default [
  {
    name: 'the harness fails pages with an unlabelled input, an HTML conformance error, a console error, an uncaught exception, a CSP violation or a request elsewhere, and a test whose own code throws, and carries on',
    async run() {
      const { code, stdout } = await runBrokenSuite();
      const expect = (ok, what) => {
        if (!ok) throw new Error(`${what}; the broken suite printed:\n${stdout}`);
      };
      expect(code === 1, `the broken suite exited with ${code}, not 1`);
      expect(/^0 passed, 7 failed$/m.test(stdout), 'the closing line is not "0 passed, 7 failed"');
      expect(/FAIL an input with no label\n\s+accessibility violations[\s\S]*label/.test(stdout),
        'the unlabelled input was not reported as an axe "label" violation');
      expect(/FAIL an HTML conformance error\n\s+HTML conformance errors[\s\S]*Attribute “colour” not allowed/.test(stdout),
        'the HTML conformance error was not reported by the Nu HTML Checker');
      expect(/FAIL a console error\n[\s\S]*deliberate console error/.test(stdout), 'the console error was not reported');
      expect(/FAIL an uncaught exception\n[\s\S]*deliberate uncaught exception/.test(stdout),
        'the uncaught exception was not reported');
      expect(/FAIL an inline script blocked by the Content-Security-Policy\n[\s\S]*CSP violation: script-src/.test(stdout),
        'the CSP violation was not reported');
      expect(/FAIL a request to another origin\n[\s\S]*request to another origin: GET http:\/\/tracker\.invalid/.test(stdout),
        'the request to another origin was not reported');
      expect(/FAIL an error thrown in the test’s own route handler\n[\s\S]*error in the test's own code: Error: deliberate error in a route handler/.test(stdout),
        'the error in the route handler was not reported as the test\'s failure');
    },
  },
];
