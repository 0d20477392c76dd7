import { AwsType } from "../../../policypack/vocabulary";
import { resourceSample, type DomainSamples } from "./sample";
import { policyDocument } from "./values";

const ROOT_ADMIN = {
  Sid: "Admin",
  Effect: "Allow",
  Principal: { AWS: "arn:aws:iam::123456789012:root" },
  Action: "kms:*",
  Resource: "*",
};
const OPEN = {
  Sid: "Open",
  Effect: "Allow",
  Principal: "*",
  Action: ["kms:Decrypt", "kms:Encrypt"],
  Resource: "*",
};

/** Samples of the KMS policies. */
export const KMS_SAMPLES: DomainSamples = {
  "kms-key-rotation-enabled": resourceSample(
    AwsType.kms.Key,
    { enableKeyRotation: false },
    { enableKeyRotation: true },
    "Key rotation is not enabled: set enableKeyRotation to true (AWS's default is off).",
  ),
  "kms-key-policy-no-unconditioned-public-principal": resourceSample(
    AwsType.kms.Key,
    { policy: policyDocument(ROOT_ADMIN, OPEN) },
    { policy: policyDocument(ROOT_ADMIN) },
    'Statement "Open" allows kms:Decrypt, kms:Encrypt to any principal with no condition: name the principals, or add a condition such as aws:PrincipalAccount or kms:ViaService.',
  ),
};
