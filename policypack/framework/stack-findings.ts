import type { StackResource } from "./types";
import { PulumiType } from "../vocabulary";

/**
 * The URN a finding about the whole stack is reported on: the stack's root resource when present
 * (so an exemption can name the stack, `<project>-<stack>`), else the resource that triggered it.
 */
export function stackFindingUrn(resources: readonly StackResource[], trigger: StackResource): string {
  return resources.find((r) => r.type === PulumiType.Stack)?.urn ?? trigger.urn;
}
