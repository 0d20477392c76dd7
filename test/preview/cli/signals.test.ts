import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(REPO, "preview", "bin", "scopeguard.js");
const SLOW = path.join(__dirname, "fixtures", "slow-program");

/** Every process whose parent chain leads to `root`, read from /proc. */
function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while the table was read
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1][0] !== "Z";
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("scopeguard CLI ends its child processes on a signal", function () {
  this.timeout(240_000);

  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal} mid-run: exits ${code} and leaves no program or pack process`, async () => {
      const cli = spawn(process.execPath, [BIN, "preview", SLOW], {
        cwd: REPO,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      cli.stderr.on("data", (d) => (stderr += d));
      const exited = new Promise<number | null>((r) => cli.on("exit", (c) => r(c)));
      // Wait until both the program and the pack are running (two node children of the CLI).
      let children: number[] = [];
      for (let i = 0; i < 600 && children.length < 2; i++) {
        await sleep(200);
        children = descendants(cli.pid!);
      }
      assert.ok(children.length >= 2, `the CLI started ${children.length} children; stderr: ${stderr}`);
      cli.kill(signal);
      assert.equal(await exited, code);
      await sleep(500);
      assert.deepEqual(children.filter(alive), []);
      assert.match(stderr, new RegExp(`scopeguard: ${signal}: stopping the program and the policy pack`));
    });
  }
});
