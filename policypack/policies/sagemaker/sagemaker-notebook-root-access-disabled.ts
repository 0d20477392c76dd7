import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { setInputs } from "../../framework/remediation";
import { NOTEBOOK_INSTANCE_TYPE } from "./lib/sagemaker-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: notebook users do not get root on the instance. Reads the setting directly. */
export function checkNotebookRootAccess(resource: ResourceUnderCheck): string[] {
  const root = resource.props.rootAccess;
  if (root === "Disabled") {
    return [];
  }
  const now = typeof root === "string" ? `"${root}"` : 'not set (AWS\'s default is "Enabled")';
  return [`Notebook users have root access (rootAccess is ${now}): set rootAccess to "Disabled".`];
}

export const sagemakerNotebookRootAccessDisabled: ResourcePolicyDefinition = {
  kind: "resource",
  name: "sagemaker-notebook-root-access-disabled",
  description: "SageMaker notebook instances do not give their users root access.",
  rationale:
    "With root, any notebook user (or code they run) can change the instance's libraries, disable its controls and read other users' data and credentials on the volume; lifecycle configurations still run as root, so setup does not need it. Applies from scope 4, where notebooks hold your training data.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    'Set `rootAccess: "Disabled"` on the aws.sagemaker.NotebookInstance and install system packages in a lifecycle configuration. The remediation sets it and changes nothing else; AWS applies it by stopping and restarting the notebook, without replacing it.',
  minScope: CONTROL_SCOPES.fineTuningWorkloads,
  services: ["sagemaker"],
  resourceTypes: [NOTEBOOK_INSTANCE_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.PS-01"],
    owaspLlm: ["LLM03"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-least-privilege", "checklist.auth-rbac", "cisa.deploy-secure-defaults"],
  },
  check: (resource) => checkNotebookRootAccess(resource),
  remediate: () => setInputs({ rootAccess: "Disabled" }),
};
