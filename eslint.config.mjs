// One ESLint config for every workspace: JavaScript and TypeScript recommended rules everywhere,
// Next.js (core web vitals) rules on the storefront, and Prettier's config last so no rule argues
// with the formatter.
import js from "@eslint/js"
import nextVitals from "eslint-config-next/core-web-vitals"
import prettier from "eslint-config-prettier/flat"
import { defineConfig, globalIgnores } from "eslint/config"
import globals from "globals"
import tseslint from "typescript-eslint"

const storefront = "storefront/**/*.{ts,tsx,mts,mjs}"

export default defineConfig([
  globalIgnores([
    "**/.next/",
    "**/.medusa/",
    "**/.data/",
    "storefront/next-env.d.ts",
    "seed/images/.out/",
    // The shared package's CommonJS build (npm builds it on install).
    "backend/shared/dist/",
    // Written by MikroORM (`medusa db:generate`), not by hand.
    "backend/src/modules/*/migrations/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // A leading underscore marks a parameter a signature requires; a key named beside a rest copy is left out of it.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["**/integration-tests/**", "**/__tests__/**"],
    // Tests read answers as untyped JSON and assert on their fields; a type would restate the assertions.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...nextVitals.map((config) => ({ ...config, files: [storefront] })),
  {
    files: [storefront],
    settings: { next: { rootDir: "storefront/" } },
    rules: {
      // Pictures are the backend's own resized uploads, QR data: URLs and blob: previews; next/image
      // would put a second optimiser in front of them.
      "@next/next/no-img-element": "off",
    },
  },
  prettier,
])
