import { AwsType } from "../../../policypack/vocabulary";
import { resourceSample, withOddProps, type DomainSamples } from "./sample";
import { policyDocument, UNKNOWN } from "./values";

const allow = (Action: unknown, Resource: unknown, extra: object = {}) => ({
  Effect: "Allow",
  Action,
  Resource,
  ...extra,
});
const MODEL_ARN = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0";
const ROLE_ARN = "arn:aws:iam::123456789012:role/training-execution";
const trusts = (service: string, extra: object = {}) => ({
  Effect: "Allow",
  Principal: { Service: service },
  Action: "sts:AssumeRole",
  ...extra,
});
const SOURCE_ACCOUNT = { Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } } };
const PASSED_TO_SAGEMAKER = {
  Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },
};

/** Props no IAM policy may choke on, on top of the shared ones. */
const IAM_ODD_PROPS = [
  { inlinePolicies: [null, 3, { policy: 7 }] },
  { inlinePolicies: "x" },
  { policyArn: 5, managedPolicyArns: [null, {}] },
  { policyArns: UNKNOWN },
  { assumeRolePolicy: "{" },
  { assumeRolePolicy: { Statement: [{ Principal: { Service: 3 } }] } },
];

/** Samples of the IAM policies: identity policies, attachments, keys and trust policies. */
export const IAM_SAMPLES: DomainSamples = withOddProps(
  {
    "iam-no-wildcard-actions": resourceSample(
      AwsType.iam.Policy,
      { policy: policyDocument({ Sid: "Admin", ...allow("*", "*") }) },
      { policy: policyDocument(allow(["bedrock:InvokeModel"], MODEL_ARN)) },
      'Statement "Admin" of the policy allows every action of every service ("*"): list the actions the workload calls.',
    ),
    "iam-data-actions-not-on-all-resources": resourceSample(
      AwsType.iam.Policy,
      {
        policy: policyDocument({
          Sid: "Invoke",
          ...allow(["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], "*"),
        }),
      },
      { policy: policyDocument(allow("bedrock:InvokeModel", MODEL_ARN)) },
      'Statement "Invoke" of the policy allows bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream on every resource (*): name the models, endpoints, buckets, keys, collections or secrets by ARN, or limit it with an aws:ResourceTag condition.',
    ),
    "iam-no-full-access-managed-policies": resourceSample(
      AwsType.iam.RolePolicyAttachment,
      { role: "r", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" },
      { role: "r", policyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" },
      "Attaches the AWS managed policy AdministratorAccess, which grants * on all resources, far more than any workload needs: attach a customer-managed policy that lists the actions and resources instead.",
    ),
    "iam-passrole-named-roles": resourceSample(
      AwsType.iam.Policy,
      { policy: policyDocument({ Sid: "Pass", ...allow("iam:PassRole", "*") }) },
      { policy: policyDocument(allow("iam:PassRole", ROLE_ARN)) },
      'Statement "Pass" of the policy allows iam:PassRole on every role (*): list the ARNs of the roles the workload hands to a service.',
    ),
    "iam-passrole-passed-to-service": resourceSample(
      AwsType.iam.Policy,
      { policy: policyDocument(allow("iam:PassRole", ROLE_ARN)) },
      { policy: policyDocument(allow("iam:PassRole", ROLE_ARN, PASSED_TO_SAGEMAKER)) },
      "Statement #1 of the policy allows iam:PassRole with no iam:PassedToService condition: add one naming the service the role is for (for example sagemaker.amazonaws.com or bedrock.amazonaws.com).",
    ),
    "iam-no-user-access-keys": resourceSample(
      AwsType.iam.AccessKey,
      { user: "ci" },
      { user: "ci", status: "Inactive" },
      'Creates a long-lived access key for IAM user "ci": give the workload an IAM role (instance profile, task role, IRSA, IAM Roles Anywhere) whose credentials expire, instead of a key that lives until someone deletes it.',
    ),
    "iam-ai-service-trust-source-condition": resourceSample(
      AwsType.iam.Role,
      { assumeRolePolicy: policyDocument(trusts("bedrock.amazonaws.com")) },
      { assumeRolePolicy: policyDocument(trusts("bedrock.amazonaws.com", SOURCE_ACCOUNT)) },
      "Statement #1 of the trust policy lets bedrock.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition: add one so the service can assume it only for this account's resources.",
    ),
    "iam-service-trust-source-condition": resourceSample(
      AwsType.iam.Role,
      { assumeRolePolicy: policyDocument(trusts("firehose.amazonaws.com")) },
      { assumeRolePolicy: policyDocument(trusts("firehose.amazonaws.com", SOURCE_ACCOUNT)) },
      "Statement #1 of the trust policy lets firehose.amazonaws.com assume the role with no aws:SourceAccount or aws:SourceArn condition: add one so the service can assume it only for this account's resources.",
    ),
  },
  IAM_ODD_PROPS,
);
