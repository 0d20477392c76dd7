import { strict as assert } from "assert";
import { buildEndpointPolicy, endpointServiceName, interfaceEndpointsFor } from "../../../components/network";

const BASE = ["kms", "logs", "sts", "secretsmanager"];
const INPUT = { partition: "aws", region: "us-east-1", accountId: "123456789012" };

describe("AiNetwork endpoint selection", () => {
  it("gives scopes 1 and 2 only KMS, CloudWatch Logs, STS and Secrets Manager", () => {
    assert.deepEqual([interfaceEndpointsFor(1), interfaceEndpointsFor(2)], [BASE, BASE]);
  });

  it("adds the Bedrock runtime and control plane at scope 3", () => {
    assert.deepEqual(interfaceEndpointsFor(3), [...BASE, "bedrock-runtime", "bedrock"]);
  });

  it("adds the SageMaker API and runtime at scope 4", () => {
    assert.deepEqual(interfaceEndpointsFor(4), [
      ...BASE,
      "bedrock-runtime",
      "bedrock",
      "sagemaker.api",
      "sagemaker.runtime",
    ]);
  });

  it("adds ECR api and dkr at scope 5", () => {
    assert.deepEqual(interfaceEndpointsFor(5).slice(-2), ["ecr.api", "ecr.dkr"]);
  });

  it("appends extra services once", () => {
    assert.deepEqual(interfaceEndpointsFor(1, ["kms", "ssm"]), [...BASE, "ssm"]);
  });

  it("names services com.amazonaws.<region>.<service>", () => {
    assert.equal(
      endpointServiceName("com.amazonaws", "eu-west-1", "sagemaker.api"),
      "com.amazonaws.eu-west-1.sagemaker.api",
    );
  });
});

describe("AiNetwork endpoint policy", () => {
  it("allows only this account's principals on this account's resources", () => {
    assert.deepEqual(buildEndpointPolicy({ ...INPUT, service: "kms" }).Statement, [
      {
        Sid: "ThisAccountPrincipalsOnThisAccountResources",
        Effect: "Allow",
        Principal: "*",
        Action: "*",
        Resource: "*",
        Condition: {
          StringEquals: { "aws:PrincipalAccount": "123456789012", "aws:ResourceAccount": "123456789012" },
        },
      },
    ]);
  });

  it("lets this account's principals invoke the AWS-owned foundation models through a Bedrock endpoint", () => {
    const models = buildEndpointPolicy({ ...INPUT, service: "bedrock-runtime" }).Statement[1];
    assert.equal(models.Resource, "arn:aws:bedrock:us-east-1::foundation-model/*");
    assert.deepEqual(models.Condition, { StringEquals: { "aws:PrincipalAccount": "123456789012" } });
  });

  it("opens the AWS-owned ECR layer bucket on the S3 endpoint only when images are pulled", () => {
    const sids = (ecr: boolean) =>
      buildEndpointPolicy({ ...INPUT, service: "s3", ecrImagePulls: ecr }).Statement.map((s) => s.Resource);
    assert.deepEqual(sids(false), ["*"]);
    assert.deepEqual(sids(true), ["*", "arn:aws:s3:::prod-us-east-1-starport-layer-bucket/*"]);
  });

  it("never has an unconditioned statement", () => {
    const all = ["s3", "bedrock", "kms"].flatMap(
      (service) => buildEndpointPolicy({ ...INPUT, service, ecrImagePulls: true }).Statement,
    );
    assert.deepEqual(
      all.filter((s) => s.Condition === undefined),
      [],
    );
  });
});
