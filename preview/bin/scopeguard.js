#!/usr/bin/env node
"use strict";
// Launcher for the TypeScript CLI: registers ts-node (transpile-only, resolved from this repository
// and configured by its tsconfig.json wherever the command is run from), then runs preview/cli/main.ts.
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
require(require.resolve("ts-node", { paths: [root] })).register({
  transpileOnly: true,
  projectSearchDir: root,
});

const { main } = require(path.join(root, "preview", "cli", "main.ts"));

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
