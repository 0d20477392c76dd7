import { linkConfigurations } from "../../framework/correlate";
import {
  conditionValues,
  hasPublicPrincipal,
  parsePolicyDocument,
  type NormalizedStatement,
} from "../../framework/policy-document";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOutput } from "../../framework/outputs";
import { BUCKET_POLICY_TYPE, bucketLink } from "./lib/bucket-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** A statement that refuses every S3 request made without TLS (or with TLS older than 1.2). */
export function deniesInsecureTransport(s: NormalizedStatement): boolean {
  const coversAllS3 = s.actions.some((a) => a === "*" || a.toLowerCase() === "s3:*");
  if (s.effect !== "Deny" || !hasPublicPrincipal(s) || !coversAllS3) {
    return false;
  }
  const noTls = conditionValues(s, ["Bool", "BoolIfExists"], "aws:SecureTransport").includes("false");
  const oldTls = conditionValues(s, ["NumericLessThan"], "s3:TlsVersion").length > 0;
  return noTls || oldTls;
}

type Verdict = "tls-only" | "missing" | "invalid" | "unknown";

function judgeDocument(document: unknown): Verdict {
  if (document === undefined || document === null || document === "") {
    return "missing";
  }
  const parsed = parsePolicyDocument(document);
  if (!parsed.ok) {
    return "invalid";
  }
  return parsed.statements.some(deniesInsecureTransport) ? "tls-only" : "missing";
}

function verdictFor(bucket: StackResource, policies: readonly StackResource[]): Verdict {
  const verdicts = [bucket, ...policies].map((r) => {
    const document = readOutput(r, "policy");
    return document.known ? judgeDocument(document.value) : "unknown";
  });
  // A policy unknown during preview may be the compliant one: the update run decides.
  for (const wanted of ["tls-only", "unknown", "invalid"] as const) {
    if (verdicts.includes(wanted)) {
      return wanted;
    }
  }
  return "missing";
}

/** Pure check over the stack: every bucket's policy denies requests that do not use TLS. */
export function checkBucketsTlsOnly(resources: readonly StackResource[]): StackViolation[] {
  const violations: StackViolation[] = [];
  for (const { target, configs } of linkConfigurations(resources, bucketLink(BUCKET_POLICY_TYPE))) {
    const verdict = verdictFor(target, configs);
    if (verdict === "missing") {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" accepts requests without TLS: add a bucket policy statement that denies s3:* to "*" when aws:SecureTransport is "false".`,
      });
    } else if (verdict === "invalid") {
      violations.push({
        urn: target.urn,
        message: `Bucket "${target.name}" has a bucket policy that is not a valid JSON policy document, so TLS-only access cannot be verified.`,
      });
    }
  }
  return violations;
}

export const s3BucketTlsOnly: StackPolicyDefinition = {
  kind: "stack",
  name: "s3-bucket-tls-only",
  description: "Every S3 bucket's policy denies any request that is not sent over TLS.",
  rationale:
    "Prompts, completions and training records cross the network on every read and write; S3 still accepts plain HTTP unless the bucket policy refuses it.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Attach an aws.s3.BucketPolicy with a statement `{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":[bucketArn, bucketArn + "/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}`.',
  minScope: CONTROL_SCOPES.bucketBaseline,
  services: ["s3"],
  mappings: {
    nistCsf: ["PR.DS-02"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection"],
  },
  check: (resources) => checkBucketsTlsOnly(resources),
};
