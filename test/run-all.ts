/**
 * `npm test`: the test suite (mocha, two files at a time) and, beside it, the static
 * checks one after the other (type-check, eslint, prettier --check). The suite spends much of its
 * time waiting for the programs and policy packs it starts, so the checks fill the other core
 * instead of adding their own minutes. The suite's report streams as it runs; each check's output
 * is printed when it ends. Exits 1 when any step failed, after every step has ended.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";

interface Step {
  readonly name: string;
  readonly command: string;
}

/**
 * The files that take longest, started first: mocha hands files to its two workers in the order
 * given, and a long file started last would leave one core idle while it runs alone. The rest
 * follow in path order. A name here that no longer exists is skipped.
 */
const SLOW_FIRST = [
  "test/preview/engine/policy-scenarios.test.ts",
  "test/packages/installed-packages.test.ts",
  "test/examples/noncompliant.test.ts",
  "test/examples/compliant.test.ts",
  "test/preview/engine/process.test.ts",
  "test/preview/engine/in-process.test.ts",
  "test/preview/engine/program-entry.test.ts",
  "test/preview/engine/run-program.test.ts",
  "test/components/platform/ai-platform.test.ts",
  "test/components/platform/compliance.test.ts",
  "test/components/sagemaker/compliance.test.ts",
  "test/preview/cli/e2e.test.ts",
  "test/examples/org-pack.test.ts",
  "test/preview/cli/reports-e2e.test.ts",
];

/** Every `*.test.ts` under test/ (.mocharc.json's spec), the slow ones first. */
function specFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.posix.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".test.ts")) found.push(p);
    }
  };
  walk("test");
  found.sort();
  return [...SLOW_FIRST.filter((f) => found.includes(f)), ...found.filter((f) => !SLOW_FIRST.includes(f))];
}

/** .mocharc.json's options with the files given in order (the config would add its glob again). */
function suite(): Step {
  const config = JSON.parse(fs.readFileSync(".mocharc.json", "utf8"));
  const args = [
    "--no-config",
    ...config.require.flatMap((r: string) => ["--require", r]),
    ...config.extension.flatMap((e: string) => ["--extension", e]),
    "--timeout",
    String(config.timeout),
    "--reporter",
    config.reporter,
    "--parallel",
    "--jobs",
    "2",
    ...specFiles(),
  ];
  return { name: "mocha", command: `npx mocha ${args.join(" ")}` };
}
const CHECKS: readonly Step[] = [
  { name: "typecheck", command: "npm run --silent typecheck" },
  { name: "lint", command: "npm run --silent lint" },
];

interface Outcome {
  readonly step: Step;
  readonly code: number;
  readonly seconds: number;
}

/** Runs `step` through the shell; its output is streamed, or kept and printed when it ends. */
function run(step: Step, stream: boolean): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      stdio: stream ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code, signal) => {
      const outcome = { step, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 };
      if (!stream) {
        const verdict = outcome.code === 0 ? "passed" : `FAILED (exit ${outcome.code})`;
        process.stdout.write(`\n> ${step.command}: ${verdict}\n${output}`);
      }
      resolve(outcome);
    });
  });
}

async function checks(): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const step of CHECKS) outcomes.push(await run(step, false));
  return outcomes;
}

async function main(): Promise<number> {
  const [tested, checked] = await Promise.all([run(suite(), true), checks()]);
  const outcomes = [tested, ...checked];
  process.stdout.write(
    `\n${outcomes
      .map(
        (o) =>
          `${o.step.name}: ${o.code === 0 ? "ok" : `FAILED (exit ${o.code})`}, ${o.seconds.toFixed(0)} s`,
      )
      .join("\n")}\n`,
  );
  return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

main().then((code) => process.exit(code));
