/**
 * Policy documents (IAM, key, bucket and topic policies) as component tests read them: parsed from
 * the JSON text a component sets, typed as the statements the tests look at.
 */

/**
 * One statement of a policy document. The keys a test reads are declared present: a statement
 * without one fails the test where it is read.
 */
export interface Statement {
  readonly Sid: string;
  readonly Effect: string;
  readonly Action: string | string[];
  readonly NotAction?: string | string[];
  readonly Resource: string | string[];
  readonly NotResource?: string | string[];
  readonly Principal: Readonly<Record<string, unknown>>;
  readonly NotPrincipal?: Readonly<Record<string, unknown>>;
  readonly Condition: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A policy document. */
export interface PolicyJson {
  readonly Version?: string;
  readonly Statement: Statement[];
}

/** The document a component set as a policy input (JSON text, or the object itself). */
export function policyJson(value: unknown): PolicyJson {
  const doc: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (typeof doc !== "object" || doc === null || !Array.isArray((doc as { Statement?: unknown }).Statement)) {
    throw new Error(`not a policy document: ${JSON.stringify(value)}`);
  }
  return doc as PolicyJson;
}

/** The statements of a policy input. */
export function statementsOf(value: unknown): Statement[] {
  return policyJson(value).Statement;
}

/** The statement with `sid`; fails the test when there is none. */
export function withSid(statements: readonly Statement[], sid: string): Statement {
  const found = statements.find((s) => s.Sid === sid);
  if (found === undefined) {
    throw new Error(`no statement ${sid} among ${statements.map((s) => s.Sid).join(", ")}`);
  }
  return found;
}
