import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import { nested } from "../../framework/values";
import {
  checkAcceleratedHost,
  HOST_TYPES,
  inheritsFromTemplate,
  type HostKind,
} from "./lib/accelerated-hosts";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The host's hop-limit finding, whatever its instance type. Reads the deciding values directly. */
export function hopLimitFindings(props: ResourceProps, kind: HostKind): string[] {
  const options = props.metadataOptions;
  if ((options === undefined || options === null) && inheritsFromTemplate(props, kind)) {
    return [];
  }
  const limit = nested(props, "metadataOptions", "httpPutResponseHopLimit");
  if (limit === 1 || nested(props, "metadataOptions", "httpEndpoint") === "disabled") {
    return [];
  }
  const now =
    typeof limit === "number"
      ? `is ${limit}`
      : "is not set (AMIs that require IMDSv2, such as Amazon Linux 2023, default to 2)";
  return [
    `The metadata response hop limit ${now}: set metadataOptions.httpPutResponseHopLimit to 1 so containers on the host cannot reach the host role's credentials.`,
  ];
}

/** Pure check: a GPU or accelerator host answers metadata requests only from the host itself. */
export function checkImdsHopLimit(resource: ResourceUnderCheck): string[] {
  return checkAcceleratedHost(resource, hopLimitFindings);
}

export const ec2AcceleratedHostImdsHopLimit: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-accelerated-host-imds-hop-limit",
  description:
    "EC2 instances and launch templates on GPU or accelerator families set the instance-metadata hop limit to 1.",
  rationale:
    "Training fleets run third-party containers (frameworks, data loaders, user code); with a hop limit above 1 any of them can fetch the host role, which can read every dataset and checkpoint. Applies at scope 5, where the scope model hardens GPU fleets: at lower scopes a containerised model server often relies on the host role through the Docker bridge, a choice left to the team.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `metadataOptions.httpPutResponseHopLimit: 1` on the aws.ec2.Instance or aws.ec2.LaunchTemplate, and give containers their own credentials (ECS task roles, EKS Pod Identity or IRSA) instead of the host role. Not remediated automatically: a container that uses the host role stops working.",
  minScope: CONTROL_SCOPES.acceleratedHostLockdown,
  services: ["ec2"],
  resourceTypes: HOST_TYPES,
  mappings: {
    nistCsf: ["PR.AA-05", "PR.PS-01"],
    owaspLlm: ["LLM03"],
    mitreAtlas: ["AML.M0005", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-least-privilege", "csf.pr-platform-security", "matrix.scope-5"],
  },
  check: (resource) => checkImdsHopLimit(resource),
};
