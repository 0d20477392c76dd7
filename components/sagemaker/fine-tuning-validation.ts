import type { Scope } from "../../policypack/vocabulary";
import { show, tagArgsError } from "../common";
import { workloadNetworkArgsError } from "../compute/workload-security-group";
import { aiWorkloadRoleArgsError } from "../iam";
import { CUSTOMIZATION_TYPES, type FineTuningJobArgs } from "./fine-tuning-job-args";
import { s3UriError, sagemakerKeyArgsError } from "./sagemaker-validation";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Pure checks of FineTuningJob arguments, run before any child exists. Each message names the
 * argument and says what to change; the component adds its type and name.
 */

/** A custom model is what fine-tuning produces (scope 4); the pack reads it as scope 4 too. */
export const FINE_TUNING_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.fineTuningWorkloads;

/** The service principal of Bedrock customization roles. */
export const BEDROCK_SERVICE = "bedrock.amazonaws.com";

/** Bedrock job and custom-model names: 1 to 63 letters, digits, `-`, `+`, `.`, starting with a letter or digit. */
const BEDROCK_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9+.])*$/;
const MAX_NAME_LENGTH = 63;
/** Bedrock allows 1 to 16 subnets in a customization job's VPC configuration. */
export const MAX_JOB_SUBNETS = 16;

/** The job's name, as given or `<name>-job`. */
export function jobNameFor(name: string, args: Pick<FineTuningJobArgs, "jobName">): string {
  return args.jobName ?? `${name}-job`;
}

/** The custom model's name, as given or the component's name. */
export function customModelNameFor(name: string, args: Pick<FineTuningJobArgs, "customModelName">): string {
  return args.customModelName ?? name;
}

function bedrockNameError(
  argName: string,
  value: string,
  fromName: boolean,
  name: string,
): string | undefined {
  if (BEDROCK_NAME.test(value) && value.length <= MAX_NAME_LENGTH) return undefined;
  const rule = `1 to ${MAX_NAME_LENGTH} letters, digits, "-", "+" or ".", starting with a letter or digit`;
  return fromName
    ? `the name "${name}" becomes the ${argName === "jobName" ? "job" : "custom model"} name, which must be ${rule}; rename the component or set ${argName}.`
    : `${argName} ${show(value)} must be ${rule}.`;
}

function dataError(args: FineTuningJobArgs): string | undefined {
  const validation = args.validationDataS3Uris;
  if (Array.isArray(validation) && validation.length === 0) {
    return `validationDataS3Uris is empty; list the validation data, or remove it.`;
  }
  return (
    s3UriError("trainingDataS3Uri", args.trainingDataS3Uri, true) ??
    (validation ?? []).map((uri, i) => s3UriError(`validationDataS3Uris[${i}]`, uri, false)).find((m) => m) ??
    s3UriError("outputS3Uri", args.outputS3Uri, true)
  );
}

function subnetsError(subnetIds: unknown): string | undefined {
  if (subnetIds === undefined) {
    return `subnetIds is required: the private subnets the job reads its data through (the pack requires customisation jobs in the VPC).`;
  }
  return Array.isArray(subnetIds) && (subnetIds.length === 0 || subnetIds.length > MAX_JOB_SUBNETS)
    ? `subnetIds must list 1 to ${MAX_JOB_SUBNETS} private subnets (got ${subnetIds.length}).`
    : undefined;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function fineTuningJobArgsError(name: string, args: FineTuningJobArgs): string | undefined {
  return [
    tagArgsError(args),
    args.baseModelIdentifier === undefined ||
    (typeof args.baseModelIdentifier === "string" && args.baseModelIdentifier.trim() === "")
      ? `baseModelIdentifier is required: the id or ARN of the foundation model to customise, such as "amazon.nova-micro-v1:0:128k".`
      : undefined,
    args.customizationType === undefined ||
    (CUSTOMIZATION_TYPES as readonly string[]).includes(args.customizationType)
      ? undefined
      : `customizationType ${show(args.customizationType)} is not one of ${CUSTOMIZATION_TYPES.join(", ")}.`,
    bedrockNameError("jobName", jobNameFor(name, args), args.jobName === undefined, name),
    bedrockNameError(
      "customModelName",
      customModelNameFor(name, args),
      args.customModelName === undefined,
      name,
    ),
    args.hyperparameters === undefined
      ? `hyperparameters is required: the base model's training settings (epochCount, batchSize, learningRate ...) as strings.`
      : undefined,
    dataError(args),
    subnetsError(args.subnetIds),
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    aiWorkloadRoleArgsError({ trustedService: BEDROCK_SERVICE, useKeys: args.useKeys }),
  ].find((m) => m !== undefined);
}
