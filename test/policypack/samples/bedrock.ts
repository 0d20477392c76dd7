import { AwsType, PulumiType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

const filter = (type: string, inputStrength = "HIGH", outputStrength = "HIGH") => ({
  type,
  inputStrength,
  outputStrength,
});
const HARMFUL = ["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT"].map((t) =>
  filter(t, "MEDIUM", "HIGH"),
);
const PROMPT_ATTACK = filter("PROMPT_ATTACK", "HIGH", "NONE");
const guardrail = (filters: unknown[]) => ({
  name: "g",
  blockedInputMessaging: "no",
  blockedOutputsMessaging: "no",
  contentPolicyConfig: { filtersConfigs: filters },
});
const agent = (extra: Record<string, unknown> = {}) => ({ agentName: "a", foundationModel: "m", ...extra });
const customModel = (extra: Record<string, unknown> = {}) => ({
  customModelName: "m",
  baseModelIdentifier: "b",
  ...extra,
});
const root = r(PulumiType.Stack, "proj-dev", {});
const aiGuardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
const promptLogs = r(AwsType.cloudwatch.LogGroup, "prompts", { name: UNKNOWN });

/** Props every Bedrock policy must survive, on top of the shared malformed set. */
const BEDROCK_ODD_PROPS = [
  {
    contentPolicyConfig: "x",
    sensitiveInformationPolicyConfig: [null],
    guardrailConfigurations: "g",
    vpcConfig: 3,
  },
  {
    contentPolicyConfig: { filtersConfigs: [null, 7, { type: 5 }] },
    sensitiveInformationPolicyConfig: { piiEntitiesConfigs: [{}, "x"] },
  },
  {
    networkConfiguration: [],
    kmsConfiguration: "k",
    storageConfiguration: { type: 9 },
    loggingConfig: [7],
    serverSideEncryptionConfiguration: "s",
  },
  {
    authorizerType: 3,
    dataDeletionPolicy: {},
    customModelKmsKeyId: [],
    encryptionKeyArn: {},
    kmsKeyArn: false,
  },
];

/** Samples of the Bedrock policies: guardrails, agents, knowledge bases, custom models, logging and AgentCore. */
export const BEDROCK_SAMPLES: DomainSamples = withOddProps(
  {
    "bedrock-guardrail-blocks-prompt-attacks": resourceSample(
      AwsType.bedrock.Guardrail,
      guardrail(HARMFUL),
      guardrail([...HARMFUL, PROMPT_ATTACK]),
      "The guardrail has no prompt-attack filter: add a contentPolicyConfig.filtersConfigs entry with type PROMPT_ATTACK, inputStrength HIGH and outputStrength NONE.",
    ),
    "bedrock-guardrail-filters-harmful-content": resourceSample(
      AwsType.bedrock.Guardrail,
      guardrail([...HARMFUL.slice(0, 3), PROMPT_ATTACK]),
      guardrail([...HARMFUL, PROMPT_ATTACK]),
      "The guardrail does not filter VIOLENCE, MISCONDUCT: add contentPolicyConfig.filtersConfigs entries for them with inputStrength and outputStrength MEDIUM or HIGH.",
    ),
    "bedrock-guardrail-handles-pii": resourceSample(
      AwsType.bedrock.Guardrail,
      guardrail(HARMFUL),
      {
        ...guardrail(HARMFUL),
        sensitiveInformationPolicyConfig: { piiEntitiesConfigs: [{ type: "EMAIL", action: "ANONYMIZE" }] },
      },
      "The guardrail does not handle personal data: add sensitiveInformationPolicyConfig.piiEntitiesConfigs entries (for example EMAIL, PHONE, NAME, US_SOCIAL_SECURITY_NUMBER) with action BLOCK or ANONYMIZE.",
    ),
    "bedrock-guardrail-encrypted-with-cmk": resourceSample(
      AwsType.bedrock.Guardrail,
      guardrail(HARMFUL),
      { ...guardrail(HARMFUL), kmsKeyArn: KEY_ARN },
      "The guardrail is encrypted with an AWS-owned key: set kmsKeyArn to a customer-managed KMS key.",
    ),
    "bedrock-agent-has-guardrail": resourceSample(
      AwsType.bedrock.AgentAgent,
      agent(),
      agent({ guardrailConfigurations: [{ guardrailIdentifier: UNKNOWN, guardrailVersion: UNKNOWN }] }),
      "The agent has no guardrail: add guardrailConfigurations with the guardrailIdentifier and guardrailVersion of an aws.bedrock.Guardrail.",
    ),
    "bedrock-agent-encrypted-with-cmk": resourceSample(
      AwsType.bedrock.AgentAgent,
      agent(),
      agent({ customerEncryptionKeyArn: KEY_ARN }),
      "The agent is encrypted with an AWS-owned key: set customerEncryptionKeyArn to a customer-managed KMS key.",
    ),
    "bedrock-knowledge-base-vector-store-in-aws": resourceSample(
      AwsType.bedrock.AgentKnowledgeBase,
      { roleArn: UNKNOWN, storageConfiguration: { type: "PINECONE" } },
      {
        roleArn: UNKNOWN,
        storageConfiguration: {
          type: "OPENSEARCH_SERVERLESS",
          opensearchServerlessConfiguration: { collectionArn: UNKNOWN },
        },
      },
      "The knowledge base stores its embeddings in Pinecone, outside the AWS account: use an AWS-hosted store (OPENSEARCH_SERVERLESS, RDS, S3_VECTORS, NEPTUNE_ANALYTICS or OPENSEARCH_MANAGED_CLUSTER), or record the vendor review in an exemption.",
    ),
    "bedrock-data-source-encrypted-with-cmk": resourceSample(
      AwsType.bedrock.AgentDataSource,
      { knowledgeBaseId: UNKNOWN },
      { knowledgeBaseId: UNKNOWN, serverSideEncryptionConfiguration: { kmsKeyArn: KEY_ARN } },
      "The data source encrypts ingested data with an AWS-owned key: set serverSideEncryptionConfiguration.kmsKeyArn to a customer-managed KMS key.",
    ),
    "bedrock-data-source-deletes-vectors": resourceSample(
      AwsType.bedrock.AgentDataSource,
      { knowledgeBaseId: UNKNOWN, dataDeletionPolicy: "RETAIN" },
      { knowledgeBaseId: UNKNOWN, dataDeletionPolicy: "DELETE" },
      'The data source keeps its vectors after it is deleted (dataDeletionPolicy "RETAIN"): set dataDeletionPolicy to "DELETE" or remove it.',
    ),
    "bedrock-custom-model-encrypted-with-cmk": resourceSample(
      AwsType.bedrock.CustomModel,
      customModel(),
      customModel({ customModelKmsKeyId: KEY_ARN }),
      "The custom model is encrypted with an AWS-owned key: set customModelKmsKeyId to a customer-managed KMS key.",
    ),
    "bedrock-custom-model-job-in-vpc": resourceSample(
      AwsType.bedrock.CustomModel,
      customModel(),
      customModel({ vpcConfig: { subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] } }),
      "The customization job does not run in a VPC: set vpcConfig with the private subnetIds and securityGroupIds of the training network.",
    ),
    "bedrock-model-invocation-logging-enabled": stackSample({
      failing: [root, aiGuardrail],
      passing: [
        root,
        aiGuardrail,
        promptLogs,
        r(
          AwsType.bedrockmodel.InvocationLoggingConfiguration,
          "invocations",
          { loggingConfig: { cloudwatchConfig: { logGroupName: UNKNOWN } } },
          { dependsOn: { loggingConfig: ["prompts"] } },
        ),
      ],
      subject: "proj-dev",
      // The check also reads IAM grants and logging configurations, whatever their shape.
      oddResources: [
        r(AwsType.iam.Role, "odd-role", {}),
        r(AwsType.iam.Policy, "odd-policy", {}),
        r(AwsType.bedrockmodel.InvocationLoggingConfiguration, "odd-logging", {}),
      ],
      message:
        'The stack uses Bedrock models ("gr", aws:bedrock/guardrail:Guardrail) but does not record model invocations: it has no aws.bedrockmodel.InvocationLoggingConfiguration. Add an InvocationLoggingConfiguration with textDataDeliveryEnabled true and a cloudwatchConfig or s3Config; if another stack owns this region\'s configuration, exempt this stack.',
    }),
    "bedrock-invocation-logging-records-text": resourceSample(
      AwsType.bedrockmodel.InvocationLoggingConfiguration,
      { loggingConfig: { textDataDeliveryEnabled: false, s3Config: { bucketName: "logs" } } },
      { loggingConfig: { textDataDeliveryEnabled: true, s3Config: { bucketName: "logs" } } },
      "Model invocation logging leaves out prompt and completion text: set loggingConfig.textDataDeliveryEnabled to true.",
    ),
    "bedrock-agentcore-gateway-requires-authorization": resourceSample(
      AwsType.bedrock.AgentcoreGateway,
      { name: "gw", roleArn: UNKNOWN, protocolType: "MCP", authorizerType: "NONE" },
      { name: "gw", roleArn: UNKNOWN, protocolType: "MCP", authorizerType: "AWS_IAM" },
      'The AgentCore gateway accepts unauthenticated calls (authorizerType "NONE"): set authorizerType to "CUSTOM_JWT" with authorizerConfiguration.customJwtAuthorizer, or "AWS_IAM".',
    ),
    "bedrock-agentcore-code-interpreter-not-public": resourceSample(
      AwsType.bedrock.AgentcoreCodeInterpreter,
      { name: "ci", networkConfiguration: { networkMode: "PUBLIC" } },
      { name: "ci", networkConfiguration: { networkMode: "SANDBOX" } },
      'The AgentCore code interpreter runs model-written code with open internet access (networkMode PUBLIC): set networkConfiguration.networkMode to "SANDBOX", or "VPC" with vpcConfig.',
    ),
    "bedrock-agentcore-runtime-in-vpc": resourceSample(
      AwsType.bedrock.AgentcoreAgentRuntime,
      { agentRuntimeName: "rt", roleArn: UNKNOWN, networkConfiguration: { networkMode: "PUBLIC" } },
      {
        agentRuntimeName: "rt",
        roleArn: UNKNOWN,
        networkConfiguration: {
          networkMode: "VPC",
          networkModeConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] },
        },
      },
      'The AgentCore runtime runs in PUBLIC network mode: set networkConfiguration.networkMode to "VPC" with networkModeConfig private subnets and securityGroups, so the agent reaches tools and data only through your network.',
    ),
    "bedrock-agentcore-memory-encrypted-with-cmk": resourceSample(
      AwsType.bedrock.AgentcoreMemory,
      { eventExpiryDuration: 30 },
      { encryptionKeyArn: KEY_ARN, eventExpiryDuration: 30 },
      "The AgentCore memory is encrypted with an AWS-managed key: set encryptionKeyArn to a customer-managed KMS key.",
    ),
    "bedrock-agentcore-token-vault-uses-cmk": resourceSample(
      AwsType.bedrock.AgentcoreTokenVaultCmk,
      { kmsConfiguration: { keyType: "ServiceManagedKey" } },
      { kmsConfiguration: { keyType: "CustomerManagedKey", kmsKeyArn: UNKNOWN } },
      'The AgentCore token vault uses a service-managed key: set kmsConfiguration.keyType to "CustomerManagedKey" and kmsKeyArn to your key.',
    ),
  },
  BEDROCK_ODD_PROPS,
);
