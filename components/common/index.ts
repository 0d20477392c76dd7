export * from "./describe-value";
export * from "./lists";
export * from "./policy-document";
export * from "./policy-statement-args";
export * from "./policy-statements";
export * from "./tags";
export * from "./validation";
export * from "./children";
