import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { setInputs } from "../../framework/remediation";
import { isAiServiceEndpoint } from "./lib/ai-endpoints";
import { VPC_ENDPOINT_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: an interface endpoint to Bedrock or SageMaker has private DNS enabled. */
export function checkEndpointPrivateDns(resource: ResourceUnderCheck): string[] {
  const props = resource.props;
  const dns = tryRead(() => props.privateDnsEnabled);
  if (dns.known && dns.value === true) {
    return [];
  }
  // From here the decision depends on each value read, so unknown values are read directly.
  const service: unknown = props.serviceName;
  if (!isAiServiceEndpoint(service)) {
    return [];
  }
  // AWS's default type is Gateway, which has no private DNS (and which these services do not offer).
  const type: unknown = props.vpcEndpointType;
  if (typeof type !== "string" || type.toLowerCase() !== "interface") {
    return [];
  }
  // An unknown flag is read directly: whether DNS is private depends on it.
  const enabled: unknown = dns.known ? dns.value : props.privateDnsEnabled;
  if (enabled === true) {
    return [];
  }
  return [
    `The interface endpoint for ${String(service)} does not enable private DNS (the provider's default is false), so SDKs keep resolving the public endpoint and model traffic bypasses it: set privateDnsEnabled to true.`,
  ];
}

export const ec2VpcEndpointPrivateDns: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-vpc-endpoint-private-dns",
  description:
    "Interface VPC endpoints for Bedrock and SageMaker enable private DNS, so the services' default hostnames resolve to the endpoint.",
  rationale:
    "Without private DNS the endpoint exists but nothing uses it: every SDK call to bedrock-runtime still leaves through the NAT or internet gateway, outside the endpoint's policy, and fails outright in an isolated subnet.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `privateDnsEnabled: true` on the aws.ec2.VpcEndpoint (the VPC needs `enableDnsSupport` and `enableDnsHostnames`); remediation sets it and changes nothing else.",
  minScope: CONTROL_SCOPES.privateModelEndpoints,
  services: ["ec2", "bedrock", "sagemaker"],
  resourceTypes: [VPC_ENDPOINT_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.DS-02"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["matrix.scope-3", "cisa.deploy-secure-infrastructure", "csf.pr-trusted-patterns"],
  },
  check: (resource) => checkEndpointPrivateDns(resource),
  remediate: () => setInputs({ privateDnsEnabled: true }),
};
