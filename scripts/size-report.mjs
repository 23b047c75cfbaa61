// Size report of a build directory: raw, gzip and brotli bytes per file, per group of files a
// reader downloads together (see bundle.mjs), and in total.
//   node scripts/size-report.mjs [dir] [--budget-page BYTES] [--budget-checker BYTES] [--markdown FILE]
// Fails (exit 1) when a group's brotli size exceeds its budget.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { GROUPS, groupOf } from "./bundle.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : Infinity;
};
const dir = args[0] && !args[0].startsWith("--") ? args[0] : "dist";
const budgets = { page: option("--budget-page"), checker: option("--budget-checker"), extras: Infinity };

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    if (name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const measure = (file) => {
  const bytes = readFileSync(file);
  return {
    file: file.slice(dir.length + 1),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
const sum = (name, rows) =>
  rows.reduce((s, r) => ({ file: name, raw: s.raw + r.raw, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }), {
    file: name,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const rows = files(dir).sort().map(measure);
const kb = (n) => (n / 1024).toFixed(1);
const width = Math.max(...rows.map((r) => r.file.length), 24);
const line = (row) =>
  `${row.file.padEnd(width)}  ${kb(row.raw).padStart(6)} KB  ${kb(row.gzip).padStart(6)} KB  ${kb(row.brotli).padStart(6)} KB`;
console.log(`${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}  ${"brotli".padStart(9)}`);
const markdown = ["| file | raw | gzip | brotli |", "| --- | ---: | ---: | ---: |"];
let failed = false;
const totals = [];
for (const group of GROUPS) {
  const members = rows.filter((r) => groupOf(r.file) === group.name);
  console.log(`-- ${group.name}: ${group.what}`);
  for (const row of members) {
    console.log(line(row));
    markdown.push(`| ${row.file} | ${row.raw} | ${row.gzip} | ${row.brotli} |`);
  }
  const total = sum(`= ${group.name} total`, members);
  totals.push(total);
  console.log(line(total));
  markdown.push(`| **${group.name} total** | ${total.raw} | ${total.gzip} | ${total.brotli} |`);
  const budget = budgets[group.name];
  if (Number.isFinite(budget)) {
    const ok = total.brotli <= budget;
    failed ||= !ok;
    console.log(`   budget ${ok ? "ok" : "EXCEEDED"}: ${total.brotli} bytes brotli ${ok ? "<=" : ">"} ${budget} (${kb(budget)} KB)`);
  }
}
const all = sum("= all of dist/", totals);
console.log(line(all));
markdown.push(`| **all of dist/** | ${all.raw} | ${all.gzip} | ${all.brotli} |`);
const out = args.indexOf("--markdown");
if (out >= 0) writeFileSync(args[out + 1], markdown.join("\n") + "\n");
if (failed) {
  console.error("size budget EXCEEDED");
  process.exit(1);
}
