/**
 * A policy pack running as a child process, launched exactly as the Pulumi CLI's nodejs language
 * host launches it (`node <@pulumi/pulumi>/cmd/run-policy-pack <engineAddress> <packDir>`, cwd =
 * pack dir, PULUMI_NODEJS_* and PULUMI_CONFIG in the environment), spoken to over the analyzer
 * gRPC protocol. run-policy-pack registers ts-node WITH type-checking, as under the CLI; a compiled
 * pack (`main` in JavaScript) gives it nothing to compile.
 */
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as analyzerproto from "@pulumi/pulumi/proto/analyzer_pb";
import { ConfigError, PolicyPackError } from "../errors";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const analyzerrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Empty } = require("google-protobuf/google/protobuf/empty_pb");

/** The analyzer calls the engine makes, by the generated client's method names. */
type RpcMethod =
  "getAnalyzerInfo" | "configureStack" | "configure" | "remediate" | "analyze" | "analyzeStack";

/** A unary call of the generated client (untyped, as it is loaded with `require`). */
type UnaryCall = (
  req: unknown,
  options: grpc.CallOptions,
  callback: (err: grpc.ServiceError | null, resp: unknown) => void,
) => void;

/** The generated analyzer client, as this file uses it. */
type AnalyzerClient = grpc.Client & Readonly<Record<RpcMethod, UnaryCall>>;

/** The environment the language host gives a pack. */
export interface PackEnv {
  readonly organization: string;
  readonly project: string;
  readonly stack: string;
  readonly dryRun: boolean;
  /** Stack config, namespaced keys to strings. */
  readonly config: Readonly<Record<string, string>>;
}

/**
 * run-policy-pack drops its engine-address argument and @pulumi/policy never dials an engine
 * (verified in @pulumi/pulumi 3.248 / @pulumi/policy 1.21), so no Engine server is needed.
 */
const UNUSED_ENGINE_ADDRESS = "127.0.0.1:0";

/**
 * The file run-policy-pack loads (it requires the folder, so Node reads `main` of its package.json;
 * a compiled pack's main is JavaScript), or undefined when package.json names none.
 */
function packEntry(dir: string): string | undefined {
  try {
    const main = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).main;
    return typeof main === "string" ? path.resolve(dir, main) : undefined;
  } catch {
    return undefined;
  }
}

/** How long one analyzer call may take before the engine gives up on the pack. */
export const DEFAULT_CALL_TIMEOUT_MS = 120_000;

/** The environment variable that overrides {@link DEFAULT_CALL_TIMEOUT_MS}, in seconds. */
export const CALL_TIMEOUT_ENV = "SCOPEGUARD_ANALYZER_TIMEOUT";

/** The per-call deadline: `SCOPEGUARD_ANALYZER_TIMEOUT` seconds when set to a positive number. */
export function callTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[CALL_TIMEOUT_ENV];
  if (raw === undefined || raw.trim() === "") return DEFAULT_CALL_TIMEOUT_MS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError(`${CALL_TIMEOUT_ENV} must be a positive number of seconds (got "${raw}")`);
  }
  return seconds * 1000;
}

const live = new Set<ChildProcess>();
process.on("exit", () => {
  for (const c of live) c.kill("SIGKILL");
});

/** A started policy pack. Create with {@link PolicyPackProcess.start}; always {@link close}. */
export class PolicyPackProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: AnalyzerClient,
    /** The pack folder. */
    readonly packDir: string,
    /** Milliseconds from spawn to the port being printed (type-checking included). */
    readonly startupMs: number,
    private readonly stderr: () => string,
    /** Deadline of each analyzer call, in milliseconds. */
    readonly callTimeoutMs: number,
  ) {}

  /** Launches the pack in `packDir` and connects to it. Rejects with a PolicyPackError naming the cause. */
  static async start(
    packDir: string,
    env: PackEnv,
    timeoutMs = 180000,
    perCallTimeoutMs = callTimeoutMs(),
  ): Promise<PolicyPackProcess> {
    const dir = path.resolve(packDir);
    if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
      throw new PolicyPackError(`${dir}: no PulumiPolicy.yaml; pass the policy pack folder`);
    }
    const entry = packEntry(dir);
    if (entry !== undefined && !fs.existsSync(entry)) {
      throw new PolicyPackError(
        `${dir}: the pack's entry ${path.relative(dir, entry)} does not exist; build the pack first (npm run build)`,
      );
    }
    let pulumiDir: string;
    try {
      pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [dir] }));
    } catch {
      throw new PolicyPackError(
        `${dir}: cannot find @pulumi/pulumi from the pack folder; run npm install there`,
      );
    }
    const childEnv: Record<string, string | undefined> = { ...process.env };
    for (const k of Object.keys(childEnv))
      if (k.startsWith("PULUMI_NODEJS_") || k.startsWith("TS_NODE_")) delete childEnv[k];
    Object.assign(childEnv, {
      PULUMI_NODEJS_ORGANIZATION: env.organization,
      PULUMI_NODEJS_PROJECT: env.project,
      PULUMI_NODEJS_STACK: env.stack,
      PULUMI_NODEJS_DRY_RUN: String(env.dryRun),
      PULUMI_CONFIG: JSON.stringify(env.config),
    });
    const started = Date.now();
    const runPolicyPack = path.join(pulumiDir, "cmd", "run-policy-pack", "index.js");
    const child = spawn(process.execPath, [runPolicyPack, UNUSED_ENGINE_ADDRESS, dir], {
      cwd: dir,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    let stderr = "";
    child.stderr!.on("data", (d) => (stderr += d));
    const port = await new Promise<number>((resolve, reject) => {
      let buf = "";
      const fail = (why: string): void => {
        clearTimeout(timer);
        child.kill("SIGKILL");
        live.delete(child);
        const detail = stderr.trim() || buf.trim();
        reject(new PolicyPackError(`policy pack ${dir} ${why}${detail ? `:\n${detail}` : ""}`));
      };
      const timer = setTimeout(() => fail(`did not start within ${timeoutMs / 1000} s`), timeoutMs);
      child.stdout!.on("data", (d) => {
        buf += d;
        // The port is the line that is only digits; anything else the pack prints is ignored.
        const m = /^(\d+)\r?$/m.exec(buf);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on("exit", (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before serving`));
      child.on("error", (e) => fail(`could not be launched (${e.message})`));
    });
    child.removeAllListeners("exit");
    child.on("exit", () => live.delete(child));
    const client = new analyzerrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    return new PolicyPackProcess(child, client, dir, Date.now() - started, () => stderr, perCallTimeoutMs);
  }

  /**
   * One RPC under a deadline. A pack that does not answer in time is stuck (a policy that never
   * returns): the error names the call and the resource, and the pack is stopped, as nothing more
   * can be asked of it.
   */
  private call<T>(method: RpcMethod, req: unknown, subject?: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const what = `${RPC_NAMES[method] ?? method}${subject ? ` of ${subject}` : ""}`;
      const deadline = new Date(Date.now() + this.callTimeoutMs);
      this.client[method](req, { deadline }, (err, resp) => {
        if (!err) return resolve(resp as T);
        const tail = this.stderr().trim().split("\n").slice(-10).join("\n");
        if (err.code === grpc.status.DEADLINE_EXCEEDED) {
          this.child.kill("SIGKILL");
          return reject(
            new PolicyPackError(
              `policy pack ${this.packDir}: ${what} did not answer within ${this.callTimeoutMs / 1000} s; ` +
                `a policy of the pack does not return for this resource. Fix or disable that policy, ` +
                `or set ${CALL_TIMEOUT_ENV} to more seconds if the pack is only slow${tail ? `\n${tail}` : ""}`,
            ),
          );
        }
        reject(
          new PolicyPackError(
            `policy pack ${this.packDir}: ${method} failed: ${err.details || err.message}${tail ? `\n${tail}` : ""}`,
          ),
        );
      });
    });
  }

  /** GetAnalyzerInfo: the pack's name, version, policies and initial config. */
  getAnalyzerInfo(): Promise<analyzerproto.AnalyzerInfo> {
    return this.call("getAnalyzerInfo", new Empty());
  }

  /** ConfigureStack: stack identity, config and tags (the pack keeps the tags). */
  configureStack(
    req: analyzerproto.AnalyzerStackConfigureRequest,
  ): Promise<analyzerproto.AnalyzerStackConfigureResponse> {
    return this.call("configureStack", req);
  }

  /** Configure: the reconciled config of every policy. */
  configure(req: analyzerproto.ConfigureAnalyzerRequest): Promise<unknown> {
    return this.call("configure", req);
  }

  /** Remediate one resource (its inputs, internal keys included). */
  remediate(req: analyzerproto.AnalyzeRequest): Promise<analyzerproto.RemediateResponse> {
    return this.call("remediate", req, subjectOf(req));
  }

  /** Analyze one resource (its inputs). */
  analyze(req: analyzerproto.AnalyzeRequest): Promise<analyzerproto.AnalyzeResponse> {
    return this.call("analyze", req, subjectOf(req));
  }

  /** AnalyzeStack: every resource, with outputs. */
  analyzeStack(req: analyzerproto.AnalyzeStackRequest): Promise<analyzerproto.AnalyzeResponse> {
    return this.call("analyzeStack", req, `the stack (${req.getResourcesList().length} resources)`);
  }

  /** Closes the connection and kills the pack. Safe to call twice. */
  async close(): Promise<void> {
    this.client.close();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise<void>((r) => this.child.once("exit", () => r()));
      this.child.kill("SIGTERM");
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 2000);
      await exited;
      clearTimeout(timer);
    }
    live.delete(this.child);
  }
}

/** The protocol's names of the calls, for messages. */
const RPC_NAMES: Record<RpcMethod, string> = {
  getAnalyzerInfo: "GetAnalyzerInfo",
  configureStack: "ConfigureStack",
  configure: "Configure",
  remediate: "Remediate",
  analyze: "Analyze",
  analyzeStack: "AnalyzeStack",
};

/** How a per-resource request names its resource: URN and type. */
function subjectOf(req: analyzerproto.AnalyzeRequest): string {
  return `${req.getUrn()} (${req.getType()})`;
}
