import type { StackResource } from "./types";

/** The type of the stack's root resource, which the engine sends with every AnalyzeStack. */
export const STACK_ROOT_TYPE = "pulumi:pulumi:Stack";

/**
 * The URN a finding about the whole stack is reported on: the stack's root resource when present
 * (so an exemption can name the stack, `<project>-<stack>`), else the resource that triggered it.
 */
export function stackFindingUrn(resources: readonly StackResource[], trigger: StackResource): string {
  return resources.find((r) => r.type === STACK_ROOT_TYPE)?.urn ?? trigger.urn;
}
