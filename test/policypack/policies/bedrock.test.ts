import * as assert from "node:assert/strict";
import type { ResourcePolicyDefinition, StackResource } from "../../../policypack/framework/types";
import { bedrockAgentEncryptedWithCmk as agentCmk } from "../../../policypack/policies/bedrock/bedrock-agent-encrypted-with-cmk";
import { bedrockAgentHasGuardrail as agentGuardrail } from "../../../policypack/policies/bedrock/bedrock-agent-has-guardrail";
import { bedrockAgentcoreCodeInterpreterNotPublic as interpreter } from "../../../policypack/policies/bedrock/bedrock-agentcore-code-interpreter-not-public";
import { bedrockAgentcoreGatewayRequiresAuthorization as gateway } from "../../../policypack/policies/bedrock/bedrock-agentcore-gateway-requires-authorization";
import { bedrockAgentcoreMemoryEncryptedWithCmk as memoryCmk } from "../../../policypack/policies/bedrock/bedrock-agentcore-memory-encrypted-with-cmk";
import { bedrockAgentcoreRuntimeInVpc as runtimeVpc } from "../../../policypack/policies/bedrock/bedrock-agentcore-runtime-in-vpc";
import { bedrockAgentcoreTokenVaultUsesCmk as tokenVault } from "../../../policypack/policies/bedrock/bedrock-agentcore-token-vault-uses-cmk";
import { bedrockCustomModelEncryptedWithCmk as modelCmk } from "../../../policypack/policies/bedrock/bedrock-custom-model-encrypted-with-cmk";
import { bedrockCustomModelJobInVpc as modelVpc } from "../../../policypack/policies/bedrock/bedrock-custom-model-job-in-vpc";
import { bedrockDataSourceDeletesVectors as deletesVectors } from "../../../policypack/policies/bedrock/bedrock-data-source-deletes-vectors";
import { bedrockDataSourceEncryptedWithCmk as dataSourceCmk } from "../../../policypack/policies/bedrock/bedrock-data-source-encrypted-with-cmk";
import { bedrockGuardrailBlocksPromptAttacks as promptAttacks } from "../../../policypack/policies/bedrock/bedrock-guardrail-blocks-prompt-attacks";
import { bedrockGuardrailEncryptedWithCmk as guardrailCmk } from "../../../policypack/policies/bedrock/bedrock-guardrail-encrypted-with-cmk";
import { bedrockGuardrailFiltersHarmfulContent as harmful } from "../../../policypack/policies/bedrock/bedrock-guardrail-filters-harmful-content";
import { bedrockGuardrailHandlesPii as pii } from "../../../policypack/policies/bedrock/bedrock-guardrail-handles-pii";
import { bedrockInvocationLoggingRecordsText as recordsText } from "../../../policypack/policies/bedrock/bedrock-invocation-logging-records-text";
import { bedrockKnowledgeBaseVectorStoreInAws as vectorStore } from "../../../policypack/policies/bedrock/bedrock-knowledge-base-vector-store-in-aws";
import { bedrockModelInvocationLoggingEnabled as invocationLogging } from "../../../policypack/policies/bedrock/bedrock-model-invocation-logging-enabled";
import { BEDROCK_POLICIES } from "../../../policypack/policies/bedrock";
import { field } from "../../../policypack/framework/values";
import { contextAt, resource, runThroughSdk, stackResource, UNKNOWN } from "../support";
import { KEY_ARN, UNKNOWN_BOOL } from "../fixtures/values";
import { assertExemptable } from "../fixtures/assertions";
import { aiGuardrail, stackRoot } from "../fixtures/ai-stack";
import { remediated, remediation } from "../fixtures/remediation";

const GUARDRAIL = "aws:bedrock/guardrail:Guardrail";
const AGENT = "aws:bedrock/agentAgent:AgentAgent";
const KNOWLEDGE_BASE = "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase";
const DATA_SOURCE = "aws:bedrock/agentDataSource:AgentDataSource";
const CUSTOM_MODEL = "aws:bedrock/customModel:CustomModel";
const LOGGING = "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration";
const GATEWAY = "aws:bedrock/agentcoreGateway:AgentcoreGateway";
const RUNTIME = "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime";
const INTERPRETER = "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter";
const MEMORY = "aws:bedrock/agentcoreMemory:AgentcoreMemory";
const TOKEN_VAULT = "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk";
const ctx3 = contextAt(3);

const filter = (
  type: string,
  inputStrength = "HIGH",
  outputStrength = "HIGH",
  extra: Record<string, unknown> = {},
) => ({ type, inputStrength, outputStrength, ...extra });
const HARMFUL = ["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT"].map((t) =>
  filter(t, "MEDIUM", "HIGH"),
);
const guardrail = (filters: unknown[], extra: Record<string, unknown> = {}) =>
  resource(GUARDRAIL, {
    name: "g",
    blockedInputMessaging: "no",
    blockedOutputsMessaging: "no",
    contentPolicyConfig: { filtersConfigs: filters },
    ...extra,
  });

describe("bedrock-guardrail-blocks-prompt-attacks", () => {
  const attack = (extra: Record<string, unknown> = {}) => filter("PROMPT_ATTACK", "HIGH", "NONE", extra);

  it("passes a guardrail with a HIGH prompt-attack filter on input", () => {
    assert.deepEqual(promptAttacks.check(guardrail([...HARMFUL, attack()]), ctx3), []);
  });

  it("fails a guardrail with no prompt-attack filter", () => {
    assert.deepEqual(promptAttacks.check(guardrail(HARMFUL), ctx3), [
      "The guardrail has no prompt-attack filter: add a contentPolicyConfig.filtersConfigs entry with type PROMPT_ATTACK, inputStrength HIGH and outputStrength NONE.",
    ]);
  });

  it("fails a guardrail with no content policy at all", () => {
    assert.equal(promptAttacks.check(resource(GUARDRAIL, { name: "g" }), ctx3).length, 1);
  });

  it("fails a prompt-attack filter below HIGH and names the strength", () => {
    assert.deepEqual(promptAttacks.check(guardrail([filter("PROMPT_ATTACK", "MEDIUM", "NONE")]), ctx3), [
      "The guardrail's PROMPT_ATTACK filter does not block prompt attacks at full strength: its inputStrength is MEDIUM (at least HIGH required); set inputStrength HIGH with input evaluation enabled and inputAction BLOCK.",
    ]);
  });

  it("fails a filter whose input evaluation is disabled, or that only detects", () => {
    assert.match(
      promptAttacks.check(guardrail([attack({ inputEnabled: false })]), ctx3)[0],
      /inputEnabled is false/,
    );
    assert.match(
      promptAttacks.check(guardrail([attack({ inputAction: "NONE" })]), ctx3)[0],
      /inputAction is NONE/,
    );
  });

  it("accepts the one-element-list form of contentPolicyConfig", () => {
    const r = resource(GUARDRAIL, { contentPolicyConfig: [{ filtersConfigs: [attack()] }] });
    assert.deepEqual(promptAttacks.check(r, ctx3), []);
  });

  it("decides from a known prompt-attack filter when another filter's type is unknown", () => {
    assert.deepEqual(promptAttacks.check(guardrail([filter(UNKNOWN), attack()]), ctx3), []);
  });

  it("lets an unknown reach the SDK when the answer depends on it", () => {
    assert.throws(
      () => promptAttacks.check(guardrail([filter(UNKNOWN)]), ctx3),
      /can't be known during preview/,
    );
    assert.throws(
      () => promptAttacks.check(guardrail([filter("PROMPT_ATTACK", UNKNOWN, "NONE")]), ctx3),
      /can't be known during preview/,
    );
  });

  it("remediates by adding the filter and keeping every other input", () => {
    const fixed = remediated(promptAttacks, guardrail(HARMFUL, { kmsKeyArn: UNKNOWN }), ctx3);
    assert.ok(fixed);
    assert.equal(fixed.kmsKeyArn, UNKNOWN);
    assert.deepEqual(field(fixed.contentPolicyConfig, "filtersConfigs"), [
      ...HARMFUL,
      { type: "PROMPT_ATTACK", inputStrength: "HIGH", outputStrength: "NONE" },
    ]);
    assert.deepEqual(promptAttacks.check(resource(GUARDRAIL, fixed), ctx3), []);
  });

  it("remediates a weak filter in place and keeps the list form", () => {
    const r = resource(GUARDRAIL, {
      contentPolicyConfig: [
        { filtersConfigs: [filter("PROMPT_ATTACK", "LOW", "NONE", { inputAction: "NONE" })] },
      ],
    });
    const fixed = remediated(promptAttacks, r, ctx3);
    assert.deepEqual(fixed?.contentPolicyConfig, [
      {
        filtersConfigs: [
          {
            type: "PROMPT_ATTACK",
            inputStrength: "HIGH",
            outputStrength: "NONE",
            inputAction: "BLOCK",
            inputEnabled: true,
          },
        ],
      },
    ]);
  });

  it("does not remediate a compliant guardrail, and cannot run while its filters are unknown", () => {
    assert.equal(remediated(promptAttacks, guardrail([attack()]), ctx3), undefined);
    assert.equal(remediation(promptAttacks, guardrail([filter(UNKNOWN)]), ctx3).kind, "unknown");
  });
});

describe("bedrock-guardrail-filters-harmful-content", () => {
  it("passes a guardrail filtering all five categories at MEDIUM or above", () => {
    assert.deepEqual(harmful.check(guardrail(HARMFUL), ctx3), []);
  });

  it("fails missing categories in one message", () => {
    assert.deepEqual(harmful.check(guardrail(HARMFUL.slice(0, 3)), ctx3), [
      "The guardrail does not filter VIOLENCE, MISCONDUCT: add contentPolicyConfig.filtersConfigs entries for them with inputStrength and outputStrength MEDIUM or HIGH.",
    ]);
  });

  it("fails a weak, disabled or detect-only category and says why", () => {
    const filters = [...HARMFUL.slice(1), filter("HATE", "LOW", "MEDIUM", { outputEnabled: false })];
    assert.deepEqual(harmful.check(guardrail(filters), ctx3), [
      "The guardrail's HATE filter is too weak: inputStrength is LOW (at least MEDIUM required); outputEnabled is false.",
    ]);
    const detectOnly = [...HARMFUL.slice(1), filter("HATE", "HIGH", "HIGH", { outputAction: "NONE" })];
    assert.match(harmful.check(guardrail(detectOnly), ctx3)[0], /outputAction is NONE/);
  });

  it("fails a guardrail with no content filters", () => {
    assert.equal(harmful.check(resource(GUARDRAIL, {}), ctx3).length, 1);
  });

  it("lets an unknown strength reach the SDK", () => {
    const filters = [...HARMFUL.slice(1), filter("HATE", UNKNOWN, "HIGH")];
    assert.throws(() => harmful.check(guardrail(filters), ctx3), /can't be known during preview/);
  });
});

describe("bedrock-guardrail-handles-pii", () => {
  const withPii = (entities: unknown) =>
    resource(GUARDRAIL, { sensitiveInformationPolicyConfig: { piiEntitiesConfigs: entities } });

  it("passes a guardrail that anonymizes a PII type", () => {
    assert.deepEqual(pii.check(withPii([{ type: "EMAIL", action: "ANONYMIZE" }]), ctx3), []);
  });

  it("passes an entity that only blocks in one direction", () => {
    assert.deepEqual(pii.check(withPii([{ type: "NAME", action: "NONE", outputAction: "BLOCK" }]), ctx3), []);
  });

  it("fails a guardrail with no PII entities", () => {
    assert.deepEqual(pii.check(resource(GUARDRAIL, {}), ctx3), [
      "The guardrail does not handle personal data: add sensitiveInformationPolicyConfig.piiEntitiesConfigs entries (for example EMAIL, PHONE, NAME, US_SOCIAL_SECURITY_NUMBER) with action BLOCK or ANONYMIZE.",
    ]);
  });

  it("fails entities that only detect or are switched off", () => {
    const entities = [
      { type: "EMAIL", action: "NONE" },
      { type: "PHONE", action: "BLOCK", inputEnabled: false, outputEnabled: false },
    ];
    assert.match(
      pii.check(withPii(entities), ctx3)[0],
      /^No PII entity of the guardrail blocks or anonymizes anything/,
    );
  });

  it("decides from a known acting entity when another is unknown, and defers when all are", () => {
    assert.deepEqual(
      pii.check(
        withPii([
          { type: "EMAIL", action: UNKNOWN },
          { type: "NAME", action: "BLOCK" },
        ]),
        ctx3,
      ),
      [],
    );
    assert.throws(
      () => pii.check(withPii([{ type: "EMAIL", action: UNKNOWN }]), ctx3),
      /can't be known during preview/,
    );
  });
});

/** The four "a customer-managed key is named" policies share one shape of tests. */
const CMK_CASES: readonly {
  def: ResourcePolicyDefinition;
  type: string;
  compliant: Record<string, unknown>;
  unknown: Record<string, unknown>;
  message: string;
}[] = [
  {
    def: guardrailCmk,
    type: GUARDRAIL,
    compliant: { kmsKeyArn: KEY_ARN },
    unknown: { kmsKeyArn: UNKNOWN },
    message: "The guardrail is encrypted with an AWS-owned key: set kmsKeyArn to a customer-managed KMS key.",
  },
  {
    def: agentCmk,
    type: AGENT,
    compliant: { customerEncryptionKeyArn: KEY_ARN },
    unknown: { customerEncryptionKeyArn: UNKNOWN },
    message:
      "The agent is encrypted with an AWS-owned key: set customerEncryptionKeyArn to a customer-managed KMS key.",
  },
  {
    def: dataSourceCmk,
    type: DATA_SOURCE,
    compliant: { serverSideEncryptionConfiguration: { kmsKeyArn: KEY_ARN } },
    unknown: { serverSideEncryptionConfiguration: [{ kmsKeyArn: UNKNOWN }] },
    message:
      "The data source encrypts ingested data with an AWS-owned key: set serverSideEncryptionConfiguration.kmsKeyArn to a customer-managed KMS key.",
  },
  {
    def: modelCmk,
    type: CUSTOM_MODEL,
    compliant: { customModelKmsKeyId: KEY_ARN },
    unknown: { customModelKmsKeyId: UNKNOWN },
    message:
      "The custom model is encrypted with an AWS-owned key: set customModelKmsKeyId to a customer-managed KMS key.",
  },
  {
    def: memoryCmk,
    type: MEMORY,
    compliant: { encryptionKeyArn: KEY_ARN, eventExpiryDuration: 30 },
    unknown: { encryptionKeyArn: UNKNOWN, eventExpiryDuration: 30 },
    message:
      "The AgentCore memory is encrypted with an AWS-managed key: set encryptionKeyArn to a customer-managed KMS key.",
  },
];

for (const c of CMK_CASES) {
  describe(c.def.name, () => {
    it("passes a resource that names a customer-managed key", () => {
      assert.deepEqual(c.def.check(resource(c.type, c.compliant), contextAt(1)), []);
    });

    it("fails a resource that names no key (AWS's default key)", () => {
      assert.deepEqual(c.def.check(resource(c.type, {}), contextAt(1)), [c.message]);
    });

    it("fails an empty key reference", () => {
      const empty = JSON.parse(JSON.stringify(c.compliant).replace(KEY_ARN, ""));
      assert.equal(c.def.check(resource(c.type, empty), contextAt(1)).length, 1);
    });

    it("counts a key ARN that is unknown during preview as a key", () => {
      assert.deepEqual(c.def.check(resource(c.type, c.unknown), contextAt(1)), []);
    });
  });
}

describe("bedrock-agent-has-guardrail", () => {
  const agent = (configurations?: unknown) =>
    resource(AGENT, { agentName: "a", foundationModel: "m", guardrailConfigurations: configurations });

  it("passes an agent with a guardrail whose id and version are unknown during preview", () => {
    assert.deepEqual(
      agentGuardrail.check(agent([{ guardrailIdentifier: UNKNOWN, guardrailVersion: UNKNOWN }]), ctx3),
      [],
    );
  });

  it("fails an agent with no guardrail", () => {
    assert.deepEqual(agentGuardrail.check(agent(), ctx3), [
      "The agent has no guardrail: add guardrailConfigurations with the guardrailIdentifier and guardrailVersion of an aws.bedrock.Guardrail.",
    ]);
  });

  it("fails a guardrail configuration without a version, or with an empty identifier", () => {
    assert.equal(agentGuardrail.check(agent([{ guardrailIdentifier: "gr-1" }]), ctx3).length, 1);
    assert.equal(
      agentGuardrail.check(agent([{ guardrailIdentifier: "", guardrailVersion: "1" }]), ctx3).length,
      1,
    );
  });
});

describe("bedrock-knowledge-base-vector-store-in-aws", () => {
  const kb = (storageConfiguration?: unknown) =>
    resource(KNOWLEDGE_BASE, { roleArn: UNKNOWN, storageConfiguration });

  it("passes AWS-hosted vector stores and knowledge bases without one", () => {
    for (const type of ["OPENSEARCH_SERVERLESS", "RDS", "S3_VECTORS", "NEPTUNE_ANALYTICS"]) {
      assert.deepEqual(
        vectorStore.check(kb({ type, opensearchServerlessConfiguration: { collectionArn: UNKNOWN } }), ctx3),
        [],
      );
    }
    assert.deepEqual(vectorStore.check(kb(), ctx3), []);
  });

  it("flags a third-party vector store and names it", () => {
    assert.deepEqual(vectorStore.check(kb({ type: "PINECONE" }), ctx3), [
      "The knowledge base stores its embeddings in Pinecone, outside the AWS account: use an AWS-hosted store (OPENSEARCH_SERVERLESS, RDS, S3_VECTORS, NEPTUNE_ANALYTICS or OPENSEARCH_MANAGED_CLUSTER), or record the vendor review in an exemption.",
    ]);
    assert.match(vectorStore.check(kb([{ type: "MONGO_DB_ATLAS" }]), ctx3)[0], /MongoDB Atlas/);
    assert.match(
      vectorStore.check(kb({ type: "REDIS_ENTERPRISE_CLOUD" }), ctx3)[0],
      /Redis Enterprise Cloud/,
    );
  });

  it("decides from the store type although the store's ARNs are unknown, and defers an unknown type", () => {
    assert.deepEqual(
      vectorStore.check(
        kb({ type: "RDS", rdsConfiguration: { resourceArn: UNKNOWN, credentialsSecretArn: UNKNOWN } }),
        ctx3,
      ),
      [],
    );
    assert.throws(() => vectorStore.check(kb({ type: UNKNOWN }), ctx3), /can't be known during preview/);
  });
});

describe("bedrock-data-source-deletes-vectors", () => {
  it("passes the default (omitted) and DELETE", () => {
    assert.deepEqual(deletesVectors.check(resource(DATA_SOURCE, { knowledgeBaseId: UNKNOWN }), ctx3), []);
    assert.deepEqual(deletesVectors.check(resource(DATA_SOURCE, { dataDeletionPolicy: "DELETE" }), ctx3), []);
  });

  it("fails RETAIN", () => {
    assert.deepEqual(deletesVectors.check(resource(DATA_SOURCE, { dataDeletionPolicy: "RETAIN" }), ctx3), [
      'The data source keeps its vectors after it is deleted (dataDeletionPolicy "RETAIN"): set dataDeletionPolicy to "DELETE" or remove it.',
    ]);
  });

  it("lets an unknown deletion policy reach the SDK", () => {
    assert.throws(
      () => deletesVectors.check(resource(DATA_SOURCE, { dataDeletionPolicy: UNKNOWN }), ctx3),
      /can't be known during preview/,
    );
  });
});

describe("bedrock-custom-model-job-in-vpc", () => {
  const ctx4 = contextAt(4);
  const model = (vpcConfig?: unknown) =>
    resource(CUSTOM_MODEL, { customModelName: "m", baseModelIdentifier: "b", vpcConfig });

  it("passes a job in the VPC whose subnet and group ids are unknown during preview", () => {
    assert.deepEqual(
      modelVpc.check(model({ subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] }), ctx4),
      [],
    );
    assert.deepEqual(modelVpc.check(model({ subnetIds: UNKNOWN, securityGroupIds: ["sg-1"] }), ctx4), []);
  });

  it("fails a job outside any VPC", () => {
    assert.deepEqual(modelVpc.check(model(), ctx4), [
      "The customization job does not run in a VPC: set vpcConfig with the private subnetIds and securityGroupIds of the training network.",
    ]);
  });

  it("fails a VPC config missing security groups", () => {
    assert.deepEqual(modelVpc.check(model({ subnetIds: ["subnet-1"], securityGroupIds: [] }), ctx4), [
      "The customization job's vpcConfig has no securityGroupIds: list at least one.",
    ]);
  });
});

describe("bedrock-invocation-logging-records-text", () => {
  const config = (loggingConfig: unknown) => resource(LOGGING, { loggingConfig });

  it("passes text delivered to CloudWatch (default flag) or S3, with unknown destinations", () => {
    assert.deepEqual(
      recordsText.check(config({ cloudwatchConfig: { logGroupName: UNKNOWN, roleArn: UNKNOWN } }), ctx3),
      [],
    );
    assert.deepEqual(
      recordsText.check(config({ textDataDeliveryEnabled: true, s3Config: [{ bucketName: "logs" }] }), ctx3),
      [],
    );
    assert.deepEqual(recordsText.check(config({ s3Config: UNKNOWN }), ctx3), []);
  });

  it("fails text delivery switched off", () => {
    assert.deepEqual(
      recordsText.check(config({ textDataDeliveryEnabled: false, s3Config: { bucketName: "logs" } }), ctx3),
      [
        "Model invocation logging leaves out prompt and completion text: set loggingConfig.textDataDeliveryEnabled to true.",
      ],
    );
  });

  it("fails a configuration with no destination", () => {
    assert.deepEqual(recordsText.check(config({ embeddingDataDeliveryEnabled: false }), ctx3), [
      "Model invocation logging has no destination: set loggingConfig.cloudwatchConfig.logGroupName or loggingConfig.s3Config.bucketName.",
    ]);
  });

  it("lets an unknown text flag reach the SDK", () => {
    assert.throws(
      () =>
        recordsText.check(
          config({ textDataDeliveryEnabled: UNKNOWN_BOOL, s3Config: { bucketName: "b" } }),
          ctx3,
        ),
      /can't be known/,
    );
  });

  it("remediates by turning text delivery on, keeping the rest", () => {
    const fixed = remediated(
      recordsText,
      config({ textDataDeliveryEnabled: false, s3Config: { bucketName: "b" } }),
      ctx3,
    );
    assert.deepEqual(fixed, {
      loggingConfig: { textDataDeliveryEnabled: true, s3Config: { bucketName: "b" } },
    });
    assert.equal(remediated(recordsText, config({ s3Config: { bucketName: "b" } }), ctx3), undefined);
    assert.equal(
      remediation(recordsText, config({ textDataDeliveryEnabled: UNKNOWN_BOOL }), ctx3).kind,
      "unknown",
    );
  });
});

describe("bedrock-model-invocation-logging-enabled", () => {
  const loggingConfig = (loggingConfig: unknown, dependsOn: Record<string, StackResource[]> = {}) =>
    stackResource(LOGGING, "invocations", { loggingConfig }, dependsOn);
  const rolePolicy = (actions: string | string[], name = "invoke") =>
    stackResource("aws:iam/rolePolicy:RolePolicy", name, {
      role: UNKNOWN,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }],
      }),
    });

  it("passes a Bedrock stack that logs text to CloudWatch", () => {
    const group = stackResource("aws:cloudwatch/logGroup:LogGroup", "prompts", { name: UNKNOWN });
    const config = loggingConfig({ cloudwatchConfig: { logGroupName: UNKNOWN } }, { loggingConfig: [group] });
    assert.deepEqual(invocationLogging.check([stackRoot(), aiGuardrail(), group, config], ctx3), []);
  });

  it("is silent for a stack that does not use Bedrock", () => {
    assert.deepEqual(
      invocationLogging.check([stackRoot(), stackResource("aws:s3/bucket:Bucket", "b", {})], ctx3),
      [],
    );
  });

  it("fails a Bedrock stack with no logging configuration, on the stack resource", () => {
    const s = stackRoot();
    assert.deepEqual(invocationLogging.check([s, aiGuardrail()], ctx3), [
      {
        urn: s.urn,
        message:
          'The stack uses Bedrock models ("gr", aws:bedrock/guardrail:Guardrail) but does not record model invocations: it has no aws.bedrockmodel.InvocationLoggingConfiguration. Add an InvocationLoggingConfiguration with textDataDeliveryEnabled true and a cloudwatchConfig or s3Config; if another stack owns this region\'s configuration, exempt this stack.',
      },
    ]);
  });

  it("counts IAM grants of bedrock:InvokeModel as using Bedrock, but not an admin's '*'", () => {
    assert.equal(invocationLogging.check([rolePolicy("bedrock:InvokeModel")], ctx3).length, 1);
    assert.equal(invocationLogging.check([rolePolicy(["s3:GetObject", "bedrock:Invoke*"])], ctx3).length, 1);
    assert.deepEqual(invocationLogging.check([rolePolicy("*")], ctx3), []);
    assert.deepEqual(invocationLogging.check([rolePolicy("bedrock:ListFoundationModels")], ctx3), []);
    const attachment = stackResource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "att", {
      role: UNKNOWN,
      policyArn: "arn:aws:iam::aws:policy/AmazonBedrockFullAccess",
    });
    assert.equal(invocationLogging.check([attachment], ctx3).length, 1);
  });

  it("decides from the known actions of a document whose model ARNs are unknown during preview", () => {
    const policy = stackResource("aws:iam/policy:Policy", "invoke", {
      policy: {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "bedrock:InvokeModel", Resource: [UNKNOWN] }],
      },
    });
    assert.equal(invocationLogging.check([policy], ctx3).length, 1);
    const role = stackResource("aws:iam/role:Role", "r", {
      inlinePolicies: [
        {
          name: "i",
          policy: { Statement: [{ Effect: "Allow", Action: ["bedrock:Invoke*"], Resource: UNKNOWN }] },
        },
      ],
      managedPolicyArns: [UNKNOWN],
    });
    assert.equal(invocationLogging.check([role], ctx3).length, 1);
  });

  it("reports the trigger itself when there is no stack resource", () => {
    const policy = rolePolicy("bedrock:InvokeModelWithResponseStream");
    assert.deepEqual(
      invocationLogging.check([policy], ctx3).map((v) => v.urn),
      [policy.urn],
    );
  });

  it("fails a configuration that drops text or has no destination, and says which", () => {
    const off = invocationLogging.check(
      [aiGuardrail(), loggingConfig({ textDataDeliveryEnabled: false, s3Config: { bucketName: "b" } })],
      ctx3,
    );
    assert.match(off[0].message, /textDataDeliveryEnabled false/);
    const nowhere = invocationLogging.check([aiGuardrail(), loggingConfig({})], ctx3);
    assert.match(nowhere[0].message, /delivers to neither CloudWatch Logs nor S3/);
  });

  it("leaves flags, documents and blocks computed from other resources to the update run", () => {
    const flag = stackResource("aws:ssm/parameter:Parameter", "flag", { value: UNKNOWN });
    assert.deepEqual(
      invocationLogging.check(
        [
          aiGuardrail(),
          flag,
          loggingConfig({ textDataDeliveryEnabled: UNKNOWN_BOOL }, { loggingConfig: [flag] }),
        ],
        ctx3,
      ),
      [],
    );
    assert.deepEqual(
      invocationLogging.check([aiGuardrail(), flag, loggingConfig(UNKNOWN, { loggingConfig: [flag] })], ctx3),
      [],
    );
    const unknownPolicy = stackResource("aws:iam/policy:Policy", "p", { policy: UNKNOWN });
    assert.deepEqual(invocationLogging.check([unknownPolicy], ctx3), []);
  });

  it("treats delivery flags only the provider computes as unset during preview (AWS delivers text)", () => {
    const [violation] = invocationLogging.check(
      [aiGuardrail(), loggingConfig({ textDataDeliveryEnabled: UNKNOWN_BOOL })],
      ctx3,
    );
    assert.match(violation.message, /delivers to neither CloudWatch Logs nor S3/);
    assert.deepEqual(
      invocationLogging.check(
        [
          aiGuardrail(),
          loggingConfig({ textDataDeliveryEnabled: UNKNOWN_BOOL, cloudwatchConfig: { logGroupName: "g" } }),
        ],
        ctx3,
      ),
      [],
    );
  });
});

describe("bedrock-agentcore-gateway-requires-authorization", () => {
  const gw = (authorizerType: unknown) =>
    resource(GATEWAY, { name: "gw", roleArn: UNKNOWN, protocolType: "MCP", authorizerType });

  it("passes CUSTOM_JWT and AWS_IAM gateways", () => {
    assert.deepEqual(gateway.check(gw("CUSTOM_JWT"), ctx3), []);
    assert.deepEqual(gateway.check(gw("AWS_IAM"), ctx3), []);
  });

  it("fails a gateway open to anyone", () => {
    assert.deepEqual(gateway.check(gw("NONE"), ctx3), [
      'The AgentCore gateway accepts unauthenticated calls (authorizerType "NONE"): set authorizerType to "CUSTOM_JWT" with authorizerConfiguration.customJwtAuthorizer, or "AWS_IAM".',
    ]);
  });

  it("fails a gateway that declares no authorizer", () => {
    assert.match(gateway.check(gw(undefined), ctx3)[0], /sets no authorizerType/);
  });

  it("decides although the role is unknown, and lets an unknown authorizer type reach the SDK", () => {
    assert.throws(() => gateway.check(gw(UNKNOWN), ctx3), /can't be known during preview/);
  });
});

describe("bedrock-agentcore-code-interpreter-not-public", () => {
  const ci = (networkConfiguration: unknown) => resource(INTERPRETER, { name: "ci", networkConfiguration });

  it("passes SANDBOX and VPC modes", () => {
    assert.deepEqual(interpreter.check(ci({ networkMode: "SANDBOX" }), ctx3), []);
    assert.deepEqual(
      interpreter.check(
        ci({ networkMode: "VPC", vpcConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } }),
        ctx3,
      ),
      [],
    );
  });

  it("fails PUBLIC mode", () => {
    assert.deepEqual(interpreter.check(ci({ networkMode: "PUBLIC" }), ctx3), [
      'The AgentCore code interpreter runs model-written code with open internet access (networkMode PUBLIC): set networkConfiguration.networkMode to "SANDBOX", or "VPC" with vpcConfig.',
    ]);
  });

  it("fails a missing network configuration", () => {
    assert.match(interpreter.check(ci(undefined), ctx3)[0], /no declared network mode/);
  });

  it("lets an unknown mode reach the SDK", () => {
    assert.throws(
      () => interpreter.check(ci({ networkMode: UNKNOWN }), ctx3),
      /can't be known during preview/,
    );
  });
});

describe("bedrock-agentcore-runtime-in-vpc", () => {
  const rt = (networkConfiguration: unknown) =>
    resource(RUNTIME, { agentRuntimeName: "rt", roleArn: UNKNOWN, networkConfiguration });

  it("passes VPC mode with subnets unknown during preview", () => {
    assert.deepEqual(
      runtimeVpc.check(
        rt({ networkMode: "VPC", networkModeConfig: { subnets: [UNKNOWN], securityGroups: [UNKNOWN] } }),
        contextAt(5),
      ),
      [],
    );
  });

  it("fails PUBLIC mode", () => {
    assert.deepEqual(runtimeVpc.check(rt({ networkMode: "PUBLIC" }), contextAt(5)), [
      'The AgentCore runtime runs in PUBLIC network mode: set networkConfiguration.networkMode to "VPC" with networkModeConfig private subnets and securityGroups, so the agent reaches tools and data only through your network.',
    ]);
    assert.match(runtimeVpc.check(rt([]), contextAt(5))[0], /no declared network mode/);
  });

  it("lets an unknown mode reach the SDK", () => {
    assert.throws(
      () => runtimeVpc.check(rt({ networkMode: UNKNOWN }), contextAt(5)),
      /can't be known during preview/,
    );
  });

  it("applies from scope 3, in a stack that implies it, and honours an exemption", () => {
    const subject = rt({ networkMode: "PUBLIC" });
    assert.deepEqual(runThroughSdk(runtimeVpc, { resource: subject, settings: { scope: 2 } }), []);
    for (const scope of [3, 4]) {
      assert.equal(
        runThroughSdk(runtimeVpc, { resource: subject, settings: { scope } }).length,
        1,
        `scope ${scope}`,
      );
    }
    assert.equal(
      runThroughSdk(runtimeVpc, { resource: subject }).length,
      1,
      "a bare runtime implies scope 3",
    );
    assertExemptable(runtimeVpc, { resource: subject }, subject.name, { scope: 3 });
  });
});

describe("bedrock-agentcore-token-vault-uses-cmk", () => {
  const vault = (kmsConfiguration: unknown) => resource(TOKEN_VAULT, { kmsConfiguration });

  it("passes a customer-managed key whose ARN is unknown during preview", () => {
    assert.deepEqual(
      tokenVault.check(vault({ keyType: "CustomerManagedKey", kmsKeyArn: UNKNOWN }), contextAt(1)),
      [],
    );
  });

  it("fails the service-managed key", () => {
    assert.deepEqual(tokenVault.check(vault({ keyType: "ServiceManagedKey" }), contextAt(1)), [
      'The AgentCore token vault uses a service-managed key: set kmsConfiguration.keyType to "CustomerManagedKey" and kmsKeyArn to your key.',
    ]);
  });

  it("fails a customer-managed key type that names no key", () => {
    assert.deepEqual(tokenVault.check(vault({ keyType: "CustomerManagedKey" }), contextAt(1)), [
      "The AgentCore token vault is set to a customer-managed key but names none: set kmsConfiguration.kmsKeyArn.",
    ]);
  });

  it("lets an unknown key type reach the SDK", () => {
    assert.throws(
      () => tokenVault.check(vault({ keyType: UNKNOWN }), contextAt(1)),
      /can't be known during preview/,
    );
  });
});

describe("bedrock policy metadata", () => {
  it("every policy is in the domain index once, with complete mappings", () => {
    const names = BEDROCK_POLICIES.map((p) => p.name);
    assert.equal(new Set(names).size, names.length);
    for (const p of BEDROCK_POLICIES) {
      assert.match(p.name, /^bedrock-[a-z0-9-]+$/);
      assert.ok(
        p.mappings.nistCsf.length > 0 && p.mappings.cisaNcsc.length > 0 && p.mappings.seedItems.length > 0,
        p.name,
      );
      assert.equal(
        p.enforcementLevel === "remediate",
        p.kind === "resource" && p.remediate !== undefined,
        p.name,
      );
    }
  });
});
