// Letters, photos and documents: added by keyboard through the file picker
// and dropped on the drop zone, refused by size and by content, removed,
// then sent through faults (a 503, a reset connection, an answer lost
// after the receiver stored it, offline). Each time the receiver keeps
// exactly one submission with exactly the files left, byte for byte (a
// photo without its location, its picture untouched). axe checks every
// state of the page: empty, files added, errors, after a removal.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { stripIsolates } from './harness.mjs';
import { generalComplaint } from './routes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const CONFIG = JSON.parse(await readFile(join(here, '..', '..', 'public', 'config.json'), 'utf8'));

/** Limits small enough to cross with small files. */
const LIMITS = { max_files: 4, max_file_bytes: 100_000, max_total_bytes: 250_000 };

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** One JPEG segment. */
function segment(marker, payload) {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, marker]), length, payload]);
}

/** A phone's photo: EXIF naming the phone with a GPS position, XMP with a
 *  latitude, then one 16 by 16 grey picture. Its picture: `image`. */
function photo() {
  const tiff = Buffer.alloc(80);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8); // IFD0: Make, then the GPS IFD's place
  const entry = (at, tag, type, count, value) => {
    tiff.writeUInt16LE(tag, at);
    tiff.writeUInt16LE(type, at + 2);
    tiff.writeUInt32LE(count, at + 4);
    tiff.writeUInt32LE(value, at + 8);
  };
  entry(10, 0x010f, 2, 12, 38);
  entry(22, 0x8825, 4, 1, 50);
  tiff.write('SecretPhone\0', 38, 'latin1');
  tiff.writeUInt16LE(1, 50); // the GPS IFD: north
  tiff.writeUInt16LE(0x0001, 52);
  tiff.writeUInt16LE(2, 54);
  tiff.writeUInt32LE(2, 56);
  tiff.write('N\0', 60, 'latin1');
  const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff.subarray(0, 68)]));
  const xmp = segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude="51,30N"/>', 'latin1'));
  const jfif = segment(0xe0, Buffer.from('JFIF\0\x01\x02\0\0\x01\0\x01\0\0', 'latin1'));
  const tables = Buffer.concat([
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 0])),
    segment(0xc4, Buffer.concat([Buffer.from([0x00, 1]), Buffer.alloc(15), Buffer.from([0])])),
  ]);
  const image = Buffer.concat([
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0x00, 0x78, 0xff, 0xd9]),
  ]);
  return { bytes: Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, xmp, tables, image]), image };
}

const LETTER = {
  name: 'letter from the council.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n'),
};
const PHOTO = { name: 'kitchen ceiling.jpg', mimeType: 'image/jpeg', ...(({ bytes }) => ({ buffer: bytes }))(photo()) };
const NOTES = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Called on 3, 10 and 17 November.\n') };
/** Too large for the limits above. */
const SCAN = { name: 'big scan.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(150_000, 0x20)]) };
/** A program named as a photo. */
const DISGUISED = { name: 'holiday.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1'), Buffer.alloc(200)]) };

/** Serves config.json with the limits above (and `changes`). */
async function configure(t, changes = {}) {
  // Playwright takes over the file picker once something listens for it:
  // from the start, so no press of the button comes before.
  t.page.on('filechooser', () => {});
  await t.page.route('**/config.json', (route) =>
    route.fulfill({ json: { ...CONFIG, attachments: LIMITS, ...changes } }));
}

/** The names of the files listed on the page, in order. */
async function listed(t) {
  const names = await t.page.locator('.redress-file-list__name').allInnerTexts();
  return names.map((name) => stripIsolates(name).replace(/ \(.*\)$/s, ''));
}

/** Waits until the page lists `names` and has nothing being added. */
async function until(t, names) {
  const shown = async () => JSON.stringify(await t.page.evaluate(() => ({
    main: document.querySelector('main')?.innerText,
    disabled: !!document.querySelector('[aria-disabled="true"]'),
  })));
  await t.page.waitForFunction(
    (wanted) => {
      const shown = [...document.querySelectorAll('.redress-file-list__name')].map((el) =>
        el.textContent.replace(/[\u2068\u2069]/g, '').replace(/ \(.*\)$/s, ''));
      return JSON.stringify(shown) === JSON.stringify(wanted) && !document.querySelector('[aria-disabled="true"]');
    },
    names,
  ).catch(async (error) => {
    throw new Error(`${error.message.split('\n')[0]}: waiting for ${names.join(', ')}; the page: ${await shown()}`);
  });
}

/** Opens the file picker with the keyboard (Tab to the button, Enter) and
 *  chooses `files` in it. */
async function choose(t, files) {
  await t.tabTo('#evidence-files');
  const [picker] = await Promise.all([t.page.waitForEvent('filechooser'), t.page.keyboard.press('Enter')]);
  if (!picker.isMultiple()) throw new Error('the picker takes one file only');
  await picker.setFiles(files);
}

/** Drops `files` on the drop zone, as a file manager does. */
async function drop(t, files) {
  const payload = files.map(({ name, mimeType, buffer }) => ({ name, mimeType, bytes: [...buffer] }));
  await t.page.locator('.redress-drop-zone').evaluate((zone, given) => {
    const transfer = new DataTransfer();
    for (const { name, mimeType, bytes } of given) {
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
    }
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, payload);
}

/** On the page that adds files: three added, two refused (with the error
 *  summary naming each), one removed; axe on each state. `expect` holds
 *  the words the errors must have, in the page's language; the refused
 *  files are dropped on the drop zone, or with `keyboard`, chosen in the
 *  picker like the others. */
async function addAndRemove(t, expect, { keyboard = false } = {}) {
  if ((await listed(t)).length !== 0) throw new Error('files are listed before any was added');
  await choose(t, [LETTER, PHOTO, NOTES]);
  await until(t, [LETTER.name, PHOTO.name, NOTES.name]);
  await t.check('three files added');
  await (keyboard ? choose : drop)(t, [SCAN, DISGUISED]);
  await t.page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  const summary = stripIsolates(await t.text('#error-summary'));
  for (const [file, words] of [[SCAN, expect.tooBig], [DISGUISED, expect.type]]) {
    const told = summary.split('\n').find((line) => line.includes(file.name));
    if (!told || !told.includes(words)) throw new Error(`the error for ${file.name} is not told: ${summary}`);
  }
  const title = stripIsolates(await t.page.title());
  if (!title.startsWith(expect.errorTitle)) throw new Error(`the title does not say there is an error: ${title}`);
  await t.check('two files refused');
  // The summary's link leads to the button that adds files.
  await t.tabTo('#error-summary a');
  await t.page.keyboard.press('Enter');
  if (!(await t.page.evaluate(() => document.activeElement?.id === 'evidence-files'))) throw new Error('the error link does not lead to the file button');
  await t.tabTo(`.redress-file-list__item:has-text("${NOTES.name}") button`);
  await t.page.keyboard.press('Enter');
  await until(t, [LETTER.name, PHOTO.name]);
  await t.check('a file removed');
}

/** The one submission kept with `reference`, and its two files as the
 *  receiver gives them to staff, checked byte for byte. */
async function expectKept(t, reference) {
  const kept = (await t.submissions()).filter((s) => s.reference === reference);
  if (kept.length !== 1) throw new Error(`${kept.length} submissions kept for ${reference}`);
  const [submission] = kept;
  const files = submission.payload?.attachments ?? submission.attachments;
  const names = files.map((file) => file.name);
  if (JSON.stringify(names) !== JSON.stringify([LETTER.name, PHOTO.name])) throw new Error(`kept with ${names.join(', ')}`);
  const download = async (file) => {
    const response = await fetch(`${t.receiver.url}/api/submissions/${submission.id}/attachments/${file.sha256}`, {
      headers: { authorization: `Bearer ${t.receiver.token}` },
    });
    if (!response.ok) throw new Error(`${file.name}: the staff download answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const [letter, picture] = await Promise.all(files.map(download));
  if (!letter.equals(LETTER.buffer)) throw new Error('the letter did not arrive byte for byte');
  const { image } = photo();
  for (const [what, found] of [['the phone', 'SecretPhone'], ['the latitude', 'GPSLatitude'], ['the EXIF', 'Exif\0\0']]) {
    if (picture.includes(Buffer.from(found, 'latin1'))) throw new Error(`the photo still carries ${what}`);
  }
  if (!picture.subarray(picture.length - image.length).equals(image)) throw new Error('the picture itself was changed');
  if (sha(picture) !== files[1].sha256 || files[1].size !== picture.length) throw new Error('the photo is not the one listed');
  if (files[1].media_type !== 'image/jpeg' || files[0].media_type !== 'application/pdf') throw new Error('media types: ' + files.map((f) => f.media_type));
  return submission;
}

/** Fails the first tries of files and submission as a bad connection
 *  would: the first file's PUT gets 503, then the submission's POST has
 *  its connection reset, then the POST reaches the receiver and its
 *  answer is lost. Resolves to the requests seen. */
async function faults(t) {
  const seen = [];
  let puts = 0;
  let posts = 0;
  await t.page.route((url) => url.pathname.startsWith('/api/submissions'), async (route) => {
    const request = route.request();
    seen.push(`${request.method()} ${new URL(request.url()).pathname.replace(/[0-9a-f]{64}$/, '{sha}').replace(/[0-9a-f-]{36}/, '{id}')}`);
    if (request.method() === 'PUT' && ++puts === 1) {
      // While the first file is on its way, the page says which.
      seen.status = stripIsolates(await t.page.locator('.redress-send-status').innerText());
      return route.fulfill({ status: 503, headers: { 'retry-after': '1' }, json: { error: 'busy' } });
    }
    if (request.method() === 'POST') {
      posts += 1;
      if (posts === 1) return route.abort('connectionreset');
      if (posts === 2) {
        await route.fetch();
        return route.abort('connectionreset');
      }
    }
    return route.continue();
  });
  return seen;
}

/** Whether the device holds the files' database now. */
async function filesKept(t) {
  return t.page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'redress-files'));
}

/** Waits (up to 5 s) until the device holds no files' database. */
async function untilNoFilesKept(t, why) {
  for (let tries = 0; tries < 50; tries += 1) {
    if (!(await filesKept(t))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the files are still on the device ${why}`);
}

export default [
  {
    name: 'files added by keyboard and by drop, two refused and one removed, arrive byte for byte through 503, reset, lost answer and offline, once',
    async run(t) {
      t.allow(/HTTP 503|Failed to load resource|ERR_CONNECTION_RESET|ERR_INTERNET_DISCONNECTED/);
      await configure(t);
      const seen = await faults(t);
      await t.goto('/');
      let checked = false;
      const reference = await generalComplaint(t, async (label) => {
        if (label === 'check') {
          const rows = stripIsolates(await t.text('.redress-summary-list'));
          if (!rows.includes(`${LETTER.name} (1 KB)`) || !rows.includes(PHOTO.name) || rows.includes(NOTES.name)) {
            throw new Error(`Check your answers does not list the files kept: ${rows}`);
          }
          checked = true;
          // Offline when Send is pressed: the outbox waits, then goes.
          await t.context.setOffline(true);
          setTimeout(() => t.context.setOffline(false), 1500);
        }
        if (label === 'confirmation') {
          const rows = stripIsolates(await t.text('main'));
          if (!rows.includes(LETTER.name) || !rows.includes(PHOTO.name)) throw new Error('the confirmation does not list the files');
        }
      }, {
        onEvidence: () => addAndRemove(t, { tooBig: 'must be smaller than 98 KB', type: 'is not a type of file you can add', errorTitle: 'Error:' }),
      });
      if (!checked) throw new Error('Check your answers was not reached');
      if (seen.status !== 'Sending file 1 of 2…') throw new Error(`while the first file went, the page said: ${seen.status}`);
      await expectKept(t, reference);
      const puts = seen.filter((s) => s.startsWith('PUT')).length;
      const posts = seen.filter((s) => s.startsWith('POST')).length;
      // 503, then both files; the retries after reset and loss send no file again.
      if (puts !== 3 || posts !== 3) throw new Error(`requests: ${seen.join(' | ')}`);
      if (!seen.every((s) => /^(PUT \/api\/submissions\/\{id\}\/attachments\/\{sha\}|POST \/api\/submissions)$/.test(s))) {
        throw new Error(`unexpected requests: ${seen.join(' | ')}`);
      }
      // Sent: nothing of the files is left on the device.
      await untilNoFilesKept(t, 'after sending');
    },
  },
  {
    name: 'in Arabic, right to left, by keyboard alone, the files are added, refused and removed with the page in Arabic, and sent',
    async run(t) {
      await configure(t);
      await t.goto('/?lang=ar');
      await t.page.waitForFunction(() => document.documentElement.lang === 'ar');
      const reference = await generalComplaint(t, async () => {}, {
        zero: '٠',
        onEvidence: async () => {
          if ((await t.page.evaluate(() => document.documentElement.dir)) !== 'rtl') throw new Error('not right to left');
          const heading = await t.text('h1');
          if (/[A-Za-z]{3}/.test(heading)) throw new Error(`the heading is not in Arabic: ${heading}`);
          await addAndRemove(t, { tooBig: 'يجب أن يكون حجم الملف', type: 'ليس من أنواع الملفات', errorTitle: 'خطأ:' }, { keyboard: true });
          const errors = stripIsolates(await t.text('#error-summary'));
          if (/must be|is not a type/.test(errors)) throw new Error(`errors in English: ${errors}`);
        },
      });
      await expectKept(t, reference);
    },
  },
  {
    name: 'a reload keeps the files added; Clear my answers removes them from the device',
    async run(t) {
      await configure(t);
      await t.goto('/');
      await generalComplaint(t, async (label) => {
        if (label === 'check') throw new Error('stop before sending');
      }, {
        onEvidence: async () => {
          await choose(t, [LETTER, PHOTO]);
          await until(t, [LETTER.name, PHOTO.name]);
          await t.page.reload();
          await t.page.locator('h1').waitFor();
          await until(t, [LETTER.name, PHOTO.name]);
          await t.check('after a reload');
          if (!(await filesKept(t))) throw new Error('the files are not on the device');
          await t.tabTo('.redress-footer__inner button:has-text("Clear my answers")');
          await t.page.keyboard.press('Enter');
          await t.tabTo('button:has-text("Yes, clear my answers")');
          await t.step(() => t.page.keyboard.press('Enter'));
          await untilNoFilesKept(t, 'after Clear my answers');
          throw new Error('cleared');
        },
      }).catch((error) => {
        if (error.message !== 'cleared') throw error;
      });
    },
  },
  {
    name: 'the form adapter sends the fields and both files in one multipart request',
    async run(t) {
      await configure(t, { submission: { ...CONFIG.submission, adapter: 'form', endpoint: '/flow/complaints?sig=a%2Bb' } });
      let request = null;
      await t.page.route((url) => url.pathname === '/flow/complaints', (route) => {
        request = route.request();
        return route.fulfill({ status: 200, json: { reference: 'FLOW-7' } });
      });
      await t.goto('/');
      const reference = await generalComplaint(t, async () => {}, {
        onEvidence: async () => {
          await choose(t, [LETTER, PHOTO]);
          await until(t, [LETTER.name, PHOTO.name]);
        },
      });
      if (reference !== 'FLOW-7') throw new Error(`shown: ${reference}`);
      const type = request.headers()['content-type'];
      const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(type)?.[1];
      if (!boundary) throw new Error(`sent as ${type}`);
      const body = request.postDataBuffer();
      const parts = [];
      for (let at = body.indexOf(`--${boundary}`); at >= 0;) {
        const next = body.indexOf(`\r\n--${boundary}`, at + 1);
        if (next < 0) break;
        const part = body.subarray(at + boundary.length + 4, next);
        const split = part.indexOf('\r\n\r\n');
        parts.push({ head: part.subarray(0, split).toString('utf8'), content: part.subarray(split + 4) });
        at = next + 2;
      }
      const field = (name) => parts.find((p) => p.head.includes(`name="${name}"`) && !p.head.includes('filename='));
      if (field('kind')?.content.toString() !== 'complaint') throw new Error('the fields are not in the form');
      const payload = JSON.parse(field('payload').content.toString());
      const files = parts.filter((p) => p.head.includes('name="attachment"'));
      if (files.length !== 2 || payload.attachments.length !== 2) throw new Error(`${files.length} files sent`);
      if (!files[0].head.includes(`filename="${LETTER.name}"`) || !files[0].content.equals(LETTER.buffer)) throw new Error('the letter was not sent as it is');
      if (sha(files[1].content) !== payload.attachments[1].sha256 || files[1].content.includes(Buffer.from('SecretPhone'))) {
        throw new Error('the photo sent is not the one listed, without its metadata');
      }
    },
  },
  {
    name: 'the email adapter asks the person to attach their files to the email themselves, listing them',
    async run(t) {
      await configure(t, { submission: { ...CONFIG.submission, adapter: 'email', email: 'complaints@exampleshire.example' } });
      await t.goto('/');
      await generalComplaint(t, async (label) => {
        if (label !== 'check') return;
        const told = stripIsolates(await t.text('main .redress-inset:has(ul)'));
        if (!told.includes('Attach these to it yourself') || !told.includes(`${LETTER.name} (1 KB)`) || !told.includes(PHOTO.name)) {
          throw new Error(`the files to attach are not listed: ${told}`);
        }
        throw new Error('listed');
      }, {
        onEvidence: async () => {
          await choose(t, [LETTER, PHOTO]);
          await until(t, [LETTER.name, PHOTO.name]);
        },
      }).catch((error) => {
        if (error.message !== 'listed') throw error;
      });
    },
  },
  {
    name: 'Exit this page leaves no file on the device, of this journey or another tab’s',
    async run(t) {
      const neutral = '<!DOCTYPE html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>';
      t.allowOrigin('https://www.bbc.co.uk');
      await t.page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: neutral }));
      await configure(t);
      await t.goto('/');
      await generalComplaint(t, async () => {}, {
        onEvidence: async () => {
          await choose(t, [LETTER, PHOTO]);
          await until(t, [LETTER.name, PHOTO.name]);
          if (!(await filesKept(t))) throw new Error('the files are not on the device');
          // Another tab's journey has a file here too: Exit removes everyone's.
          await t.page.evaluate(() => new Promise((resolve, reject) => {
            const opening = indexedDB.open('redress-files', 1);
            opening.onerror = () => reject(opening.error);
            opening.onsuccess = () => {
              const database = opening.result;
              const writing = database.transaction(['files', 'journeys'], 'readwrite');
              writing.objectStore('files').put(new Uint8Array([37, 80, 68, 70]), `another-tab/${'0'.repeat(64)}`);
              writing.objectStore('journeys').put(Date.now(), 'another-tab');
              writing.oncomplete = () => { database.close(); resolve(); };
              writing.onerror = () => reject(writing.error);
            };
          }));
          await t.tabTo('.redress-exit-this-page__button');
          await t.page.keyboard.press('Enter');
          await t.page.waitForURL('https://www.bbc.co.uk/weather');
          // The wizard's origin, from a page of it that runs nothing.
          await t.page.goto(t.url('/__fixtures__/blank.html'));
          await untilNoFilesKept(t, 'after Exit this page');
          throw new Error('left');
        },
      }).catch((error) => {
        if (error.message !== 'left') throw error;
      });
    },
  },
  {
    name: 'reloaded after the receiver kept the submission but before its answer came: sent again under the same id, each file answered as one it has (200), kept once',
    async run(t) {
      t.allow(/Failed to load resource|ERR_ABORTED|ERR_CONNECTION_RESET/);
      await configure(t);
      let kept;
      const keptOnce = new Promise((resolve) => { kept = resolve; });
      let reloaded;
      const afterReload = new Promise((resolve) => { reloaded = resolve; });
      const answered = [];
      let posts = 0;
      await t.page.route((url) => url.pathname.startsWith('/api/submissions'), async (route) => {
        const request = route.request();
        const response = await route.fetch();
        if (request.method() === 'POST' && ++posts === 1) {
          // Kept by the receiver; its answer never reaches the page.
          kept();
          await afterReload;
          return route.abort('connectionreset').catch(() => {});
        }
        answered.push(`${request.method()} ${response.status()}`);
        return route.fulfill({ response });
      });
      await t.goto('/');
      await generalComplaint(t, async (label) => {
        if (label === 'check') throw new Error('at check');
      }, {
        onEvidence: async () => {
          await choose(t, [LETTER, PHOTO]);
          await until(t, [LETTER.name, PHOTO.name]);
        },
      }).catch((error) => {
        if (error.message !== 'at check') throw error;
      });
      await t.tabTo('main button.redress-button:not(.redress-button--secondary):not(.redress-button--warning)');
      await t.page.keyboard.press('Enter');
      await keptOnce;
      await t.page.reload();
      reloaded();
      // The send carries on after the reload (the outbox), with the same id.
      await t.page.locator('.redress-panel__reference').waitFor();
      await t.check('confirmation after the reload');
      const reference = await t.text('.redress-panel__reference');
      await expectKept(t, reference);
      const expected = ['PUT 201', 'PUT 201', 'PUT 200', 'PUT 200'];
      if (JSON.stringify(answered.slice(0, 4)) !== JSON.stringify(expected) || answered.length !== 5 || !/^POST 20[01]$/.test(answered[4])) {
        throw new Error(`answers: ${answered.join(' | ')}`);
      }
    },
  },
];
