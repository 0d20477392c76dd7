/**
 * AWSGuard (@pulumi/awsguard 0.3.1), the benchmark's reference pack: Pulumi's compiled AWS policy
 * pack. It needs @pulumi/aws 4 and aws-sdk 2, so it is never a dependency of the repository: the
 * first benchmark run installs it from the registry into bench/.peer/ (git-ignored) and builds a
 * pack folder around it, `new AwsGuard({ all: "mandatory" })`, as its README shows.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const AWSGUARD_VERSION = "0.3.1";
const PEER_DIR = path.resolve(__dirname, "..", ".peer");

/** The AWSGuard pack folder, installed on first use. Throws with what to do when the registry is unreachable. */
export function awsGuardPackDir(): string {
  const packDir = path.join(PEER_DIR, "awsguard-pack");
  const installed = path.join(PEER_DIR, "node_modules", "@pulumi", "awsguard", "package.json");
  if (
    !fs.existsSync(installed) ||
    String(JSON.parse(fs.readFileSync(installed, "utf8")).version).replace(/^v/, "") !== AWSGUARD_VERSION
  ) {
    fs.mkdirSync(PEER_DIR, { recursive: true });
    if (!fs.existsSync(path.join(PEER_DIR, "package.json"))) {
      fs.writeFileSync(
        path.join(PEER_DIR, "package.json"),
        JSON.stringify({ name: "bench-peer", private: true, description: "Benchmark-only packs." }, null, 2),
      );
    }
    process.stderr.write(`bench: installing @pulumi/awsguard@${AWSGUARD_VERSION} into ${PEER_DIR} (once)\n`);
    try {
      execFileSync(
        "npm",
        [
          "install",
          "--prefix",
          PEER_DIR,
          "--no-audit",
          "--no-fund",
          "--ignore-scripts",
          "--save-exact",
          `@pulumi/awsguard@${AWSGUARD_VERSION}`,
        ],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      const detail = String((error as { stderr?: Buffer }).stderr ?? error).trim();
      throw new Error(
        `cannot install @pulumi/awsguard@${AWSGUARD_VERSION} from the npm registry into ${PEER_DIR}; ` +
          `the AWSGuard comparison needs it once (then it is cached there). Check the registry is reachable ` +
          `(npm ping) or set BENCH_SKIP_AWSGUARD=1 to bench scopeguard alone.\n${detail}`,
        { cause: error },
      );
    }
  }
  fs.mkdirSync(packDir, { recursive: true });
  fs.writeFileSync(
    path.join(packDir, "PulumiPolicy.yaml"),
    "runtime: nodejs\ndescription: AWSGuard, every policy mandatory.\n",
  );
  fs.writeFileSync(
    path.join(packDir, "package.json"),
    JSON.stringify({ name: "awsguard-pack", version: "0.0.1", private: true, main: "index.js" }, null, 2),
  );
  fs.writeFileSync(
    path.join(packDir, "index.js"),
    `"use strict";\nconst { AwsGuard } = require("@pulumi/awsguard");\n\nnew AwsGuard({ all: "mandatory" });\n`,
  );
  return packDir;
}
