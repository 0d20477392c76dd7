import type * as pulumi from "@pulumi/pulumi";
import type { PolicyStatement } from "./policy-document";
import { PolicyEffect, type ResourcePolicyStatementArgs } from "./policy-statement-args";
import { show } from "./validation";

/**
 * Statements a caller adds to a resource policy that a component writes: checked before anything
 * is created, then written after the component's own statements, in the form IAM reads.
 */

/** A {@link ResourcePolicyStatementArgs} whose Inputs are resolved. */
export type ResolvedPolicyStatement = pulumi.Unwrap<ResourcePolicyStatementArgs>;

/** The policy an added statement goes into, as its checks need it. */
export interface StatementTarget {
  /** The argument that holds the statements, for messages: `additionalKeyPolicyStatements`. */
  readonly argName: string;
  /** The one service whose actions the policy takes: `kms`, `s3`. */
  readonly service: string;
  /** What writes the policy, for messages: "the key", "the bucket". */
  readonly owner: string;
  /** True for the ids of the owner's own statements, which an added statement cannot take. */
  readonly isOwnSid: (sid: string) => boolean;
}

/** One value is written as a string, several as a list, as IAM writes them. */
function oneOrMany(values: readonly string[]): string | string[] {
  return values.length === 1 ? values[0] : [...values];
}

/**
 * The statement as IAM reads it. `resource` is what the owner writes for itself (`*` in a key
 * policy). `listActions` writes even one action as a list, the form of a key policy's own statements.
 */
export function renderStatement(
  statement: ResolvedPolicyStatement,
  resource: string | string[],
  listActions: boolean,
): PolicyStatement {
  const principal: { AWS?: string | string[]; Service?: string | string[] } = {};
  if ((statement.awsPrincipals ?? []).length > 0) principal.AWS = oneOrMany(statement.awsPrincipals ?? []);
  if ((statement.servicePrincipals ?? []).length > 0) {
    principal.Service = oneOrMany(statement.servicePrincipals ?? []);
  }
  const condition: Record<string, Record<string, string | string[]>> = {};
  for (const c of statement.conditions ?? []) {
    condition[c.operator] = { ...condition[c.operator], [c.key]: oneOrMany(c.values) };
  }
  return {
    Sid: statement.sid,
    Effect: statement.effect,
    Principal: principal,
    Action: listActions ? [...statement.actions] : oneOrMany(statement.actions),
    Resource: resource,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

const isText = (value: unknown): value is string => typeof value === "string" && value.length > 0;

/** A list given as a literal; a list given as an Output is written once known, and the pack checks it. */
function literalList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

function conditionsError(at: string, conditions: unknown): string | undefined {
  if (conditions === undefined) return undefined;
  if (!Array.isArray(conditions)) {
    return `${at}.conditions must be a list of { operator, key, values }; got ${show(conditions)}.`;
  }
  for (const [j, c] of conditions.entries()) {
    const here = `${at}.conditions[${j}]`;
    if (typeof c !== "object" || c === null) {
      return `${here} must be a condition { operator, key, values }; got ${show(c)}.`;
    }
    const { operator, key, values } = c as Record<string, unknown>;
    if (!isText(operator)) {
      return `${here}.operator must name a condition operator, such as StringEquals; got ${show(operator)}.`;
    }
    if (!isText(key)) {
      return `${here}.key must name a condition key, such as aws:SourceAccount; got ${show(key)}.`;
    }
    if (Array.isArray(values) && values.length === 0) {
      return `${here}.values is empty, a condition that no request matches; give at least one value.`;
    }
  }
  return undefined;
}

function principalsError(
  at: string,
  s: Record<string, unknown>,
  actions: readonly string[],
): string | undefined {
  const aws = literalList(s.awsPrincipals ?? []);
  const services = literalList(s.servicePrincipals ?? []);
  if (aws !== undefined && services !== undefined && aws.length + services.length === 0) {
    return `${at} names no principal; set awsPrincipals or servicePrincipals.`;
  }
  const hasCondition = Array.isArray(s.conditions) && s.conditions.length > 0;
  const wildcard = (aws ?? []).find((p) => typeof p === "string" && p.includes("*"));
  // The pack's rule for key and bucket policies: anyone (`*`) only under a condition that limits it.
  return s.effect === PolicyEffect.Allow && wildcard !== undefined && !hasCondition
    ? `${at} allows ${actions.join(", ")} to any principal (${show(wildcard)}) with no condition; name the principals, or add a condition such as aws:SourceAccount or kms:CallerAccount.`
    : undefined;
}

function statementError(
  at: string,
  item: unknown,
  target: StatementTarget,
  seen: Set<string>,
): string | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return `${at} must be a statement { sid, effect, actions, awsPrincipals or servicePrincipals }; got ${show(item)}.`;
  }
  const s = item as Record<string, unknown>;
  if (!isText(s.sid)) return `${at}.sid must be a non-empty string; got ${show(s.sid)}.`;
  if (target.isOwnSid(s.sid)) {
    return `${at}.sid "${s.sid}" is the id of one of ${target.owner}'s own statements, which an added statement cannot replace; choose another sid.`;
  }
  if (seen.has(s.sid)) {
    return `${at}.sid "${s.sid}" is used by an earlier statement; give each statement its own sid.`;
  }
  seen.add(s.sid);
  if (s.effect !== PolicyEffect.Allow && s.effect !== PolicyEffect.Deny) {
    return `${at}.effect must be "Allow" or "Deny"; got ${show(s.effect)}.`;
  }
  if (!Array.isArray(s.actions) || s.actions.length === 0) {
    return `${at}.actions must list at least one ${target.service}: action; got ${show(s.actions)}.`;
  }
  const actions: unknown[] = s.actions;
  const ofService = (a: unknown): a is string => typeof a === "string" && a.startsWith(`${target.service}:`);
  if (!actions.every(ofService)) {
    const foreign = actions.find((a) => !ofService(a));
    return `${at}.actions contains ${show(foreign)}; the policy of ${target.owner} takes only ${target.service}: actions.`;
  }
  return conditionsError(at, s.conditions) ?? principalsError(at, s, actions);
}

/**
 * The first problem with the added statements, or `undefined`: each needs a sid of its own (not one
 * of the owner's), an effect, actions of the owner's service, a principal, and well-formed
 * conditions; an Allow to any principal needs a condition.
 */
export function addedStatementsError(statements: unknown, target: StatementTarget): string | undefined {
  if (statements === undefined) return undefined;
  if (!Array.isArray(statements)) {
    return `${target.argName} must be a list of statements; got ${show(statements)}.`;
  }
  const seen = new Set<string>();
  for (const [i, item] of statements.entries()) {
    const problem = statementError(`${target.argName}[${i}]`, item, target, seen);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
