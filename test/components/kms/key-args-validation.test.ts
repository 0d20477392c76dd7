import { strict as assert } from "assert";
import { keyAliasError, ownKeyArgsError } from "../../../components/kms";

const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const ADMIN = "arn:aws:iam::123456789012:role/key-admin";

describe("components/kms/key-args-validation", () => {
  describe("ownKeyArgsError", () => {
    it("accepts the caller's key alone", () => {
      assert.equal(ownKeyArgsError("docs", { kmsKeyArn: KEY }, "the collection"), undefined);
    });

    it("accepts named administrators of the component's own key", () => {
      assert.equal(ownKeyArgsError("docs", { keyAdmins: [ADMIN] }, "the collection"), undefined);
    });

    it("rejects administrators beside the caller's key, naming the component", () => {
      assert.equal(
        ownKeyArgsError("docs", { kmsKeyArn: KEY, keyAdmins: [ADMIN] }, "the collection"),
        "keyAdmins configures the key the collection creates, but kmsKeyArn brings your own; remove one or the other.",
      );
    });

    it("rejects an AWS-managed key as the caller's key, in alias and alias-ARN form", () => {
      assert.deepEqual(
        ["alias/aws/es", "arn:aws:kms:us-east-1:123456789012:alias/aws/es"].map((k) =>
          ownKeyArgsError("docs", { kmsKeyArn: k }, "the collection"),
        ),
        [
          'kmsKeyArn "alias/aws/es" is an AWS-managed key, whose key policy cannot be restricted or revoked; pass the ARN of a customer-managed key (a ScopedKey) or leave kmsKeyArn out to have one created.',
          'kmsKeyArn "arn:aws:kms:us-east-1:123456789012:alias/aws/es" is an AWS-managed key, whose key policy cannot be restricted or revoked; pass the ARN of a customer-managed key (a ScopedKey) or leave kmsKeyArn out to have one created.',
        ],
      );
    });

    it("rejects a wildcard administrator", () => {
      assert.equal(
        ownKeyArgsError("docs", { keyAdmins: ["arn:aws:iam::123456789012:role/*"] }, "the collection"),
        'keyAdmins contains "arn:aws:iam::123456789012:role/*"; name each principal by its ARN, a wildcard would grant the key to anyone.',
      );
    });

    it("rejects a name that cannot become the key's alias", () => {
      assert.equal(
        ownKeyArgsError("docs bot", {}, "the collection"),
        'the name "docs bot" prefixes the alias of the key it creates (alias/docs bot-key), which allows only letters, digits, "/", "_" and "-"; rename the component.',
      );
    });

    it("does not check the alias of a key it will not create", () => {
      assert.equal(ownKeyArgsError("docs bot", { kmsKeyArn: KEY }, "the collection"), undefined);
    });
  });

  describe("keyAliasError", () => {
    it("accepts a name of letters, digits, '_' and '-'", () => {
      assert.equal(keyAliasError("support-bot_1", "support-bot_1-logs"), undefined);
    });
  });
});
