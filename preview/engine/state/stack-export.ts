/**
 * Reads a `pulumi stack export` file (an UntypedDeployment whose `deployment` is a DeploymentV3,
 * sdk/go/common/apitype/core.go) into recorded resources, for auditing a deployed stack and for
 * using it as the prior state of a preview.
 *
 * - Analyze sees a resource's `inputs` (the provider-checked inputs the state keeps); AnalyzeStack
 *   sees its `outputs`, as for a resource a preview finds unchanged.
 * - Secrets are `{sig, ciphertext}` (exported without `--show-secrets`: the value is not
 *   readable, a placeholder stands for it) or `{sig, plaintext}` (the JSON-encoded value); both
 *   become wire secrets `{sig, value}`.
 * - Resources marked `delete` (pending deletion) are not part of the stack and are skipped.
 */
import type { RecordedOptions, RecordedResource } from "../types";
import { ConfigError } from "../errors";
import { SECRET_SIG, SIG_KEY, secret } from "../sentinels";
import { PulumiType } from "../../../policypack/vocabulary";

/** The value standing for a secret exported without `--show-secrets`. */
export const ENCRYPTED_PLACEHOLDER = "[secret: encrypted in the stack export]";

/** A deployed stack, as the export describes it. */
export interface StackState {
  readonly project: string;
  readonly stack: string;
  /** In the export's order (dependencies first, as the engine writes them). */
  readonly resources: readonly RecordedResource[];
  /** Resource ids by URN (custom resources). */
  readonly ids: ReadonlyMap<string, string>;
}

/** Turns exported property values into the engine's wire encoding (secrets `{sig, value}`). */
export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const o = v as Record<string, unknown>;
  if (o[SIG_KEY] === SECRET_SIG) {
    if (typeof o.plaintext === "string") {
      try {
        return secret(decodeValue(JSON.parse(o.plaintext)));
      } catch {
        return secret(o.plaintext);
      }
    }
    if ("value" in o) return secret(decodeValue(o.value));
    return secret(ENCRYPTED_PLACEHOLDER);
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeValue(x)]));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
const map = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function options(r: Record<string, unknown>): RecordedOptions {
  const ct = map(r.customTimeouts);
  const secs = (x: unknown) => (typeof x === "number" ? x : 0);
  return {
    protect: r.protect === true,
    ignoreChanges: strings(r.ignoreChanges),
    // Aliases matched an old resource when it was renamed; the state keeps the new URN only.
    aliases: [],
    customTimeouts: { create: secs(ct.create), update: secs(ct.update), delete: secs(ct.delete) },
    additionalSecretOutputs: strings(r.additionalSecretOutputs),
  };
}

/** The `(project, stack)` of a stack URN `urn:pulumi:<stack>::<project>::...`. */
function urnParts(urn: string): { stack: string; project: string } | undefined {
  const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
  return m ? { stack: m[1], project: m[2] } : undefined;
}

/**
 * Parses export text. Throws a ConfigError naming `file` and what is wrong: not JSON, no
 * `deployment`, a version other than 3, no resources list, a resource without urn or type.
 */
export function parseStackExport(text: string, file: string): StackState {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(
      `${file} is not JSON (${(e as Error).message}); pass the output of \`pulumi stack export\``,
    );
  }
  const top = map(doc);
  if (!("deployment" in top) || typeof top.deployment !== "object" || top.deployment === null) {
    throw new ConfigError(
      `${file} has no "deployment" object; pass the output of \`pulumi stack export\` (not a checkpoint or a preview)`,
    );
  }
  if (top.version !== 3) {
    throw new ConfigError(
      `${file} is a version ${JSON.stringify(top.version)} deployment; only version 3 is supported: export it again with a current Pulumi CLI`,
    );
  }
  const deployment = map(top.deployment);
  const raw = deployment.resources ?? [];
  if (!Array.isArray(raw)) {
    throw new ConfigError(`${file}: deployment.resources must be a list of resources`);
  }
  const resources: RecordedResource[] = [];
  const ids = new Map<string, string>();
  raw.forEach((entry, i) => {
    const r = map(entry);
    if (typeof r.urn !== "string" || typeof r.type !== "string" || !urnParts(r.urn)) {
      throw new ConfigError(`${file}: deployment.resources[${i}] has no valid "urn" and "type"`);
    }
    if (r.delete === true) return;
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(map(r.propertyDependencies))) {
      const urns = strings(v);
      if (urns.length > 0) propertyDependencies[k] = urns;
    }
    if (typeof r.id === "string" && r.id !== "") ids.set(r.urn, r.id);
    resources.push({
      urn: r.urn,
      type: r.type,
      name: r.urn.slice(r.urn.lastIndexOf("::") + 2),
      custom: r.custom === true,
      remote: false,
      ...(typeof r.parent === "string" && r.parent !== "" ? { parent: r.parent } : {}),
      ...(typeof r.provider === "string" && r.provider !== "" ? { provider: r.provider } : {}),
      inputs: decodeValue(map(r.inputs)) as Record<string, unknown>,
      outputs: decodeValue(map(r.outputs)) as Record<string, unknown>,
      dependencies: strings(r.dependencies),
      propertyDependencies,
      options: options(r),
    });
  });
  const stack = resources.find((r) => r.type === PulumiType.Stack) ?? resources[0];
  const parts = stack ? urnParts(stack.urn) : undefined;
  if (!parts) {
    throw new ConfigError(`${file} has no resources; there is nothing to audit in an empty stack`);
  }
  return { ...parts, resources, ids };
}
