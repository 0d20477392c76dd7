import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, first } from "../../framework/values";
import { setInBlock } from "../../framework/remediation";
import { NOTEBOOK_INSTANCE_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

const BLOCK = "instanceMetadataServiceConfiguration";

/** Pure check: the notebook's instance accepts only IMDSv2. Reads the setting directly. */
export function checkNotebookImdsv2(resource: ResourceUnderCheck): string[] {
  const version = field(first(resource.props[BLOCK]), "minimumInstanceMetadataServiceVersion");
  if (version === "2") {
    return [];
  }
  const now = typeof version === "string" ? `"${version}"` : 'not set (AWS\'s default is "1")';
  return [
    `The notebook still answers IMDSv1 (minimumInstanceMetadataServiceVersion is ${now}): set ${BLOCK}.minimumInstanceMetadataServiceVersion to "2".`,
  ];
}

export const sagemakerNotebookImdsv2Required: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-notebook-imdsv2-required",
  description: "SageMaker notebook instances accept only IMDSv2 requests to the instance metadata service.",
  rationale:
    "Notebook code fetches URLs and renders untrusted content all day; over IMDSv1 one forged request returns the notebook role's credentials, which read training data and models. Applies from scope 4 with the other notebook controls.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps:
    'Set `instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: "2" }` on the aws.sagemaker.NotebookInstance. The remediation sets it and changes nothing else; AWS applies it in place (the notebook restarts).',
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [NOTEBOOK_INSTANCE_TYPE],
  mappings: {
    nistCsf: ["PR.AA-01", "PR.PS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-platform-security", "cisa.deploy-secure-defaults"],
  },
  check: (resource) => checkNotebookImdsv2(resource),
  remediate: (resource) => setInBlock(resource.props, BLOCK, { minimumInstanceMetadataServiceVersion: "2" }),
};
