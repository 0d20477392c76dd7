import type {
  ControlMappings,
  PolicyDefinition,
  ResourcePolicyDefinition,
  StackPolicyDefinition,
} from "../../../policypack/framework/types";
import type { SeedItem } from "../../../policypack/catalog/seed-items";
import { SEEDS } from "../../../policypack/catalog/seed-items";

/** A valid resource policy; override any field to make it something else. */
export function fakePolicy(
  overrides: Partial<Omit<ResourcePolicyDefinition, "mappings">> & {
    mappings?: Partial<ControlMappings>;
  } = {},
): ResourcePolicyDefinition {
  const { mappings, ...rest } = overrides;
  return {
    kind: "resource",
    name: "fake-policy",
    description: "Checks a fake thing.",
    rationale: "Fake things matter.",
    severity: "medium",
    enforcementLevel: "mandatory",
    remediationSteps: "Fix the fake thing.",
    minScope: 1,
    services: ["s3"],
    resourceTypes: ["aws:s3/bucket:Bucket"],
    check: () => [],
    ...rest,
    mappings: {
      nistCsf: ["PR.DS-01"],
      owaspLlm: [],
      mitreAtlas: [],
      cisaNcsc: ["secure-deployment"],
      seedItems: ["csf.pr-encryption"],
      ...mappings,
    },
  };
}

/** A valid stack policy. */
export function fakeStackPolicy(overrides: Partial<StackPolicyDefinition> = {}): PolicyDefinition {
  const { kind: _kind, resourceTypes: _types, check: _check, ...base } = fakePolicy();
  return { ...base, kind: "stack", check: () => [], ...overrides };
}

/** A seed item of seed 000 (prefix `csf`). */
export function fakeItem(overrides: Partial<SeedItem> = {}): SeedItem {
  return {
    id: "csf.fake-item",
    seed: "000",
    seedTitle: SEEDS["000"].title,
    section: "Protect (PR)",
    summary: "A fake item.",
    disposition: { kind: "outside-iac", why: "It is fake." },
    ...overrides,
  };
}
