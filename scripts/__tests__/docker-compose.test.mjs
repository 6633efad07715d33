// Static checks of the Docker deployment: no Docker engine is needed to run them.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import { parse } from "yaml"

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const composeText = fs.readFileSync(path.join(rootDir, "docker-compose.yml"), "utf8")
// Compose resolves `<<` merge keys, which YAML 1.2 leaves alone unless asked.
const loadCompose = () => parse(composeText, { merge: true })

const SERVICES = ["postgres", "redis", "meilisearch", "backend", "worker", "storefront"]
const INFRA = ["postgres", "redis", "meilisearch"]
const SECRET_KEY = /SECRET|PASSWORD|API_KEY|MASTER_KEY/
// A whole-value `${VAR:?msg}` or `${VAR}`, or `${VAR:-}` for an optional secret: never a default.
const SECRET_VALUE = /^\$\{[A-Z0-9_]+(:?\?[^}]*|:-)?\}$/
const BACKEND_ENV = [
  "DATABASE_URL",
  "REDIS_URL",
  "MEILISEARCH_HOST",
  "MEILISEARCH_API_KEY",
  "JWT_SECRET",
  "COOKIE_SECRET",
]

function envOf(service) {
  const env = service?.environment ?? {}
  if (!Array.isArray(env)) return env
  return Object.fromEntries(
    env.map((entry) => {
      const [key, ...rest] = String(entry).split("=")
      return [key, rest.length ? rest.join("=") : null]
    })
  )
}

function dependsOn(service) {
  const deps = service?.depends_on ?? {}
  return Array.isArray(deps) ? Object.fromEntries(deps.map((d) => [d, {}])) : deps
}

// Named volumes only: bind mounts start with "." "/" or "~".
function namedVolumes(service) {
  return (service?.volumes ?? [])
    .map((v) => (typeof v === "string" ? v.split(":")[0] : v.type === "volume" ? v.source : null))
    .filter((source) => source && !/^[./~]/.test(source))
}

function containerPorts(service) {
  return (service?.ports ?? []).map((p) =>
    typeof p === "object" ? String(p.target) : String(p).split(":").at(-1).split("/")[0]
  )
}

// Every (key, value) pair the file passes to a container or a build, wherever it sits.
function* settings(node) {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (typeof item === "string" && /^[A-Za-z_][A-Za-z0-9_]*=/.test(item)) {
        const [key, ...rest] = item.split("=")
        yield [key, rest.join("=")]
      } else yield* settings(item)
    }
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== "object") yield [key, value]
      else yield* settings(value)
    }
  }
}

// Returns one message per problem, so a test can also prove a broken file is rejected.
function composeProblems(doc) {
  const problems = []
  const services = doc?.services ?? {}
  const check = (ok, message) => ok || problems.push(message)

  check(!("version" in (doc ?? {})), "obsolete top-level `version` key")
  for (const name of SERVICES) check(name in services, `service ${name} missing`)

  for (const [name, service] of Object.entries(services)) {
    check(service.healthcheck?.test?.length > 0, `${name} has no healthcheck`)
    check(service.restart === "unless-stopped", `${name} restart is not unless-stopped`)
    for (const [dep, spec] of Object.entries(dependsOn(service))) {
      check(dep in services, `${name} depends on unknown service ${dep}`)
      check(spec?.condition === "service_healthy", `${name} → ${dep} is not service_healthy`)
    }
  }

  const needs = {
    backend: INFRA,
    worker: [...INFRA, "backend"],
    storefront: ["backend"],
  }
  for (const [name, deps] of Object.entries(needs)) {
    for (const dep of deps) check(dep in dependsOn(services[name]), `${name} does not wait for ${dep}`)
  }

  check(containerPorts(services.backend).includes("9000"), "backend does not publish 9000")
  check(containerPorts(services.storefront).includes("8000"), "storefront does not publish 8000")
  for (const name of [...INFRA, "worker"]) {
    check(!services[name]?.ports?.length, `${name} should not publish ports`)
  }

  check(services.postgres?.image === "postgres:17", "postgres image is not postgres:17")
  check(/^redis:7\b/.test(services.redis?.image ?? ""), "redis image is not redis:7")
  check(
    services.meilisearch?.image === "getmeili/meilisearch:v1.21",
    "meilisearch image is not getmeili/meilisearch:v1.21"
  )
  check(envOf(services.meilisearch).MEILI_ENV === "production", "meilisearch is not in production mode")

  for (const name of ["backend", "worker"]) {
    const env = envOf(services[name])
    for (const key of BACKEND_ENV) check(env[key], `${name} lacks ${key}`)
    check(
      String(env.DATABASE_URL ?? "").includes("${POSTGRES_PASSWORD"),
      `${name} DATABASE_URL does not interpolate POSTGRES_PASSWORD`
    )
  }
  check(envOf(services.worker).MEDUSA_WORKER_MODE === "worker", "worker is not in worker mode")
  check(envOf(services.backend).MEDUSA_WORKER_MODE === "server", "backend is not in server mode")
  check(
    envOf(services.storefront).MEDUSA_BACKEND_URL === "http://backend:9000",
    "storefront does not reach backend internally"
  )

  // The publishable key is written by the backend and only read by the storefront.
  const keyFile = envOf(services.backend).PUBLISHABLE_KEY_FILE
  check(keyFile, "backend lacks PUBLISHABLE_KEY_FILE")
  check(envOf(services.storefront).MEDUSA_PUBLISHABLE_KEY_FILE === keyFile, "storefront reads a different key file")
  const mountOf = (service, file) =>
    (service?.volumes ?? []).find((v) => typeof v === "string" && file?.startsWith(`${v.split(":")[1]}/`))
  check(mountOf(services.backend, keyFile), "publishable key file is not on a backend volume")
  check(/:ro$/.test(mountOf(services.storefront, keyFile) ?? ""), "storefront key mount is not read-only")

  const declared = Object.keys(doc?.volumes ?? {})
  const used = new Set(Object.values(services).flatMap(namedVolumes))
  for (const volume of used) check(declared.includes(volume), `volume ${volume} used but not declared`)
  for (const volume of declared) check(used.has(volume), `volume ${volume} declared but unused`)
  for (const [name, dir] of [
    ["postgres", "/var/lib/postgresql/data"],
    ["meilisearch", "/meili_data"],
    ["backend", "/app/backend/.medusa/server/static"],
    ["backend", "/app/backend/.medusa/server/private-files"],
    ["worker", "/app/backend/.medusa/server/private-files"],
  ]) {
    check(
      (services[name]?.volumes ?? []).some((v) => String(v).split(":")[1] === dir),
      `${name} does not persist ${dir} on a volume`
    )
  }

  for (const [key, value] of settings(services)) {
    if (SECRET_KEY.test(key)) {
      check(SECRET_VALUE.test(String(value)), `${key} is not a bare \${VAR} interpolation: ${value}`)
    }
    if (typeof value === "string") {
      const credentials = value.match(/:\/\/[^/\s:@]+:([^@]*)@/)
      check(!credentials || credentials[1].startsWith("${"), `credentials written into ${key}`)
    }
  }
  return problems
}

function buildsOf(doc) {
  return Object.entries(doc.services)
    .filter(([, service]) => service.build)
    .map(([name, service]) => {
      const build = typeof service.build === "string" ? { context: service.build } : service.build
      const file = path.join(rootDir, build.context ?? ".", build.dockerfile ?? "Dockerfile")
      return { name, file, service }
    })
}

test("docker-compose.yml meets the deployment contract", () => {
  assert.deepEqual(composeProblems(loadCompose()), [])
})

test("the checks reject a broken compose file", () => {
  const broken = (mutate) => {
    const doc = loadCompose()
    mutate(doc)
    return composeProblems(doc)
  }
  assert.notDeepEqual(
    broken((d) => delete d.services.worker),
    []
  )
  assert.notDeepEqual(
    broken((d) => delete d.services.redis.healthcheck),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.backend.depends_on = ["postgres"])),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.backend.environment.JWT_SECRET = "supersecret")),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.worker.environment.COOKIE_SECRET = "${COOKIE_SECRET:-dev}")),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.backend.environment.DATABASE_URL = "postgres://u:pw@db/x")),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.storefront.ports = [])),
    []
  )
  assert.notDeepEqual(
    broken((d) => (d.services.worker.environment.MEDUSA_WORKER_MODE = "shared")),
    []
  )
  assert.notDeepEqual(
    broken((d) => delete d.volumes["postgres-data"]),
    []
  )
})

test("secrets in the raw file are interpolated, not written", () => {
  for (const line of composeText.split("\n")) {
    const m = line.match(/^\s*-?\s*"?([A-Z0-9_]+)"?\s*[:=]\s*(.+?)\s*$/)
    if (m && SECRET_KEY.test(m[1])) assert.match(m[2], SECRET_VALUE, line)
  }
})

test("every built image has a Dockerfile with EXPOSE, HEALTHCHECK and a non-root USER", () => {
  const builds = buildsOf(loadCompose())
  assert.deepEqual([...new Set(builds.map((b) => path.relative(rootDir, b.file)))].sort(), [
    "backend/Dockerfile",
    "storefront/Dockerfile",
  ])
  for (const { name, file, service } of builds) {
    assert.ok(fs.existsSync(file), `${name}: ${file} missing`)
    const text = fs.readFileSync(file, "utf8")
    const finalStage = text.slice(text.lastIndexOf("\nFROM "))
    assert.match(finalStage, /^FROM node:20-bookworm-slim\b/m, `${name}: runtime base image`)
    assert.match(finalStage, /^HEALTHCHECK\s/m, `${name}: HEALTHCHECK`)
    const users = [...finalStage.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1])
    assert.ok(users.length && !/^(root|0)(:|$)/.test(users.at(-1)), `${name}: runs as root`)
    const exposed = [...finalStage.matchAll(/^EXPOSE\s+(\d+)/gm)].map((m) => m[1])
    assert.ok(exposed.length, `${name}: EXPOSE`)
    for (const port of containerPorts(service)) assert.ok(exposed.includes(port), `${name}: EXPOSE ${port}`)
  }
})

test(".dockerignore keeps dependencies, build output, git and secrets out of the context", () => {
  const ignored = fs
    .readFileSync(path.join(rootDir, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
  for (const entry of ["**/node_modules", "**/.medusa", "**/.next", ".data", ".git", "**/.env"]) {
    assert.ok(ignored.includes(entry), `.dockerignore lacks ${entry}`)
  }
})
