import { CONTROL_SCOPES, describeScope, type Scope } from "../../policypack/vocabulary";
import { show, tagArgsError } from "../common";
import { ownKeyArgsError } from "../kms";
import type { GuardrailArgs } from "./guardrail-args";
import {
  HARMFUL_CONTENT_CATEGORIES,
  MIN_STRENGTHS,
  PII_ACTIONS,
  PII_ENTITY_TYPES,
  STRENGTHS,
  strengthRank,
  type DeniedTopic,
  type FilterStrengths,
} from "./guardrail-config";

/**
 * Pure checks of Guardrail arguments, run before any child exists. Each message says what to
 * change; the component adds its type and name.
 */

/** Guardrails come with scope 3: building on a foundation model through the Bedrock API. */
export const GUARDRAIL_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.guardrails;

/** Guardrail names are 1 to 50 of `[0-9a-zA-Z-_]`; the autoname appends 8 characters to the component name. */
const GUARDRAIL_NAME_PREFIX = /^[0-9a-zA-Z_-]{1,42}$/;
/** Denied-topic names, as Bedrock accepts them. */
const TOPIC_NAME = /^[0-9a-zA-Z_\- !?.]{1,100}$/;

const isStrength = (v: unknown): boolean => strengthRank(v) >= 0;

function strengthError(
  argName: string,
  value: unknown,
  minimum: string,
  scope: Scope,
  relaxation: string,
  allowWeaker: unknown,
): string | undefined {
  if (value === undefined) return undefined;
  if (!isStrength(value)) {
    return `${argName} ${show(value)} is not a filter strength; use one of ${STRENGTHS.join(", ")}.`;
  }
  return strengthRank(value) < strengthRank(minimum) && allowWeaker !== true
    ? `${argName} ${show(value)} is below ${minimum}, the minimum at ${describeScope(scope)}; raise it to ${minimum} or above, or set ${relaxation}: true to accept a weaker filter.`
    : undefined;
}

function contentFiltersError(args: GuardrailArgs, scope: Scope): string | undefined {
  // Entries of the plain object the caller gave: its keys are checked here, not trusted.
  const filters = Object.entries(args.contentFilters ?? {}) as [string, FilterStrengths | undefined][];
  for (const [category, strengths] of filters) {
    if (!(HARMFUL_CONTENT_CATEGORIES as readonly string[]).includes(category)) {
      return (
        `contentFilters has ${show(category)}, which is not a harmful-content category; use ${HARMFUL_CONTENT_CATEGORIES.join(", ")}` +
        ` (the prompt-attack filter is set with promptAttackStrength).`
      );
    }
    for (const direction of ["input", "output"] as const) {
      const problem = strengthError(
        `contentFilters.${category}.${direction}`,
        strengths?.[direction],
        MIN_STRENGTHS[scope].content,
        scope,
        "allowWeakerContentFilters",
        args.allowWeakerContentFilters,
      );
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

function piiEntitiesError(entities: GuardrailArgs["piiEntities"]): string | undefined {
  for (const [type, action] of Object.entries(entities ?? {})) {
    if (!(PII_ENTITY_TYPES as readonly string[]).includes(type)) {
      return `piiEntities has ${show(type)}, which is not a Bedrock PII entity type; use one of ${PII_ENTITY_TYPES.join(", ")}.`;
    }
    if (!(PII_ACTIONS as readonly unknown[]).includes(action)) {
      return `piiEntities.${type} is ${show(action)}; set it to ${PII_ACTIONS.join(", ")} (NONE only reports the entity).`;
    }
  }
  return undefined;
}

function deniedTopicsError(topics: readonly DeniedTopic[] | undefined): string | undefined {
  const seen = new Set<string>();
  for (const [index, topic] of (topics ?? []).entries()) {
    const name = typeof topic?.name === "string" ? topic.name.trim() : topic?.name;
    if (typeof name !== "string" || !TOPIC_NAME.test(name)) {
      return `deniedTopics[${index}] has the name ${show(topic?.name)}; name it with 1 to 100 letters, digits, spaces or "-_!?.".`;
    }
    if (typeof topic.definition !== "string" || topic.definition.trim() === "") {
      return `deniedTopics[${index}] ("${name}") has an empty definition; describe in a sentence what the topic covers, which is what the guardrail matches prompts against.`;
    }
    if (seen.has(name)) {
      return `deniedTopics names "${name}" twice; give each topic a distinct name.`;
    }
    seen.add(name);
  }
  return undefined;
}

function blockedWordsError(words: readonly unknown[] | undefined): string | undefined {
  const index = (words ?? []).findIndex((w) => typeof w !== "string" || w.trim() === "");
  return index < 0
    ? undefined
    : `blockedWords[${index}] is empty; remove it or give the word or phrase to block.`;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function guardrailArgsError(name: string, args: GuardrailArgs): string | undefined {
  const tagProblem = tagArgsError(args);
  if (tagProblem !== undefined) return tagProblem;
  const scope = args.scope ?? GUARDRAIL_DEFAULT_SCOPE;
  return [
    GUARDRAIL_NAME_PREFIX.test(name)
      ? undefined
      : `the name "${name}" prefixes the guardrail name, so it must be 1 to 42 letters, digits, "-" or "_"; rename the component.`,
    strengthError(
      "promptAttackStrength",
      args.promptAttackStrength,
      MIN_STRENGTHS[scope].promptAttack,
      scope,
      "allowWeakerPromptAttackFilter",
      args.allowWeakerPromptAttackFilter,
    ),
    contentFiltersError(args, scope),
    piiEntitiesError(args.piiEntities),
    deniedTopicsError(args.deniedTopics),
    blockedWordsError(args.blockedWords),
    ownKeyArgsError(name, args, "the guardrail"),
  ].find((m) => m !== undefined);
}
