import * as pulumi from "@pulumi/pulumi";
import { CONTROL_SCOPES, type DataClass, type Scope, TAG_KEYS } from "../../policypack/vocabulary";

/**
 * Labels every scopeguard component accepts. They become the shared AI tags (`ai-scope`,
 * `ai-system`, `data-class`, `owner`), which the policy pack reads to decide which controls apply.
 */
export interface AiTagArgs {
  /**
   * The scope of the AI system this resource serves, written to the `ai-scope` tag.
   * @default the lowest scope at which the component is provisioned (see {@link lowestScopeFor})
   */
  readonly scope?: Scope;
  /**
   * The AI system (application or model) the resource belongs to, written to `ai-system`.
   * @default the Pulumi project name, the usual unit of one AI system
   */
  readonly system?: pulumi.Input<string>;
  /**
   * The team or person accountable for the resource, written to `owner`.
   * @default the Pulumi organization of the stack, or the project name when there is none
   */
  readonly owner?: pulumi.Input<string>;
  /**
   * Extra tags. They cannot override the scopeguard keys: the pack trusts those, so a stray
   * `data-class` in a shared tag map must not relabel a training-data store.
   * @default {}
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}

/**
 * The lowest scope at which a store of each data class exists: training data and model artifacts
 * come with fine-tuning (scope 4), a knowledge base with retrieval over a pre-trained model
 * (scope 3), prompt and audit logs with any use of AI (scope 1).
 */
const LOWEST_SCOPE: Readonly<Record<DataClass, Scope>> = {
  "training-data": CONTROL_SCOPES.modelDataStores,
  "model-artifacts": CONTROL_SCOPES.modelDataStores,
  "knowledge-base": CONTROL_SCOPES.vectorStores,
  "prompt-logs": CONTROL_SCOPES.boundedLogRetention,
  "audit-logs": CONTROL_SCOPES.auditTrail,
};

/** The lowest scope at which a resource holding `dataClass` is provisioned; 1 without a class. */
export function lowestScopeFor(dataClass?: DataClass): Scope {
  return dataClass === undefined ? 1 : LOWEST_SCOPE[dataClass];
}

/** The default owner: the stack's organization when the runtime knows one, else the project. */
function defaultOwner(): string {
  try {
    return pulumi.getOrganization();
  } catch {
    // Older runtimes and mocks without an organization throw; the project is still a real name.
    return pulumi.getProject();
  }
}

/**
 * The tag map for a child resource: the caller's extra tags, then the scopeguard keys on top.
 * `data-class` is set only when the resource holds one class of data.
 */
export function aiTags(args: AiTagArgs, dataClass?: DataClass): pulumi.Output<Record<string, string>> {
  const scope = args.scope ?? lowestScopeFor(dataClass);
  return pulumi
    .all([args.tags ?? {}, args.system ?? pulumi.getProject(), args.owner ?? defaultOwner()])
    .apply(([extra, system, owner]): Record<string, string> => ({
      ...extra,
      [TAG_KEYS.scope]: String(scope),
      [TAG_KEYS.system]: system,
      [TAG_KEYS.owner]: owner,
      ...(dataClass === undefined ? {} : { [TAG_KEYS.dataClass]: dataClass }),
    }));
}
