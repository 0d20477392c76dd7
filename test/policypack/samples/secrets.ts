import { AwsType, PulumiType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

// Fake keys in each provider's format, assembled at run time so no scanner mistakes them for real ones.
const fake = (prefix: string, length: number, alphabet = "Ab3") =>
  prefix + alphabet.repeat(Math.ceil(length / alphabet.length)).slice(0, length);
const OPENAI = fake("sk-proj-", 48);
const ANTHROPIC = fake("sk-ant-api03-", 90);
const HF = fake("hf_", 34);
const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:openai-key-AbCdEf";

const lambdaEnvironment = (variables: Record<string, unknown>) => ({
  runtime: "nodejs20.x",
  role: UNKNOWN,
  environment: { variables },
});
const containers = (...definitions: object[]) => ({
  family: "app",
  containerDefinitions: JSON.stringify(definitions),
});
const providerSecret = r(AwsType.secretsmanager.Secret, "vendor-key", {
  arn: UNKNOWN,
  id: UNKNOWN,
  tags: { "ai-provider": "anthropic" },
});

/** Props no secrets policy may choke on, on top of the shared ones. */
const SECRETS_ODD_PROPS = [
  { environment: "x" },
  { environment: { variables: [1, 2] } },
  { environment: { variables: { A: 5, B: null } } },
  { containerDefinitions: "{" },
  { containerDefinitions: JSON.stringify([null, { environment: "x", command: 5 }]) },
  { userData: 5 },
  { userData: "!!!not base64!!!" },
  { userDataBase64: "H4sI" + "A".repeat(20) },
  { value: OPENAI, type: 4 },
  { name: 5, value: 7 },
  { rotationRules: [null], rotationEnabled: "no" },
  { primaryContainer: "x", containers: [null, 3, { environment: [1] }] },
];

/** Samples of the secrets policies: keys written where they can be read, and the secrets that should hold them. */
export const SECRETS_SAMPLES: DomainSamples = withOddProps(
  {
    "lambda-environment-no-plaintext-keys": resourceSample(
      AwsType.lambda.Function,
      lambdaEnvironment({ OPENAI_API_KEY: OPENAI }),
      lambdaEnvironment({ OPENAI_API_KEY_SECRET_ARN: SECRET_ARN, TABLE: UNKNOWN }),
      'Environment variable OPENAI_API_KEY holds an OpenAI API key ("sk-p****") as a literal value: store the key in Secrets Manager, pass the secret\'s ARN instead and read it at runtime (for example with the AWS Parameters and Secrets Lambda Extension).',
    ),
    "ecs-task-definition-no-plaintext-keys": resourceSample(
      AwsType.ecs.TaskDefinition,
      containers({
        name: "app",
        image: "app:1",
        environment: [{ name: "ANTHROPIC_API_KEY", value: ANTHROPIC }],
      }),
      containers({
        name: "app",
        image: "app:1",
        secrets: [{ name: "ANTHROPIC_API_KEY", valueFrom: SECRET_ARN }],
        environment: [{ name: "MODEL", value: "claude" }],
      }),
      'Container "app" environment variable ANTHROPIC_API_KEY holds an Anthropic API key ("sk-a****") as a literal value: move it to the container\'s secrets with valueFrom set to the Secrets Manager secret ARN.',
    ),
    "ec2-user-data-no-plaintext-keys": resourceSample(
      AwsType.ec2.Instance,
      { userData: `#!/bin/bash\nexport HF_TOKEN=${HF}\n` },
      { userData: "#!/bin/bash\nexport HF_TOKEN=$(aws secretsmanager get-secret-value --secret-id hf)\n" },
      'User data entry HF_TOKEN holds a Hugging Face token ("hf_A****") as a literal value: fetch the key at boot from Secrets Manager with the instance role (aws secretsmanager get-secret-value) instead of writing it into userData.',
    ),
    "sagemaker-model-environment-no-plaintext-keys": resourceSample(
      AwsType.sagemaker.Model,
      { executionRoleArn: UNKNOWN, primaryContainer: { image: "img", environment: { HF_TOKEN: HF } } },
      {
        executionRoleArn: UNKNOWN,
        primaryContainer: {
          image: "img",
          environment: { HF_TOKEN_SECRET_ARN: SECRET_ARN, SM_NUM_GPUS: "4" },
        },
      },
      `Primary container environment variable HF_TOKEN holds a Hugging Face token ("hf_A****") as a literal value: keep the key in Secrets Manager, pass the secret's ARN in the environment and read it from the container with the model's execution role.`,
    ),
    "stack-outputs-no-plaintext-secrets": stackSample({
      failing: [
        r(PulumiType.Stack, "proj-dev", {
          url: "https://api.example.com",
          admin: { password: "k9!vQ2#rTz" },
        }),
      ],
      passing: [
        r(PulumiType.Stack, "proj-dev", {
          url: "https://api.example.com",
          secretArn: SECRET_ARN,
          bucket: UNKNOWN,
        }),
      ],
      subject: "proj-dev",
      message:
        'Stack output admin.password holds a literal password ("****") as a literal value: stop exporting it; export the ARN of the Secrets Manager secret that holds it instead.',
    }),
    "ssm-parameter-keys-are-secure-strings": resourceSample(
      AwsType.ssm.Parameter,
      { name: "/prod/openai/api-key", type: "String", value: OPENAI },
      { name: "/prod/openai/api-key", type: "SecureString", value: OPENAI },
      'Parameter "/prod/openai/api-key" stores an OpenAI API key ("sk-p****") as String, readable in clear by anyone with ssm:GetParameter: make it a SecureString encrypted with a customer-managed key, or move it to Secrets Manager.',
    ),
    "secretsmanager-secret-uses-cmk": resourceSample(
      AwsType.secretsmanager.Secret,
      { name: "openai" },
      { name: "openai", kmsKeyId: KEY_ARN },
      "The secret is encrypted with the AWS managed key aws/secretsmanager, whose key policy cannot be restricted: set kmsKeyId to a customer-managed KMS key.",
    ),
    "secretsmanager-ai-key-rotation": stackSample({
      failing: [providerSecret],
      passing: [
        providerSecret,
        r(
          AwsType.secretsmanager.SecretRotation,
          "vendor-key-rotation",
          { secretId: UNKNOWN, rotationLambdaArn: UNKNOWN, rotationRules: { automaticallyAfterDays: 30 } },
          { dependsOn: { secretId: ["vendor-key"] } },
        ),
      ],
      subject: "vendor-key",
      message:
        'Secret "vendor-key" holds an AI provider API key but never rotates: add an aws.secretsmanager.SecretRotation whose Lambda creates a new key at the provider and revokes the old one, at least every 90 days.',
    }),
  },
  SECRETS_ODD_PROPS,
);
