// Writes receiver/tests/fixtures/intl.json: how Intl writes dates, numbers
// and plural categories in each language Redress ships, made with Node's
// Intl (full ICU and CLDR data: Node 20 has ICU 78, CLDR 48). The receiver's
// own CLDR rules are held to it (receiver/src/cldr.rs; `cargo test -p
// redress-receiver cldr`). It is Node's and not Chromium's because some
// browsers ship less data: Debian's Chromium writes Welsh dates in English
// and Punjabi dates as "2026 M01 1".
//
//   node scripts/intl-fixture.mjs           write it again
//   node scripts/intl-fixture.mjs --check   say whether it is what this Node says
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILE = join(root, 'receiver', 'tests', 'fixtures', 'intl.json');

/** The fixture, made with `Intl` as the running engine has it. */
export function intlFixture(Intl) {
  const languages = ['en-GB', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt-PT', 'es', 'ar', 'bn'];
  // Every month and every weekday, and the turn of a year.
  const days = [];
  for (let month = 0; month < 12; month += 1) {
    for (const day of [1, 9 + (month % 7), 28]) days.push(Date.UTC(2026, month, day));
  }
  days.push(Date.UTC(2027, 0, 1), Date.UTC(2030, 1, 28));
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const numbers = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 15, 19, 20, 21, 22, 25, 100, 101, 102, 111, 1000, 1001, 4954, 12345, 1234567, 0.5, 1.5, 2.25, 1234.5678];
  const fractions = [[1, 1], [2, 2], [5, 1]];
  const out = { note: 'Made by scripts/intl-fixture.mjs from the browser\'s Intl: do not edit.', languages: {} };
  for (const lang of languages) {
    const date = (options) => new Intl.DateTimeFormat([lang, 'en-GB'], { ...options, timeZone: 'UTC' });
    const full = date({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const dayMonthYear = date({ day: 'numeric', month: 'long', year: 'numeric' });
    const monthYear = date({ month: 'long', year: 'numeric' });
    const number = new Intl.NumberFormat(lang);
    const cardinal = new Intl.PluralRules(lang);
    const ordinal = new Intl.PluralRules(lang, { type: 'ordinal' });
    out.languages[lang] = {
      dates: days.map((ms) => [iso(ms), full.format(ms), dayMonthYear.format(ms), monthYear.format(ms)]),
      numbers: numbers.map((n) => [n, number.format(n), cardinal.select(n), ordinal.select(n)]),
      // [n, minimumFractionDigits, as written, its plural category]
      fractions: fractions.map(([n, digits]) => {
        const options = { minimumFractionDigits: digits };
        return [n, digits, new Intl.NumberFormat(lang, options).format(n), new Intl.PluralRules(lang, options).select(n)];
      }),
    };
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = `${JSON.stringify(intlFixture(Intl), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    if ((await readFile(FILE, 'utf8')) !== text) {
      console.error(`${FILE} is not what this engine's Intl says: run node scripts/intl-fixture.mjs`);
      process.exit(1);
    }
  } else {
    await writeFile(FILE, text);
    console.log(`wrote ${FILE}`);
  }
}
