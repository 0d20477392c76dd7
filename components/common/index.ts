export * from "./describe-value";
export * from "./lists";
export * from "./policy-document";
export * from "./tags";
export * from "./validation";
export * from "./children";
