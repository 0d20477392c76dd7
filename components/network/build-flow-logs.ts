import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AiWorkloadRole } from "../iam";
import { EncryptedLogGroup } from "../logging/encrypted-log-group";
import type { NetworkContext } from "./network-context";

/** The service principal that delivers VPC flow logs. */
export const FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";

/**
 * Flow logs of all traffic (accepted and rejected) of the VPC `vpcId`, to an encrypted audit log group, delivered by a
 * role that may write only to that group. Returns the log group.
 */
export function buildFlowLogs(ctx: NetworkContext, vpcId: pulumi.Output<string>): EncryptedLogGroup {
  const { name, args, parent, labels, tagged, partition, region, identity } = ctx;
  const flowLogGroup = new EncryptedLogGroup(
    `${name}-flow-logs`,
    { dataClass: "audit-logs", retentionInDays: args.flowLogRetentionInDays, ...labels },
    parent,
  );
  const role = new AiWorkloadRole(
    `${name}-flow-logs`,
    {
      trustedService: FLOW_LOGS_SERVICE,
      sourceArn: pulumi.interpolate`arn:${partition.partition}:ec2:${region.region}:${identity.accountId}:vpc-flow-log/*`,
      writeLogGroups: [flowLogGroup.logGroupName],
      description: `scopeguard: flow logs of ${name} write to their log group`,
      ...labels,
    },
    parent,
  );
  new aws.ec2.FlowLog(
    name,
    {
      vpcId,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: flowLogGroup.logGroupArn,
      iamRoleArn: role.roleArn,
      // One-minute aggregation: exfiltration shows up in minutes, not ten.
      maxAggregationInterval: 60,
      tags: tagged(name),
    },
    { ...parent, dependsOn: [role] },
  );
  return flowLogGroup;
}
