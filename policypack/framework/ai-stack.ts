import { TAG_KEYS } from "../vocabulary";
import { impliedScopeOf } from "./implied-scope";
import type { ResourceProps, StackResource } from "./types";
import { readOr } from "./unknowns";
import { isRecord } from "./values";

/**
 * Which resources make a stack an AI stack, for the stack policies that apply to any stack holding
 * AI (a budget, a trail, invocation logging). `implied-scope.ts` says how far a resource raises the
 * scope; an AI resource is one that implies the scope of a pre-trained model (3) or more, or one
 * tagged as part of an AI system whatever its type.
 */

/** True when the resource carries the `ai-system` tag; unlike `readTags`, an unknown value counts. */
function taggedAsAiSystem(props: ResourceProps): boolean {
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
