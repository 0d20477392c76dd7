import { linkConfigurations } from "../../framework/correlate";
import { readOutput } from "../../framework/outputs";
import { hasCondition, hasPublicPrincipal, parsePolicyDocument } from "../../framework/policy-document";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { isAiServiceEndpoint } from "./lib/ai-endpoints";
import { VPC_ENDPOINT_POLICY_TYPE, VPC_ENDPOINT_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

type Verdict = "restricted" | "full-access" | "invalid";

/**
 * An endpoint policy is full access when it is absent (AWS's default) or when an Allow statement
 * lets anyone do anything (`*` or `service:*`) on every resource with no condition, as AWS's
 * default document does. During preview an endpoint's `policy` output is unknown both when the
 * program built it from ARNs (a restricted policy) and when it left it to AWS (full access); only
 * the first carries a property dependency.
 */
function judgePolicy(r: StackResource): Verdict | undefined {
  const document = readOutput(r, "policy");
  if (!document.known) {
    return "restricted";
  }
  if (document.value === undefined || document.value === null || document.value === "") {
    return undefined;
  }
  const parsed = parsePolicyDocument(document.value);
  if (!parsed.ok) {
    return "invalid";
  }
  const fullAccess = parsed.statements.some(
    (s) =>
      s.effect === "Allow" &&
      hasPublicPrincipal(s) &&
      !hasCondition(s) &&
      s.actions.some((a) => a === "*" || /^[a-z0-9-]+:\*$/i.test(a)) &&
      s.resources.includes("*"),
  );
  return fullAccess ? "full-access" : "restricted";
}

/** Pure check over the stack: Bedrock and SageMaker endpoints carry a policy narrower than full access. */
export function checkEndpointPoliciesRestricted(resources: readonly StackResource[]): StackViolation[] {
  const linked = linkConfigurations(resources, {
    targetTypes: [VPC_ENDPOINT_TYPE],
    targetKeys: ["id"],
    configTypes: [VPC_ENDPOINT_POLICY_TYPE],
    configProperty: "vpcEndpointId",
  });
  const violations: StackViolation[] = [];
  for (const { target, configs } of linked) {
    const service = readOr(() => target.props.serviceName, undefined);
    if (!isAiServiceEndpoint(service)) {
      continue;
    }
    const verdicts = [target, ...configs].map(judgePolicy).filter((v) => v !== undefined);
    if (verdicts.includes("restricted")) {
      continue;
    }
    violations.push({
      urn: target.urn,
      message: verdicts.includes("invalid")
        ? `VPC endpoint "${target.name}" (${String(service)}) has a policy that is not a valid JSON policy document, so its restrictions cannot be verified.`
        : `VPC endpoint "${target.name}" (${String(service)}) allows any principal to do anything through it (AWS's default full-access policy): set a policy that allows only this account's principals (aws:PrincipalAccount) and the models or endpoints the workload uses.`,
    });
  }
  return violations;
}

export const ec2VpcEndpointPolicyRestricted: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: VPC_ENDPOINT_TYPE,
  name: "ec2-vpc-endpoint-policy-restricted",
  description:
    "VPC endpoints for Bedrock and SageMaker have an endpoint policy narrower than AWS's default full access (inline `policy` or aws.ec2.VpcEndpointPolicy).",
  rationale:
    "The endpoint is the network's path to the models; a restrictive endpoint policy stops stolen credentials from another account, or calls to unapproved models, from using it, even where IAM alone would allow them.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `policy` on the aws.ec2.VpcEndpoint (or add an aws.ec2.VpcEndpointPolicy) to a document that allows the needed actions (for example bedrock:InvokeModel on the approved model ARNs) with a condition `{"StringEquals": {"aws:PrincipalAccount": "<account id>"}}`.',
  minScope: CONTROL_SCOPES.privateModelEndpoints,
  services: ["ec2", "bedrock", "sagemaker"],
  mappings: {
    nistCsf: ["PR.AA-05", "PR.IR-01"],
    owaspLlm: ["LLM10"],
    mitreAtlas: ["AML.M0005", "AML.M0019"],
    cisaNcsc: ["secure-deployment"],
    seedItems: ["matrix.scope-3", "csf.pr-least-privilege", "cisa.deploy-secure-infrastructure"],
  },
  check: (resources) => checkEndpointPoliciesRestricted(resources),
};
