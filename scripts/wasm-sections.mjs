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
