import type { Diagnostic, ReportedLevel } from "../engine/types";

/**
 * The type as `pulumi preview` shows it: the module's trailing `/<file>` is dropped when it only
 * repeats the type name, so `aws:s3/bucketV2:BucketV2` reads `aws:s3:BucketV2`, while a token whose
 * file part differs (or that has none) is shown unchanged.
 */
export function displayType(type: string): string {
  const parts = type.split(":");
  if (parts.length !== 3) {
    return type;
  }
  const [pkg, module, name] = parts;
  const slash = module.lastIndexOf("/");
  if (name.length === 0 || slash === -1) {
    return type;
  }
  if (module.slice(slash + 1).toLowerCase() !== name.toLowerCase()) {
    return type;
  }
  return `${pkg}:${module.slice(0, slash)}:${name}`;
}

/** `1 resource`, `2 resources`. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** Pulumi's enforcement-level rank for sorting: remediate, mandatory, advisory, disabled. */
const LEVEL_RANK: Readonly<Record<ReportedLevel, number>> = {
  remediate: 0,
  mandatory: 1,
  advisory: 2,
  disabled: 3,
};

/** Pulumi's severity rank for sorting: critical first, unspecified last. */
const SEVERITY_RANK: Readonly<Record<string, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
};

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders diagnostics as `pulumi preview` does since v3.203.0: enforcement level (remediate,
 * mandatory, advisory, disabled), then severity (critical to unspecified), then policy name, then
 * URN. Ties keep their input order. Strings compare by code unit, like Go's `<`.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (LEVEL_RANK[a.enforcementLevel] ?? 4) - (LEVEL_RANK[b.enforcementLevel] ?? 4) ||
    (SEVERITY_RANK[a.severity ?? ""] ?? 4) - (SEVERITY_RANK[b.severity ?? ""] ?? 4) ||
    compareStrings(a.policyName, b.policyName) ||
    compareStrings(a.urn, b.urn)
  );
}

/** A sorted copy; see {@link compareDiagnostics}. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/**
 * Whether a diagnostic blocks the stack. The engine already turns `remediate` into `mandatory` for
 * reported violations (as Pulumi does); a `remediate` diagnostic that reaches a report counts too.
 */
export function isBlocking(d: Diagnostic): boolean {
  return d.enforcementLevel === "mandatory" || d.enforcementLevel === "remediate";
}

/** True for the type of provider resources (`pulumi:providers:aws`). */
export { isProviderType } from "../../policypack/vocabulary";
