import { isIntegerInRange, show, tagArgsError } from "../common";
import { workloadNetworkArgsError } from "../compute/workload-security-group";
import { aiWorkloadRoleArgsError } from "../iam";
import { ownKeyArgsError } from "../kms";
import { SAGEMAKER_SERVICE } from "./execution-role";
import type { ExecutionRoleArgs, SageMakerKeyArgs } from "./execution-role-args";
import { hasLocalStorage, isMlInstanceType } from "./instance-storage";
import type { SageMakerDomainArgs } from "./sagemaker-domain-args";
import type { SecureModelEndpointArgs } from "./secure-model-endpoint-args";
import type { SecureNotebookArgs } from "./secure-notebook-args";
import { containerImageError, instanceCountError, sagemakerNameError, volumeSizeError } from "./workload";

/**
 * Pure checks of the SageMaker components' arguments, run before any child exists. Only literal
 * values can be checked then; Outputs (a subnet id from an AiNetwork) are trusted. Each message
 * names the argument and says what to change; the component adds its type and name.
 */

/** SageMaker names are 63 characters; the autoname appends `-<7 characters>` to the component's name. */
const AUTONAME_PREFIX = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,54}$/;
const SUBNET_ID = /^subnet-[0-9a-f]+$/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_\-/]+$/;
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;

/** Notebook ML storage volumes are 5 GiB to 16 TiB. */
export const MIN_NOTEBOOK_VOLUME_GIB = 5;
export const MAX_NOTEBOOK_VOLUME_GIB = 16384;
/** Endpoint instance volumes are 1 to 512 GiB. */
export const MAX_ENDPOINT_VOLUME_GIB = 512;
/** A lifecycle script is at most 16384 characters once base64-encoded. */
export const MAX_LIFECYCLE_SCRIPT_LENGTH = 16384;
/** The authentication modes of a Studio domain. */
export const DOMAIN_AUTH_MODES = ["IAM", "SSO"] as const;

const literals = (values: unknown): string[] =>
  Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];

/** The name of an autonamed SageMaker resource (`<name>-<suffix>`) must fit SageMaker's rule; `names` says whose. */
export function autonamePrefixError(name: string, names: string): string | undefined {
  return AUTONAME_PREFIX.test(name)
    ? undefined
    : `the name "${name}" prefixes the ${names}, so it must be 1 to 55 letters, digits or hyphens, starting and ending with a letter or digit; rename the component.`;
}

/** The role arguments: the caller's role, or valid grants for the one the component creates. */
export function executionRoleArgsError(args: ExecutionRoleArgs): string | undefined {
  if (args.executionRoleArn !== undefined) {
    const grants = (["readBuckets", "writeBuckets", "useKeys"] as const).filter((k) => args[k] !== undefined);
    if (grants.length > 0) {
      return `${grants.join(", ")} ${grants.length === 1 ? "grants" : "grant"} to the execution role the component creates, but executionRoleArn brings your own; grant them on your role, or remove executionRoleArn.`;
    }
    return typeof args.executionRoleArn === "string" && !ROLE_ARN.test(args.executionRoleArn)
      ? `executionRoleArn ${show(args.executionRoleArn)} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).`
      : undefined;
  }
  return aiWorkloadRoleArgsError({
    trustedService: SAGEMAKER_SERVICE,
    readBuckets: args.readBuckets,
    writeBuckets: args.writeBuckets,
    useKeys: args.useKeys,
  });
}

/** The key arguments: the caller's key, or valid administrators and alias for the one the component creates. */
export function sagemakerKeyArgsError(name: string, args: SageMakerKeyArgs): string | undefined {
  return ownKeyArgsError(name, args, "the component");
}

/** A missing or empty subnet list, or a literal that is not a subnet id; `what` says what runs there. */
export function subnetListError(subnetIds: unknown, what: string): string | undefined {
  if (subnetIds === undefined) {
    return `subnetIds is required: the private subnets (one per AZ) ${what}.`;
  }
  if (Array.isArray(subnetIds) && subnetIds.length === 0) {
    return `subnetIds is empty; list the private subnets (one per AZ) ${what}.`;
  }
  const bad = literals(subnetIds).find((s) => !SUBNET_ID.test(s));
  return bad === undefined
    ? undefined
    : `subnetIds contains ${show(bad)}, which is not a subnet id (subnet-...).`;
}

/** A literal that is not an ML instance type; `example` is the one the message suggests. */
export function instanceTypeError(value: unknown, example: string): string | undefined {
  return value === undefined || isMlInstanceType(value)
    ? undefined
    : `instanceType ${show(value)} is not a SageMaker ML instance type such as "${example}".`;
}

/** A literal that is not an `s3://<bucket>/<key>` URI, or (when `required`) a missing one. */
export function s3UriError(argName: string, value: unknown, required = false): string | undefined {
  if (value === undefined) {
    return required ? `${argName} is required: an s3://<bucket>/<key> URI.` : undefined;
  }
  return typeof value === "string" && !S3_URI.test(value)
    ? `${argName} ${show(value)} is not an S3 URI (s3://<bucket>/<key>).`
    : undefined;
}

/** The first problem with SageMakerDomain `args`; `undefined` when they are valid. */
export function sagemakerDomainArgsError(name: string, args: SageMakerDomainArgs): string | undefined {
  return [
    tagArgsError(args),
    sagemakerNameError("domainName", args.domainName, name, "the domain name"),
    args.vpcId === undefined
      ? `vpcId is required: the VPC whose private subnets Studio apps run in (the domain is VpcOnly).`
      : undefined,
    subnetListError(args.subnetIds, "Studio apps run in"),
    args.authMode === undefined || (DOMAIN_AUTH_MODES as readonly string[]).includes(args.authMode)
      ? undefined
      : `authMode ${show(args.authMode)} is not ${DOMAIN_AUTH_MODES.join(" or ")}.`,
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    executionRoleArgsError(args),
  ].find((m) => m !== undefined);
}

function lifecycleError(scripts: SecureNotebookArgs["lifecycleScripts"]): string | undefined {
  if (scripts === undefined) return undefined;
  if (scripts.onCreate === undefined && scripts.onStart === undefined) {
    return `lifecycleScripts has neither onCreate nor onStart; give a script, or remove lifecycleScripts.`;
  }
  for (const hook of ["onCreate", "onStart"] as const) {
    const script = scripts[hook];
    if (
      typeof script === "string" &&
      Buffer.from(script, "utf8").toString("base64").length > MAX_LIFECYCLE_SCRIPT_LENGTH
    ) {
      return `lifecycleScripts.${hook} is longer than SageMaker accepts (${MAX_LIFECYCLE_SCRIPT_LENGTH} characters once base64-encoded); download the rest of the setup from S3 in the script.`;
    }
  }
  return undefined;
}

/** The first problem with SecureNotebook `args`; `undefined` when they are valid. */
export function secureNotebookArgsError(name: string, args: SecureNotebookArgs): string | undefined {
  return [
    tagArgsError(args),
    autonamePrefixError(name, "notebook instance's name"),
    args.subnetId === undefined
      ? `subnetId is required: the private subnet the notebook runs in, since it has no direct internet access.`
      : typeof args.subnetId === "string" && !SUBNET_ID.test(args.subnetId)
        ? `subnetId ${show(args.subnetId)} is not a subnet id (subnet-...).`
        : undefined,
    instanceTypeError(args.instanceType, "ml.t3.medium"),
    volumeSizeError(args.volumeSizeInGb, MIN_NOTEBOOK_VOLUME_GIB, MAX_NOTEBOOK_VOLUME_GIB),
    lifecycleError(args.lifecycleScripts),
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    executionRoleArgsError(args),
  ].find((m) => m !== undefined);
}

function endpointCapacityError(args: SecureModelEndpointArgs): string | undefined {
  const count = instanceCountError("initialInstanceCount", args.initialInstanceCount);
  if (count !== undefined) return count;
  if (args.volumeSizeInGb === undefined) return undefined;
  if (isMlInstanceType(args.instanceType) && hasLocalStorage(args.instanceType)) {
    return `volumeSizeInGb cannot be set for ${args.instanceType}, whose storage is local NVMe sized by the instance type; remove volumeSizeInGb or choose an instance type with EBS storage.`;
  }
  return volumeSizeError(args.volumeSizeInGb, 1, MAX_ENDPOINT_VOLUME_GIB);
}

function dataCaptureError(capture: SecureModelEndpointArgs["dataCapture"]): string | undefined {
  if (capture === undefined) return undefined;
  if (capture.destinationS3Uri === undefined) {
    return `dataCapture.destinationS3Uri is required: the prompt-logs bucket (and prefix) captured requests and responses go to.`;
  }
  const uri = s3UriError("dataCapture.destinationS3Uri", capture.destinationS3Uri);
  if (uri !== undefined) return uri;
  return capture.samplingPercentage === undefined || isIntegerInRange(capture.samplingPercentage, 1, 100)
    ? undefined
    : `dataCapture.samplingPercentage must be a whole percentage from 1 to 100 (got ${show(capture.samplingPercentage)}).`;
}

/** The first problem with SecureModelEndpoint `args`; `undefined` when they are valid. */
export function secureModelEndpointArgsError(
  name: string,
  args: SecureModelEndpointArgs,
): string | undefined {
  return [
    tagArgsError(args),
    autonamePrefixError(name, "names of the model, endpoint configuration and endpoint"),
    containerImageError(args.image, "inference"),
    s3UriError("modelDataUrl", args.modelDataUrl),
    subnetListError(args.subnetIds, "the model's containers attach to"),
    instanceTypeError(args.instanceType, "ml.g5.xlarge"),
    endpointCapacityError(args),
    dataCaptureError(args.dataCapture),
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    executionRoleArgsError(args),
  ].find((m) => m !== undefined);
}
