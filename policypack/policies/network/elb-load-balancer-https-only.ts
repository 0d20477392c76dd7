import type {
  ResourceProps,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { firstAiResource } from "../../framework/ai-stack";
import { programOutputs } from "../../framework/outputs";
import { readOr } from "../../framework/unknowns";
import { asList, field, first } from "../../framework/values";
import { AwsType, CONTROL_SCOPES } from "../../vocabulary";

/** Listeners of Application and Network Load Balancers (`aws.lb` and its `aws.alb` alias). */
const LISTENER_TYPES: ReadonlySet<string> = new Set([AwsType.lb.Listener, AwsType.alb.Listener]);
/** Classic Load Balancers, whose listeners are a block of the load balancer. */
const CLASSIC_TYPE = AwsType.elb.LoadBalancer;

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : undefined);

/**
 * Whether a listener takes plain HTTP: `protocol: "HTTP"`, or no protocol, no certificate and port
 * 80 (an Application Load Balancer's default protocol is HTTP).
 */
function takesHttp(props: ResourceProps): boolean {
  const protocol = lower(props.protocol);
  if (protocol !== undefined) {
    return protocol === "http";
  }
  return props.port === 80 && (props.certificateArn === undefined || props.certificateArn === null);
}

/** Whether every request is redirected to HTTPS by the listener's default action. */
function redirectsToHttps(props: ResourceProps): boolean {
  return asList(props.defaultActions).some(
    (action) =>
      lower(field(action, "type")) === "redirect" &&
      lower(field(first(field(action, "redirect")), "protocol")) === "https",
  );
}

function listenerFindings(listener: StackResource): string[] {
  const outputs = programOutputs(listener);
  const plain = readOr(() => takesHttp(outputs) && !redirectsToHttps(outputs), false);
  return plain
    ? [
        `Listener "${listener.name}" serves plain HTTP: listen on HTTPS (protocol "HTTPS", port 443, a certificateArn and an sslPolicy such as "ELBSecurityPolicy-TLS13-1-2-2021-06"), and make any port-80 listener a redirect to HTTPS.`,
      ]
    : [];
}

function classicFindings(lb: StackResource): string[] {
  const listeners = readOr(() => asList(programOutputs(lb).listeners), []);
  return listeners.flatMap((l, i) =>
    readOr(() => lower(field(l, "lbProtocol")), undefined) === "http"
      ? [
          `Classic Load Balancer "${lb.name}" listener ${i} serves plain HTTP (lbProtocol "http"), which it cannot redirect: use lbProtocol "https" with an sslCertificateId, or move to an Application Load Balancer with an HTTPS listener.`,
        ]
      : [],
  );
}

/** Pure check over the stack: load balancers of a stack with AI resources serve HTTPS only. */
export function checkLoadBalancersHttpsOnly(resources: readonly StackResource[]): StackViolation[] {
  if (firstAiResource(resources) === undefined) {
    return [];
  }
  return resources.flatMap((r) => {
    const found = LISTENER_TYPES.has(r.type)
      ? listenerFindings(r)
      : r.type === CLASSIC_TYPE
        ? classicFindings(r)
        : [];
    return found.map((message) => ({ urn: r.urn, message }));
  });
}

export const elbLoadBalancerHttpsOnly: StackPolicyDefinition = {
  kind: "stack",
  name: "elb-load-balancer-https-only",
  description:
    "In a stack with AI resources, load balancer listeners (aws.lb, aws.alb, Classic ELB) serve HTTPS, or redirect plain HTTP to HTTPS.",
  rationale:
    "Prompts, retrieved context and completions are often the most sensitive data an application handles, and the API keys or session tokens that authorise a model call travel with them; over plain HTTP anyone on the path can read them or inject content into the conversation. A chat front end or model server published on port 80 is a common first deployment that stays.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Give the aws.lb.Listener `protocol: "HTTPS"`, `port: 443`, a `certificateArn` (ACM) and a TLS 1.2+ `sslPolicy`; keep port 80 only as a listener whose default action is `{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }`. For a Classic ELB use `lbProtocol: "https"` with an `sslCertificateId`.',
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["elasticloadbalancing"],
  mappings: {
    nistCsf: ["PR.DS-02"],
    owaspLlm: ["LLM02", "LLM01"],
    mitreAtlas: ["AML.M0012"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["csf.pr-encryption", "cisa.deploy-secure-infrastructure", "cisa.deploy-secure-defaults"],
  },
  check: (resources) => checkLoadBalancersHttpsOnly(resources),
};
