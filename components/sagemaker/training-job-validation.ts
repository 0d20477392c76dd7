import { isIntegerInRange, show, tagArgsError } from "../common";
import { workloadNetworkArgsError } from "../compute/workload-security-group";
import {
  executionRoleArgsError,
  instanceTypeError,
  s3UriError,
  sagemakerKeyArgsError,
  subnetListError,
} from "./sagemaker-validation";
import type { SecureTrainingJobArgs } from "./secure-training-job-args";
import { containerImageError, instanceCountError, sagemakerNameError, volumeSizeError } from "./workload";

/**
 * Pure checks of SecureTrainingJob arguments, run before any child exists. Each message names the
 * argument and says what to change; the component adds its type and name.
 */

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

function requiredError(args: SecureTrainingJobArgs): string | undefined {
  return (
    containerImageError(args.image, "training") ??
    s3UriError("trainingDataS3Uri", args.trainingDataS3Uri, true) ??
    s3UriError("outputS3Uri", args.outputS3Uri, true)
  );
}

function capacityError(args: SecureTrainingJobArgs): string | undefined {
  const count = instanceCountError("instanceCount", args.instanceCount);
  if (count !== undefined) return count;
  const size = volumeSizeError(args.volumeSizeInGb, 1, MAX_TRAINING_VOLUME_GIB);
  if (size !== undefined) return size;
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
    sagemakerNameError("trainingJobName", args.trainingJobName, name, "the training job's name"),
    requiredError(args),
    subnetListError(args.subnetIds, "the training instances attach to"),
    instanceTypeError(args.instanceType, "ml.g5.2xlarge"),
    capacityError(args),
    workloadNetworkArgsError(args),
    sagemakerKeyArgsError(name, args),
    executionRoleArgsError(args),
  ].find((m) => m !== undefined);
}
