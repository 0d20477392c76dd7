import * as pulumi from "@pulumi/pulumi";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import * as runtimeSettings from "@pulumi/pulumi/runtime/settings";
import { createMocks, UNKNOWN } from "../../preview/engine/mocks";
import { fastAnonymousStacks } from "../../preview/engine/program/record";
import type { RunMode } from "../../preview/engine/types";

/**
 * Runs component code under the project's Pulumi mocks (preview/engine/mocks) and records every
 * resource it registers, with its parent (which plain mocks do not report) and its inputs.
 */

/** One registered resource. */
export interface Registered {
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  /** The parent's URN; empty for top-level resources. */
  readonly parent: string;
  readonly urn: string;
  /**
   * Inputs as the provider would receive them; unknown values satisfy {@link isUnknown}. Typed as
   * the SDK's mocks hand them over (untyped): tests assert on their exact shape.
   */
  readonly inputs: pulumi.runtime.MockResourceArgs["inputs"];
  /** State the mocks answered: inputs plus autonames, and computed values (unknown in preview). */
  readonly state: pulumi.runtime.MockResourceResult["state"];
}

/** What a run produced: the resources, and the error the program threw, if any. */
export interface Run {
  readonly resources: Registered[];
  readonly error?: unknown;
}

// waitForRPCs is internal to the SDK but exported by its settings module: it resolves once every
// registration and invoke started so far has finished, which is what "the program is done" means.
const settings = runtimeSettings as unknown as { waitForRPCs(): Promise<void> };

/**
 * Runs `program` in `mode` ("preview": computed outputs unknown) and waits for all registrations.
 * The SDK's anonymous stack captures get no trace meanwhile, as in the engine's program runs:
 * formatting them through ts-node's source maps was most of the time these runs took.
 */
export async function run(mode: RunMode, program: () => unknown): Promise<Run> {
  const restoreStacks = fastAnonymousStacks();
  try {
    return await record(mode, program);
  } finally {
    restoreStacks();
  }
}

async function record(mode: RunMode, program: () => unknown): Promise<Run> {
  const mocks = createMocks({ mode });
  const inputs = new Map<string, Registered["inputs"]>();
  const states = new Map<string, Registered["state"]>();
  await pulumi.runtime.setMocks(
    {
      call: (args) => mocks.call(args),
      newResource: (args) => {
        inputs.set(`${args.type}::${args.name}`, args.inputs);
        // The SDK's MockMonitor passes the import id as "" when there is none; the mocks expect undefined.
        const result = mocks.newResource({ ...args, id: args.id || undefined });
        states.set(`${args.type}::${args.name}`, result.state);
        return result;
      },
    },
    "project",
    "stack",
    mode === "preview",
    "acme",
  );
  const monitor = recordingMonitor(pulumi.runtime.getMonitor());
  const register = monitor.registerResource.bind(monitor);
  const seen: { type: string; name: string; custom: boolean; parent: string }[] = [];
  const urns = new Map<string, string>();
  monitor.registerResource = (req, callback) => {
    const entry = {
      type: req.getType(),
      name: req.getName(),
      custom: req.getCustom(),
      parent: req.getParent(),
    };
    seen.push(entry);
    return register(req, (err, res) => {
      if (res) urns.set(`${entry.type}::${entry.name}`, res.getUrn());
      callback(err, res);
    });
  };
  let error: unknown;
  try {
    program();
  } catch (e) {
    error = e;
  }
  await settings.waitForRPCs();
  const resources = seen.map((r) => ({
    ...r,
    urn: urns.get(`${r.type}::${r.name}`) ?? "",
    inputs: inputs.get(`${r.type}::${r.name}`) ?? {},
    state: states.get(`${r.type}::${r.name}`) ?? {},
  }));
  return { resources, error };
}

/** A callback of the SDK's monitor, gRPC style. */
type Done<T> = (err: unknown, resp?: T) => void;

/** The SDK's mock monitor, as far as the recording needs it. */
export interface RegisteringMonitor {
  registerResource(
    req: resproto.RegisterResourceRequest,
    callback: Done<resproto.RegisterResourceResponse>,
  ): void;
}

/** The SDK's monitor (typed `Object` by the SDK) as one whose registrations can be observed. */
export function recordingMonitor(monitor: unknown): RegisteringMonitor {
  if (typeof monitor !== "object" || monitor === null || !("registerResource" in monitor)) {
    throw new Error("the Pulumi mocks are not set up: no monitor to record registrations with");
  }
  return monitor as RegisteringMonitor;
}

/** True for a value that is unknown during preview, in any of the forms the mocks may deliver. */
export function isUnknown(v: unknown): boolean {
  return (
    v === UNKNOWN ||
    (typeof v === "object" &&
      v !== null &&
      ((v as { __pulumiUnknown?: unknown }).__pulumiUnknown === true || v.constructor?.name === "Unknown"))
  );
}

/** The only resource of `type` (throws when there is not exactly one). */
export function only(resources: readonly Registered[], type: string): Registered {
  const found = resources.filter((r) => r.type === type);
  if (found.length !== 1) {
    throw new Error(
      `expected one ${type}, found ${found.length}: ${resources.map((r) => r.type).join(", ")}`,
    );
  }
  return found[0];
}

/** The message of a thrown error, asserting that it is a pulumi.ResourceError. */
export function resourceErrorMessage(error: unknown): string {
  if (!(error instanceof pulumi.ResourceError)) {
    throw new Error(`expected a ResourceError, got ${String(error)}`);
  }
  return error.message;
}

/** The resolved value of an Output (undefined when unknown). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((v) => resolve(v)));
}
