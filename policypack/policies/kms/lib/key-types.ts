export const KMS_KEY_TYPE = "aws:kms/key:Key";
export const KMS_KEY_POLICY_TYPE = "aws:kms/keyPolicy:KeyPolicy";
