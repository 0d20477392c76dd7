import type { ResourcePolicyDefinition, ResourceProps, ResourceUnderCheck } from "../../framework/types";
import {
  checkAcceleratedHost,
  HOST_TYPES,
  inheritsFromTemplate,
  type HostKind,
} from "./lib/accelerated-hosts";
import { setInBlock } from "../../framework/remediation";
import { nested } from "../../framework/values";
import { CONTROL_SCOPES } from "../../vocabulary";

export const IMDSV2_MESSAGE =
  'IMDSv2 is not required: set metadataOptions.httpTokens to "required" (left out, the host still answers IMDSv1 requests unless its AMI says otherwise).';

/** The host's IMDSv2 finding, whatever its instance type. Reads the deciding values directly. */
export function imdsv2Findings(props: ResourceProps, kind: HostKind): string[] {
  const options = props.metadataOptions;
  if ((options === undefined || options === null) && inheritsFromTemplate(props, kind)) {
    return [];
  }
  if (nested(props, "metadataOptions", "httpTokens") === "required") {
    return [];
  }
  // A host with the metadata endpoint switched off has no credentials to steal through it.
  return nested(props, "metadataOptions", "httpEndpoint") === "disabled" ? [] : [IMDSV2_MESSAGE];
}

/** Pure check: a GPU or accelerator host (instance or launch template) requires IMDSv2 session tokens. */
export function checkImdsv2Required(resource: ResourceUnderCheck): string[] {
  return checkAcceleratedHost(resource, imdsv2Findings);
}

export const ec2AcceleratedHostImdsv2Required: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-accelerated-host-imdsv2-required",
  description:
    "EC2 instances and launch templates on GPU or accelerator families (p, g, trn, inf, dl) require IMDSv2 session tokens.",
  rationale:
    "Model servers and training code fetch URLs, load notebooks and parse untrusted files; one server-side request forgery against IMDSv1 hands out the host role, which reads model weights and training data. Applies from scope 1: any accelerated host, inference GPUs included, carries such a role, and the change is free.",
  severity: "high",
  enforcementLevel: "remediate",
  remediationSteps:
    'Set `metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 }` on the aws.ec2.Instance or aws.ec2.LaunchTemplate. The remediation sets httpTokens to "required" and changes nothing else; AWS applies it without replacing the instance.',
  minScope: CONTROL_SCOPES.acceleratedHostBaseline,
  services: ["ec2"],
  resourceTypes: HOST_TYPES,
  mappings: {
    nistCsf: ["PR.AA-01", "PR.PS-01"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005", "AML.T0035"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "csf.pr-platform-security",
      "cisa.deploy-secure-infrastructure",
      "checklist.supply-isolated-self-hosted",
    ],
  },
  check: (resource) => checkImdsv2Required(resource),
  remediate: (resource) => setInBlock(resource.props, "metadataOptions", { httpTokens: "required" }),
};
