/**
 * `aws.iam.getPolicyDocument`, rendered as terraform-provider-aws renders it
 * (internal/service/iam/policy_document_data_source.go and policy_model.go), so that the IAM
 * JSON a program builds can be checked by the pack exactly as it would reach AWS:
 * - statement keys in the order Sid, Effect, Action, NotAction, Resource, NotResource,
 *   Principal, NotPrincipal, Condition; `effect` defaults to Allow, `version` to 2012-10-17;
 * - a one-element list becomes a plain string; longer lists are sorted in reverse order;
 * - principals group by type (`{AWS: ..., Service: ...}`, keys sorted); a lone type "*" with
 *   identifier "*" becomes `"*"`; condition values keep their order, one value unwrapped;
 * - `sourcePolicyDocuments` first, then the statements, then `overridePolicyDocuments`,
 *   a statement with the same Sid replacing the earlier one;
 * - `&{` becomes `${` (IAM policy variables); JSON indented by two spaces, HTML-escaped as Go does.
 */

type Json = Record<string, unknown>;

interface PrincipalIn {
  type?: string;
  identifiers?: string[];
}
interface ConditionIn {
  test?: string;
  variable?: string;
  values?: string[];
}
interface StatementIn {
  sid?: string;
  effect?: string;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principals?: PrincipalIn[];
  notPrincipals?: PrincipalIn[];
  conditions?: ConditionIn[];
}

/** Inputs of `aws:iam/getPolicyDocument:getPolicyDocument`. */
export interface PolicyDocumentArgs {
  version?: string;
  policyId?: string;
  statements?: StatementIn[];
  sourcePolicyDocuments?: string[];
  overridePolicyDocuments?: string[];
}

const vars = (s: string): string => s.split("&{").join("${");

/** One string, or the list sorted in reverse order (`policyDecodeConfigStrings`). */
function decode(list: readonly string[]): string | string[] {
  if (list.length === 1) return list[0];
  return [...list].sort().reverse();
}

function principals(ps: readonly PrincipalIn[]): unknown {
  const decoded = ps.map((p) => ({
    type: p.type ?? "",
    ids: decode([...new Set((p.identifiers ?? []).map(vars))]),
  }));
  if (decoded.length === 1 && decoded[0].type === "*") {
    const ids = decoded[0].ids;
    if (ids === "*" || (Array.isArray(ids) && ids.length === 1 && ids[0] === "*")) return "*";
  }
  const raw: Record<string, string | string[]> = {};
  for (const { type, ids } of decoded) {
    const prev = raw[type];
    const add = Array.isArray(ids) ? [...ids].sort().reverse() : [ids];
    if (prev === undefined) raw[type] = Array.isArray(ids) ? add : ids;
    else raw[type] = [...(Array.isArray(prev) ? prev : [prev]), ...add];
  }
  return sortKeys(raw);
}

function conditions(cs: readonly ConditionIn[]): Json {
  const raw: Record<string, Record<string, string[]>> = {};
  for (const c of cs) {
    const test = (raw[c.test ?? ""] ??= {});
    (test[c.variable ?? ""] ??= []).push(...(c.values ?? []).map(vars));
  }
  const out: Json = {};
  for (const test of Object.keys(raw).sort()) {
    const byVar: Json = {};
    for (const v of Object.keys(raw[test]).sort()) {
      const values = raw[test][v];
      byVar[v] = values.length === 1 ? values[0] : values;
    }
    out[test] = byVar;
  }
  return out;
}

function statement(s: StatementIn): Json {
  const out: Json = {};
  if (s.sid) out.Sid = s.sid;
  out.Effect = s.effect || "Allow";
  const lists: [keyof StatementIn, string, boolean][] = [
    ["actions", "Action", false],
    ["notActions", "NotAction", false],
    ["resources", "Resource", true],
    ["notResources", "NotResource", true],
  ];
  for (const [from, to, replaceVars] of lists) {
    const v = s[from] as string[] | undefined;
    if (v && v.length > 0) out[to] = decode([...new Set(replaceVars ? v.map(vars) : v)]);
  }
  if (s.principals && s.principals.length > 0) out.Principal = principals(s.principals);
  if (s.notPrincipals && s.notPrincipals.length > 0) out.NotPrincipal = principals(s.notPrincipals);
  if (s.conditions && s.conditions.length > 0) out.Condition = conditions(s.conditions);
  return out;
}

interface Doc {
  Version?: string;
  Id?: string;
  Statement: Json[];
}

/** `iamPolicyDoc.Merge`: adopt Id, upgrade Version, replace statements with the same Sid. */
function merge(into: Doc, from: Doc): void {
  if (from.Id) into.Id = from.Id;
  if ((from.Version ?? "") > (into.Version ?? "")) into.Version = from.Version;
  for (const st of from.Statement) {
    const i = st.Sid ? into.Statement.findIndex((e) => e.Sid === st.Sid) : -1;
    if (i >= 0) into.Statement[i] = st;
    else into.Statement.push(st);
  }
}

/** A JSON policy document as the provider re-marshals it (statement keys in struct order). */
function parseDoc(text: string): Doc {
  const d = JSON.parse(text) as Json;
  const raw = d.Statement === undefined ? [] : Array.isArray(d.Statement) ? d.Statement : [d.Statement];
  const order = [
    "Sid",
    "Effect",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Principal",
    "NotPrincipal",
    "Condition",
  ];
  const stmts = (raw as Json[]).map((s) => {
    const out: Json = {};
    for (const k of order) {
      if (s[k] === undefined || s[k] === "" || s[k] === null) continue;
      out[k] =
        k === "Principal" || k === "NotPrincipal"
          ? normalizePrincipal(s[k])
          : k === "Condition"
            ? sortDeep(s[k])
            : s[k];
    }
    return out;
  });
  return { Version: d.Version as string | undefined, Id: d.Id as string | undefined, Statement: stmts };
}

function normalizePrincipal(p: unknown): unknown {
  if (typeof p === "string") return "*";
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p as Json))
    out[k] = Array.isArray(v) ? [...(v as string[])].sort().reverse() : v;
  return sortKeys(out);
}

function sortKeys<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out as T;
}

function sortDeep(v: unknown): unknown {
  if (Array.isArray(v) || typeof v !== "object" || v === null) return v;
  const out: Json = {};
  for (const k of Object.keys(v).sort()) out[k] = sortDeep((v as Json)[k]);
  return out;
}

/** Go's encoding/json escapes these even inside strings. */
const goEscape = (s: string): string =>
  s.replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));

function crc32(s: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(s, "utf8")) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The outputs of getPolicyDocument: `json`, `minifiedJson`, `id` (crc32 of json), echoing inputs. */
export function renderPolicyDocument(args: PolicyDocumentArgs): Record<string, unknown> {
  const merged: Doc = { Statement: [] };
  for (const src of args.sourcePolicyDocuments ?? []) if (src) merge(merged, parseDoc(src));
  const own: Doc = {
    Version: args.version || "2012-10-17",
    Statement: (args.statements ?? []).map(statement),
  };
  if (args.policyId) own.Id = args.policyId;
  merge(merged, own);
  for (const ovr of args.overridePolicyDocuments ?? []) if (ovr) merge(merged, parseDoc(ovr));
  const doc: Json = {};
  if (merged.Version) doc.Version = merged.Version;
  if (merged.Id) doc.Id = merged.Id;
  if (merged.Statement.length > 0) doc.Statement = merged.Statement;
  const json = goEscape(JSON.stringify(doc, null, 2));
  return {
    ...args,
    version: args.version || "2012-10-17",
    json,
    minifiedJson: goEscape(JSON.stringify(doc)),
    id: String(crc32(json)),
  };
}
