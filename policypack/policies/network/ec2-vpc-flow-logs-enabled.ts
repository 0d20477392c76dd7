import { linkConfigurations } from "../../framework/correlate";
import type { StackPolicyDefinition, StackResource, StackViolation } from "../../framework/types";
import { isString, readAs } from "../../framework/values";
import { DEFAULT_VPC_TYPE, FLOW_LOG_TYPE, VPC_TYPE } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** "all", "partial" (ACCEPT or REJECT only) or "unknown", for one flow log. */
function coverage(flowLog: StackResource): "all" | "partial" | "unknown" {
  const traffic = readAs(() => flowLog.props.trafficType, isString);
  if (traffic.state === "unknown") {
    return "unknown";
  }
  // Omitted, the API rejects a VPC flow log; only an explicit ACCEPT or REJECT is partial.
  return traffic.state === "value" && traffic.value.toUpperCase() !== "ALL" ? "partial" : "all";
}

/** Pure check over the stack: every VPC has a flow log that records all traffic. */
export function checkVpcFlowLogs(resources: readonly StackResource[]): StackViolation[] {
  const linked = linkConfigurations(resources, {
    targetTypes: [VPC_TYPE, DEFAULT_VPC_TYPE],
    targetKeys: ["id"],
    configTypes: [FLOW_LOG_TYPE],
    configProperty: "vpcId",
  });
  const violations: StackViolation[] = [];
  for (const { target, configs } of linked) {
    const coverages = configs.map(coverage);
    if (coverages.length === 0) {
      violations.push({
        urn: target.urn,
        message: `VPC "${target.name}" has no flow log: add an aws.ec2.FlowLog with vpcId set to the VPC, trafficType "ALL" and a CloudWatch Logs or S3 destination.`,
      });
    } else if (coverages.every((c) => c === "partial")) {
      violations.push({
        urn: target.urn,
        message: `VPC "${target.name}" logs only accepted or only rejected traffic: set trafficType "ALL" on its flow log, so both exfiltration and blocked probes are recorded.`,
      });
    }
  }
  return violations;
}

export const ec2VpcFlowLogsEnabled: StackPolicyDefinition = {
  kind: "stack",
  name: "ec2-vpc-flow-logs-enabled",
  description:
    'Every VPC in the stack has a VPC-level flow log that records all traffic (trafficType "ALL").',
  rationale:
    "Flow logs are the record of which hosts talked to which addresses: the evidence for spotting a model server or training job sending data out, and for scoping an incident afterwards.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Add an aws.ec2.FlowLog with `vpcId: vpc.id`, `trafficType: "ALL"` and `logDestination` (an encrypted CloudWatch log group with `iamRoleArn`, or an S3 bucket).',
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["ec2"],
  mappings: {
    nistCsf: ["DE.CM-01", "PR.PS-04"],
    owaspLlm: ["LLM02"],
    mitreAtlas: ["AML.T0025"],
    cisaNcsc: ["secure-operation"],
    seedItems: [
      "csf.de-monitoring",
      "csf.pr-logging",
      "checklist.mon-logging",
      "blueprint.anomaly-detection",
    ],
  },
  check: (resources) => checkVpcFlowLogs(resources),
};
