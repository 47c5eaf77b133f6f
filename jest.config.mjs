// Jest runs the TypeScript tests as native ES modules (node --experimental-vm-modules,
// see scripts/test.ts), transformed by SWC. The database they use is prepared
// once per run by scripts/test.ts; each test file gets its own copy of it.
/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          target: "es2023",
          transform: { react: { runtime: "automatic" } },
        },
        module: { type: "es6" },
      },
    ],
  },
  // A budget for hangs, not a speed bar: on a busy 2-core CI machine a set-up that takes seconds idle can take
  // a minute or two (speed is measured by the bench:* scripts).
  testTimeout: 180_000,
  // Two cores: two test files at a time, each with its own database.
  maxWorkers: 2,
};
