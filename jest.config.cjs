/** Unit tests sit beside the code; cross-cutting and end-to-end tests live in test/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx" }, isolatedModules: true },
    ],
  },
};
