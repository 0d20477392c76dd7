#!/usr/bin/env node
"use strict";
// Launcher of the scopeguard CLI: runs the compiled CLI (dist/, built by `npm run build` in the
// repository and shipped in the package).
const path = require("node:path");

let main;
try {
  ({ main } = require(path.join(__dirname, "..", "dist", "preview", "cli", "main.js")));
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).includes(path.join("dist", "preview"))
  ) {
    process.stderr.write("scopeguard: the CLI is not built; run `npm run build` in the repository first\n");
    process.exit(3);
  }
  throw error;
}

main(process.argv.slice(2)).then(
  (code) => exit(code),
  (error) => {
    process.stderr.write(`scopeguard: internal error: ${(error && error.stack) || error}\n`);
    exit(3);
  },
);

// Exit once stdout and stderr are flushed, even if the engine left a handle open.
function exit(code) {
  process.exitCode = code;
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
