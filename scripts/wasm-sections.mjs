// Editing wasm modules at the level of their sections, for
// scripts/wasm-bundle.mjs and scripts/wasm-costs.mjs (which must measure
// what the bundle ships).

// A wasm module without its custom sections (names, relocations): the
// splitter leaves a names subsection binaryen does not know, which it
// would warn about, and neither kind belongs in what browsers download.
export function withoutCustomSections(module) {
  return Buffer.concat([module.subarray(0, 8), ...sections(module).filter((s) => s.id !== 0).map((s) => s.bytes)]);
}

// The wasm exports that only the streaming of Leptos's server functions
// uses (the `wasm-streams` crate's IntoUnderlyingSource, ...Sink and
// ...ByteSource): leptos always builds them in, and exports keep code
// alive, but a wizard with no server functions never calls them. Without
// the exports, wasm-opt drops their code (about 1.6 KB gzipped). Their
// JavaScript classes stay in the glue, unused.
export const UNUSED_EXPORTS = /^(__wbg_)?intounderlying/;

/** A wasm module without the exports whose names match `pattern`. */
export function withoutExports(module, pattern) {
  const parts = [module.subarray(0, 8)];
  for (const section of sections(module)) {
    if (section.id !== 7) {
      parts.push(section.bytes);
      continue;
    }
    let [count, at] = readUleb(module, section.body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const start = at;
      const [length, nameAt] = readUleb(module, at);
      const name = module.subarray(nameAt, nameAt + length).toString('utf8');
      [, at] = readUleb(module, nameAt + length + 1); // the kind's byte, then the index
      if (!pattern.test(name)) kept.push(module.subarray(start, at));
    }
    const body = Buffer.concat([uleb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), uleb(body.length), body);
  }
  return Buffer.concat(parts);
}

/** Short names for imports: a, b, ... Z, then aa, ab, ... (never a word
 *  JavaScript reserves, though object keys may be those). */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const reserved = new Set(['do', 'if', 'in']);
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) if (!reserved.has(a + b)) yield a + b;
  for (const a of letters) for (const b of letters) for (const c of letters) yield a + b + c;
}

/**
 * The main module and its JavaScript glue with the glue's imports renamed
 * to short names in both. wasm-bindgen names each import after the Rust
 * binding and a hash (`__wbg_put_45e63ad2e48de8d7`), twice in the first
 * load (the module's import section and the glue's import object), and
 * hashes do not compress: each web API the wizard calls cost about 25
 * bytes gzipped for its name alone. An import whose name is not written
 * exactly once in the glue (one it does not provide) keeps its name.
 */
export function withShortImports(module, glue, from) {
  const parts = [module.subarray(0, 8)];
  const names = shortNames();
  const word = (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  for (const section of sections(module)) {
    if (section.id !== 2) {
      parts.push(section.bytes);
      continue;
    }
    let [count, at] = readUleb(module, section.body);
    const entries = [];
    for (let i = 0; i < count; i++) {
      const [moduleLength, moduleAt] = readUleb(module, at);
      const moduleName = module.subarray(moduleAt, moduleAt + moduleLength).toString('utf8');
      const [nameLength, nameAt] = readUleb(module, moduleAt + moduleLength);
      const name = module.subarray(nameAt, nameAt + nameLength).toString('utf8');
      const descAt = nameAt + nameLength;
      at = afterImportDescription(module, descAt);
      let kept = name;
      if (moduleName === from && (glue.match(word(name)) ?? []).length === 1) {
        kept = names.next().value;
        glue = glue.replace(word(name), kept);
      }
      const moduleBytes = Buffer.from(moduleName, 'utf8');
      const nameBytes = Buffer.from(kept, 'utf8');
      entries.push(uleb(moduleBytes.length), moduleBytes, uleb(nameBytes.length), nameBytes, module.subarray(descAt, at));
    }
    const body = Buffer.concat([uleb(count), ...entries]);
    parts.push(Buffer.from([2]), uleb(body.length), body);
  }
  return { module: Buffer.concat(parts), glue };
}

/** The offset after an import's description (its kind byte and what the
 *  kind needs). */
function afterImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (from) => {
    const flags = bytes[from];
    let [, next] = readUleb(bytes, from + 1);
    if (flags & 1) [, next] = readUleb(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: return readUleb(bytes, at)[1]; // a function: its type
    case 1: return limits(at + 1); // a table: its element type, limits
    case 2: return limits(at); // a memory: limits
    case 3: return at + 2; // a global: its type, mutability
    case 4: return readUleb(bytes, at + 1)[1]; // a tag: attribute, type
    default: throw new Error(`an import of kind ${kind}, which this does not know`);
  }
}

/** The sections of a wasm module: id, body offset and bytes (with header). */
function sections(module) {
  const found = [];
  let at = 8;
  while (at < module.length) {
    const start = at;
    const id = module[at];
    const [size, body] = readUleb(module, at + 1);
    at = body + size;
    found.push({ id, body, bytes: module.subarray(start, at) });
  }
  return found;
}

/** An unsigned LEB128 number at `at`, and the offset after it. */
function readUleb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128. */
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
