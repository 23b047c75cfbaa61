// Starts scripts/serve.mjs on a port for a script (smoke test, Lighthouse, benchmarks,
// screenshots) and resolves once it answers (it compresses the widget's files first, a few
// seconds at most); kill the returned process when done.
import { spawn } from "node:child_process";

export async function startServer(port) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port)], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  server.kill();
  throw new Error(`server at ${url} did not start`);
}
