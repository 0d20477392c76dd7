/**
 * Policy pack config, merged and validated as the engine does (pkg/resource/analyzer/config.go):
 * 1. every policy: its own level from GetAnalyzerInfo and its schema's `default`s;
 * 2. the pack's initialConfig;
 * 3. the --policy-pack-config file: `"all"` sets every level, then each policy's entry
 *    (a level string, or `{enforcementLevel?, ...properties}`); properties merge top-level.
 * Then each policy with a configSchema is validated (ajv) against
 * `{type: object, properties: schema + enforcementLevel enum, required}`.
 * Problems are ConfigErrors that name the policy and key. A policy the pack does not have is only
 * a warning, as in Pulumi, which ignores it.
 */
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import type { PackInfo, ReportedLevel } from "../types";
import { ConfigError } from "../errors";
import { LEVELS } from "./proto";
import { closeNames } from "../../../policypack/framework/suggest";

/** The reconciled config of one policy. */
export interface PolicyConfigEntry {
  enforcementLevel: ReportedLevel;
  properties: Record<string, unknown>;
}

/** Reconciled config of every policy, by policy name. */
export type ReconciledConfig = Record<string, PolicyConfigEntry>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

const levelMessage = (policy: string, got: unknown): string =>
  `pack config: "${policy}": enforcementLevel must be one of ${LEVELS.join(", ")} (got ${JSON.stringify(got)})`;

const isLevel = (v: unknown): v is ReportedLevel =>
  typeof v === "string" && (LEVELS as readonly string[]).includes(v);

/** Policy names close to `name`, best first (the pack's own did-you-mean). */
export function nearNames(name: string, names: readonly string[]): string[] {
  return closeNames(name, names);
}

function describeError(policy: string, e: ErrorObject, data: Record<string, unknown>): string {
  const key = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
  if (e.keyword === "required") return `pack config: "${policy}": ${e.params.missingProperty} is required`;
  const got = e.instancePath
    ? e.instancePath
        .slice(1)
        .split("/")
        .reduce<unknown>(
          (v, k) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined),
          data,
        )
    : data;
  if (key === "enforcementLevel") return levelMessage(policy, got);
  // ajv's own words for enum and const do not say which values are allowed.
  const msg =
    e.keyword === "enum"
      ? `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`
      : e.keyword === "const"
        ? `must be ${JSON.stringify(e.params.allowedValue)}`
        : e.message;
  return `pack config: "${policy}": ${key || "(config)"} ${msg} (got ${JSON.stringify(got)})`;
}

/**
 * Merges defaults, initialConfig and the file, and validates the result.
 * @param file the --policy-pack-config file's content, if any
 * @param warn receives each warning (a policy name the pack does not have)
 */
export function reconcilePackConfig(
  pack: PackInfo,
  initial: Record<string, { enforcementLevel?: ReportedLevel; properties?: Record<string, unknown> }>,
  file?: Record<string, unknown>,
  warn: (message: string) => void = () => undefined,
): ReconciledConfig {
  const result: ReconciledConfig = {};
  for (const p of pack.policies) {
    const properties: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(p.configSchema?.properties ?? {})) {
      if (s && typeof s === "object" && "default" in s) properties[k] = (s as { default: unknown }).default;
    }
    result[p.name] = { enforcementLevel: p.enforcementLevel, properties };
  }
  const apply = (
    name: string,
    level: ReportedLevel | undefined,
    props: Record<string, unknown> | undefined,
  ): void => {
    const entry = result[name];
    if (!entry) return;
    if (level) entry.enforcementLevel = level;
    if (props) Object.assign(entry.properties, props);
  };
  for (const [name, c] of Object.entries(initial)) apply(name, c.enforcementLevel, c.properties);

  const errors: string[] = [];
  const names = pack.policies.map((p) => p.name);
  const entries = Object.entries(file ?? {}).filter(([k]) => k !== "environments"); // reserved for Pulumi ESC
  const sorted = [...entries.filter(([k]) => k === "all"), ...entries.filter(([k]) => k !== "all")];
  for (const [name, value] of sorted) {
    if (name !== "all" && !result[name]) {
      const near = nearNames(name, names);
      warn(
        `pack config: unknown policy "${name}" in pack ${pack.name} is ignored, as pulumi ignores it` +
          (near.length > 0
            ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?`
            : `; its policies are: ${names.join(", ")}`),
      );
      continue;
    }
    const targets = name === "all" ? names : [name];
    if (typeof value === "string") {
      if (!isLevel(value)) errors.push(levelMessage(name, value));
      else targets.forEach((t) => apply(t, value, undefined));
    } else if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      const { enforcementLevel, ...props } = value as Record<string, unknown>;
      if (enforcementLevel !== undefined && !isLevel(enforcementLevel)) {
        errors.push(levelMessage(name, enforcementLevel));
        continue;
      }
      targets.forEach((t) =>
        apply(t, enforcementLevel as ReportedLevel | undefined, name === "all" ? undefined : props),
      );
    } else {
      errors.push(
        `pack config: "${name}": expected an enforcement level string or an object, got ${JSON.stringify(value)}`,
      );
    }
  }

  for (const p of pack.policies) {
    if (!p.configSchema) continue;
    const schema = {
      type: "object",
      properties: { ...p.configSchema.properties, enforcementLevel: { type: "string", enum: [...LEVELS] } },
      required: p.configSchema.required ?? [],
    };
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) {
      try {
        validate = ajv.compile(schema);
      } catch (e) {
        errors.push(`pack config: "${p.name}": the pack's configSchema is invalid: ${(e as Error).message}`);
        continue;
      }
      validators.set(key, validate);
    }
    const data = { ...result[p.name].properties, enforcementLevel: result[p.name].enforcementLevel };
    if (!validate(data)) errors.push(...(validate.errors ?? []).map((e) => describeError(p.name, e, data)));
  }
  if (errors.length > 0) throw new ConfigError([...new Set(errors)].sort().join("\n"));
  return result;
}
