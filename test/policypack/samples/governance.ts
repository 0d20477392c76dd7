import { AwsType, PulumiType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, type DomainSamples } from "./sample";

const root = r(PulumiType.Stack, "proj-dev", {});
/** A Bedrock guardrail: an AI resource that implies scope 3. */
const guardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
const exemption = (expires: string) => ({
  policy: "s3-bucket-tls-only",
  resource: "b",
  reason: "r",
  expires,
});

/** Samples of the governance policies: the declared scope, drift from it, exemptions and AI tags. */
export const GOVERNANCE_SAMPLES: DomainSamples = {
  "stack-declares-scope": stackSample({
    failing: [root, guardrail],
    passing: [root, guardrail],
    passingSettings: { scope: 3 },
    subject: "proj-dev",
    message:
      'The stack declares no scope, so it is checked at scope 3 (pre-trained model), the highest its resources imply; declare it with `pulumi stack tag set ai-scope <1-5>` or in the pack config as {"scopeguard-settings": {"scope": <1-5>}}.',
    undeclaredScope: "the policy reports a stack that declares no scope",
    oddResources: [r(AwsType.ec2.Instance, "odd-host", {})],
  }),
  "scope-drift": stackSample({
    failing: [root, guardrail],
    passing: [root, r(AwsType.s3.Bucket, "b", { tags: { team: "web" } })],
    subject: "gr",
    // The guardrail implies scope 3: a stack that declares 3 or more has not drifted.
    reportedAt: [1, 2],
    oddResources: [r(AwsType.ec2.Instance, "odd-host", {})],
    message:
      '"gr" (aws:bedrock/guardrail:Guardrail) implies scope 3 (pre-trained model), but the stack declares scope 1 (consumer app): raise the declared scope so its controls apply, or remove the resource.',
  }),
  "exemption-not-expired": stackSample({
    failing: [root],
    passing: [root],
    failingSettings: { exemptions: [exemption("2001-01-01")] },
    passingSettings: { exemptions: [exemption("2999-01-01")] },
    message:
      "Exemption scopeguard-settings.exemptions[0] (s3-bucket-tls-only on b) expired on 2001-01-01; it no longer applies: fix the resource, or renew the exemption with a new reason and date.",
    notExemptible: "an exemption of the exemption check would hide the expiry it reports",
  }),
  "ai-resource-has-required-tags": resourceSample(
    AwsType.bedrock.Guardrail,
    {},
    { tags: { "ai-scope": "3", "ai-system": "support-bot", owner: "ml-platform" } },
    "The AI resource has no ai-scope, ai-system, owner tags: tag it with ai-scope, ai-system, owner so the asset inventory lists it and the data controls find it.",
  ),
};
