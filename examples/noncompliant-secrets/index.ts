import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard secrets control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 1: even a
// consumer app keeps its provider keys out of code, configuration and instance metadata.
//
// The keys below are fakes with the shape of real ones, assembled at run time so that the source
// file holds no key-looking literal for secret scanners to flag.
const filler = (length: number) => "EXAMPLE0NLY0notAkey0".repeat(8).slice(0, length);
const fakeOpenAiKey = ["s", "k-", "pr", "oj-"].join("") + filler(48);
const fakeAnthropicKey = ["s", "k-", "an", "t-", "api", "03-"].join("") + filler(90);
const fakeHuggingFaceToken = ["h", "f_"].join("") + filler(34);

// 1. lambda-environment-no-plaintext-keys: the key in the function's environment.
new aws.lambda.Function("chatbot-function", {
  runtime: "nodejs20.x",
  handler: "index.handler",
  s3Bucket: "deploy-artifacts",
  s3Key: "chatbot/1.4.2.zip",
  role: "arn:aws:iam::123456789012:role/chatbot",
  environment: { variables: { OPENAI_API_KEY: fakeOpenAiKey, MODEL: "gpt-4o-mini" } },
});

// 2. ecs-task-definition-no-plaintext-keys: the key in a container's environment.
new aws.ecs.TaskDefinition("summarizer-task", {
  family: "summarizer",
  requiresCompatibilities: ["FARGATE"],
  networkMode: "awsvpc",
  cpu: "512",
  memory: "1024",
  executionRoleArn: "arn:aws:iam::123456789012:role/ecs-task-execution",
  containerDefinitions: JSON.stringify([
    {
      name: "summarizer",
      image: "public.ecr.aws/docker/library/python:3.12-slim",
      essential: true,
      environment: [{ name: "ANTHROPIC_API_KEY", value: fakeAnthropicKey }],
    },
  ]),
});

// 3. ec2-user-data-no-plaintext-keys: the token in an instance's boot script.
new aws.ec2.Instance("embedding-worker", {
  ami: "ami-0a1b2c3d4e5f60718",
  instanceType: "m7i.large",
  subnetId: "subnet-0a1b2c3d4e5f60718",
  metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 },
  rootBlockDevice: { encrypted: true },
  userData: `#!/bin/bash\nexport HF_TOKEN=${fakeHuggingFaceToken}\n/opt/worker/start.sh\n`,
});

// 4. ssm-parameter-keys-are-secure-strings: the key as a plain String parameter.
new aws.ssm.Parameter("openai-key-parameter", {
  name: "/chatbot/openai-api-key",
  type: "String",
  value: fakeOpenAiKey,
});

// 5. secretsmanager-secret-uses-cmk: the right place, under the AWS managed key aws/secretsmanager.
new aws.secretsmanager.Secret("aws-managed-key-secret", {
  name: "chatbot/openai-api-key",
  description: "OpenAI API key of the chatbot",
  recoveryWindowInDays: 30,
});
