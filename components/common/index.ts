export * from "./policy-document";
export * from "./tags";
export * from "./validation";
export * from "./lists";
