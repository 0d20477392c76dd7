import * as pulumi from "@pulumi/pulumi";
import type { StackResource } from "../../../policypack/framework/types";
import { isUnknownValueError } from "../../../policypack/framework/unknowns";
import { POLICIES } from "../../../policypack/policies";
import type { Scope } from "../../../policypack/vocabulary";
import { UNKNOWN } from "../../../preview/engine/mocks";
import { asSeenByPolicy, contextAt } from "../../policypack/support";
import type { RunMode } from "../../../preview/engine/types";
import { isUnknown, recordingMonitor, run, type Run } from "../support";

/**
 * Runs every non-advisory policy of the pack, in force at `scope`, over what the mocks recorded,
 * as the engine would: props are the inputs plus what Check adds (autonames), unknowns in the
 * engine's encoding. Used by the bedrock, api and vectorstore compliance tests.
 */

/** What the pack decided: violations as `policy: resource`, and the checks that read an unknown value. */
export interface PackResult {
  readonly violations: string[];
  /** Checks the SDK would turn into "can't run during preview" advisories, as `policy: resource`. */
  readonly undecided: string[];
}

function wire(v: unknown): unknown {
  if (isUnknown(v)) return UNKNOWN;
  if (Array.isArray(v)) return v.map(wire);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, wire(x)]));
  return v;
}

/** A run, with the dependencies each resource's registration declared (which the mocks do not see). */
export interface RunWithDependencies extends Run {
  readonly dependencies: ReadonlyMap<string, { all: string[]; byProperty: Record<string, string[]> }>;
}

/** `run` from ../support, also recording each registration's dependencies and property dependencies. */
export async function runRecordingDependencies(
  mode: RunMode,
  program: () => unknown,
): Promise<RunWithDependencies> {
  const dependencies = new Map<string, { all: string[]; byProperty: Record<string, string[]> }>();
  const result = await run(mode, () => {
    // The support helper has installed the mocks and its own hook by now; wrap the monitor once more.
    const monitor = recordingMonitor(pulumi.runtime.getMonitor());
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, callback) => {
      const byProperty: Record<string, string[]> = {};
      req.getPropertydependenciesMap().forEach((v, k) => (byProperty[k] = v.getUrnsList()));
      dependencies.set(`${req.getType()}::${req.getName()}`, { all: req.getDependenciesList(), byProperty });
      return register(req, callback);
    };
    return program();
  });
  return { ...result, dependencies };
}

/** The custom resources as stack resources, with their dependencies when they were recorded. */
export function asStack(recorded: Run | RunWithDependencies): StackResource[] {
  const known: RunWithDependencies["dependencies"] =
    "dependencies" in recorded ? recorded.dependencies : new Map();
  const stack = recorded.resources
    .filter((r) => r.custom)
    .map((r) => {
      const checkAdded = Object.fromEntries(
        Object.entries(r.state).filter(([k, v]) => !(k in r.inputs) && !isUnknown(v)),
      );
      const props = asSeenByPolicy(wire({ ...checkAdded, ...r.inputs }) as Record<string, unknown>);
      return {
        type: r.type,
        name: r.name,
        urn: r.urn,
        props,
        dependencies: [] as StackResource[],
        propertyDependencies: {} as Record<string, StackResource[]>,
      };
    });
  const byUrn = new Map(stack.map((r) => [r.urn, r]));
  const resolve = (urns: readonly string[]) =>
    urns.map((u) => byUrn.get(u)).filter((r): r is (typeof stack)[number] => r !== undefined);
  for (const r of stack) {
    const deps = known.get(`${r.type}::${r.name}`);
    if (deps === undefined) continue;
    r.dependencies.push(...resolve(deps.all));
    for (const [property, urns] of Object.entries(deps.byProperty))
      r.propertyDependencies[property] = resolve(urns);
  }
  return stack;
}

/** Runs the pack's mandatory and remediate policies at `scope`. */
export function checkWithPack(recorded: Run | RunWithDependencies, scope: Scope): PackResult {
  const stack = asStack(recorded);
  const context = contextAt(scope);
  const nameOf = (urn?: string) => stack.find((r) => r.urn === urn)?.name ?? "stack";
  const violations: string[] = [];
  const undecided: string[] = [];
  const attempt = (label: string, check: () => readonly string[]) => {
    try {
      violations.push(...check().map(() => label));
    } catch (e) {
      if (!isUnknownValueError(e)) throw e;
      undecided.push(label);
    }
  };
  for (const policy of POLICIES) {
    if (policy.enforcementLevel === "advisory" || policy.minScope > scope) continue;
    if (policy.kind === "resource") {
      for (const r of stack.filter((s) => policy.resourceTypes.includes(s.type))) {
        attempt(`${policy.name}: ${r.name}`, () => policy.check(r, context));
      }
    } else {
      try {
        violations.push(...policy.check(stack, context).map((v) => `${policy.name}: ${nameOf(v.urn)}`));
      } catch (e) {
        if (!isUnknownValueError(e)) throw e;
        undecided.push(`${policy.name}: stack`);
      }
    }
  }
  return { violations: violations.sort(), undecided: undecided.sort() };
}
