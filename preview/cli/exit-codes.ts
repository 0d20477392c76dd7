import type { AnalysisResult } from "../engine/types";

/**
 * What `scopeguard preview` exits with. 0 and 1 follow `pulumi preview` (v3.226.0 and later exit 1
 * on a mandatory violation); 2 is the usual code for a usage error; 3 means the preview itself could
 * not run (the program threw, the pack crashed), which `pulumi preview` also reports as 1 but a CI
 * job should not mistake for a policy verdict.
 */
export const EXIT_CODES = {
  /** No mandatory violation (advisories allowed). */
  pass: 0,
  /** At least one mandatory violation. */
  mandatoryViolation: 1,
  /** Bad option, config file or pack config; nothing was analyzed. */
  usage: 2,
  /** The program or the policy pack failed; no verdict. */
  failure: 3,
} as const;

/** 1 when any diagnostic is mandatory (or the engine says so), else 0. */
export function exitCodeForResult(result: Pick<AnalysisResult, "hasMandatory" | "diagnostics">): number {
  const mandatory =
    result.hasMandatory ||
    result.diagnostics.some((d) => d.enforcementLevel === "mandatory" || d.enforcementLevel === "remediate");
  return mandatory ? EXIT_CODES.mandatoryViolation : EXIT_CODES.pass;
}
