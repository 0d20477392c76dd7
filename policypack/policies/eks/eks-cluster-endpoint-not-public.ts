import type { CheckContext, ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { isTrue, stringItems } from "../../framework/values";
import { CONTROL_SCOPES, isAnywhereCidr } from "../../vocabulary";
import { endpointSettings } from "./lib/cluster-settings";
import { CLUSTER_TYPES, CONTROL_PLANE_MAPPINGS } from "./lib/types";

/** The scope from which the Kubernetes API endpoint must be private, not just restricted. */
export const PRIVATE_ENDPOINT_SCOPE = CONTROL_SCOPES.privateOnlyClusterEndpoint;

/** The open CIDR a public endpoint admits, or `undefined` when it admits only named networks. */
function openCidr(cidrs: unknown): string | undefined {
  const list = stringItems(cidrs);
  return list.length === 0 ? "0.0.0.0/0 (the default)" : list.find(isAnywhereCidr);
}

/** Pure check: the API endpoint is private, or (below scope 5) public only to named CIDRs. */
export function checkClusterEndpoint(resource: ResourceUnderCheck, context: CheckContext): string[] {
  const settings = () => endpointSettings(resource.type, resource.props);
  const publicAccess = tryRead(() => settings().publicAccess);
  // Only a literal `false` makes the endpoint private; unset means public, AWS's default.
  if (
    publicAccess.known &&
    publicAccess.value !== undefined &&
    publicAccess.value !== null &&
    !isTrue(publicAccess.value)
  ) {
    return [];
  }
  let message: string | undefined;
  if (context.scope >= PRIVATE_ENDPOINT_SCOPE) {
    message = `Cluster "${resource.name}" exposes its Kubernetes API endpoint publicly: at scope ${context.scope} set endpointPublicAccess to false and endpointPrivateAccess to true, and reach the API from inside the VPC (VPN, SSM, or CI runners in the VPC).`;
  } else {
    // Unknown CIDRs decide the verdict: let the SDK's error say so.
    const open = openCidr(settings().publicAccessCidrs);
    message =
      open === undefined
        ? undefined
        : `Cluster "${resource.name}" exposes its Kubernetes API endpoint to ${open}: set endpointPublicAccess to false, or list only your networks' CIDRs in publicAccessCidrs.`;
  }
  if (message === undefined) {
    return [];
  }
  // A violation that depends on an unknown flag: reading it again lets the SDK's error through.
  const flag = publicAccess.known ? publicAccess.value : settings().publicAccess;
  return flag === false || flag === "false" ? [] : [message];
}

export const eksClusterEndpointNotPublic: ResourcePolicyDefinition = {
  kind: "resource",
  name: "eks-cluster-endpoint-not-public",
  description:
    "EKS clusters do not expose the Kubernetes API endpoint to the internet: private at scope 5, public only to named CIDRs below.",
  rationale:
    "The API server of a GPU cluster schedules workloads next to model weights and training data; an endpoint open to 0.0.0.0/0 leaves one stolen kubeconfig or one authentication bug between the internet and every node role. At scope 5, where the stack trains its own model, the endpoint belongs inside the VPC.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "On aws.eks.Cluster set `vpcConfig: { endpointPrivateAccess: true, endpointPublicAccess: false }` (or `publicAccessCidrs` listing only your office/VPN CIDRs below scope 5); on eks.Cluster set `endpointPrivateAccess: true, endpointPublicAccess: false` (or `publicAccessCidrs`).",
  minScope: CONTROL_SCOPES.privateClusterEndpoint,
  services: ["eks"],
  resourceTypes: CLUSTER_TYPES,
  mappings: CONTROL_PLANE_MAPPINGS,
  check: checkClusterEndpoint,
};
