import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { isTrue } from "../../framework/values";
import { RDS_CLUSTER_INSTANCE_TYPE, RDS_INSTANCE_TYPE } from "./lib/vectorstore-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the database instance gets no public endpoint. Reads the flag directly. */
export function checkRdsNotPublic(resource: ResourceUnderCheck): string[] {
  return isTrue(resource.props.publiclyAccessible)
    ? [
        "The database has a public endpoint: set publiclyAccessible to false and reach it from private subnets.",
      ]
    : [];
}

export const rdsNotPubliclyAccessible: ResourcePolicyDefinition = {
  kind: "resource",
  name: "rds-not-publicly-accessible",
  description: "RDS instances and Aurora cluster instances in AI stacks are not publicly accessible.",
  rationale:
    "A public database endpoint puts the embeddings and source chunks of a pgvector knowledge base one password away from the internet, for reading or for poisoning retrieval. Applies to every database at scope 3 and above, for the same reason as encryption: infrastructure cannot tell which database holds vectors. (Left out, the provider sends false.)",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `publiclyAccessible: true` from the aws.rds.Instance or aws.rds.ClusterInstance (or set it to false), use a DB subnet group of private subnets, and connect through the VPC.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["rds"],
  resourceTypes: [RDS_INSTANCE_TYPE, RDS_CLUSTER_INSTANCE_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.AA-05"],
    owaspLlm: ["LLM08"],
    mitreAtlas: ["AML.M0019", "AML.T0049"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.auth-endpoints-authenticated",
      "matrix.scope-3",
    ],
  },
  check: (resource) => checkRdsNotPublic(resource),
};
