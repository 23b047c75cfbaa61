// A small static file server for tests and benchmarks (no dependencies).
//   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dist dist]
// Routes:
//   /                  dist/ (the release build)
//   /hosts/            e2e/hosts/ (example host pages; /hosts/csp/* is served with a strict CSP)
//   /stories/          tests/stories/ (datasets for embedding tests)
//   /bench/            target/bench/ (synthetic stories written by the benchmarks)
//   /site/             target/site/ (tests/stories/minimal.json's site, from dramatis-check render)
//   /vendor/pym.js     pym.js from npm, for the pym.js parent page
//   /sub/dramatis/     dist/ again, as a deployment under a sub-path
//   /slow/<ms>/<path>  any of the above, delayed by <ms> milliseconds
// The widget's own files (dist/) are served compressed, as any real host serves them: brotli
// when the browser accepts it, else gzip. Stories and host pages are served as they are.
import { createServer } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 4173);
const host = args.host ?? "127.0.0.1";
const dist = `${args.dist ?? "dist"}/`;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const MOUNTS = [
  ["/hosts/", "e2e/hosts/"],
  ["/stories/", "tests/stories/"],
  ["/bench/", "target/bench/"],
  // A story's site as `dramatis-check render` writes it (scripts/test.sh).
  ["/site/", "target/site/"],
  ["/vendor/pym.js", "node_modules/pym.js/dist/pym.v1.min.js"],
  ["/vendor/bootstrap.min.css", "node_modules/bootstrap/dist/css/bootstrap.min.css"],
  // A deployment under a sub-path, and (through the "localhost" host name) another origin.
  ["/sub/dramatis/", dist],
  ["/", dist],
];

const DIST = resolve(root, dist) + sep;
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".txt"]);
// Compressed bodies by file, encoding and modification time: brotli at its best quality is
// slow, so each file is compressed once, as a host's build step or CDN would.
const compressed = new Map();

/** The encoding to send `file` with, and its body in that encoding. */
async function encode(file, body, accepted) {
  if (!file.startsWith(DIST) || !COMPRESSIBLE.has(extname(file))) return [null, body];
  const encoding = /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
  if (!encoding) return [null, body];
  const key = `${encoding} ${file} ${(await stat(file)).mtimeMs}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return [encoding, compressed.get(key)];
}

function locate(pathname) {
  for (const [prefix, target] of MOUNTS) {
    if (pathname === prefix || pathname.startsWith(prefix)) {
      const rest = pathname.slice(prefix.length);
      const base = resolve(root, target);
      const file = normalize(join(base, rest));
      if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
      return file;
    }
  }
  return null;
}

const server = createServer(async (request, response) => {
  let { pathname } = new URL(request.url, "http://localhost");
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    response.writeHead(400).end("bad path");
    return;
  }
  const slow = pathname.match(/^\/slow\/(\d+)(\/.*)$/);
  if (slow) {
    await new Promise((done) => setTimeout(done, Number(slow[1])));
    pathname = slow[2];
  }
  let file = locate(pathname);
  try {
    if (file && (await stat(file)).isDirectory()) file = join(file, "index.html");
    if (!file) throw new Error("outside");
    const [encoding, body] = await encode(file, await readFile(file), request.headers["accept-encoding"] ?? "");
    const headers = {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      // The widget may be loaded by pages of other origins.
      "access-control-allow-origin": "*",
    };
    if (encoding) Object.assign(headers, { "content-encoding": encoding, vary: "accept-encoding" });
    if (pathname.startsWith("/hosts/csp/")) headers["content-security-policy"] = STRICT_CSP;
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
  }
});

// Compress the widget's files before answering anything, so that no measured load pays for
// brotli's best quality (about a second for the wasm).
for (const name of await readdir(DIST, { recursive: true }).catch(() => [])) {
  const file = join(DIST, name);
  if (!COMPRESSIBLE.has(extname(file)) || !(await stat(file)).isFile()) continue;
  const body = await readFile(file);
  for (const accepted of ["br", "gzip"]) await encode(file, body, accepted);
}

server.listen(port, host, () => {
  console.log(`serving ${root} on http://${host}:${port}/`);
});
