/**
 * `npm run bench`, start-up part: the CPU a policy pack process spends from launch to serving (the
 * moment it prints its port), as `pulumi preview --policy-pack` launches it
 * (@pulumi/pulumi's run-policy-pack, which registers ts-node with type-checking). Compared in the
 * same run, rounds interleaved: scopeguard compiled (what ships), scopeguard from its TypeScript
 * source, and AWSGuard (compiled JavaScript, installed on first use into bench/.peer/). CPU is the
 * pack process's user + system time from /proc (Linux). Prints a table; asserts nothing.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { AWSGUARD_VERSION, awsGuardPackDir } from "./peer/awsguard";

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 7);
const REPO = path.resolve(__dirname, "..");
const PEER_DIR = path.join(__dirname, ".peer");
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Pack {
  readonly label: string;
  readonly dir: string;
}

/** A pack folder that runs scopeguard's TypeScript source, as the pack started before it shipped compiled. */
function sourcePackDir(): string {
  const dir = path.join(PEER_DIR, "scopeguard-source");
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(REPO, "policypack", "PulumiPolicy.yaml"), path.join(dir, "PulumiPolicy.yaml"));
  fs.copyFileSync(path.join(REPO, "policypack", "tsconfig.json"), path.join(dir, "tsconfig.json"));
  const main = path.relative(dir, path.join(REPO, "policypack", "index.ts"));
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "scopeguard-source", version: "0.0.1", main }),
  );
  return dir;
}

/** CPU seconds (user + system) a live process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "(comm) ", field 3 of stat(5) is index 0: utime is field 14, stime field 15.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Launches the pack as the Pulumi CLI does; resolves with CPU and wall time at the port line, then kills it. */
function startOnce(pack: Pack): Promise<{ cpuMs: number | undefined; wallMs: number }> {
  const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [pack.dir] }));
  const env: Record<string, string | undefined> = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith("PULUMI_") || k.startsWith("TS_NODE_")) delete env[k];
  Object.assign(env, {
    PULUMI_NODEJS_ORGANIZATION: "organization",
    PULUMI_NODEJS_PROJECT: "bench",
    PULUMI_NODEJS_STACK: "dev",
    PULUMI_NODEJS_DRY_RUN: "true",
    PULUMI_CONFIG: "{}",
  });
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    [path.join(pulumiDir, "cmd", "run-policy-pack", "index.js"), "127.0.0.1:0", pack.dir],
    {
      cwd: pack.dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.on("data", (d) => {
      out += d;
      if (/^\d+\r?$/m.test(out)) {
        const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
        const cpu = cpuSeconds(child.pid!);
        child.removeAllListeners("exit");
        child.kill("SIGKILL");
        resolve({ cpuMs: cpu === undefined ? undefined : cpu * 1000, wallMs });
      }
    });
    child.on("exit", (code) =>
      reject(new Error(`${pack.label} exited (code ${code}) before serving:\n${err || out}`)),
    );
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const packs: Pack[] = [
    { label: "scopeguard (compiled, as shipped)", dir: path.join(REPO, "policypack") },
    { label: "scopeguard (TypeScript source, ts-node)", dir: sourcePackDir() },
  ];
  if (process.env.BENCH_SKIP_AWSGUARD) {
    process.stderr.write("bench: BENCH_SKIP_AWSGUARD is set: no AWSGuard comparison\n");
  } else {
    packs.push({ label: `AWSGuard ${AWSGUARD_VERSION} (compiled)`, dir: awsGuardPackDir() });
  }
  const cpu = new Map<string, number[]>(packs.map((p) => [p.label, []]));
  const wall = new Map<string, number[]>(packs.map((p) => [p.label, []]));
  // One warm-up start each (file cache), then interleaved rounds in a rotating order.
  for (const p of packs) await startOnce(p);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < packs.length; i++) {
      const p = packs[(round + i) % packs.length];
      const r = await startOnce(p);
      if (r.cpuMs !== undefined) cpu.get(p.label)!.push(r.cpuMs);
      wall.get(p.label)!.push(r.wallMs);
    }
  }
  const reference = packs.find((p) => p.label.startsWith("AWSGuard"));
  const refCpu =
    reference && cpu.get(reference.label)!.length ? median(cpu.get(reference.label)!) : undefined;
  const fmt = (n: number | undefined, digits = 0): string => (n === undefined ? "-" : n.toFixed(digits));
  console.log(
    `\nPolicy pack start-up, launch to serving (${ROUNDS} interleaved rounds, ${os.cpus().length} CPUs, node ${process.version})`,
  );
  console.log(
    ["pack".padEnd(42), "CPU min ms", "CPU median ms", "wall median ms", "CPU median / AWSGuard"].join("  "),
  );
  for (const p of packs) {
    const c = cpu.get(p.label)!;
    const cMed = c.length ? median(c) : undefined;
    console.log(
      [
        p.label.padEnd(42),
        fmt(c.length ? Math.min(...c) : undefined).padStart(10),
        fmt(cMed).padStart(13),
        fmt(median(wall.get(p.label)!)).padStart(14),
        (refCpu && cMed !== undefined ? `${(cMed / refCpu).toFixed(2)}x` : "-").padStart(21),
      ].join("  "),
    );
  }
  if (![...cpu.values()].some((c) => c.length))
    console.log("(no /proc on this system: CPU times unavailable, wall times only)");
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
