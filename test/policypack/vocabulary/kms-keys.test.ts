import { strict as assert } from "assert";
import {
  AWS_MANAGED_KEY_ID_PREFIX,
  isAwsManagedKey,
  isCustomerManagedKey,
} from "../../../policypack/vocabulary";

const AWS_MANAGED = [
  "alias/aws/s3",
  "alias/aws/ebs",
  "ALIAS/AWS/SageMaker",
  " alias/aws/es",
  "arn:aws:kms:us-east-1:111122223333:alias/aws/rds",
  "arn:aws-cn:kms:cn-north-1:111122223333:alias/aws/ecr",
  "arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/sns",
  `${AWS_MANAGED_KEY_ID_PREFIX}0123456789ab`,
  `arn:aws:kms:eu-west-1:111122223333:key/${AWS_MANAGED_KEY_ID_PREFIX}0123456789ab`,
];

const CUSTOMER_MANAGED = [
  "alias/model-data",
  "alias/awsome/key",
  "arn:aws:kms:us-east-1:111122223333:alias/prompts",
  "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
  "1234abcd-12ab-34cd-56ef-1234567890ab",
  "mrk-1234abcd12ab34cd56ef1234567890ab",
];

describe("customer-managed KMS keys", () => {
  it("recognises AWS-managed keys as aliases, alias ARNs in every partition, and the offline engine's ids", () => {
    assert.deepEqual(
      AWS_MANAGED.filter((k) => !isAwsManagedKey(k)),
      [],
    );
  });

  it("treats other aliases, key ids and key ARNs as customer-managed", () => {
    assert.deepEqual(
      CUSTOMER_MANAGED.filter((k) => !isCustomerManagedKey(k)),
      [],
    );
  });

  it("treats neither an AWS-managed key nor an empty string as customer-managed", () => {
    assert.deepEqual(
      ["", "  ", ...AWS_MANAGED].filter((k) => isCustomerManagedKey(k)),
      [],
    );
  });
});
