import type { AnalysisResult, ReportedLevel, RunMode } from "../engine/types";
import type { ReportContext, ScopeSource } from "./context";
import { buildCoverage, type CatalogCoverage } from "./coverage";
import { sortDiagnostics } from "./display";
import { buildInventory, type AssetKind } from "./inventory";
import { summarize, type ReportSummary } from "./summary";

/** Bumped when a field is removed or changes meaning; adding a field does not bump it. */
export const JSON_REPORT_VERSION = 1;

/**
 * The `--format json` document. Keys always appear in this order, arrays in the order documented
 * on each field, absent values as `null` (never missing), so diffs between runs stay small.
 * `preview/report/report.schema.json` is the JSON Schema of this shape.
 */
export interface JsonReport {
  /** {@link JSON_REPORT_VERSION}. */
  readonly reportVersion: number;
  /** The Pulumi project name. */
  readonly program: string;
  readonly stack: string;
  readonly mode: RunMode;
  /** The declared scope and its source, or nulls when the stack declares none. */
  readonly scope: { readonly declared: number | null; readonly source: ScopeSource | null };
  readonly pack: { readonly name: string; readonly version: string };
  readonly summary: ReportSummary;
  /** Sorted as `pulumi preview` sorts: level, severity, policy name, URN. */
  readonly diagnostics: readonly JsonDiagnostic[];
  /** In the order the pack applied them. */
  readonly remediations: readonly JsonRemediation[];
  /** In registration order: the Stack first. */
  readonly resources: readonly JsonResource[];
  readonly unansweredInvokes: readonly { readonly token: string; readonly count: number }[];
  /** AI-relevant resources by kind, kinds in a fixed order, assets in registration order. */
  readonly inventory: readonly JsonInventoryGroup[];
  readonly coverage: CatalogCoverage;
}

/** One policy result. */
export interface JsonDiagnostic {
  readonly policyName: string;
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  readonly enforcementLevel: ReportedLevel;
  readonly severity: string | null;
  readonly urn: string;
  readonly resourceType: string;
  readonly resourceName: string;
  readonly message: string;
  readonly description: string;
  /** `analyze` (a per-resource check) or `analyze-stack` (a stack check). */
  readonly phase: "analyze" | "analyze-stack";
}

/** One remediation the pack applied. */
export interface JsonRemediation {
  readonly policyName: string;
  readonly urn: string;
  readonly resourceType: string;
  readonly resourceName: string;
  readonly changedKeys: readonly string[];
}

/** One resource of the run. */
export interface JsonResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent: string | null;
}

/** One inventory group. */
export interface JsonInventoryGroup {
  readonly kind: AssetKind;
  readonly title: string;
  readonly assets: readonly {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly aiSystem: string | null;
    readonly dataClass: string | null;
  }[];
}

/** Builds the {@link JsonReport} object. */
export function buildJsonReport(result: AnalysisResult, context: ReportContext = {}): JsonReport {
  const { run, pack } = result;
  return {
    reportVersion: JSON_REPORT_VERSION,
    program: run.project,
    stack: run.stack,
    mode: run.mode,
    scope: {
      declared: context.declaredScope?.scope ?? null,
      source: context.declaredScope?.source ?? null,
    },
    pack: { name: pack.name, version: pack.version },
    summary: summarize(result),
    diagnostics: sortDiagnostics(result.diagnostics).map((d) => ({
      policyName: d.policyName,
      policyPackName: d.policyPackName,
      policyPackVersion: d.policyPackVersion,
      enforcementLevel: d.enforcementLevel,
      severity: d.severity ?? null,
      urn: d.urn,
      resourceType: d.resourceType,
      resourceName: d.resourceName,
      message: d.message,
      description: d.description,
      phase: d.phase,
    })),
    remediations: result.remediations.map((r) => ({
      policyName: r.policyName,
      urn: r.urn,
      resourceType: r.resourceType,
      resourceName: r.resourceName,
      changedKeys: [...r.changedKeys],
    })),
    resources: run.resources.map((r) => ({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent ?? null,
    })),
    unansweredInvokes: run.unansweredInvokes.map((i) => ({ token: i.token, count: i.count })),
    inventory: buildInventory(run.resources).map((g) => ({
      kind: g.kind,
      title: g.title,
      assets: g.assets.map((a) => ({
        urn: a.urn,
        type: a.type,
        name: a.name,
        aiSystem: a.aiSystem ?? null,
        dataClass: a.dataClass ?? null,
      })),
    })),
    coverage: buildCoverage(pack, context.declaredScope, context.packConfig),
  };
}

/** `--format json`: {@link JsonReport}, two-space indented, with a trailing newline. */
export function renderJson(result: AnalysisResult, context: ReportContext = {}): string {
  return JSON.stringify(buildJsonReport(result, context), null, 2) + "\n";
}
