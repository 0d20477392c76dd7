import type { AnalysisResult } from "../engine/types";
import { isBlocking } from "./display";

/** The counts every format shows. */
export interface ReportSummary {
  /** Every resource the pack saw: the Stack, components, providers and custom resources. */
  readonly resources: number;
  /** Blocking violations (`mandatory`, and `remediate` if the engine left any). */
  readonly mandatory: number;
  /** Advisory violations, including "can't run policy ... during preview" notices. */
  readonly advisory: number;
  /** Remediations the pack applied, one per (policy, resource). */
  readonly remediated: number;
  /** Invoke tokens the offline engine could not answer. */
  readonly unansweredInvokes: number;
  /** `fail` when any violation is mandatory; the CLI then exits 1. */
  readonly result: "pass" | "fail";
}

/** Counts the result. `result` also honours the engine's own `hasMandatory`. */
export function summarize(result: AnalysisResult): ReportSummary {
  let mandatory = 0;
  let advisory = 0;
  for (const d of result.diagnostics) {
    if (isBlocking(d)) {
      mandatory++;
    } else if (d.enforcementLevel === "advisory") {
      advisory++;
    }
  }
  return {
    resources: result.run.resources.length,
    mandatory,
    advisory,
    remediated: result.remediations.length,
    unansweredInvokes: result.run.unansweredInvokes.length,
    result: mandatory > 0 || result.hasMandatory ? "fail" : "pass",
  };
}

/** `12 resources, 3 mandatory, 2 advisory, 1 remediated: FAIL` */
export function summaryLine(summary: ReportSummary): string {
  const resources = `${summary.resources} ${summary.resources === 1 ? "resource" : "resources"}`;
  return (
    `${resources}, ${summary.mandatory} mandatory, ${summary.advisory} advisory, ` +
    `${summary.remediated} remediated: ${summary.result.toUpperCase()}`
  );
}
