import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { DOMAIN_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: Studio apps of the domain reach the network only through your VPC. Reads the setting directly. */
export function checkDomainVpcOnly(resource: ResourceUnderCheck): string[] {
  const access = resource.props.appNetworkAccessType;
  if (access === "VpcOnly") {
    return [];
  }
  const now = typeof access === "string" ? `"${access}"` : 'not set (AWS\'s default is "PublicInternetOnly")';
  return [
    `Studio apps reach the internet through SageMaker's network (appNetworkAccessType is ${now}): set appNetworkAccessType to "VpcOnly".`,
  ];
}

export const sagemakerDomainVpcOnly: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-domain-vpc-only",
  description:
    "SageMaker Studio domains send all app traffic through your VPC (appNetworkAccessType VpcOnly).",
  rationale:
    "In PublicInternetOnly mode every Studio user's JupyterLab, code editor and training launcher has internet access outside your VPC, where neither security groups, VPC endpoints policies nor flow logs apply; that is the easiest exfiltration route for the data a fine-tuning team works on. Applies from scope 4 (the scope model lists VPC-only mode at 5; Studio users at scope 4 already handle your training data).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `appNetworkAccessType: "VpcOnly"` on the aws.sagemaker.Domain, with private `subnetIds`, `defaultUserSettings.securityGroups`, and VPC endpoints for the SageMaker API, runtime, S3 and ECR. AWS replaces the domain when this changes.',
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [DOMAIN_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005", "AML.T0025"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.supply-isolated-self-hosted",
      "matrix.scope-4",
    ],
  },
  check: (resource) => checkDomainVpcOnly(resource),
};
