// What each crate costs in a wasm file: sums the size of every function body by the crate its
// name (from the name section) starts with. Run on cargo's output before wasm-bindgen and
// wasm-opt, which strip the names; wasm-opt then shrinks the whole by about 40%, so read the
// shares rather than the bytes.
//   node scripts/wasm-costs.mjs target/wasm32-unknown-unknown/release/dramatis.wasm [--json]
import { readFileSync } from "node:fs";

/** Function body sizes and names of a wasm module, by function index. */
export function functionSizes(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 127) * 2 ** shift;
      shift += 7;
    } while (byte & 128);
    return value;
  };
  const name = () => {
    const length = leb();
    const text = new TextDecoder().decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  let imported = 0;
  const sizes = [];
  const names = new Map();
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(), i = 0; i < count; i++) {
        name();
        name();
        const kind = bytes[at++];
        if (kind === 0) {
          imported++;
          leb();
        } else if (kind === 1) {
          at++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) at += 2;
        else leb(), leb();
      }
    } else if (id === 10) {
      for (let count = leb(), i = 0; i < count; i++) {
        const body = leb();
        sizes.push(body);
        at += body;
      }
    } else if (id === 0 && name() === "name") {
      while (at < end) {
        const kind = bytes[at++];
        const length = leb();
        const next = at + length;
        if (kind === 1) {
          for (let count = leb(), i = 0; i < count; i++) {
            const index = leb();
            names.set(index, name());
          }
        }
        at = next;
      }
    }
    at = end;
  }
  return sizes.map((size, i) => ({ size, name: names.get(i + imported) ?? "" }));
}

const PRIMITIVES = new Set(["bool", "char", "str", "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize"]);

/** The crate a Rust function name (demangled, or legacy `_ZN` or v0 `_R` mangling) belongs to. */
export function crateOf(name) {
  if (name.startsWith("_ZN")) {
    const length = /^_ZN(\d+)/.exec(name);
    if (!length) return "(other)";
    const first = name.slice(length[0].length, length[0].length + Number(length[1]));
    // `<T as Trait>::f` and `<T>::f` belong to T's crate.
    const inner = first.replace(/^_?(\$LT\$)+/, "").replace(/^(\$RF\$|\$BP\$|mut\$u20\$|dyn\$u20\$|\$u5b\$)+/, "");
    const crate = /^[A-Za-z_][A-Za-z0-9_]*/.exec(inner)?.[0] ?? "(other)";
    if (PRIMITIVES.has(crate)) return "core";
    // `<T as Trait>::f`: a generic impl of a trait, whose crate the name does not say.
    return crate.length === 1 ? "(generic impls)" : crate;
  }
  if (name.startsWith("_R")) {
    const crate = /C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(name);
    return crate ? name.substr(crate.index + crate[0].length, Number(crate[1])) : "(other)";
  }
  // Demangled (wasm-bindgen demangles the names it keeps): `crate::path`, `<crate[hash]::T>::f`,
  // `<T as crate::Trait>::f`.
  const demangled = /^<*(?:&|\*const |\*mut |mut |dyn |\[)*([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  if (demangled) return PRIMITIVES.has(demangled[1]) ? "core" : demangled[1];
  if (/^<[A-Z]\w* as /.test(name)) return "(generic impls)";
  if (/^(___rust|memcpy|memset|memmove|memcmp|__rust|__rdl|__rg|rust_)/.test(name)) return "std";
  if (/^__wbg|^__wbindgen|^__externref/.test(name)) return "wasm_bindgen";
  return "(other)";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const bytes = new Uint8Array(readFileSync(file));
  const functions = functionSizes(bytes);
  const total = functions.reduce((sum, f) => sum + f.size, 0);
  const byCrate = new Map();
  for (const f of functions) {
    const crate = crateOf(f.name);
    const entry = byCrate.get(crate) ?? { crate, bytes: 0, functions: 0 };
    entry.bytes += f.size;
    entry.functions += 1;
    byCrate.set(crate, entry);
  }
  const rows = [...byCrate.values()].sort((a, b) => b.bytes - a.bytes);
  if (process.argv.includes("--json")) console.log(JSON.stringify({ total, file: bytes.length, rows }));
  else {
    for (const r of rows) console.log(`${r.crate.padEnd(24)} ${String(r.bytes).padStart(8)} ${((100 * r.bytes) / total).toFixed(1).padStart(5)}%  ${r.functions} functions`);
    console.log(`${"total".padEnd(24)} ${String(total).padStart(8)}`);
  }
}
