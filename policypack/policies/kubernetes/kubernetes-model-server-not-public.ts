import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { field, knownItems } from "../../framework/values";
import { CONTROL_SCOPES, isAnywhereCidr } from "../../vocabulary";
import { knownValues, namesModelServer } from "./lib/model-servers";
import { SERVICE_TYPE } from "./lib/types";

const SCHEME = "service.beta.kubernetes.io/aws-load-balancer-scheme";
const LEGACY_INTERNAL = "service.beta.kubernetes.io/aws-load-balancer-internal";
const LB_TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
/** The AWS Load Balancer Controller's class: its load balancers are internal unless asked otherwise. */
const CONTROLLER_CLASS = "service.k8s.aws/nlb";

/**
 * Whether a LoadBalancer Service gets an internet-facing load balancer. The in-tree controller makes
 * it public unless annotated internal; the AWS Load Balancer Controller (type `external`, or its
 * load balancer class) makes it internal unless the scheme says `internet-facing`.
 */
function internetFacing(annotations: unknown, loadBalancerClass: unknown): boolean {
  const scheme = field(annotations, SCHEME);
  if (typeof scheme === "string") {
    return scheme.trim().toLowerCase() === "internet-facing";
  }
  const legacy = field(annotations, LEGACY_INTERNAL);
  if (typeof legacy === "string" && legacy.trim() !== "" && legacy.trim().toLowerCase() !== "false") {
    return false;
  }
  const controller = field(annotations, LB_TYPE) === "external" || loadBalancerClass === CONTROLLER_CLASS;
  return !controller;
}

/** What marks the Service as a model server's, for the message; `undefined` when nothing does. */
function modelServerEvidence(resource: ResourceUnderCheck): string | undefined {
  const metadata = readOr(() => resource.props.metadata, undefined);
  const spec = readOr(() => resource.props.spec, undefined);
  const candidates = [
    readOr(() => field(metadata, "name"), undefined),
    resource.name,
    ...knownValues(readOr(() => field(metadata, "labels"), undefined)),
    ...knownValues(readOr(() => field(spec, "selector"), undefined)),
  ];
  const hit = candidates.find(namesModelServer);
  return typeof hit === "string" ? hit : undefined;
}

/** Pure check: no model server is published on an internet-facing load balancer open to everyone. */
export function checkModelServerNotPublic(resource: ResourceUnderCheck): string[] {
  const evidence = modelServerEvidence(resource);
  if (evidence === undefined) {
    return [];
  }
  // Every deciding value is read directly: an unknown type or annotation lets the SDK say so.
  const spec = resource.props.spec;
  if (field(spec, "type") !== "LoadBalancer") {
    return [];
  }
  const metadata = resource.props.metadata;
  if (!internetFacing(field(metadata, "annotations"), field(spec, "loadBalancerClass"))) {
    return [];
  }
  // An unknown list decides the verdict (the SDK says so); unknown entries cannot be 0.0.0.0/0 literals.
  const rangeList: unknown = field(spec, "loadBalancerSourceRanges");
  const ranges = knownItems(() => rangeList);
  if (ranges.length > 0 && !ranges.some(isAnywhereCidr)) {
    return [];
  }
  return [
    `Service "${resource.name}" publishes a model server ("${evidence}") on an internet-facing load balancer open to every address, with no authentication in front: annotate it ${SCHEME}: internal (or use type ClusterIP), and expose the model only through an ingress or API gateway that authenticates and rate-limits callers.`,
  ];
}

export const kubernetesModelServerNotPublic: ResourcePolicyDefinition = {
  kind: "resource",
  name: "kubernetes-model-server-not-public",
  description:
    "Kubernetes LoadBalancer Services of model servers (vLLM, TGI, Triton, Ollama, ...) are internal or restricted to named source ranges, never internet-facing and open.",
  rationale:
    "Inference servers such as vLLM, TGI and Ollama ship with no authentication: a LoadBalancer Service makes an internet-facing NLB or CLB that hands free GPU time, the model's weights through its APIs, and any system prompt to whoever scans the address (model theft and denial of wallet).",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps: `Annotate the Service \`${SCHEME}: internal\` (or make it ClusterIP) and put an authenticating, rate-limited front door (API Gateway with an authorizer, an ingress with OIDC) before the model; or restrict \`spec.loadBalancerSourceRanges\` to known networks.`,
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["eks", "elasticloadbalancing"],
  resourceTypes: [SERVICE_TYPE],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.IR-01"],
    owaspLlm: ["LLM10", "LLM02"],
    mitreAtlas: ["AML.T0040", "AML.T0034", "AML.T0024"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "checklist.auth-endpoints-authenticated",
      "cisa.deploy-protect-model",
      "checklist.ops-rate-limiting",
    ],
  },
  check: (resource) => checkModelServerNotPublic(resource),
};
