import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { collectFindings } from "../../framework/decidable";
import { isReferenceSet } from "../../framework/references";
import { NO_SAFE_FIX, setInputs } from "../../framework/remediation";
import { NOTEBOOK_INSTANCE_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

function internetFindings(props: ResourceProps): string[] {
  const access = props.directInternetAccess;
  if (access === "Disabled") {
    return [];
  }
  const now = typeof access === "string" ? `"${access}"` : 'not set (AWS\'s default is "Enabled")';
  return [
    `The notebook has direct internet access (directInternetAccess is ${now}): set directInternetAccess to "Disabled" and give it egress through your VPC only where needed.`,
  ];
}

function subnetFindings(props: ResourceProps): string[] {
  return isReferenceSet(() => props.subnetId)
    ? []
    : [
        "The notebook is not attached to your VPC: set subnetId and securityGroups (a subnet is required once direct internet access is disabled).",
      ];
}

/** Pure check: a notebook runs in your VPC, without SageMaker's direct internet access. */
export function checkNotebookNoDirectInternet(resource: ResourceUnderCheck): string[] {
  return collectFindings(
    () => internetFindings(resource.props),
    () => subnetFindings(resource.props),
  );
}

export const sagemakerNotebookNoDirectInternet: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-notebook-no-direct-internet",
  description: "SageMaker notebook instances run in a VPC subnet with direct internet access disabled.",
  rationale:
    "Notebooks hold credentials that read training data and model artifacts; with SageMaker's direct internet access any package, kernel extension or pasted snippet can send that data anywhere, and nothing in your VPC sees it. Applies from scope 4, where notebooks work on your own training data (the scope model names SageMaker VPC-only mode at scope 5; a notebook at scope 4 already holds the data worth stealing).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `subnetId` (a private subnet), `securityGroups` and `directInternetAccess: "Disabled"` on the aws.sagemaker.NotebookInstance; reach S3, ECR and package mirrors through VPC endpoints. A remediation is available (it sets directInternetAccess when a subnet is given) but ships disabled: AWS replaces the notebook, and its ML storage volume, when this setting changes.',
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [NOTEBOOK_INSTANCE_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-01"],
    owaspLlm: ["LLM02", "LLM03"],
    mitreAtlas: ["AML.M0005", "AML.T0025"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "checklist.supply-isolated-self-hosted",
      "matrix.scope-4",
    ],
  },
  check: (resource) => checkNotebookNoDirectInternet(resource),
  remediate: (resource) => {
    // Without a subnet, disabling direct access leaves the notebook with no network: the author decides.
    if (!isReferenceSet(() => resource.props.subnetId)) {
      return NO_SAFE_FIX;
    }
    // Read directly: whether there is anything to set depends on it.
    return resource.props.directInternetAccess === "Disabled"
      ? NO_SAFE_FIX
      : setInputs({ directInternetAccess: "Disabled" });
  },
};
