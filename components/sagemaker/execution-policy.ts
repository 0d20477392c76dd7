import type { IdentityPolicyDocument, IdentityPolicyStatement } from "../iam";

/**
 * The grants a SageMaker or Bedrock execution role needs beyond data access (which AiWorkloadRole
 * gives): network interfaces in the VPC, image pulls, endpoint logs. Built from plain values so
 * they can be tested without a Pulumi runtime; action lists are named constants.
 */

/**
 * What SageMaker needs, as the execution role, to attach a model's containers to the VPC. AWS
 * authorizes the Describe actions on `*` only, and SageMaker creates the interfaces in subnets it
 * picks from the model's configuration, so these are granted on `*`; none of them reads data.
 */
export const VPC_ACCESS_ACTIONS: readonly string[] = [
  "ec2:CreateNetworkInterface",
  "ec2:CreateNetworkInterfacePermission",
  "ec2:DeleteNetworkInterface",
  "ec2:DeleteNetworkInterfacePermission",
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeVpcs",
  "ec2:DescribeDhcpOptions",
  "ec2:DescribeSubnets",
  "ec2:DescribeSecurityGroups",
];

/** Pulling an image from a named repository. */
export const ECR_REPOSITORY_PULL_ACTIONS: readonly string[] = [
  "ecr:BatchGetImage",
  "ecr:GetDownloadUrlForLayer",
  "ecr:BatchCheckLayerAvailability",
];

/** Logging in to ECR, which AWS authorizes on `*` only. */
export const ECR_LOGIN_ACTION = "ecr:GetAuthorizationToken";

/** What SageMaker needs to write an endpoint's container logs. */
export const ENDPOINT_LOG_ACTIONS: readonly string[] = [
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:DescribeLogStreams",
];

/** Where a policy lives. */
export interface PolicyContext {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]/<name>[:tag|@digest]`. */
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/;

/** The ARN of the ECR repository an image URI names; `undefined` for an image outside ECR. */
export function ecrRepositoryArnOf(image: string, partition: string): string | undefined {
  const m = ECR_IMAGE.exec(image.trim());
  return m === null ? undefined : `arn:${partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]}`;
}

/** The hosting policy of a model's execution role: network interfaces in the VPC, and its endpoints' logs. */
export function buildHostingPolicy(c: PolicyContext): IdentityPolicyDocument {
  const group = `arn:${c.partition}:logs:${c.region}:${c.accountId}:log-group:/aws/sagemaker/Endpoints/*`;
  return {
    Version: "2012-10-17",
    Statement: [
      { Sid: "AttachToTheVpc", Effect: "Allow", Action: [...VPC_ACCESS_ACTIONS], Resource: ["*"] },
      {
        Sid: "WriteEndpointLogs",
        Effect: "Allow",
        Action: [...ENDPOINT_LOG_ACTIONS],
        Resource: [group, `${group}:*`],
      },
    ],
  };
}

/** The training policy of a job's execution role: network interfaces in the VPC, and its jobs' logs. */
export function buildTrainingPolicy(c: PolicyContext): IdentityPolicyDocument {
  const group = `arn:${c.partition}:logs:${c.region}:${c.accountId}:log-group:/aws/sagemaker/TrainingJobs`;
  return {
    Version: "2012-10-17",
    Statement: [
      { Sid: "AttachToTheVpc", Effect: "Allow", Action: [...VPC_ACCESS_ACTIONS], Resource: ["*"] },
      {
        Sid: "WriteTrainingJobLogs",
        Effect: "Allow",
        Action: [...ENDPOINT_LOG_ACTIONS],
        Resource: [group, `${group}:*`],
      },
    ],
  };
}

/** The image policy: log in to ECR, and pull from the repositories the images name (none outside ECR). */
export function buildImagePullPolicy(images: readonly string[], partition: string): IdentityPolicyDocument {
  const repositories = [
    ...new Set(images.map((i) => ecrRepositoryArnOf(i, partition)).filter((a) => a !== undefined)),
  ];
  const statements: IdentityPolicyStatement[] = [
    { Sid: "LogInToEcr", Effect: "Allow", Action: [ECR_LOGIN_ACTION], Resource: ["*"] },
  ];
  if (repositories.length > 0) {
    statements.push({
      Sid: "PullNamedRepositories",
      Effect: "Allow",
      Action: [...ECR_REPOSITORY_PULL_ACTIONS],
      Resource: repositories,
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/** `s3://bucket/key` to `bucket`; `undefined` for anything else. */
export function bucketOfS3Uri(uri: string): string | undefined {
  return /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/|$)/.exec(uri.trim())?.[1];
}

/** The tag Bedrock puts on the network interfaces it creates for a customization job. */
export const BEDROCK_MANAGED_TAG = "BedrockManaged";
/** The tag that names the job a Bedrock-managed interface belongs to. */
export const BEDROCK_JOB_TAG = "BedrockModelCustomizationJobArn";

/** What Bedrock may read about the VPC to place a customization job in it. */
export const VPC_DESCRIBE_ACTIONS: readonly string[] = [
  "ec2:DescribeNetworkInterfaces",
  "ec2:DescribeVpcs",
  "ec2:DescribeDhcpOptions",
  "ec2:DescribeSubnets",
  "ec2:DescribeSecurityGroups",
];

/**
 * The VPC policy of a Bedrock customization role, as Bedrock documents it: Bedrock may create,
 * tag, share and delete network interfaces in this account's subnets and security groups, and
 * only interfaces tagged as its own for a customization job of this account. Subnets and groups
 * are named by account and region rather than by id, so the document is known during preview.
 */
export function buildCustomizationVpcPolicy(c: PolicyContext): IdentityPolicyDocument {
  const ec2 = `arn:${c.partition}:ec2:${c.region}:${c.accountId}`;
  const jobs = `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:model-customization-job/*`;
  const interfaces = `${ec2}:network-interface/*`;
  return {
    Version: "2012-10-17",
    Statement: [
      { Sid: "DescribeTheVpc", Effect: "Allow", Action: [...VPC_DESCRIBE_ACTIONS], Resource: ["*"] },
      {
        Sid: "CreateBedrockManagedInterfaces",
        Effect: "Allow",
        Action: ["ec2:CreateNetworkInterface"],
        Resource: [interfaces],
        Condition: {
          StringEquals: { [`aws:RequestTag/${BEDROCK_MANAGED_TAG}`]: "true" },
          ArnLike: { [`aws:RequestTag/${BEDROCK_JOB_TAG}`]: jobs },
        },
      },
      {
        Sid: "UseSubnetsAndSecurityGroups",
        Effect: "Allow",
        Action: ["ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission"],
        Resource: [`${ec2}:subnet/*`, `${ec2}:security-group/*`],
      },
      {
        Sid: "ManageBedrockManagedInterfaces",
        Effect: "Allow",
        Action: [
          "ec2:CreateNetworkInterfacePermission",
          "ec2:DeleteNetworkInterface",
          "ec2:DeleteNetworkInterfacePermission",
        ],
        Resource: [interfaces],
        Condition: { StringEquals: { [`ec2:ResourceTag/${BEDROCK_MANAGED_TAG}`]: "true" } },
      },
      {
        Sid: "TagInterfacesAtCreation",
        Effect: "Allow",
        Action: ["ec2:CreateTags"],
        Resource: [interfaces],
        Condition: {
          StringEquals: { "ec2:CreateAction": "CreateNetworkInterface" },
          "ForAllValues:StringEquals": { "aws:TagKeys": [BEDROCK_MANAGED_TAG, BEDROCK_JOB_TAG] },
        },
      },
    ],
  };
}
