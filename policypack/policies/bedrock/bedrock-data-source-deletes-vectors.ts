import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { DATA_SOURCE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: deleting the data source deletes its vectors (AWS's default, DELETE). */
export function checkDataSourceDeletesVectors(resource: ResourceUnderCheck): string[] {
  // Read directly: if the policy is unknown during preview the answer depends on it.
  return resource.props.dataDeletionPolicy === "RETAIN"
    ? [
        'The data source keeps its vectors after it is deleted (dataDeletionPolicy "RETAIN"): set dataDeletionPolicy to "DELETE" or remove it.',
      ]
    : [];
}

export const bedrockDataSourceDeletesVectors: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-data-source-deletes-vectors",
  description:
    "Bedrock knowledge-base data sources delete their embeddings from the vector store when the data source is deleted.",
  rationale:
    "Retained vectors outlive the decision to remove their source documents: the knowledge base can keep retrieving data that was withdrawn, for example after a deletion request.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove `dataDeletionPolicy` from the aws.bedrock.AgentDataSource or set it to "DELETE"; purge retained vectors through the vector store if you must keep them temporarily.',
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["bedrock"],
  resourceTypes: [DATA_SOURCE_TYPE],
  mappings: {
    nistCsf: ["ID.AM-08", "PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: [],
    cisaNcsc: ["secure-operation"],
    seedItems: ["checklist.data-retention", "csf.pr-data-lifecycle"],
  },
  check: (resource) => checkDataSourceDeletesVectors(resource),
};
