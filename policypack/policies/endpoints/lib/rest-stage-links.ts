import type { StackResource } from "../../../framework/types";
import { dependenciesOf } from "../../../framework/target-index";
import { readOr } from "../../../framework/unknowns";
import { asList, field, knownString } from "../../../framework/values";
import {
  REST_API_TYPE,
  REST_METHOD_SETTINGS_TYPE,
  REST_STAGE_TYPE,
  USAGE_PLAN_TYPE,
  WEB_ACL_ASSOCIATION_TYPE,
  WEB_ACL_RULE_TYPE,
  WEB_ACL_TYPE,
} from "./types";

/**
 * Links each REST API stage to what can rate-limit it: method settings, usage plans and WAF web
 * ACL associations (with the web ACL and its separate rules). A stage is named by its API and stage
 * name; in preview the API id is unknown, so the API is identified by the URN of the RestApi the
 * property depends on, and by its literal id when it comes from outside the stack. One pass per
 * kind of resource: linear in the size of the stack.
 */
export interface StageControls {
  readonly stage: StackResource;
  readonly methodSettings: StackResource[];
  readonly usagePlans: StackResource[];
  /** Each association with the web ACL it attaches, when the ACL is in the stack, and that ACL's rules. */
  readonly webAcls: {
    readonly association: StackResource;
    readonly acl?: StackResource;
    readonly rules: StackResource[];
  }[];
}

/** The API part of a stage key: the RestApi resource the property depends on, or the literal id. */
function apiKey(r: StackResource, property: string, read: () => unknown): string | undefined {
  const apis = dependenciesOf(r, property).filter((d) => d.type === REST_API_TYPE);
  if (apis.length === 1) {
    return apis[0].urn;
  }
  const id = knownString(read);
  return id === undefined ? undefined : `id:${id}`;
}

function stageKey(api: string | undefined, stageName: string | undefined): string | undefined {
  return api === undefined || stageName === undefined ? undefined : `${api}|${stageName}`;
}

/** The stages a configuration resource applies to: through a Stage dependency, else by key. */
function stagesOf(
  r: StackResource,
  properties: readonly string[],
  keys: readonly (string | undefined)[],
  byUrn: ReadonlyMap<string, StageControls>,
  byKey: ReadonlyMap<string, StageControls>,
): StageControls[] {
  const direct = properties.flatMap((p) => dependenciesOf(r, p)).filter((d) => d.type === REST_STAGE_TYPE);
  if (direct.length > 0) {
    return direct.map((d) => byUrn.get(d.urn)).filter((s): s is StageControls => s !== undefined);
  }
  return keys
    .map((k) => (k === undefined ? undefined : byKey.get(k)))
    .filter((s): s is StageControls => s !== undefined);
}

/** `arn:aws:apigateway:<region>::/restapis/<id>/stages/<name>`, the ARN a WAF association names. */
const STAGE_ARN = /\/restapis\/([^/]+)\/stages\/([^/]+)$/;

export function linkRestStages(resources: readonly StackResource[]): StageControls[] {
  const byUrn = new Map<string, StageControls>();
  const byKey = new Map<string, StageControls>();
  const acls = new Map<string, { acl: StackResource; rules: StackResource[] }>();
  const aclByArn = new Map<string, string>();
  for (const r of resources) {
    if (r.type === REST_STAGE_TYPE) {
      const controls: StageControls = { stage: r, methodSettings: [], usagePlans: [], webAcls: [] };
      byUrn.set(r.urn, controls);
      const key = stageKey(
        apiKey(r, "restApi", () => r.props.restApi),
        knownString(() => r.props.stageName),
      );
      if (key !== undefined) {
        byKey.set(key, controls);
      }
    } else if (r.type === WEB_ACL_TYPE) {
      acls.set(r.urn, { acl: r, rules: [] });
      const arn = knownString(() => r.props.arn);
      if (arn !== undefined) {
        aclByArn.set(arn, r.urn);
      }
    }
  }
  const aclUrnOf = (r: StackResource): string | undefined =>
    dependenciesOf(r, "webAclArn").find((d) => acls.has(d.urn))?.urn ??
    aclByArn.get(knownString(() => r.props.webAclArn) ?? "");
  for (const r of resources) {
    if (r.type === WEB_ACL_RULE_TYPE) {
      const urn = aclUrnOf(r);
      if (urn !== undefined) {
        acls.get(urn)?.rules.push(r);
      }
    }
  }
  for (const r of resources) {
    if (r.type === REST_METHOD_SETTINGS_TYPE) {
      const key = stageKey(
        apiKey(r, "restApi", () => r.props.restApi),
        knownString(() => r.props.stageName),
      );
      stagesOf(r, ["stageName"], [key], byUrn, byKey).forEach((s) => s.methodSettings.push(r));
    } else if (r.type === USAGE_PLAN_TYPE) {
      const entries = readOr(() => asList(r.props.apiStages), []);
      const keys = entries.map((_, i) =>
        stageKey(
          apiKey(r, "apiStages", () => field(entries[i], "apiId")),
          knownString(() => field(entries[i], "stage")),
        ),
      );
      stagesOf(r, ["apiStages"], keys, byUrn, byKey).forEach((s) => s.usagePlans.push(r));
    } else if (r.type === WEB_ACL_ASSOCIATION_TYPE) {
      const match = STAGE_ARN.exec(knownString(() => r.props.resourceArn) ?? "");
      const key = match ? stageKey(`id:${match[1]}`, match[2]) : undefined;
      const linked = acls.get(aclUrnOf(r) ?? "");
      stagesOf(r, ["resourceArn"], [key], byUrn, byKey).forEach((s) =>
        s.webAcls.push({ association: r, acl: linked?.acl, rules: linked?.rules ?? [] }),
      );
    }
  }
  return [...byUrn.values()];
}
