import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/**
 * The ARN of a Lambda function of this account and region from its name. The inference handler
 * runs with the platform's workload role, and the platform's API needs the handler's ARN: naming
 * the function breaks that cycle (the application stack deploys `functionName` with
 * `workloadRoleArn`). The ARN is known during preview, so the API's permission is checkable then.
 */
export function functionArnFromName(
  functionName: pulumi.Input<string>,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<string> {
  const partition = aws.getPartitionOutput({}, opts);
  const region = aws.getRegionOutput({}, opts);
  const identity = aws.getCallerIdentityOutput({}, opts);
  return pulumi.interpolate`arn:${partition.partition}:lambda:${region.region}:${identity.accountId}:function:${functionName}`;
}
