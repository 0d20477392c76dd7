import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { KNOWLEDGE_BASE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Vector stores Bedrock supports that are run by a third party outside the AWS account. */
const THIRD_PARTY_STORES: Readonly<Record<string, string>> = {
  PINECONE: "Pinecone",
  REDIS_ENTERPRISE_CLOUD: "Redis Enterprise Cloud",
  MONGO_DB_ATLAS: "MongoDB Atlas",
};

/** Pure check: the knowledge base keeps its embeddings in an AWS-hosted vector store. */
export function checkKnowledgeBaseVectorStoreInAws(resource: ResourceUnderCheck): string[] {
  const storage = first(resource.props.storageConfiguration);
  // Kendra and structured-data knowledge bases have no vector store to judge.
  if (storage === undefined || storage === null) {
    return [];
  }
  const type = field(storage, "type");
  const vendor = typeof type === "string" ? THIRD_PARTY_STORES[type] : undefined;
  return vendor === undefined
    ? []
    : [
        `The knowledge base stores its embeddings in ${vendor}, outside the AWS account: use an AWS-hosted store (OPENSEARCH_SERVERLESS, RDS, S3_VECTORS, NEPTUNE_ANALYTICS or OPENSEARCH_MANAGED_CLUSTER), or record the vendor review in an exemption.`,
      ];
}

export const bedrockKnowledgeBaseVectorStoreInAws: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-knowledge-base-vector-store-in-aws",
  description:
    "Bedrock knowledge bases store their embeddings in an AWS-hosted vector store, not a third-party SaaS.",
  rationale:
    "Embeddings can be inverted back to much of the text they encode; a third-party vector store puts your documents under another provider's access controls, keys and retention, which needs its own review.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `storageConfiguration.type` of the aws.bedrock.AgentKnowledgeBase to an AWS store such as "OPENSEARCH_SERVERLESS", "RDS" or "S3_VECTORS" (scopeguard\'s vector-store components are private and CMK-encrypted); if the vendor was reviewed, add a dated exemption.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["bedrock"],
  resourceTypes: [KNOWLEDGE_BASE_TYPE],
  mappings: {
    nistCsf: ["GV.SC-05", "PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-design"],
    seedItems: ["checklist.data-provider-review", "csf.gv-supply-chain", "csf.pr-data-protection"],
  },
  check: (resource) => checkKnowledgeBaseVectorStoreInAws(resource),
};
