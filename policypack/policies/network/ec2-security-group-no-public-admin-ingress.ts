import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { field, knownItems } from "../../framework/values";
import { INGRESS_RULE_TYPE, SECURITY_GROUP_RULE_TYPE, SECURITY_GROUP_TYPE } from "./lib/types";
import { CONTROL_SCOPES, isAnywhereCidr } from "../../vocabulary";

/**
 * Ports that administer a host or an ML tool. Beyond SSH and RDP, the consoles of ML tooling run
 * code for whoever reaches them and are routinely found open on the internet (Ray's dashboard was
 * exploited at scale in the "ShadowRay" campaign).
 */
export const ADMIN_PORTS: Readonly<Record<number, string>> = {
  22: "SSH",
  3389: "RDP",
  5000: "MLflow",
  6006: "TensorBoard",
  8265: "Ray dashboard",
  8888: "Jupyter",
  10001: "Ray client",
  11434: "Ollama",
};

const ALL_PROTOCOLS = new Set(["-1", "all"]);
const PORT_PROTOCOLS = new Set(["tcp", "udp", "6", "17"]);

/** One ingress rule, read lazily: fields are read only once the rule is known to be open. */
interface Ingress {
  readonly label: string;
  readonly sources: unknown[];
  readonly protocol: () => unknown;
  readonly fromPort: () => unknown;
  readonly toPort: () => unknown;
}

function ingressRules(resource: ResourceUnderCheck): Ingress[] {
  const props = resource.props;
  if (resource.type === INGRESS_RULE_TYPE) {
    return [
      {
        label: "The ingress rule",
        sources: [...knownItems(() => props.cidrIpv4), ...knownItems(() => props.cidrIpv6)],
        protocol: () => props.ipProtocol,
        fromPort: () => props.fromPort,
        toPort: () => props.toPort,
      },
    ];
  }
  const asRule = (rule: unknown, label: string): Ingress => ({
    label,
    sources: [
      ...knownItems(() => field(rule, "cidrBlocks")),
      ...knownItems(() => field(rule, "ipv6CidrBlocks")),
    ],
    protocol: () => field(rule, "protocol"),
    fromPort: () => field(rule, "fromPort"),
    toPort: () => field(rule, "toPort"),
  });
  if (resource.type === SECURITY_GROUP_RULE_TYPE) {
    // Read directly: an open rule of unknown direction may be ingress.
    const open = asRule(props, "The rule");
    return open.sources.some(isAnywhereCidr) && props.type === "ingress" ? [open] : [];
  }
  // Read directly: an unknown rule list may open anything.
  const list: unknown = props.ingress;
  return Array.isArray(list) ? list.map((rule, i) => asRule(rule, `Ingress rule #${i + 1}`)) : [];
}

/** What an open rule exposes: "all ports", or the admin ports in its range. Unknown fields throw. */
function exposed(rule: Ingress): string | undefined {
  const raw = rule.protocol();
  const protocol = typeof raw === "string" || typeof raw === "number" ? String(raw).toLowerCase() : "";
  if (ALL_PROTOCOLS.has(protocol)) {
    return "all ports";
  }
  if (!PORT_PROTOCOLS.has(protocol)) {
    return undefined;
  }
  const from = Number(rule.fromPort());
  const to = Number(rule.toPort());
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    return undefined;
  }
  if (from <= 0 && to >= 65535) {
    return "all ports";
  }
  const ports = Object.keys(ADMIN_PORTS)
    .map(Number)
    .filter((port) => from <= port && port <= to)
    .map((port) => `${port} (${ADMIN_PORTS[port]})`);
  return ports.length === 0 ? undefined : `port${ports.length > 1 ? "s" : ""} ${ports.join(", ")}`;
}

/** Pure check: no ingress rule opens admin ports, ML consoles or every port to the whole internet. */
export function checkNoPublicAdminIngress(resource: ResourceUnderCheck): string[] {
  const messages: string[] = [];
  for (const rule of ingressRules(resource)) {
    const open = rule.sources.filter(isAnywhereCidr);
    if (open.length === 0) {
      continue;
    }
    const what = exposed(rule);
    if (what !== undefined) {
      messages.push(
        `${rule.label} opens ${what} to the internet (${open.join(", ")}): allow only known CIDRs or security groups, and reach hosts through SSM Session Manager instead of SSH or RDP.`,
      );
    }
  }
  return messages;
}

export const ec2SecurityGroupNoPublicAdminIngress: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ec2-security-group-no-public-admin-ingress",
  description: `No security group ingress from 0.0.0.0/0 or ::/0 to every port, or to administration and ML console ports (${Object.entries(
    ADMIN_PORTS,
  )
    .map(([port, name]) => `${port} ${name}`)
    .join(", ")}).`,
  rationale:
    "GPU hosts, notebooks and model servers are high-value targets: an SSH port, a Jupyter server or a Ray dashboard open to the internet gives strangers code execution next to the model weights and training data.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replace 0.0.0.0/0 and ::/0 in `cidrBlocks`/`ipv6CidrBlocks` (aws.ec2.SecurityGroup `ingress`, aws.ec2.SecurityGroupRule) or `cidrIpv4`/`cidrIpv6` (aws.vpc.SecurityGroupIngressRule) with known ranges or `securityGroups`; use SSM Session Manager for shell access and a load balancer with authentication for consoles.",
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["ec2"],
  resourceTypes: [SECURITY_GROUP_TYPE, SECURITY_GROUP_RULE_TYPE, INGRESS_RULE_TYPE],
  mappings: {
    nistCsf: ["PR.IR-01", "PR.AA-05"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.M0005"],
    cisaNcsc: ["secure-deployment"],
    seedItems: [
      "cisa.deploy-secure-infrastructure",
      "csf.pr-platform-security",
      "checklist.supply-isolated-self-hosted",
    ],
  },
  check: (resource) => checkNoPublicAdminIngress(resource),
};
