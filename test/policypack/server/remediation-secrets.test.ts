import { strict as assert } from "assert";
import { isDeepStrictEqual } from "util";
import { POLICIES } from "../../../policypack/policies";
import { SETTINGS_POLICY_NAME } from "../../../policypack/framework/settings";
import { secret, UNKNOWN } from "../../../preview/engine/sentinels";
import { PackServer } from "./pack-server";

/** A resource each remediation fixes, with a secret input it must not touch. */
interface Case {
  readonly type: string;
  readonly props: Record<string, unknown>;
  /** The top-level input the remediation changes. */
  readonly fixes: string;
  /** Props over `props` that leave a value the remediation needs unknown during preview. */
  readonly unknown: Record<string, unknown>;
}

const KB = { "data-class": "knowledge-base" };

const CASES: Record<string, Case> = {
  "ecr-repository-scan-on-push": {
    type: "aws:ecr/repository:Repository",
    props: { name: "r", imageScanningConfiguration: { scanOnPush: false } },
    fixes: "imageScanningConfiguration",
    unknown: { imageScanningConfiguration: { scanOnPush: UNKNOWN } },
  },
  "ec2-accelerated-host-imdsv2-required": {
    type: "aws:ec2/instance:Instance",
    props: { instanceType: "p5.48xlarge", metadataOptions: { httpTokens: "optional" } },
    fixes: "metadataOptions",
    unknown: { metadataOptions: { httpTokens: UNKNOWN } },
  },
  "sagemaker-notebook-root-access-disabled": {
    type: "aws:sagemaker/notebookInstance:NotebookInstance",
    props: { instanceType: "ml.t3.medium", rootAccess: "Enabled" },
    fixes: "rootAccess",
    unknown: { rootAccess: UNKNOWN },
  },
  "sagemaker-notebook-no-direct-internet": {
    type: "aws:sagemaker/notebookInstance:NotebookInstance",
    props: { instanceType: "ml.t3.medium", subnetId: "subnet-1", directInternetAccess: "Enabled" },
    fixes: "directInternetAccess",
    unknown: { directInternetAccess: UNKNOWN },
  },
  "sagemaker-notebook-imdsv2-required": {
    type: "aws:sagemaker/notebookInstance:NotebookInstance",
    props: { instanceType: "ml.t3.medium", rootAccess: "Disabled", instanceMetadataServiceConfiguration: {} },
    fixes: "instanceMetadataServiceConfiguration",
    unknown: { instanceMetadataServiceConfiguration: UNKNOWN },
  },
  "ec2-vpc-endpoint-private-dns": {
    type: "aws:ec2/vpcEndpoint:VpcEndpoint",
    props: {
      serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
      vpcEndpointType: "Interface",
      privateDnsEnabled: false,
    },
    fixes: "privateDnsEnabled",
    unknown: { privateDnsEnabled: UNKNOWN },
  },
  "cloudtrail-trail-log-file-validation": {
    type: "aws:cloudtrail/trail:Trail",
    props: { s3BucketName: "b", enableLogFileValidation: false, isMultiRegionTrail: true },
    fixes: "enableLogFileValidation",
    unknown: { enableLogFileValidation: UNKNOWN },
  },
  "cloudtrail-trail-multi-region": {
    type: "aws:cloudtrail/trail:Trail",
    props: { s3BucketName: "b", enableLogFileValidation: true, isMultiRegionTrail: false },
    fixes: "isMultiRegionTrail",
    unknown: { isMultiRegionTrail: UNKNOWN },
  },
  "kms-key-rotation-enabled": {
    type: "aws:kms/key:Key",
    props: { enableKeyRotation: false },
    fixes: "enableKeyRotation",
    unknown: { enableKeyRotation: UNKNOWN },
  },
  "opensearch-domain-node-to-node-encryption": {
    type: "aws:opensearch/domain:Domain",
    props: { engineVersion: "OpenSearch_2.13", nodeToNodeEncryption: { enabled: false } },
    fixes: "nodeToNodeEncryption",
    unknown: { engineVersion: UNKNOWN },
  },
  "rds-knowledge-base-iam-auth": {
    type: "aws:rds/instance:Instance",
    props: { engine: "postgres", tags: KB, iamDatabaseAuthenticationEnabled: false },
    fixes: "iamDatabaseAuthenticationEnabled",
    unknown: { iamDatabaseAuthenticationEnabled: UNKNOWN },
  },
  "bedrock-invocation-logging-records-text": {
    type: "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration",
    props: {
      loggingConfig: { textDataDeliveryEnabled: false, s3Config: { bucketName: "logs" } },
    },
    fixes: "loggingConfig",
    unknown: { loggingConfig: { textDataDeliveryEnabled: UNKNOWN, s3Config: { bucketName: "logs" } } },
  },
  "bedrock-guardrail-blocks-prompt-attacks": {
    type: "aws:bedrock/guardrail:Guardrail",
    props: {
      name: "g",
      blockedInputMessaging: "no",
      blockedOutputsMessaging: "no",
      contentPolicyConfig: {
        filtersConfigs: [{ type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" }],
      },
    },
    fixes: "contentPolicyConfig",
    unknown: {
      contentPolicyConfig: {
        filtersConfigs: [{ type: UNKNOWN, inputStrength: "HIGH", outputStrength: "NONE" }],
      },
    },
  },
  "apigateway-data-trace-disabled": {
    type: "aws:apigateway/methodSettings:MethodSettings",
    props: { restApi: "api", stageName: "prod", methodPath: "*/*", settings: { dataTraceEnabled: true } },
    fixes: "settings",
    unknown: { settings: { dataTraceEnabled: UNKNOWN } },
  },
};

const REMEDIATING = POLICIES.filter((p) => p.kind === "resource" && p.remediate !== undefined).map(
  (p) => p.name,
);

/** A secret the program gave (a password, user data, a token), at the top and nested. */
const SECRET_INPUTS: Record<string, unknown> = {
  password: secret("hunter2"),
  userData: secret("#!/bin/sh\necho token=abc"),
  computed: UNKNOWN,
  nestedBlock: { plain: "p", token: secret("nested-secret"), list: [secret("s0"), "s1"] },
};

/**
 * Every remediation, through the SDK's own server: what comes back differs from what went in only
 * in the input it fixes; secrets stay secret and unknowns stay unknown, at every depth.
 */
describe("remediations through the SDK server keep what they do not fix", function () {
  this.timeout(180_000);
  let server: PackServer;

  before(async () => {
    const config: Record<string, unknown> = { [SETTINGS_POLICY_NAME]: { scope: 5 } };
    for (const name of REMEDIATING) config[name] = "remediate";
    server = await PackServer.start(config);
  });
  after(async () => server?.close());

  it("has a case for every policy with a remediation", () => {
    assert.deepEqual(Object.keys(CASES).sort(), [...REMEDIATING].sort());
  });

  for (const [policy, c] of Object.entries(CASES)) {
    it(`${policy}: changes only ${c.fixes}; secret and unknown inputs come back as they came`, async () => {
      const sent = { ...c.props, ...SECRET_INPUTS };
      const answers = await server.remediate(c.type, sent);
      const mine = answers.filter((a) => a.policy === policy);
      assert.equal(mine.length, 1, `no remediation from ${policy}: ${JSON.stringify(answers)}`);
      const back = mine[0].properties!;
      const changed = Object.keys({ ...sent, ...back }).filter((k) => !isDeepStrictEqual(sent[k], back[k]));
      assert.deepEqual(changed, [c.fixes]);
      for (const k of Object.keys(SECRET_INPUTS)) {
        assert.deepEqual(back[k], SECRET_INPUTS[k], k);
      }
    });

    it(`${policy}: says it cannot run during preview when a value it needs is unknown`, async () => {
      const answers = await server.remediate(c.type, { ...c.props, ...c.unknown, ...SECRET_INPUTS });
      const mine = answers.filter((a) => a.policy === policy);
      assert.equal(mine.length, 1, `no answer from ${policy}: ${JSON.stringify(answers)}`);
      assert.equal(mine[0].properties, undefined);
      assert.match(
        mine[0].diagnostic,
        new RegExp(
          `^can't run remediation '${policy}' from policy pack '${server.info.name}@v[^']+' during preview: `,
        ),
      );
    });

    it(`${policy}: a secret inside the fixed input stays secret`, async () => {
      const original = c.props[c.fixes];
      if (typeof original !== "object" || original === null) return;
      // As a one-element list (as some engines flatten single blocks) where the policy reads that
      // form, else as the block itself.
      const ask = async (block: unknown) =>
        (await server.remediate(c.type, { ...c.props, [c.fixes]: block })).find((a) => a.policy === policy);
      const inner = { ...original, note: secret("inner") };
      const mine = (await ask([inner])) ?? (await ask(inner));
      assert.ok(mine?.properties, `no remediation from ${policy}`);
      const fixed = mine.properties[c.fixes] as Record<string, unknown> | Record<string, unknown>[];
      const block = Array.isArray(fixed) ? fixed[0] : fixed;
      assert.deepEqual(block.note, secret("inner"));
    });

    it(`${policy}: a fixed block that was secret stays secret`, async () => {
      const sent = { ...c.props, [c.fixes]: secret(c.props[c.fixes]), password: secret("pw") };
      const answers = await server.remediate(c.type, sent);
      const mine = answers.find((a) => a.policy === policy);
      assert.ok(mine?.properties, `no remediation from ${policy}: ${JSON.stringify(answers)}`);
      const fixed = mine.properties[c.fixes] as Record<string, unknown>;
      assert.equal(fixed["4dabf18193072939515e22adb298388d"], "1b47061264138c4ac30d75fd1eb44270");
      assert.notDeepEqual(fixed, sent[c.fixes]);
      assert.deepEqual(mine.properties.password, secret("pw"));
    });
  }
});
