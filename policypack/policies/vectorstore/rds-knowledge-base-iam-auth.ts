import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { CONTROL_SCOPES, TAG_KEYS } from "../../vocabulary";
import { setInputs } from "../../framework/remediation";
import { isKnowledgeBase, KNOWLEDGE_BASE } from "./lib/knowledge-base";
import { RDS_CLUSTER_TYPE, RDS_INSTANCE_TYPE } from "./lib/vectorstore-types";

/** Engines that support IAM database authentication (MySQL, MariaDB, PostgreSQL and their Aurora variants). */
const IAM_AUTH_ENGINE = /^(aurora|aurora-mysql|aurora-postgresql|mysql|mariadb|postgres)$/;

function supportsIamAuth(props: ResourceProps): boolean {
  const engine = readOr(() => props.engine, undefined);
  return typeof engine !== "string" || IAM_AUTH_ENGINE.test(engine);
}

/** Pure check: a knowledge-base database lets each role sign in with IAM. Reads the flag directly. */
export function checkKnowledgeBaseIamAuth(resource: ResourceUnderCheck): string[] {
  if (!isKnowledgeBase(resource.props) || !supportsIamAuth(resource.props)) {
    return [];
  }
  return resource.props.iamDatabaseAuthenticationEnabled === true
    ? []
    : [
        "IAM database authentication is off: set iamDatabaseAuthenticationEnabled to true so each retriever and ingestion role signs in with its own short-lived token.",
      ];
}

export const rdsKnowledgeBaseIamAuth: ResourcePolicyDefinition = {
  kind: "resource",
  name: "rds-knowledge-base-iam-auth",
  description: `RDS instances and Aurora clusters tagged ${TAG_KEYS.dataClass}=${KNOWLEDGE_BASE} enable IAM database authentication.`,
  rationale:
    "With IAM authentication the RAG retriever, the ingestion pipeline and each agent connect as their own role with a 15-minute token, so read-only retrieval and write access to the corpus can be separated and every connection is attributable; a shared password in the application config allows neither. Unlike encryption this is an application choice, so it applies only to databases tagged as a knowledge base. Applies from scope 3.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `iamDatabaseAuthenticationEnabled: true` on the aws.rds.Instance or aws.rds.Cluster, create database users with the rds_iam role, and grant `rds-db:connect` to each application role. The remediation sets the flag only: password sign-in keeps working, and AWS applies it without replacing the database.",
  minScope: CONTROL_SCOPES.vectorStores,
  services: ["rds", "iam"],
  resourceTypes: [RDS_INSTANCE_TYPE, RDS_CLUSTER_TYPE],
  mappings: {
    nistCsf: ["PR.AA-01", "PR.AA-05"],
    owaspLlm: ["LLM08", "LLM06"],
    mitreAtlas: ["AML.M0019"],
    cisaNcsc: ["secure-design"],
    seedItems: ["csf.pr-least-privilege", "checklist.auth-secrets-manager", "checklist.auth-rbac"],
  },
  check: (resource) => checkKnowledgeBaseIamAuth(resource),
  remediate: () => setInputs({ iamDatabaseAuthenticationEnabled: true }),
};
