// The exported classes of wasm-streams, shed from an app's bindings and
// wasm (scripts/post-build.mjs). Leptos depends on server_fn with its
// `browser` feature, which brings wasm-streams; its `#[wasm_bindgen]`
// classes (IntoUnderlyingSource, IntoUnderlyingSink,
// IntoUnderlyingByteSource) are exports of the wasm, so every app kept them
// and their code, although none calls a server function: about 2 KB gzip
// of each app (docs/app-size.md, eighth round). Only the app's own Rust
// code could make one of those objects, and none does.
import { readFileSync, writeFileSync } from 'node:fs';

/** The classes shed: each is in the bindings wasm-bindgen writes for every app. */
export const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

/**
 * `js` (wasm-bindgen's bindings, `--target web`) without the classes: each
 * class, its `Symbol.dispose` alias and its finalization registry. Throws
 * where the bindings are not as expected, or still name a class after.
 */
export function shedClasses(js) {
  let out = js;
  for (const name of CLASSES) {
    const parts = [
      new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'm'),
      new RegExp(`^const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^;]*;\\n`, 'm'),
    ];
    for (const part of parts) {
      if (!part.test(out)) throw new Error(`the bindings have changed: no ${part} (scripts/unused-classes.mjs)`);
      out = out.replace(part, '');
    }
    if (out.includes(name)) throw new Error(`the bindings still name ${name} (scripts/unused-classes.mjs)`);
  }
  return out;
}

/** Whether an export of the wasm belongs to one of the classes (`intounderlyingsource_pull`, `__wbg_intounderlyingsink_free`). */
const ofClass = (name) => CLASSES.some((c) => new RegExp(`^(?:__wbg_)?${c.toLowerCase()}_`).test(name));

/**
 * `wasm` (bytes) with an export section without the classes' exports; the
 * next `wasm-opt` drops the code only they reached. Returns the bytes and
 * how many exports went.
 */
export function shedExports(wasm) {
  let p = 8;
  const u32 = () => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = wasm[p++];
      r |= (b & 0x7f) << s;
      s += 7;
    } while (b & 0x80);
    return r >>> 0;
  };
  const leb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const sections = [wasm.subarray(0, 8)];
  let shed = 0;
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    const size = u32();
    const end = p + size;
    if (id === 7) {
      const kept = [];
      for (let i = 0, n = u32(); i < n; i++) {
        const from = p;
        const length = u32();
        const name = wasm.subarray(p, p + length).toString();
        p += length + 1; // the name, then the kind
        u32(); // the index
        if (ofClass(name)) shed += 1;
        else kept.push(wasm.subarray(from, p));
      }
      const body = Buffer.concat([leb(kept.length), ...kept]);
      sections.push(Buffer.from([7]), leb(body.length), body);
    } else {
      sections.push(wasm.subarray(start, end));
    }
    p = end;
  }
  return { wasm: Buffer.concat(sections), shed };
}

/** Sheds the classes from the bindings `jsFile` and the wasm `wasmFile`, in place. */
export function shed(jsFile, wasmFile) {
  writeFileSync(jsFile, shedClasses(readFileSync(jsFile, 'utf8')));
  const { wasm, shed: count } = shedExports(readFileSync(wasmFile));
  if (count === 0) throw new Error(`${wasmFile}: no export of ${CLASSES.join(', ')} (scripts/unused-classes.mjs)`);
  writeFileSync(wasmFile, wasm);
}
