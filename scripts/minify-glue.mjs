// trunk post-build hook, on trunk's staging directory: minifies the wasm-bindgen JavaScript
// glue with terser (trunk's own JS minifier gives up on it and ships it as is), and removes
// the processed <link data-trunk> tag that trunk leaves in the HTML (it is not valid HTML).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}
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
