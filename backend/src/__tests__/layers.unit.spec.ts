import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"

const SRC = path.resolve(__dirname, "..")

// A folder imports its own files and those of lower layers. Modules are the bottom and stand
// alone; lib's helpers and the links sit on them; workflows use both; routes run workflows; the
// entry points Medusa or a person starts (subscribers, jobs, scripts, the admin's pages) are the top.
const LAYER: Record<string, number> = {
  modules: 0,
  lib: 1,
  links: 1,
  workflows: 2,
  api: 3,
  subscribers: 4,
  jobs: 4,
  scripts: 4,
  "migration-scripts": 4,
  search: 4,
  admin: 4,
  __tests__: 5,
}

/** Why `file` may not import `target` (both relative to src/), or undefined when it may. */
function layerProblem(file: string, target: string): string | undefined {
  const [from, fromModule] = file.split("/")
  const [to, toModule] = target.split("/")
  if (LAYER[from] === undefined) return `${file}: src/${from} has no layer in this test; give it one`
  if (LAYER[to] === undefined) return `${file} imports ${target}, outside the layers`
  if (from === "modules") {
    return to === "modules" && toModule === fromModule
      ? undefined
      : `${file} imports ${target}: a module imports only itself`
  }
  if (from === to || LAYER[to] < LAYER[from]) return undefined
  return `${file} imports ${target}: ${from} may not import ${to}`
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\(\s*)["'](\.{1,2}\/[^"']*)["']/g

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full)
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : []
  })
}

describe("layers", () => {
  it("tells an import that runs back up from one that runs down", () => {
    expect(layerProblem("lib/producer-product-view.ts", "api/producer/producer-scope")).toMatch(
      /lib may not import api/
    )
    expect(layerProblem("workflows/listing/workflows/add-variant.ts", "scripts/setup/ocop-catalogue")).toMatch(
      /workflows may not import scripts/
    )
    expect(layerProblem("modules/place/search.ts", "lib/vietnamese-text")).toMatch(/a module imports only itself/)
    expect(layerProblem("modules/ocop/service.ts", "modules/producer")).toMatch(/a module imports only itself/)
    expect(layerProblem("lib/office-order-groups.ts", "links/product-producer")).toMatch(/lib may not import links/)
    expect(layerProblem("api/producer/orders/middlewares.ts", "lib/producer-order-view")).toBeUndefined()
    expect(layerProblem("workflows/producer-order/steps/find-producer-order.ts", "modules/producer")).toBeUndefined()
    expect(layerProblem("modules/place/service.ts", "modules/place/vietnamese-text")).toBeUndefined()
  })

  it("every relative import under src/ runs downward", () => {
    const files = sourceFiles(SRC)
    expect(files.length).toBeGreaterThan(100)
    const problems = files.flatMap((full) => {
      const file = path.relative(SRC, full).split(path.sep).join("/")
      return [...fs.readFileSync(full, "utf8").matchAll(IMPORT)].flatMap(([, specifier]) => {
        const target = path
          .relative(SRC, path.resolve(path.dirname(full), specifier))
          .split(path.sep)
          .join("/")
        return layerProblem(file, target) ?? []
      })
    })
    expect(problems).toEqual([])
  })
})
