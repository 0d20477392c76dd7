import { AwsType } from "../../../vocabulary";
export const KMS_KEY_TYPE = AwsType.kms.Key;
export const KMS_KEY_POLICY_TYPE = AwsType.kms.KeyPolicy;
