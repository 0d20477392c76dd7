import { impliedScopeOf } from "../../framework/implied-scope";
import type { StackResource } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { isRecord } from "../../framework/values";
import { TAG_KEYS } from "../../vocabulary";

/**
 * Which resources make a stack an AI stack, and where a finding about the whole stack is attached.
 * Used by the cost, logging and bedrock stack policies; candidates for the framework.
 */

/** The type of the stack's root resource, which the engine sends with every AnalyzeStack. */
export const STACK_ROOT_TYPE = "pulumi:pulumi:Stack";

/** True when the resource carries the `ai-system` tag; its value may be unknown during preview. */
function taggedAsAiSystem(props: Record<string, any>): boolean {
  return ["tags", "tagsAll"].some((key) =>
    readOr(() => isRecord(props[key]) && TAG_KEYS.system in props[key], false),
  );
}

/** True for a resource that implies scope 3 or more, or that is tagged as part of an AI system. */
export function isAiResource(r: StackResource): boolean {
  return impliedScopeOf(r.type, r.props) >= 3 || taggedAsAiSystem(r.props);
}

/** The first AI resource of the stack, if any. */
export function firstAiResource(resources: readonly StackResource[]): StackResource | undefined {
  return resources.find(isAiResource);
}

/**
 * The URN a stack-wide finding is reported on: the stack's root resource when present (so an
 * exemption can name the stack, `<project>-<stack>`), else the resource that triggered it.
 */
export function stackFindingUrn(resources: readonly StackResource[], trigger: StackResource): string {
  return resources.find((r) => r.type === STACK_ROOT_TYPE)?.urn ?? trigger.urn;
}
