import { addTo } from "../../framework/multimap";
import { programOutputs } from "../../framework/outputs";
import { wildcardMatches } from "../../framework/wildcard";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr, tryRead } from "../../framework/unknowns";
import { field, first, isTrue } from "../../framework/values";
import { isCustomerKeySet } from "../../framework/references";
import {
  computedFromStackKey,
  judgeEncryption,
  type KeyVerdict,
} from "./opensearch-serverless-encryption-policy-uses-cmk";
import { isPublicRuleSet } from "./opensearch-serverless-network-policy-not-public";
import { collectionPatterns, ruleSets, type RuleSet } from "./lib/serverless-documents";
import { SERVERLESS_COLLECTION_TYPE, SERVERLESS_SECURITY_POLICY_TYPE } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** One rule set of a security policy, with the collection-name patterns it applies to. */
interface Coverage {
  readonly policy: StackResource;
  readonly set: RuleSet;
}

/**
 * The security policies of one type, indexed by the collection names they cover: exact names in a
 * map, wildcard patterns by the literal text before their first `*`, so matching a collection looks
 * up the prefixes of its name (collection names are at most 32 characters) instead of scanning every
 * pattern of the stack. Policies whose document is unknown during preview are kept apart.
 */
class CoverageIndex {
  readonly exact = new Map<string, Coverage[]>();
  readonly wildcards = new Map<string, { order: number; pattern: string; coverage: Coverage }[]>();
  readonly unknown = new Set<StackResource>();
  private added = 0;

  add(policy: StackResource): void {
    const sets = tryRead(() =>
      (ruleSets(policy.props.policy) ?? []).map((set) => ({ set, patterns: collectionPatterns(set) })),
    );
    if (!sets.known) {
      this.unknown.add(policy);
      return;
    }
    for (const { set, patterns } of sets.value) {
      for (const pattern of patterns) {
        const star = pattern.indexOf("*");
        if (star >= 0) {
          const entry = { order: this.added++, pattern, coverage: { policy, set } };
          addTo(this.wildcards, pattern.slice(0, star), entry);
        } else {
          addTo(this.exact, pattern, { policy, set });
        }
      }
    }
  }

  /** The rule sets that cover `name`: exact names first, then patterns in the order they were added. */
  matching(name: string | undefined): Coverage[] {
    if (name === undefined) {
      return [];
    }
    const wild = [];
    for (let length = 0; length <= name.length; length++) {
      for (const w of this.wildcards.get(name.slice(0, length)) ?? []) {
        if (wildcardMatches(w.pattern, name)) {
          wild.push(w);
        }
      }
    }
    wild.sort((a, b) => a.order - b.order);
    return [...(this.exact.get(name) ?? []), ...wild.map((w) => w.coverage)];
  }
}

/** An encryption policy whose document is unknown but is computed from a KMS key of the stack uses that key. */
function unknownPolicyVerdict(policy: StackResource): KeyVerdict | "unknown" {
  return computedFromStackKey(policy) ? "cmk" : "unknown";
}

/**
 * The collection's own encryption settings (`encryptionConfigs`), when it has them. The provider
 * fills the block in when the program leaves it out, so it is unknown during preview then: read as
 * the program set it, it is absent and the security policies decide.
 */
function directVerdict(collection: StackResource): KeyVerdict | "unknown" | undefined {
  const result = tryRead(() => {
    const config = first(programOutputs(collection).encryptionConfigs);
    if (config === undefined || config === null) {
      return undefined;
    }
    if (isTrue(field(config, "awsOwnedKey"))) {
      return "aws-owned" as const;
    }
    return isCustomerKeySet(() => field(config, "kmsKeyArn")) ? ("cmk" as const) : ("no-key" as const);
  });
  return result.known ? result.value : "unknown";
}

function encryptionFinding(
  collection: StackResource,
  name: string | undefined,
  index: CoverageIndex,
): string | undefined {
  const label = `Collection "${name ?? collection.name}"`;
  const direct = directVerdict(collection);
  if (direct === "cmk" || direct === "unknown") {
    return undefined;
  }
  if (direct === "aws-owned" || direct === "no-key") {
    return `${label} is encrypted with an AWS-owned key (encryptionConfigs): set kmsKeyArn to a customer-managed key and awsOwnedKey to false.`;
  }
  const matched = index
    .matching(name)
    .map((c) => ({ policy: c.policy, verdict: judgeEncryption(c.set) as KeyVerdict | "unknown" }));
  const dependedOn = collection.dependencies.filter((d) => index.unknown.has(d));
  const verdicts = [
    ...matched,
    ...dependedOn.map((policy) => ({ policy, verdict: unknownPolicyVerdict(policy) })),
  ];
  const weak = verdicts.find((v) => v.verdict === "aws-owned" || v.verdict === "no-key");
  if (weak !== undefined) {
    return `${label} is encrypted with an AWS-owned key by encryption policy "${weak.policy.name}": set "AWSOwnedKey": false and "KmsARN" to a customer-managed key in that policy.`;
  }
  if (verdicts.some((v) => v.verdict === "cmk")) {
    return undefined;
  }
  if (verdicts.length > 0 || index.unknown.size > 0 || name === undefined) {
    // A policy unknown during preview may be the one that covers it, and a collection whose name is
    // not known cannot be matched: the update run decides.
    return undefined;
  }
  return `${label} is covered by no encryption policy in this stack, so it cannot be shown to use a customer-managed key: add an encryption security policy with "KmsARN" whose rules name "collection/${name ?? collection.name}", or set encryptionConfigs on the collection.`;
}

function networkFinding(
  collection: StackResource,
  name: string | undefined,
  index: CoverageIndex,
): string | undefined {
  const open = index.matching(name).find((c) => isPublicRuleSet(c.set));
  return open === undefined
    ? undefined
    : `Collection "${name ?? collection.name}" is reachable from the public internet through network policy "${open.policy.name}": set "AllowFromPublic": false and list "SourceVPCEs" or "SourceServices".`;
}

/** Pure check over the stack: every collection has a customer-managed key and no public network access. */
export function checkCollectionsProtected(resources: readonly StackResource[]): StackViolation[] {
  const encryption = new CoverageIndex();
  const network = new CoverageIndex();
  for (const r of resources) {
    if (r.type !== SERVERLESS_SECURITY_POLICY_TYPE) {
      continue;
    }
    const type = readOr(() => r.props.type, undefined);
    if (type === "encryption") {
      encryption.add(r);
    } else if (type === "network") {
      network.add(r);
    }
  }
  const violations: StackViolation[] = [];
  for (const collection of resources) {
    if (collection.type !== SERVERLESS_COLLECTION_TYPE) {
      continue;
    }
    const rawName = readOr(() => collection.props.name, undefined);
    const name = typeof rawName === "string" && rawName !== "" ? rawName : undefined;
    for (const message of [
      encryptionFinding(collection, name, encryption),
      networkFinding(collection, name, network),
    ]) {
      if (message !== undefined) {
        violations.push({ urn: collection.urn, message });
      }
    }
  }
  return violations;
}

export const opensearchServerlessCollectionProtected: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: SERVERLESS_COLLECTION_TYPE,
  name: "opensearch-serverless-collection-protected",
  description:
    "Every OpenSearch Serverless collection is covered by an encryption policy (or its own encryption settings) with a customer-managed key, and by no network policy that allows public access.",
  rationale:
    "Security policies and collections are separate resources joined only by name patterns, so a collection can be created under a catch-all policy with an AWS-owned key or a public network rule that nobody reviewed with it. Matching each collection's name against the policies' rules shows the protection the collection actually gets. A collection with no network policy is unreachable, hence not flagged. Applies from scope 3.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Give each aws.opensearch.ServerlessCollection an encryption aws.opensearch.ServerlessSecurityPolicy whose rules name `collection/<name>` with `"AWSOwnedKey": false` and `"KmsARN"` (or `encryptionConfigs: [{ kmsKeyArn }]` on the collection), make the collection depend on it, and make every network policy that names it private (`"AllowFromPublic": false` with `"SourceVPCEs"`).',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["opensearch", "kms"],
  mappings: {
    nistCsf: ["PR.DS-01", "PR.IR-01"],
    owaspLlm: ["LLM08"],
    mitreAtlas: ["AML.M0012", "AML.M0019", "AML.T0020"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-secure-infrastructure", "matrix.scope-3"],
  },
  check: (resources) => checkCollectionsProtected(resources),
};
