import type { Scope } from "../vocabulary";
import type { Exemption } from "./settings";
import type { Reading } from "./values";

/** How serious a violation is, in the SDK's own terms. */
export type Severity = "low" | "medium" | "high" | "critical";

/** The enforcement level a policy ships with; users may change it in the pack config. */
export type DefaultEnforcementLevel = "advisory" | "mandatory" | "remediate";

/** The four stages of the CISA/NCSC Guidelines for Secure AI System Development. */
export type CisaNcscStage = "secure-design" | "secure-development" | "secure-deployment" | "secure-operation";

/**
 * Where a control comes from. Every policy names at least one NIST CSF 2.0 subcategory, one
 * CISA/NCSC stage and one seed checklist item; OWASP and ATLAS ids are listed where one applies.
 */
export interface ControlMappings {
  /** NIST CSF 2.0 subcategories, for example `PR.DS-01`. */
  readonly nistCsf: readonly string[];
  /** OWASP Top 10 for LLM Applications 2025 ids, for example `LLM02`. */
  readonly owaspLlm: readonly string[];
  /** MITRE ATLAS technique (`AML.T…`) or mitigation (`AML.M…`) ids. */
  readonly mitreAtlas: readonly string[];
  /** The CISA/NCSC guideline stages the control belongs to. */
  readonly cisaNcsc: readonly CisaNcscStage[];
  /** Ids of the seed checklist items the control enforces (see `catalog/seed-items.ts`). */
  readonly seedItems: readonly string[];
}

/** The catalog entry of a policy: everything but the check itself. */
export interface PolicyMetadata {
  /** kebab-case, unique in the pack, for example `kms-key-rotation-enabled`. */
  readonly name: string;
  /** What the policy checks, in one sentence. Shown with every violation. */
  readonly description: string;
  /** Why the control matters for an AI workload. */
  readonly rationale: string;
  /** How bad a violation is. */
  readonly severity: Severity;
  /** The level the policy ships with. */
  readonly enforcementLevel: DefaultEnforcementLevel;
  /** What to change to comply. */
  readonly remediationSteps: string;
  /** The lowest scope at which the control applies; it applies at every scope above too. */
  readonly minScope: Scope;
  /** AWS services the policy looks at, lower case (`s3`, `kms`, `bedrock`). */
  readonly services: readonly string[];
  /** Framework and checklist mappings. */
  readonly mappings: ControlMappings;
}

/**
 * What a resource check is given: one resource, its inputs wrapped by the SDK's unknown proxy.
 * `props` is deliberately `unknown`-valued: a policy runs on stacks it has never seen, so it reads
 * fields through the framework's readers (`values.ts`), which tolerate missing, malformed and
 * unknown values, instead of trusting a shape.
 */
export interface ResourceUnderCheck {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  readonly props: ResourceProps;
}

/** A resource's props (inputs, or outputs in a stack check): any key, any value, read with care. */
export type ResourceProps = Readonly<Record<string, unknown>>;

/** One resource as a stack check sees it: its outputs and its place in the graph. */
export interface StackResource extends ResourceUnderCheck {
  readonly parent?: StackResource;
  readonly dependencies: readonly StackResource[];
  readonly propertyDependencies: Readonly<Record<string, readonly StackResource[]>>;
}

/** Where the scope a check runs at came from. */
export type ScopeSource = "pack-config" | "stack-tag" | "implied";

/** The context every check receives. */
export interface CheckContext {
  /** The scope the stack is checked at. */
  readonly scope: Scope;
  /** Whether the scope was declared (pack config or stack tag) or implied by the resources. */
  readonly scopeSource: ScopeSource;
  /** The stack's tags, as Pulumi hands them to the pack. */
  readonly stackTags: ReadonlyMap<string, string>;
  /** Every exemption in the pack config, expired ones included. */
  readonly exemptions: readonly Exemption[];
}

/** A stack-check finding: a message, and the resource it is about when there is one. */
export interface StackViolation {
  readonly message: string;
  readonly urn?: string;
}

/** A policy that judges one resource at a time. */
export interface ResourcePolicyDefinition extends PolicyMetadata {
  readonly kind: "resource";
  /** The Pulumi type tokens the policy applies to; other resources are not looked at. */
  readonly resourceTypes: readonly string[];
  /** Returns one message per violation; an empty list means compliant. Must not throw. */
  readonly check: (resource: ResourceUnderCheck, context: CheckContext) => readonly string[];
  /**
   * For `remediate` policies: asked only about a resource `check` found non-compliant, answers the
   * inputs to set (see `remediation.ts`). Must only add or tighten settings, never loosen them.
   */
  readonly remediate?: (resource: ResourceUnderCheck, context: CheckContext) => Remediation;
}

/** Inputs a remediation sets, by top-level key; every other input is left as it came. */
export type InputSettings = Readonly<Record<string, unknown>>;

/**
 * A remediation's answer: the inputs it sets (`value`); nothing safe to set (`absent`: the fix
 * needs a decision only the program's author can make); or a value it needs is unknown during
 * preview (`unknown`). The adapter, not the remediation, decides what each means for the SDK.
 */
export type Remediation = Reading<InputSettings>;

/** A policy that reasons across the resources of a stack. */
export interface StackPolicyDefinition extends PolicyMetadata {
  readonly kind: "stack";
  /**
   * A resource type without which the check cannot report anything (a subnet check needs a
   * subnet). When no resource of the stack has it, the SDK skips the policy before deserializing
   * the stack (it does so for every stack policy in turn) and lists it as not applicable.
   */
  readonly requiresResourceType?: string;
  /** Returns the violations found; an empty list means compliant. Must not throw. */
  readonly check: (resources: readonly StackResource[], context: CheckContext) => readonly StackViolation[];
}

/** Any scopeguard policy. */
export type PolicyDefinition = ResourcePolicyDefinition | StackPolicyDefinition;
