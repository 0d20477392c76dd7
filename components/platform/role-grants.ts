import type * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { IdentityPolicyDocument } from "../iam";

/**
 * Inline policies the platform adds to its roles for grants AiWorkloadRole does not model: provider
 * key secrets, the guardrail and the vector collection, each on exactly its resource. A new
 * resource's ARN is unknown during preview, and a JSON document that embeds it is unknown as a
 * whole, which the policy pack cannot check before deployment: secrets are named by their known
 * name instead, the others are given to IAM as objects whose one unknown leaf is the ARN.
 */

/** Where the grants live. */
export interface GrantContext {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** Reading a provider key: its value and metadata; no listing, no writing. */
export const SECRET_READ_ACTIONS: readonly string[] = [
  "secretsmanager:GetSecretValue",
  "secretsmanager:DescribeSecret",
];

/** Calling a guardrail, on its own (ApplyGuardrail) or through InvokeModel's guardrailIdentifier. */
export const GUARDRAIL_APPLY_ACTIONS: readonly string[] = ["bedrock:ApplyGuardrail"];

/** Data-plane access to an OpenSearch Serverless collection; its data access policy then decides what. */
export const COLLECTION_ACCESS_ACTIONS: readonly string[] = ["aoss:APIAccessAll"];

/**
 * Read access to named secrets. Secrets Manager appends six random characters to a secret's ARN,
 * so a secret is named by `<name>-??????`, AWS's documented pattern for a secret known by name:
 * `?` matches exactly one character, so it matches this secret and no secret whose name is longer.
 */
export function buildSecretReadPolicy(
  c: GrantContext,
  secretNames: readonly string[],
): IdentityPolicyDocument {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ReadProviderKeys",
        Effect: "Allow",
        Action: [...SECRET_READ_ACTIONS],
        Resource: secretNames.map(
          (name) => `arn:${c.partition}:secretsmanager:${c.region}:${c.accountId}:secret:${name}-??????`,
        ),
      },
    ],
  };
}

/**
 * One statement allowing `actions` on exactly `resources`, as an object rather than a JSON string.
 * A new guardrail's or collection's ARN is unknown during preview; in an object it stays one
 * unknown leaf, so the policy pack still reads the actions and the other resources and decides
 * before deployment (a JSON string that embeds it would be unknown as a whole).
 */
export function namedResourcesPolicy(
  sid: string,
  actions: readonly string[],
  resources: pulumi.Input<string>[],
): aws.types.input.iam.PolicyDocument {
  return {
    Version: "2012-10-17",
    Statement: [{ Sid: sid, Effect: "Allow", Action: [...actions], Resource: resources }],
  };
}
