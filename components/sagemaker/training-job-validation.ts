import { isIntegerInRange, show, tagArgsError } from "../common";
import { workloadNetworkArgsError } from "../compute/workload-security-group";
import {
  executionRoleArgsError,
  instanceTypeError,
  s3UriError,
  sagemakerKeyArgsError,
  subnetListError,
} from "./sagemaker-validation";
import type { SecureTrainingJobArgs } from "./secure-training-job";

/**
 * Pure checks of SecureTrainingJob arguments, run before any child exists. Each message names the
 * argument and says what to change; the component adds its type and name.
 */

/** SageMaker training job names: 1 to 63 letters, digits or hyphens, starting and ending with a letter or digit. */
const TRAINING_JOB_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
/** SageMaker stops a training job after at most 28 days. */
export const MAX_TRAINING_RUNTIME_SECONDS = 28 * 24 * 3600;
/** Training volumes are 1 to 16384 GiB. */
export const MAX_TRAINING_VOLUME_GIB = 16384;

/** The job's name, as given or the component's name. */
export function trainingJobNameFor(
  name: string,
  args: Pick<SecureTrainingJobArgs, "trainingJobName">,
): string {
  return args.trainingJobName ?? name;
}

function nameError(name: string, args: SecureTrainingJobArgs): string | undefined {
  const jobName = trainingJobNameFor(name, args);
  if (TRAINING_JOB_NAME.test(jobName)) return undefined;
  const rule = "1 to 63 letters, digits or hyphens, starting and ending with a letter or digit";
  return args.trainingJobName === undefined
    ? `the name "${name}" becomes the training job's name, which must be ${rule}; rename the component or set trainingJobName.`
    : `trainingJobName ${show(jobName)} must be ${rule}.`;
}

function requiredError(args: SecureTrainingJobArgs): string | undefined {
  if (args.image === undefined || (typeof args.image === "string" && args.image.trim() === "")) {
    return `image is required: the URI of the training container image (from a ModelImageRepository, or an AWS Deep Learning Container).`;
  }
  for (const arg of ["trainingDataS3Uri", "outputS3Uri"] as const) {
    if (args[arg] === undefined) return `${arg} is required: an s3://<bucket>/<key> URI.`;
    const bad = s3UriError(arg, args[arg]);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

function capacityError(args: SecureTrainingJobArgs): string | undefined {
  if (args.instanceCount !== undefined && !isIntegerInRange(args.instanceCount, 1, Number.MAX_SAFE_INTEGER)) {
    return `instanceCount must be a whole number of instances, 1 or more (got ${show(args.instanceCount)}).`;
  }
  if (
    args.volumeSizeInGb !== undefined &&
    !isIntegerInRange(args.volumeSizeInGb, 1, MAX_TRAINING_VOLUME_GIB)
  ) {
    return `volumeSizeInGb must be a whole number of GiB from 1 to ${MAX_TRAINING_VOLUME_GIB} (got ${show(args.volumeSizeInGb)}).`;
  }
  if (
    args.maxRuntimeInSeconds !== undefined &&
    !isIntegerInRange(args.maxRuntimeInSeconds, 1, MAX_TRAINING_RUNTIME_SECONDS)
  ) {
    return `maxRuntimeInSeconds must be a whole number of seconds from 1 to ${MAX_TRAINING_RUNTIME_SECONDS} (28 days, SageMaker's limit; got ${show(args.maxRuntimeInSeconds)}).`;
  }
  return undefined;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function secureTrainingJobArgsError(name: string, args: SecureTrainingJobArgs): string | undefined {
  return [
    tagArgsError(args),
    nameError(name, args),
    requiredError(args),
    subnetListError(args.subnetIds, "the training instances attach to"),
    instanceTypeError(args.instanceType, "ml.g5.2xlarge"),
    capacityError(args),
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    executionRoleArgsError(args),
  ].find((m) => m !== undefined);
}
