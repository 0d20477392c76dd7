import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { isCustomerKeySet } from "../../framework/references";
import { DATA_SOURCE_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the data source encrypts what it ingests with a customer-managed KMS key. */
export function checkDataSourceEncryptedWithCmk(resource: ResourceUnderCheck): string[] {
  const config = first(resource.props.serverSideEncryptionConfiguration);
  return isCustomerKeySet(() => field(config, "kmsKeyArn"))
    ? []
    : [
        "The data source encrypts ingested data with an AWS-owned key: set serverSideEncryptionConfiguration.kmsKeyArn to a customer-managed KMS key.",
      ];
}

export const bedrockDataSourceEncryptedWithCmk: ResourcePolicyDefinition = {
  kind: "resource",
  name: "bedrock-data-source-encrypted-with-cmk",
  description:
    "Bedrock knowledge-base data sources encrypt the data they ingest with a customer-managed KMS key.",
  rationale:
    "Ingestion copies and chunks your documents before they become embeddings; with a key you own, that transient copy is under the same access control and audit as the source data.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `serverSideEncryptionConfiguration: { kmsKeyArn: key.arn }` on the aws.bedrock.AgentDataSource, with a customer-managed aws.kms.Key the knowledge base role may use.",
  minScope: CONTROL_SCOPES.customerManagedKeys,
  services: ["bedrock", "kms"],
  resourceTypes: [DATA_SOURCE_TYPE],
  mappings: {
    nistCsf: ["PR.DS-01"],
    owaspLlm: ["LLM08", "LLM02"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-development"],
    seedItems: ["csf.pr-encryption", "csf.pr-data-protection"],
  },
  check: (resource) => checkDataSourceEncryptedWithCmk(resource),
};
