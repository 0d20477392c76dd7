import { AiDataBucket, ScopedKey } from "../../components";

// The stack declares scope 1 in policy-config.json; the tags say the same.
const scope = 1 as const;
// One customer-managed key for the AI data; roles of this account may use it, but only through S3.
const key = new ScopedKey("quickstart-data", { scope, accountViaServices: ["s3"] });
// S3 server access logs of the data buckets, under their own key, kept seven years.
const accessLogs = new AiDataBucket("access-logs", { scope, dataClass: "audit-logs", accessLogTarget: true });
const shared = { scope, kmsKeyArn: key.keyArn, accessLogs: { targetBucket: accessLogs.bucketName } };
const training = new AiDataBucket("training-data", { ...shared, dataClass: "training-data" });
const prompts = new AiDataBucket("prompt-logs", { ...shared, dataClass: "prompt-logs" });

export const trainingDataBucket = training.bucketName;
export const promptLogBucket = prompts.bucketName;
export const accessLogBucket = accessLogs.bucketName;
export const keyArn = key.keyArn;
