export * from "./tags";
export * from "./validation";
