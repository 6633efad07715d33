// The rules, codes and response types in @ocop/shared (backend/shared) live there once: no other
// file of the backend, storefront, seed or e2e declares a name the package exports, nor spells out
// one of its codes (a payment provider id) instead of importing it.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import ts from "typescript"
import { rootDir } from "../lib/paths.mjs"

const sharedDir = path.join(rootDir, "backend", "shared")
const SCANNED = ["backend", "storefront", "seed", "e2e"].map((dir) => path.join(rootDir, dir))
const SKIPPED = new Set(["node_modules", ".medusa", ".next", "dist", "test-results", "playwright-report"])
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/
// Test data may spell out what a client sends over HTTP; the code under test may not.
const TEST_FILE = /(^|\/)(__tests__|integration-tests|e2e)\//

function* sourceFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && file !== sharedDir) yield* sourceFiles(file)
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) yield file
  }
}

/** Every name the package exports, with the value of each exported string constant. */
function sharedExports() {
  const index = path.join(sharedDir, "src", "index.ts")
  const program = ts.createProgram([index], { strict: true, noEmit: true })
  const checker = program.getTypeChecker()
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)))
  const codes = new Map()
  for (const symbol of exports) {
    const declaration = symbol.valueDeclaration
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isStringLiteral(declaration.initializer)
    ) {
      codes.set(declaration.initializer.text, symbol.name)
    }
  }
  return { names: new Set(exports.map((symbol) => symbol.name)), codes }
}

function declaredNames(statement) {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []))
  }
  const named = [
    ts.isFunctionDeclaration,
    ts.isClassDeclaration,
    ts.isTypeAliasDeclaration,
    ts.isInterfaceDeclaration,
    ts.isEnumDeclaration,
  ]
  return named.some((is) => is(statement)) && statement.name ? [statement.name.text] : []
}

/** Module-level declarations that take an exported name, and string literals equal to an exported code. */
export function copiesIn(file, text, { names, codes }) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const line = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
  const copies = []
  for (const statement of source.statements) {
    for (const name of declaredNames(statement)) {
      if (names.has(name)) copies.push(`${file}:${line(statement)} declares ${name}`)
    }
  }
  if (!TEST_FILE.test(file)) {
    const visit = (node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && codes.has(node.text)) {
        copies.push(`${file}:${line(node)} spells out "${node.text}" (import ${codes.get(node.text)})`)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return copies
}

const shared = sharedExports()

test("the shared package exports its rules, codes and response types", () => {
  for (const name of [
    "isValidTaxCode",
    "currentCertificate",
    "orderLimits",
    "LEGAL_FORMS",
    "CASH_ON_DELIVERY_PROVIDER_ID",
    "Listing",
  ]) {
    assert.ok(shared.names.has(name), name)
  }
  assert.equal(shared.codes.get("pp_vietqr_vietqr"), "BANK_TRANSFER_PROVIDER_ID")
})

test("the check finds a re-declared export and a spelled-out code", () => {
  const copy = [
    'export const LEGAL_FORMS = ["enterprise"] as const',
    "export function isValidTaxCode(code: string) { return code.length === 10 }",
    "type Listing = { id: string }",
    'const paid = (id: string) => id === "pp_system_default"',
    'import { orderLimits } from "@ocop/shared"',
  ].join("\n")
  assert.deepEqual(copiesIn("storefront/src/lib/copy.ts", copy, shared), [
    "storefront/src/lib/copy.ts:1 declares LEGAL_FORMS",
    "storefront/src/lib/copy.ts:2 declares isValidTaxCode",
    "storefront/src/lib/copy.ts:3 declares Listing",
    'storefront/src/lib/copy.ts:4 spells out "pp_system_default" (import CASH_ON_DELIVERY_PROVIDER_ID)',
  ])
})

test("no file outside backend/shared re-declares what @ocop/shared exports", () => {
  const copies = SCANNED.flatMap((dir) => [...sourceFiles(dir)]).flatMap((file) =>
    copiesIn(path.relative(rootDir, file), fs.readFileSync(file, "utf8"), shared)
  )
  assert.deepEqual(copies, [])
})
