import type { Policy } from "@pulumi/policy";
import type { PolicyMetadata } from "./types";

/** Where the generated policy reference lives; each policy links to its own section. */
export const POLICY_DOCS_URL = "https://github.com/scopeguard/scopeguard/blob/main/docs/policies.md";

/**
 * The tags a policy carries in the pack, so the mappings travel with it through
 * GetAnalyzerInfo, `pulumi policy publish` and every report: `nist-csf:PR.DS-01`,
 * `owasp-llm:LLM02`, `mitre-atlas:AML.M0012`, `cisa-ncsc:secure-deployment`, `scope:3+`,
 * `service:s3`, `seed:<item id>`.
 */
export function policyTags(meta: PolicyMetadata): string[] {
  const m = meta.mappings;
  return [
    ...m.nistCsf.map((id) => `nist-csf:${id}`),
    ...m.owaspLlm.map((id) => `owasp-llm:${id}`),
    ...m.mitreAtlas.map((id) => `mitre-atlas:${id}`),
    ...m.cisaNcsc.map((stage) => `cisa-ncsc:${stage}`),
    `scope:${meta.minScope}+`,
    ...meta.services.map((s) => `service:${s}`),
    ...m.seedItems.map((id) => `seed:${id}`),
  ];
}

/** The SDK fields every scopeguard policy sets. */
export function sdkMetadata(meta: PolicyMetadata): Omit<Policy, "enforcementLevel"> {
  return {
    name: meta.name,
    description: meta.description,
    severity: meta.severity,
    remediationSteps: meta.remediationSteps,
    url: `${POLICY_DOCS_URL}#${meta.name}`,
    tags: policyTags(meta),
    framework: {
      name: "NIST CSF",
      version: "2.0",
      reference: meta.mappings.nistCsf[0] ?? "",
      specification: meta.rationale,
    },
  };
}
