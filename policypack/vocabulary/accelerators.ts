/**
 * EC2 GPU and accelerator families, the one definition the pack reads them from: p (training
 * GPUs), g and gr (graphics and inference GPUs), trn (Trainium), inf (Inferentia), dl (Gaudi).
 * An inference GPU host holds model weights and a role that can read them as much as a training
 * host does, so every family counts as accelerated; only some of them mean training.
 */
export const ACCELERATED_FAMILIES = ["p", "g", "gr", "trn", "inf", "dl"] as const;

/** One of {@link ACCELERATED_FAMILIES}. */
export type AcceleratedFamily = (typeof ACCELERATED_FAMILIES)[number];

/** Families built to train models; a stack that runs them implies a self-trained model (scope 5). */
export const TRAINING_FAMILIES: readonly AcceleratedFamily[] = ["p", "trn", "dl"];

function familyPattern(families: readonly string[]): RegExp {
  return new RegExp(`^(${families.map((f) => `${f}\\d`).join("|")})`, "i");
}

/** `p5.48xlarge`, `g6e.xlarge`, `trn2.48xlarge`, and families alone (`p5`, `g6e`) as Karpenter lists them. */
const ACCELERATED = familyPattern(ACCELERATED_FAMILIES);
const TRAINING = familyPattern(TRAINING_FAMILIES);

/** True for an EC2 instance type or family of a GPU or accelerator family. */
export function isAcceleratedInstanceType(value: unknown): value is string {
  return typeof value === "string" && ACCELERATED.test(value.trim());
}

/** True for an EC2 instance type or family of a training family (p, trn, dl). */
export function isTrainingInstanceType(value: unknown): value is string {
  return typeof value === "string" && TRAINING.test(value.trim());
}

/** True for an instance category (Karpenter's `instance-category`: `g`, `p`...) that is accelerated. */
export function isAcceleratedCategory(value: unknown): value is string {
  return typeof value === "string" && (ACCELERATED_FAMILIES as readonly string[]).includes(value.trim());
}

/** True for an accelerated instance category that is a training one. */
export function isTrainingCategory(value: unknown): value is string {
  return typeof value === "string" && (TRAINING_FAMILIES as readonly string[]).includes(value.trim());
}
