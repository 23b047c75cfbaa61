// trunk post-build hook, on trunk's staging directory: drops code nothing can call (below),
// minifies the wasm-bindgen JavaScript glue with terser (trunk's own JS minifier gives up on
// it and ships it as is), and removes the processed <link data-trunk> tag that trunk leaves
// in the HTML (it is not valid HTML).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}

// Leptos always links server_fn's browser support, and with it wasm-streams, whose three
// stream adapter classes (IntoUnderlyingSource, ...ByteSource, ...Sink) are wasm exports with
// JavaScript classes in the glue. Exports are roots, so no optimiser can drop them, yet a
// client-side widget never calls them. Remove the classes from the glue and the exports (and
// the code only they reach) from the module with binaryen's wasm-metadce. If the glue does
// not have exactly the expected shape, change nothing.
function dropStreamAdapters(glueName, wasmName) {
  const glueFile = join(dir, glueName);
  const wasmFile = join(dir, wasmName);
  const glue = readFileSync(glueFile, "utf8");
  const stripped = glue
    .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?\n\}\n/gm, "")
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/gm, "")
    .replace(/^const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n[^\n]*\n[^\n]*\n/gm, "");
  if (stripped === glue) return;
  if (/intounderlying/i.test(stripped)) {
    console.log("minify-glue: the stream adapters' glue has an unexpected shape; left as is");
    return;
  }
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmFile))).map((e) => e.name);
  const keep = exports.filter((name) => !/^(__wbg_)?intounderlying/.test(name));
  const graph = [
    { name: "glue", root: true, reaches: keep.map((_, i) => `export${i}`) },
    ...keep.map((name, i) => ({ name: `export${i}`, export: name })),
  ];
  const graphFile = join(dir, "metadce-graph.json");
  writeFileSync(graphFile, JSON.stringify(graph));
  const before = readFileSync(wasmFile).length;
  execFileSync("wasm-metadce", [wasmFile, "-f", graphFile, "-o", wasmFile, ...FEATURES], { stdio: ["ignore", "ignore", "inherit"] });
  rmSync(graphFile);
  writeFileSync(glueFile, stripped);
  const after = readFileSync(wasmFile).length;
  console.log(`minify-glue: dropped ${exports.length - keep.length} unused stream exports (${wasmName} ${before} -> ${after} bytes)`);
}

// The features wasm-bindgen's output uses, which binaryen must be told about.
const FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-reference-types"];

// Packs the widget's module harder than trunk's `wasm-opt -Oz` step: flattening and
// re-looping the control flow before -Oz, then specialising functions for their call sites.
// Measured on 2026-12-03 (brotli of the module after trunk's step: 190,758 bytes): these
// passes 189,080 B (-1,678) in 61 s; repeating them until nothing shrinks (`--converge`)
// gained 140 B more for twice the time, and each pass alone about 800 B. Binaryen's passes
// keep the module's behaviour; the end-to-end tests run on this output.
function shrink(wasmName) {
  const wasmFile = join(dir, wasmName);
  const before = readFileSync(wasmFile).length;
  const passes = ["--flatten", "--rereloop", "-Oz", "--monomorphize", "-Oz"];
  const options = ["--low-memory-unused", "--zero-filled-memory", "--strip-producers", ...FEATURES];
  execFileSync("wasm-opt", [...passes, ...options, wasmFile, "-o", wasmFile], { stdio: "inherit" });
  console.log(`minify-glue: ${wasmName} packed again (${before} -> ${readFileSync(wasmFile).length} bytes)`);
}

dropStreamAdapters("dramatis.js", "dramatis_bg.wasm");
shrink("dramatis_bg.wasm");
const snippets = readdirSync(join(dir, "snippets"), { recursive: true })
  .filter((name) => name.endsWith(".js"))
  .map((name) => join("snippets", name));
for (const name of ["dramatis.js", "dramatis-checker.js", "loader.js", "embed.js", ...snippets]) {
  const file = join(dir, name);
  const source = readFileSync(file, "utf8");
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, result.code);
  console.log(`minify-glue: ${name} ${source.length} -> ${result.code.length} bytes`);
}

const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
const cleaned = html.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, "");
writeFileSync(page, cleaned);
console.log(`minify-glue: index.html without trunk's link tags (${html.length} -> ${cleaned.length} bytes)`);
