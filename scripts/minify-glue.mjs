// trunk post-build hook: minifies the wasm-bindgen JavaScript glue with terser (trunk's own
// JS minifier gives up on it and ships it as is). Runs on trunk's staging directory.
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
