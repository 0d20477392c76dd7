import type { PolicyDocument, PolicyStatement } from "../common";
import { BEDROCK_ENDPOINT_SERVICES } from "./endpoints";

/**
 * VPC endpoint policies: only principals of this account, acting on resources of this account,
 * may use an endpoint, so a stolen credential of another account cannot exfiltrate data through
 * it and a workload cannot write to a bucket or key of another account. Built from plain, known
 * values (the account id, not a resource ARN), so the pack can read them during preview.
 */

/** What an endpoint policy needs, resolved. */
export interface EndpointPolicyInput {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  /** The endpoint's service suffix (`s3`, `bedrock-runtime`, ...). */
  readonly service: string;
  /** True when the network pulls images from ECR, whose layers live in an AWS-owned bucket. */
  readonly ecrImagePulls?: boolean;
}

/** What a principal of this account may do on the AWS-owned Bedrock foundation models. */
export const FOUNDATION_MODEL_ENDPOINT_ACTIONS: readonly string[] = [
  "bedrock:InvokeModel",
  "bedrock:InvokeModelWithResponseStream",
  "bedrock:Converse",
  "bedrock:ConverseStream",
  "bedrock:GetFoundationModel",
  "bedrock:ListFoundationModels",
];

/** The endpoint policy document. */
export function buildEndpointPolicy(input: EndpointPolicyInput): PolicyDocument {
  const thisAccount = { "aws:PrincipalAccount": input.accountId };
  const statements: PolicyStatement[] = [
    {
      Sid: "ThisAccountPrincipalsOnThisAccountResources",
      Effect: "Allow",
      Principal: "*",
      Action: "*",
      Resource: "*",
      Condition: { StringEquals: { ...thisAccount, "aws:ResourceAccount": input.accountId } },
    },
  ];
  if (BEDROCK_ENDPOINT_SERVICES.includes(input.service)) {
    // Foundation models belong to AWS, not to this account: name them explicitly rather than
    // loosening the resource-account condition for everything else.
    statements.push({
      Sid: "ThisAccountPrincipalsOnFoundationModels",
      Effect: "Allow",
      Principal: "*",
      Action: [...FOUNDATION_MODEL_ENDPOINT_ACTIONS],
      Resource: `arn:${input.partition}:bedrock:${input.region}::foundation-model/*`,
      Condition: { StringEquals: thisAccount },
    });
  }
  if (input.service === "s3" && input.ecrImagePulls === true) {
    // ECR serves image layers from this AWS-owned bucket through the S3 gateway endpoint.
    statements.push({
      Sid: "ThisAccountPrincipalsPullEcrLayers",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `arn:${input.partition}:s3:::prod-${input.region}-starport-layer-bucket/*`,
      Condition: { StringEquals: thisAccount },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}
