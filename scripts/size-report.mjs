// Size report of a build directory: raw, gzip and brotli bytes per file and in total.
//   node scripts/size-report.mjs [dir] [--budget BYTES] [--markdown FILE]
// Fails (exit 1) when the total brotli size exceeds the budget.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const dir = args[0] && !args[0].startsWith("--") ? args[0] : "dist";
const budget = Number(option("--budget") ?? Infinity);

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    if (name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const rows = files(dir)
  .sort()
  .map((file) => {
    const bytes = readFileSync(file);
    return {
      file: file.slice(dir.length + 1),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
const total = rows.reduce(
  (sum, row) => ({ file: "total", raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }),
  { file: "total", raw: 0, gzip: 0, brotli: 0 },
);

const kb = (n) => (n / 1024).toFixed(1);
const width = Math.max(...rows.map((r) => r.file.length), 5);
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
for (const row of [...rows, total]) {
  console.log(
    `${row.file.padEnd(width)}  ${kb(row.raw).padStart(6)} KB  ${kb(row.gzip).padStart(6)} KB  ${kb(row.brotli).padStart(6)} KB`,
  );
}
const markdown = option("--markdown");
if (markdown) {
  const lines = ["| file | raw | gzip | brotli |", "| --- | ---: | ---: | ---: |"];
  for (const row of [...rows, total]) lines.push(`| ${row.file} | ${row.raw} | ${row.gzip} | ${row.brotli} |`);
  writeFileSync(markdown, lines.join("\n") + "\n");
}
if (total.brotli > budget) {
  console.error(`size budget EXCEEDED: ${total.brotli} bytes brotli > ${budget} bytes`);
  process.exit(1);
}
console.log(`size budget ok: ${total.brotli} bytes brotli <= ${budget} bytes (${kb(budget)} KB)`);
