/**
 * The IAM actions that reach a model or the data around it, as named lists (in the manner of
 * aws-cdk's `perms.ts`), so a policy, its message and its tests agree on one definition.
 *
 * Every action here supports resource-level permissions, so it can always be scoped to ARNs. Actions
 * that AWS only authorizes on `Resource: "*"` are left out on purpose, because no policy could
 * comply: `bedrock:InvokeInlineAgent`, `bedrock:RetrieveAndGenerate` and
 * `secretsmanager:BatchGetSecretValue` (which still needs `GetSecretValue` on each secret).
 */

/** Running inference on Bedrock models, agents, flows, knowledge bases and guardrails. */
export const BEDROCK_INVOKE_ACTIONS = [
  "bedrock:InvokeModel",
  "bedrock:InvokeModelWithResponseStream",
  "bedrock:CreateModelInvocationJob",
  "bedrock:InvokeAgent",
  "bedrock:InvokeFlow",
  "bedrock:Retrieve",
  "bedrock:ApplyGuardrail",
] as const;

/** Running inference on SageMaker endpoints. */
export const SAGEMAKER_INVOKE_ACTIONS = [
  "sagemaker:InvokeEndpoint",
  "sagemaker:InvokeEndpointAsync",
  "sagemaker:InvokeEndpointWithResponseStream",
] as const;

/** Reading, writing and deleting objects: training data, model artifacts, prompt logs. */
export const S3_OBJECT_DATA_ACTIONS = [
  "s3:GetObject",
  "s3:GetObjectVersion",
  "s3:PutObject",
  "s3:DeleteObject",
  "s3:DeleteObjectVersion",
] as const;

/** Using a KMS key to decrypt data or to produce data keys. */
export const KMS_DATA_KEY_ACTIONS = [
  "kms:Decrypt",
  "kms:GenerateDataKey",
  "kms:GenerateDataKeyWithoutPlaintext",
  "kms:GenerateDataKeyPair",
  "kms:GenerateDataKeyPairWithoutPlaintext",
  "kms:ReEncryptFrom",
] as const;

/** Reading and writing OpenSearch Serverless collections (vector stores) and their dashboards. */
export const AOSS_DATA_ACTIONS = ["aoss:APIAccessAll", "aoss:DashboardsAccessAll"] as const;

/** Reading secrets, among them the API keys of AI providers. */
export const SECRET_READ_ACTIONS = ["secretsmanager:GetSecretValue"] as const;

/** Every model and data action above. */
export const MODEL_AND_DATA_ACTIONS: readonly string[] = [
  ...BEDROCK_INVOKE_ACTIONS,
  ...SAGEMAKER_INVOKE_ACTIONS,
  ...S3_OBJECT_DATA_ACTIONS,
  ...KMS_DATA_KEY_ACTIONS,
  ...AOSS_DATA_ACTIONS,
  ...SECRET_READ_ACTIONS,
];

/** The action that hands a role to a service. */
export const PASS_ROLE_ACTION = "iam:PassRole";
